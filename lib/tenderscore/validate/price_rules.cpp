// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate::detail {

using model::PriceMethod;
using util::format_short;
using util::quote;

namespace {

using Parameter = std::optional<model::Located<Rational>>;

void warn_unused(const Parameter& parameter, const char* name, bool used,
                 const model::Criterion& criterion, Diagnostics& diags)
{
  if (parameter && !used) {
    diags.warning(parameter->where, "price.params",
                  fmt::format("{} is not used by the {} method of {}", quote(name),
                              model::price_method_name(criterion.price->method.value),
                              quote(criterion.id)));
  }
}

void require(const Parameter& parameter, const char* name, const model::Criterion& criterion,
             Diagnostics& diags)
{
  if (!parameter) {
    diags.error(criterion.price->method.where, "price.params",
                fmt::format("the {} method of {} needs a {}",
                            model::price_method_name(criterion.price->method.value),
                            quote(criterion.id), name));
  }
}

void require_positive(const Parameter& parameter, const char* name,
                      const model::Criterion& criterion, Diagnostics& diags)
{
  if (parameter && parameter->value <= 0) {
    diags.error(parameter->where, "price.params",
                fmt::format("{} of {} must be greater than zero, got {}", name, quote(criterion.id),
                            format_short(parameter->value)));
  }
}

} // namespace

void check_price(const model::Criterion& criterion, Diagnostics& diags)
{
  const model::PriceRule& rule = *criterion.price;
  const PriceMethod method = rule.method.value;
  warn_unused(rule.k, "k", method == PriceMethod::linear, criterion, diags);
  warn_unused(rule.floor, "floor", method == PriceMethod::fixed_bounds, criterion, diags);
  warn_unused(rule.ceiling, "ceiling",
              method == PriceMethod::fixed_bounds || method == PriceMethod::budget, criterion,
              diags);

  if (method == PriceMethod::linear) {
    require_positive(rule.k, "k", criterion, diags);
  }
  if (method == PriceMethod::fixed_bounds) {
    require(rule.floor, "floor", criterion, diags);
    require(rule.ceiling, "ceiling", criterion, diags);
    if (rule.floor && rule.ceiling && rule.floor->value >= rule.ceiling->value) {
      diags.error(rule.floor->where, "price.params",
                  fmt::format("floor {} of {} must be below its ceiling {}",
                              format_short(rule.floor->value), quote(criterion.id),
                              format_short(rule.ceiling->value)));
    }
  }
  if (method == PriceMethod::budget) {
    require(rule.ceiling, "ceiling", criterion, diags);
    require_positive(rule.ceiling, "ceiling", criterion, diags);
  }
  const Parameter& low = rule.abnormally_low;
  if (low && (low->value <= 0 || low->value >= 1)) {
    diags.error(low->where, "price.params",
                fmt::format("abnormally_low of {} must be a share between 0 and 1 (exclusive), "
                            "got {}",
                            quote(criterion.id), format_short(low->value)));
  }
  if (method == PriceMethod::lowest_ratio) {
    diags.note(rule.method.where, "price.method-risk",
               fmt::format("lowest-ratio scoring of {} is non-linear and can reverse the ranking "
                           "of other bids when a bid is added or removed; consider fixed-bounds, "
                           "which scores each price against bounds published in advance",
                           quote(criterion.id)));
  }
}

// Under price per quality point, price is the numerator of the award metric, never a criterion.
void check_award(const model::Tender& tender, Diagnostics& diags)
{
  if (tender.award.value != model::Award::price_per_quality_point) {
    return;
  }
  for (const auto& tree : trees_of(tender)) {
    model::for_each_criterion(tree.criteria, [&](const model::Criterion& c, int) {
      if (c.kind() == model::CriterionKind::price) {
        diags.error(c.where, "award.price-criterion",
                    fmt::format("criterion {}{} scores price, but the tender awards on price per "
                                "quality point, which divides each price by the quality points; "
                                "remove the price criterion and give its weight to quality",
                                quote(c.id), tree.context));
      }
      const model::QuantityMethod method =
          c.quantity ? c.quantity->method.value : model::QuantityMethod::bands;
      if (c.kind() == model::CriterionKind::quantity &&
          method != model::QuantityMethod::fixed_bounds && method != model::QuantityMethod::bands) {
        diags.error(c.quantity->method.where, "award.quantity-relative",
                    fmt::format("quantitative criterion {}{} is scored against the other bids "
                                "({}), but the tender awards on price per quality point, which "
                                "drops a bid with no quality points after scoring and so would "
                                "move the best and worst values; use fixed-bounds or bands",
                                quote(c.id), tree.context, model::quantity_method_name(method)));
      }
    });
  }
}

} // namespace tenderscore::validate::detail
