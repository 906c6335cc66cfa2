// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate::detail {

using model::Criterion;
using model::CriterionKind;
using util::format_short;
using util::quote;

namespace {

void check_weights(const Tree& tree, Diagnostics& diags)
{
  Rational total = 0;
  for (const auto& c : tree.criteria) {
    total += c.weight.value;
  }
  if (total != 100) {
    const Location where =
        tree.criteria.empty() ? tree.fallback : tree.criteria.front().weight.where;
    diags.error(
        where, "weights.total",
        fmt::format("top-level weights{} sum to {}, not 100", tree.context, exact_text(total)));
  }
  model::for_each_criterion(tree.criteria, [&](const Criterion& c, int) {
    if (c.weight.value <= 0) {
      diags.error(c.weight.where, "weights.range",
                  fmt::format("weight of {} must be greater than zero, got {}", quote(c.id),
                              format_short(c.weight.value)));
    }
    if (c.kind() != CriterionKind::group) {
      return;
    }
    Rational sum = 0;
    for (const auto& child : c.children) {
      sum += child.weight.value;
    }
    if (sum != c.weight.value) {
      diags.error(c.weight.where, "weights.sum",
                  fmt::format("children of {} sum to {}, but its weight is {}", quote(c.id),
                              exact_text(sum), exact_text(c.weight.value)));
    }
  });
}

void check_minimum(const Criterion& question, const model::Scale& scale, Diagnostics& diags)
{
  const auto& minimum = *question.minimum;
  if (minimum.value < scale.min.value || minimum.value > scale.max.value) {
    diags.error(minimum.where, "criterion.minimum",
                fmt::format("minimum {} of {} is outside the scale {} ({})",
                            format_short(minimum.value), quote(question.id), quote(scale.id),
                            range_text(scale)));
  } else if (!on_step(scale, minimum.value)) {
    diags.error(minimum.where, "criterion.minimum",
                fmt::format("minimum {} of {} is not on the step of {} of scale {}",
                            format_short(minimum.value), quote(question.id),
                            format_short(scale.step.value), quote(scale.id)));
  }
}

void check_question(const Criterion& question, const model::Tender& tender, Diagnostics& diags)
{
  if (!question.scale) {
    diags.error(question.where, "criterion.kind",
                fmt::format("question {} has no scale", quote(question.id)));
    return;
  }
  const model::Scale* scale = tender.find_scale(question.scale->value);
  if (!scale) {
    std::vector<std::string> ids;
    for (const auto& s : tender.scales) {
      ids.push_back(s.id);
    }
    diags.error(question.scale->where, "ref.scale",
                fmt::format("question {} names scale {}, which is not defined{}",
                            quote(question.id), quote(question.scale->value),
                            util::did_you_mean(question.scale->value, ids)));
    return;
  }
  if (question.minimum && scale_usable(*scale)) {
    check_minimum(question, *scale, diags);
  }
}

void check_kinds(const Tree& tree, const model::Tender& tender, Diagnostics& diags)
{
  const Criterion* first_price = nullptr;
  model::for_each_criterion(tree.criteria, [&](const Criterion& c, int) {
    const CriterionKind kind = c.kind();
    if (kind == CriterionKind::question) {
      check_question(c, tender, diags);
    } else if (c.minimum) {
      diags.error(
          c.minimum->where, "criterion.minimum",
          fmt::format("{} is not a question, so it cannot have a minimum score", quote(c.id)));
    }
    if (c.quantity) {
      check_quantity(c, diags);
    }
    if (kind != CriterionKind::price) {
      return;
    }
    if (!c.children.empty()) {
      diags.error(c.where, "criterion.kind",
                  fmt::format("price criterion {} has children; the price criterion must be a leaf",
                              quote(c.id)));
    }
    if (first_price) {
      const std::string at = where_text(first_price->where, c.where);
      diags.error(c.where, "criterion.kind",
                  fmt::format("{} is a second price criterion{}: {}{} already scores price",
                              quote(c.id), tree.context, quote(first_price->id),
                              at.empty() ? "" : " (" + at + ")"));
    } else {
      first_price = &c;
    }
    check_price(c, diags);
  });
}

// Keys that only a question uses (`scale`, `normalise`) are ignored on a group or the price
// criterion; `minimum` there is an error (check_kinds).
void check_ignored_keys(const Tree& tree, Diagnostics& diags)
{
  model::for_each_criterion(tree.criteria, [&](const Criterion& c, int) {
    const CriterionKind kind = c.kind();
    if (kind == CriterionKind::question) {
      return;
    }
    const char* what = kind == CriterionKind::group      ? "a group"
                       : kind == CriterionKind::quantity ? "a quantitative criterion"
                                                         : "the price criterion";
    if (c.scale) {
      diags.warning(
          c.scale->where, "criterion.ignored-key",
          fmt::format("{} is {}, so its {} is ignored", quote(c.id), what, quote("scale")));
    }
    if (c.normalise.value != model::Normalise::scale_max) {
      diags.warning(
          c.normalise.where.known() ? c.normalise.where : c.where, "criterion.ignored-key",
          fmt::format("{} is {}, so its {} is ignored", quote(c.id), what, quote("normalise")));
    }
  });
}

// Return the price criterion in the subtree of `c`, `c` included, or nullptr.
const Criterion* price_within(const Criterion& c)
{
  if (c.kind() == CriterionKind::price) {
    return &c;
  }
  for (const auto& child : c.children) {
    if (const Criterion* price = price_within(child)) {
      return price;
    }
  }
  return nullptr;
}

// A threshold is a share of the available quality points: never on price (the engine leaves
// price out of it, so such a threshold would not mean what it says).
void check_thresholds(const Tree& tree, Diagnostics& diags)
{
  model::for_each_criterion(tree.criteria, [&](const Criterion& c, int) {
    if (!c.threshold) {
      return;
    }
    if (c.threshold->value <= 0 || c.threshold->value > 1) {
      diags.error(c.threshold->where, "criterion.threshold",
                  fmt::format("threshold of {} must be a share greater than 0 and at most 1, "
                              "got {}",
                              quote(c.id), format_short(c.threshold->value)));
    }
    if (c.kind() == CriterionKind::quantity) {
      diags.error(c.threshold->where, "criterion.threshold",
                  fmt::format("{} is a quantitative criterion; a quality threshold cannot apply "
                              "to a stated value (exclude on it with fixed-bounds or bands points "
                              "instead)",
                              quote(c.id)));
      return;
    }
    for (const auto& id : criterion_ids(c.children, CriterionKind::quantity)) {
      diags.warning(c.threshold->where, "criterion.threshold",
                    fmt::format("the threshold of {} leaves out its quantitative criterion {}: "
                                "a threshold measures quality points only",
                                quote(c.id), quote(id)));
    }
    const Criterion* price = price_within(c);
    if (price == &c) {
      diags.error(c.threshold->where, "criterion.threshold",
                  fmt::format("{} is the price criterion; a quality threshold cannot apply to it",
                              quote(c.id)));
    } else if (price) {
      diags.error(c.threshold->where, "criterion.threshold",
                  fmt::format("threshold of {} covers the price criterion {}; put the threshold "
                              "on a group of questions only",
                              quote(c.id), quote(price->id)));
    }
  });
}

} // namespace

void check_criteria(const Tree& tree, const model::Tender& tender, Diagnostics& diags)
{
  check_weights(tree, diags);
  check_kinds(tree, tender, diags);
  check_ignored_keys(tree, diags);
  check_thresholds(tree, diags);
}

} // namespace tenderscore::validate::detail
