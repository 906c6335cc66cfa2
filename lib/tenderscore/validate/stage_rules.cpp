// SPDX-License-Identifier: MIT
// Two-stage evaluations (SPEC §5): exactly two stages; stage 1's gates, criteria (named award
// criteria, or its own for an expression of interest) and shortlist.
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::validate::detail {

namespace {

using util::format_short;
using util::quote;

bool contains(const std::vector<std::string>& ids, const std::string& id)
{
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether `c` or a criterion under it has a minimum or a threshold.
bool has_bar(const model::Criterion& c)
{
  return c.minimum || c.threshold ||
         std::any_of(c.children.begin(), c.children.end(),
                     [](const auto& x) { return has_bar(x); });
}

void check_gate_refs(const model::Stage& stage, const model::Tender& tender, Diagnostics& diags)
{
  std::vector<std::string> ids;
  for (const auto& gate : tender.gates) {
    ids.push_back(gate.id);
  }
  for (const auto& gate : stage.gates) {
    if (!contains(ids, gate.value)) {
      diags.error(gate.where, "stages.unknown-gate",
                  fmt::format("stage {} names gate {}, which is not a gate{}", quote(stage.id),
                              quote(gate.value), util::did_you_mean(gate.value, ids)));
    }
  }
}

void check_criterion_refs(const model::Stage& stage, const model::Tender& tender,
                          Diagnostics& diags)
{
  std::vector<std::string> ids;
  std::vector<std::string> prices;
  std::vector<std::string> quantities;
  for (const auto& tree : trees_of(tender)) {
    const auto all = criterion_ids(tree.criteria);
    const auto price = criterion_ids(tree.criteria, model::CriterionKind::price);
    const auto quantity = criterion_ids(tree.criteria, model::CriterionKind::quantity);
    ids.insert(ids.end(), all.begin(), all.end());
    prices.insert(prices.end(), price.begin(), price.end());
    quantities.insert(quantities.end(), quantity.begin(), quantity.end());
  }
  for (const auto& id : stage.criteria) {
    if (!contains(ids, id.value)) {
      diags.error(id.where, "stages.unknown-criterion",
                  fmt::format("stage {} names criterion {}, which is not a criterion{}",
                              quote(stage.id), quote(id.value), util::did_you_mean(id.value, ids)));
    } else if (contains(prices, id.value)) {
      diags.error(id.where, "stages.price-criterion",
                  fmt::format("stage {} names the price criterion {}; a shortlist is ranked on "
                              "quality points only",
                              quote(stage.id), quote(id.value)));
    } else if (contains(quantities, id.value)) {
      diags.error(id.where, "stages.quantity-criterion",
                  fmt::format("stage {} names the quantitative criterion {}; a shortlist is "
                              "ranked on quality points only",
                              quote(stage.id), quote(id.value)));
    } else {
      for (const auto& tree : trees_of(tender)) {
        const model::Criterion* named = model::find_criterion(tree.criteria, id.value);
        if (named == nullptr) {
          continue;
        }
        for (const auto& under : criterion_ids(named->children, model::CriterionKind::quantity)) {
          diags.warning(id.where, "stages.quantity-criterion",
                        fmt::format("stage {} ranks on quality points only, so the quantitative "
                                    "criterion {} under {}{} does not count at stage 1",
                                    quote(stage.id), quote(under), quote(id.value), tree.context));
        }
      }
    }
  }
}

// An expression of interest: stage 1's own criteria are checked as a criteria tree of their
// own (weights summing to 100, scales, minimums, thresholds), without a price criterion.
void check_own_criteria(const model::Stage& stage, const model::Tender& tender, Diagnostics& diags)
{
  if (!stage.criteria.empty()) {
    diags.error(stage.own_criteria.front().where, "stages.mixed-criteria",
                fmt::format("stage {} both names award criteria ({}) and defines criteria of its "
                            "own; list either ids of award criteria or criteria with their own "
                            "weights (an expression of interest), not both",
                            quote(stage.id), quote(stage.criteria.front().value)));
  }
  check_criteria(Tree{stage.own_criteria, " of stage " + quote(stage.id), stage.where}, tender,
                 diags);
  model::for_each_criterion(stage.own_criteria, [&](const model::Criterion& c, int) {
    if (c.kind() == model::CriterionKind::price) {
      diags.error(c.where, "stages.price-criterion",
                  fmt::format("{} scores price, but stage {} ranks on quality points only; price "
                              "is scored at the award stage",
                              quote(c.id), quote(stage.id)));
    } else if (c.kind() == model::CriterionKind::quantity) {
      diags.error(c.where, "stages.quantity-criterion",
                  fmt::format("{} scores a stated value, but stage {} ranks on quality points "
                              "only; quantitative criteria are scored at the award stage",
                              quote(c.id), quote(stage.id)));
    }
  });
  model::for_each_criterion(stage.own_criteria, [&](const model::Criterion& c, int) {
    if (c.normalise.value != model::Normalise::scale_max) {
      diags.warning(c.normalise.where.known() ? c.normalise.where : c.where, "stages.ignored-key",
                    fmt::format("stage {} ranks on points over the scale maximum, so 'normalise' "
                                "of {} is ignored",
                                quote(stage.id), quote(c.id)));
    }
    if (c.social_value) {
      diags.warning(c.where, "stages.ignored-key",
                    fmt::format("{} is one of the own criteria of stage {}, which carry no "
                                "award weight, so its social_value counts for nothing",
                                quote(c.id), quote(stage.id)));
    }
  });
  if (!stage.shortlist && !std::any_of(stage.own_criteria.begin(), stage.own_criteria.end(),
                                       [](const model::Criterion& c) { return has_bar(c); })) {
    diags.warning(stage.own_criteria.front().where, "stages.unused-criteria",
                  fmt::format("stage {} defines criteria of its own but has no shortlist and no "
                              "minimum or threshold on them, so their scores decide nothing",
                              quote(stage.id)));
  }
}

void check_shortlist(const model::Stage& stage, Diagnostics& diags)
{
  const model::Shortlist& shortlist = *stage.shortlist;
  if (shortlist.top && shortlist.threshold) {
    diags.error(shortlist.where, "stages.shortlist",
                fmt::format("the shortlist of stage {} gives both top and threshold; give one",
                            quote(stage.id)));
  } else if (!shortlist.top && !shortlist.threshold) {
    diags.error(shortlist.where, "stages.shortlist",
                fmt::format("the shortlist of stage {} gives neither top nor threshold; give one",
                            quote(stage.id)));
  }
  if (shortlist.top) {
    const Rational& top = shortlist.top->value;
    if (top < 1 || !top.is_integer()) {
      diags.error(shortlist.top->where, "stages.top",
                  fmt::format("shortlist top of stage {} must be a whole number of at least 1, "
                              "got {}",
                              quote(stage.id), format_short(top)));
    }
  }
  if (shortlist.threshold) {
    const Rational& share = shortlist.threshold->value;
    if (share <= 0 || share > 1) {
      diags.error(shortlist.threshold->where, "stages.threshold",
                  fmt::format("shortlist threshold of stage {} must be greater than 0 and at most "
                              "1, got {}",
                              quote(stage.id), format_short(share)));
    }
  }
  // A shortlist without `criteria` ranks on every quality point of the tender (FORMAT.md).
}

} // namespace

void check_stages(const model::Tender& tender, Diagnostics& diags)
{
  if (tender.stages.empty()) {
    return;
  }
  if (tender.stages.size() != 2) {
    diags.error(tender.stages_where, "stages.count",
                fmt::format("stages must list exactly 2 stages (stage 1, then the award stage), "
                            "got {}",
                            tender.stages.size()));
  }
  IdRegistry ids("stage");
  for (const auto& stage : tender.stages) {
    ids.add(stage.id, stage.where, diags);
  }
  const model::Stage& first = tender.stages.front();
  check_gate_refs(first, tender, diags);
  check_criterion_refs(first, tender, diags);
  if (!first.own_criteria.empty()) {
    check_own_criteria(first, tender, diags);
  }
  if (first.shortlist) {
    check_shortlist(first, diags);
  }
  for (std::size_t i = 1; i < tender.stages.size(); ++i) {
    const model::Stage& later = tender.stages[i];
    if (!later.gates.empty() || !later.criteria.empty() || !later.own_criteria.empty() ||
        later.shortlist) {
      diags.error(later.where, "stages.award-stage",
                  fmt::format("stage {} is the award stage: gates, criteria and shortlist belong "
                              "to stage 1 (the gates stage 1 does not list apply here)",
                              quote(later.id)));
    }
  }
}

} // namespace tenderscore::validate::detail
