// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::validate::detail {

std::vector<Tree> trees_of(const model::Tender& tender)
{
  std::vector<Tree> trees{{tender.criteria, "", tender.info.where}};
  for (const auto& lot : tender.lots) {
    if (lot.criteria) {
      trees.push_back({*lot.criteria, " of lot " + util::quote(lot.id), lot.where});
    }
  }
  return trees;
}

std::string where_text(const Location& first, const Location& here)
{
  if (!first.known()) {
    return {};
  }
  if (first.file == here.file || first.path() == here.path()) {
    return fmt::format("line {}", first.line);
  }
  return fmt::format("{}:{}", first.path(), first.line);
}

bool IdRegistry::add(const std::string& id, const Location& where, Diagnostics& diags)
{
  const auto [first, added] = m_seen.emplace(id, where);
  if (added) {
    return true;
  }
  const std::string at = where_text(first->second, where);
  diags.error(where, "id.duplicate",
              fmt::format("duplicate {} id {}{}", m_kind, util::quote(id),
                          at.empty() ? "" : " (first defined at " + at + ")"));
  return false;
}

std::vector<std::string> criterion_ids(const std::vector<model::Criterion>& criteria,
                                       std::optional<model::CriterionKind> kind)
{
  std::vector<std::string> ids;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int) {
    if (!kind || c.kind() == *kind) {
      ids.push_back(c.id);
    }
  });
  return ids;
}

void check_ids(const model::Tender& tender, Diagnostics& diags)
{
  // Stage 1's own criteria share the id space of every criteria tree: a score names its
  // question by id alone.
  const auto& own = tender.stage_criteria();
  bool first_tree = true;
  for (const auto& tree : trees_of(tender)) {
    IdRegistry criteria("criterion");
    model::for_each_criterion(
        tree.criteria, [&](const model::Criterion& c, int) { criteria.add(c.id, c.where, diags); });
    model::for_each_criterion(own, [&](const model::Criterion& c, int) {
      if (first_tree || model::find_criterion(tree.criteria, c.id)) {
        criteria.add(c.id, c.where, diags);
      }
    });
    first_tree = false;
  }
  IdRegistry gates("gate");
  for (const auto& gate : tender.gates) {
    gates.add(gate.id, gate.where, diags);
  }
  IdRegistry evaluators("evaluator");
  for (const auto& evaluator : tender.panel.evaluators) {
    evaluators.add(evaluator.id, evaluator.where, diags);
  }
  IdRegistry scales("scale");
  for (const auto& scale : tender.scales) {
    scales.add(scale.id, scale.where, diags);
  }
  IdRegistry outcomes("outcome");
  IdRegistry kpis("KPI");
  for (const auto& outcome : tender.outcomes) {
    outcomes.add(outcome.id, outcome.where, diags);
    for (const auto& kpi : outcome.kpis) {
      kpis.add(kpi.id, kpi.where, diags);
    }
  }
  IdRegistry lots("lot");
  for (const auto& lot : tender.lots) {
    lots.add(lot.id, lot.where, diags);
  }
}

void check_explanation_from(const model::Tender& tender, Diagnostics& diags)
{
  const auto& chosen = tender.panel.explanation_from;
  if (!chosen) {
    return;
  }
  std::vector<std::string> ids;
  for (const auto& evaluator : tender.panel.evaluators) {
    ids.push_back(evaluator.id);
  }
  if (std::find(ids.begin(), ids.end(), chosen->value) == ids.end()) {
    diags.error(chosen->where, "panel.explanation-from",
                fmt::format("explanation_from names {}, which is not an evaluator of the panel{}",
                            util::quote(chosen->value), util::did_you_mean(chosen->value, ids)));
  }
}

void check_tie_break(const model::Tender& tender, Diagnostics& diags)
{
  std::vector<std::string> ids;
  for (const auto& tree : trees_of(tender)) {
    const auto tree_ids = criterion_ids(tree.criteria);
    ids.insert(ids.end(), tree_ids.begin(), tree_ids.end());
  }
  for (const auto& entry : tender.tie_break) {
    if (std::find(ids.begin(), ids.end(), entry.value) == ids.end()) {
      diags.error(entry.where, "tie-break.unknown",
                  fmt::format("tie_break names {}, which is not a criterion{}",
                              util::quote(entry.value), util::did_you_mean(entry.value, ids)));
    }
  }
}

} // namespace tenderscore::validate::detail
