// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace tenderscore::validate::detail {

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

void check_present(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                   Diagnostics& diags)
{
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int) {
    if (c.kind() != CriterionKind::question) {
      return;
    }
    const std::string message = fmt::format("bid {} has no score for question {}",
                                            quote(bid.bidder.value), quote(c.id));
    const model::QuestionScore* score = bid.find_score(c.id);
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
  });
}

void check_value(const model::Scale& scale, const model::Located<Rational>& score,
                 const char* what, Diagnostics& diags)
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
    diags.error(score.where, "ref.criterion",
                fmt::format("bid {} has a score for {}, which is not a criterion{}",
                            quote(bid.bidder.value), quote(score.question),
                            util::did_you_mean(score.question,
                                               criterion_ids(criteria, CriterionKind::question))));
    return;
  }
  if (criterion->kind() != CriterionKind::question) {
    diags.error(score.where, "score.not-question",
                fmt::format("bid {} has a score for {}, which is {}, not a question",
                            quote(bid.bidder.value), quote(score.question),
                            criterion->kind() == CriterionKind::group ? "a group"
                                                                      : "the price criterion"));
    return;
  }
  const model::Scale* scale = criterion->scale ? tender.find_scale(criterion->scale->value)
                                               : nullptr;
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

void check_scores(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                  const model::Tender& tender, Diagnostics& diags)
{
  check_present(bid, criteria, diags);
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
