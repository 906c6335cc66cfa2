// SPDX-License-Identifier: MIT
// Quantitative criteria: the quantity rule's parameters in the tender, and the values bids
// state for them (quantity.*).
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::validate::detail {

using model::Criterion;
using model::CriterionKind;
using model::QuantityMethod;
using util::format_short;
using util::quote;

namespace {

using Parameter = std::optional<model::Located<Rational>>;

const char* method_name(const Criterion& c)
{
  return model::quantity_method_name(c.quantity->method.value);
}

void warn_unused(const Parameter& parameter, const char* name, bool used, const Criterion& c,
                 Diagnostics& diags)
{
  if (parameter && !used) {
    diags.warning(parameter->where, "quantity.params",
                  fmt::format("{} is not used by the {} method of {}", quote(name), method_name(c),
                              quote(c.id)));
  }
}

void check_fixed_bounds(const Criterion& c, Diagnostics& diags)
{
  const model::QuantityRule& rule = *c.quantity;
  if (!rule.floor || !rule.ceiling) {
    diags.error(
        rule.method.where, "quantity.params",
        fmt::format("the fixed-bounds method of {} needs a floor and a ceiling", quote(c.id)));
  } else if (rule.floor->value >= rule.ceiling->value) {
    diags.error(rule.ceiling->where, "quantity.params",
                fmt::format("ceiling {} of {} must be above its floor {}",
                            format_short(rule.ceiling->value), quote(c.id),
                            format_short(rule.floor->value)));
  }
}

// Each band's points lie in [0, weight] and its from is below its to; no two bands overlap
// (each covers [from, to), an end left out open), so a value is in at most one band, and none
// leaves a gap before the next.
void check_bands(const Criterion& c, Diagnostics& diags)
{
  const auto& bands = c.quantity->bands;
  if (bands.empty()) {
    diags.error(c.quantity->method.where, "quantity.params",
                fmt::format("the bands method of {} needs bands", quote(c.id)));
    return;
  }
  for (const auto& band : bands) {
    const Rational& points = band.points.value;
    if (points < 0 || points > c.weight.value) {
      diags.error(band.points.where, "quantity.bands",
                  fmt::format("band points of {} must be from 0 to its weight {}, got {}",
                              quote(c.id), format_short(c.weight.value), format_short(points)));
    }
    if (band.from && band.to && band.from->value >= band.to->value) {
      diags.error(band.to->where, "quantity.bands",
                  fmt::format("a band of {} must end above where it starts: from {}, to {}",
                              quote(c.id), format_short(band.from->value),
                              format_short(band.to->value)));
    }
  }
  std::vector<const model::Band*> sorted;
  for (const auto& band : bands) {
    sorted.push_back(&band);
  }
  // An open start sorts first.
  std::stable_sort(sorted.begin(), sorted.end(), [](const model::Band* a, const model::Band* b) {
    if (!a->from || !b->from) {
      return !a->from && b->from;
    }
    return a->from->value < b->from->value;
  });
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    const model::Band& before = *sorted[i - 1];
    const model::Band& after = *sorted[i];
    if (!before.to || !after.from || before.to->value > after.from->value) {
      diags.error(after.where, "quantity.bands",
                  fmt::format("bands of {} overlap: a value can be in only one band (a band "
                              "covers from its from up to, not including, its to)",
                              quote(c.id)));
      return;
    }
    if (before.to->value < after.from->value) {
      diags.error(after.where, "quantity.bands",
                  fmt::format("bands of {} leave a gap from {} up to {}: say what a value there "
                              "earns with a band of its own (points: 0 if it earns nothing)",
                              quote(c.id), format_short(before.to->value),
                              format_short(after.from->value)));
    }
  }
}

std::string kind_text(const Criterion& c)
{
  switch (c.kind()) {
  case CriterionKind::group:
    return "a group";
  case CriterionKind::price:
    return "the price criterion";
  case CriterionKind::question:
    return "a question";
  case CriterionKind::quantity:
    return "a quantitative criterion";
  }
  return "a criterion";
}

// The formulas that divide by the best (lower is better) need every value above 0.
bool needs_positive(const model::QuantityRule& rule)
{
  const QuantityMethod method = rule.method.value;
  return rule.direction.value == model::Direction::lower &&
         (method == QuantityMethod::ratio_to_best || method == QuantityMethod::linear);
}

} // namespace

