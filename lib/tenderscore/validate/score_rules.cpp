// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace tenderscore::validate::detail {

using model::Criterion;
using model::CriterionKind;
using util::format_short;
using util::quote;

namespace {

bool conflicted(const model::Bid& bid, const std::string& evaluator)
{
  return std::any_of(bid.conflicts.begin(), bid.conflicts.end(),
                     [&](const auto& conflict) { return conflict.value == evaluator; });
}

// Warn when fewer than 2 evaluators' scores are left for `score` of `bid` once conflicted
// evaluators are set aside and no moderated score stands in (`panel.few-evaluators`).
void check_panel_size(const model::Bid& bid, const model::QuestionScore& score, Diagnostics& diags)
{
  if (score.moderated) {
    return;
  }
  std::vector<std::string> declared;
  for (const auto& e : score.evaluators) {
    if (conflicted(bid, e.evaluator)) {
      declared.push_back(e.evaluator);
    }
  }
  const std::size_t left = score.evaluators.size() - declared.size();
  if (left != 1) {
    return; // none left is score.missing
  }
  const std::string after =
      declared.empty()
          ? std::string()
          : fmt::format(" after conflicts of interest ({} declared)", fmt::join(declared, ", "));
  diags.warning(score.where, "panel.few-evaluators",
                fmt::format("bid {} has only 1 evaluator score for question {}{}; the panel "
                            "needs at least 2",
                            quote(bid.bidder.value), quote(score.question), after));
}

// Report a missing (or wholly conflicted) score of `bid` for `question`; `why` (e.g. "; it
// reached stage 'award'") ends the message.
void check_present(const model::Bid& bid, const Criterion& question, const std::string& why,
                   Diagnostics& diags)
{
  const std::string message = fmt::format("bid {} has no score for question {}{}",
                                          quote(bid.bidder.value), quote(question.id), why);
  const model::QuestionScore* score = bid.find_score(question.id);
  if (!score) {
    diags.error(bid.bidder.where, "score.missing", message);
  } else if (!score->moderated && score->evaluators.empty()) {
    diags.error(score->where, "score.missing", message);
  } else if (!score->moderated &&
             std::all_of(score->evaluators.begin(), score->evaluators.end(),
                         [&](const auto& e) { return conflicted(bid, e.evaluator); })) {
    diags.error(score->where, "score.missing",
                message + ": every evaluator who scored it declared a conflict");
  } else {
    check_panel_size(bid, *score, diags);
  }
}

// Call `visit` for every question under `root` (itself included), in tree order.
template <typename Visit>
void for_each_question(const Criterion& root, Visit& visit)
{
  if (root.kind() == CriterionKind::question) {
    visit(root);
  }
  for (const auto& child : root.children) {
    for_each_question(child, visit);
  }
}

// Call `visit` for every question under `roots` (each root included), in tree order.
template <typename Visit>
void for_each_question(const std::vector<const Criterion*>& roots, Visit&& visit)
{
  for (const Criterion* root : roots) {
    for_each_question(*root, visit);
  }
}

// The criteria whose questions stage 1 of `tender` scores every bid that passes its gates on:
// its own criteria (an expression of interest), the award criteria it names, or, naming none,
// every award criterion.
std::vector<const Criterion*> stage_one_roots(const model::Tender& tender,
                                              const std::vector<Criterion>& criteria)
{
  std::vector<const Criterion*> roots;
  const model::Stage& stage = tender.stages.front();
  if (!stage.own_criteria.empty()) {
    for (const auto& c : stage.own_criteria) {
      roots.push_back(&c);
    }
  } else if (!stage.criteria.empty()) {
    for (const auto& id : stage.criteria) {
      if (const Criterion* c = model::find_criterion(criteria, id.value)) {
        roots.push_back(c);
      }
    }
  } else {
    for (const auto& c : criteria) {
      roots.push_back(&c);
    }
  }
  return roots;
}

// Whether `bid` fails (or does not answer) a gate of stage 1 of `tender`: it stops there, so
// no score of it is needed.
bool stops_at_stage_one_gate(const model::Bid& bid, const model::Tender& tender)
{
  for (const auto& gate : tender.stages.front().gates) {
    const model::GateAnswer* answer = bid.find_gate(gate.value);
    if (!answer || !answer->pass) {
      return true;
    }
  }
  return false;
}

bool under(const std::vector<const Criterion*>& roots, const std::string& id)
{
  return std::any_of(roots.begin(), roots.end(), [&](const Criterion* root) {
    return root->id == id || model::find_criterion(root->children, id);
  });
}

void check_value(const model::Scale& scale, const model::Located<Rational>& score, const char* what,
                 Diagnostics& diags)
{
  if (score.value < scale.min.value || score.value > scale.max.value) {
    diags.error(score.where, "score.range",
                fmt::format("{} {} is outside the scale {} ({})", what, format_short(score.value),
                            quote(scale.id), range_text(scale)));
  } else if (!on_step(scale, score.value)) {
    diags.error(score.where, "score.step",
                fmt::format("{} {} is not on the step of {} of scale {}", what,
                            format_short(score.value), format_short(scale.step.value),
                            quote(scale.id)));
  }
}

void check_entry(const model::Bid& bid, const model::QuestionScore& score,
                 const std::vector<model::Criterion>& criteria, const model::Tender& tender,
                 Diagnostics& diags)
{
  const model::Criterion* criterion = model::find_criterion(criteria, score.question);
  if (!criterion) {
    criterion = model::find_criterion(tender.stage_criteria(), score.question);
  }
  if (!criterion) {
    auto ids = criterion_ids(criteria, CriterionKind::question);
    const auto own = criterion_ids(tender.stage_criteria(), CriterionKind::question);
    ids.insert(ids.end(), own.begin(), own.end());
    diags.error(score.where, "ref.criterion",
                fmt::format("bid {} has a score for {}, which is not a criterion{}",
                            quote(bid.bidder.value), quote(score.question),
                            util::did_you_mean(score.question, ids)));
    return;
  }
  if (criterion->kind() != CriterionKind::question) {
    diags.error(
        score.where, "score.not-question",
        fmt::format("bid {} has a score for {}, which is {}, not a question",
                    quote(bid.bidder.value), quote(score.question),
                    criterion->kind() == CriterionKind::group ? "a group" : "the price criterion"));
    return;
  }
  const model::Scale* scale =
      criterion->scale ? tender.find_scale(criterion->scale->value) : nullptr;
  if (!scale || !scale_usable(*scale)) {
    return; // reported with the tender
  }
  for (const auto& evaluator : score.evaluators) {
    check_value(*scale, evaluator.score, "score", diags);
  }
  if (score.moderated) {
    check_value(*scale, *score.moderated, "moderated score", diags);
  }
}

} // namespace