void check_quantity(const Criterion& c, Diagnostics& diags)
{
  const model::QuantityRule& rule = *c.quantity;
  const QuantityMethod method = rule.method.value;
  if (c.price) {
    diags.error(rule.where, "criterion.kind",
                fmt::format("{} has both a price and a quantity rule; give one", quote(c.id)));
  }
  if (!c.children.empty()) {
    diags.error(
        c.where, "criterion.kind",
        fmt::format("quantitative criterion {} has children; it must be a leaf", quote(c.id)));
  }
  warn_unused(rule.k, "k", method == QuantityMethod::linear, c, diags);
  warn_unused(rule.floor, "floor", method == QuantityMethod::fixed_bounds, c, diags);
  warn_unused(rule.ceiling, "ceiling", method == QuantityMethod::fixed_bounds, c, diags);
  if (!rule.bands.empty() && method != QuantityMethod::bands) {
    diags.warning(
        rule.bands.front().where, "quantity.params",
        fmt::format("'bands' is not used by the {} method of {}", method_name(c), quote(c.id)));
  }
  if (rule.k && rule.k->value <= 0) {
    diags.error(rule.k->where, "quantity.params",
                fmt::format("k of {} must be greater than zero, got {}", quote(c.id),
                            format_short(rule.k->value)));
  }
  if (method == QuantityMethod::fixed_bounds) {
    check_fixed_bounds(c, diags);
  }
  if (method == QuantityMethod::bands) {
    check_bands(c, diags);
  }
  if (rule.allow_negative &&
      (method == QuantityMethod::ratio_to_best || method == QuantityMethod::linear)) {
    diags.error(rule.method.where, "quantity.params",
                fmt::format("{} cannot score negative values (it divides by the best value, "
                            "which must be above 0), but {} allows them; use range, "
                            "fixed-bounds or bands",
                            method_name(c), quote(c.id)));
  }
}

void check_values(const model::Bid& bid, const std::vector<Criterion>& criteria, Diagnostics& diags)
{
  const auto quantities = criterion_ids(criteria, CriterionKind::quantity);
  for (const auto& v : bid.values) {
    const Criterion* c = model::find_criterion(criteria, v.criterion);
    if (!c) {
      diags.error(v.where, "ref.criterion",
                  fmt::format("bid {} has a value for {}, which is not a criterion{}",
                              quote(bid.bidder.value), quote(v.criterion),
                              util::did_you_mean(v.criterion, quantities)));
      continue;
    }
    if (c->kind() != CriterionKind::quantity) {
      diags.error(v.where, "quantity.not-quantity",
                  fmt::format("bid {} has a value for {}, which is {}, not a quantitative "
                              "criterion (one with a quantity rule)",
                              quote(bid.bidder.value), quote(v.criterion), kind_text(*c)));
      continue;
    }
    const model::QuantityRule& rule = *c->quantity;
    const Rational& value = v.value.value;
    if (value < 0 && !rule.allow_negative) {
      diags.error(v.value.where, "quantity.negative",
                  fmt::format("value {} for {} is negative; {} does not allow negative values "
                              "(allow_negative: true in its quantity rule)",
                              format_short(value), quote(c->id), quote(c->id)));
    } else if (value <= 0 && needs_positive(rule)) {
      diags.error(v.value.where, "quantity.not-positive",
                  fmt::format("value {} for {} must be greater than 0: the {} method divides "
                              "by the lowest value",
                              format_short(value), quote(c->id), method_name(*c)));
    }
  }
}

void check_values_present(const model::Bid& bid, const std::vector<Criterion>& criteria,
                          const std::string& why, Diagnostics& diags)
{
  model::for_each_criterion(criteria, [&](const Criterion& c, int) {
    if (c.kind() == CriterionKind::quantity && !bid.find_value(c.id)) {
      diags.error(bid.bidder.where, "quantity.missing",
                  fmt::format("bid {} states no value for the quantitative criterion {}{}",
                              quote(bid.bidder.value), quote(c.id), why));
    }
  });
}

} // namespace tenderscore::validate::detail