// Without stages every question needs a score. With two stages, a bid that stops at a stage-1
// gate needs none; the others need the questions stage 1 ranks on, and a bid that reaches the
// award stage the rest too (check_award_stage_scores, once the shortlist is known).
void check_scores(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                  const model::Tender& tender, Diagnostics& diags)
{
  if (tender.stages.empty()) {
    std::vector<const Criterion*> roots;
    for (const auto& c : criteria) {
      roots.push_back(&c);
    }
    for_each_question(roots, [&](const Criterion& q) { check_present(bid, q, "", diags); });
    check_values_present(bid, criteria, "", diags);
  } else if (!stops_at_stage_one_gate(bid, tender)) {
    for_each_question(stage_one_roots(tender, criteria),
                      [&](const Criterion& q) { check_present(bid, q, "", diags); });
  }
  for (const auto& score : bid.scores) {
    check_entry(bid, score, criteria, tender, diags);
  }
}

void check_evaluators(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags)
{
  std::vector<std::string> panel;
  for (const auto& evaluator : tender.panel.evaluators) {
    panel.push_back(evaluator.id);
  }
  const auto check = [&](const std::string& id, const Location& where) {
    if (std::find(panel.begin(), panel.end(), id) == panel.end()) {
      diags.error(where, "ref.evaluator",
                  fmt::format("evaluator {} is not on the panel{}", quote(id),
                              util::did_you_mean(id, panel)));
    }
  };
  for (const auto& score : bid.scores) {
    for (const auto& evaluator : score.evaluators) {
      check(evaluator.evaluator, evaluator.where);
    }
  }
  for (const auto& conflict : bid.conflicts) {
    check(conflict.value, conflict.where);
  }
}

} // namespace tenderscore::validate::detail

namespace tenderscore::validate {

void check_award_stage_scores(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                              const model::Tender& tender, diag::Diagnostics& diags)
{
  if (tender.stages.size() < 2) {
    return;
  }
  const auto roots = detail::stage_one_roots(tender, criteria);
  const bool own = !tender.stages.front().own_criteria.empty();
  std::vector<const model::Criterion*> all;
  for (const auto& c : criteria) {
    all.push_back(&c);
  }
  const std::string why =
      fmt::format("; it reached stage {}, which scores it", util::quote(tender.stages.back().id));
  detail::for_each_question(all, [&](const model::Criterion& q) {
    if (own || !detail::under(roots, q.id)) {
      detail::check_present(bid, q, why, diags);
    }
  });
  detail::check_values_present(bid, criteria, why, diags);
  detail::check_price_present(bid, criteria, tender, why, diags);
}

} // namespace tenderscore::validate
