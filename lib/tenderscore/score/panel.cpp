// SPDX-License-Identifier: MIT
// Question scores from an evaluation panel: conflicts, moderation, aggregation and flags.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational.hpp>

#include <algorithm>

namespace tenderscore::score::detail {

namespace {

using util::format_short;

const char* aggregate_name(model::Aggregate aggregate)
{
  return aggregate == model::Aggregate::median ? "median" : "mean";
}

// Flags never change a score. Spread: max − min of the used scores ≥ the panel's spread_flag.
// Outside range: a moderated score below the lowest or above the highest used score.
void add_flags(const std::string& question, const std::vector<Rational>& used,
               const std::optional<Rational>& moderated, const model::Panel& panel,
               std::vector<Flag>& flags)
{
  if (used.empty()) {
    return;
  }
  const auto [low, high] = std::minmax_element(used.begin(), used.end());
  const Rational spread = *high - *low;
  if (spread > 0 && spread >= panel.spread_flag.value) {
    flags.push_back({"panel-spread", question,
                     "evaluators' scores range from " + format_short(*low) + " to " +
                         format_short(*high) + " (spread " + format_short(spread) + ", flag at " +
                         format_short(panel.spread_flag.value) + ")"});
  }
  if (moderated && (*moderated < *low || *moderated > *high)) {
    flags.push_back({"moderated-outside-range", question,
                     "moderated score " + format_short(*moderated) +
                         " lies outside the evaluators' range " + format_short(*low) + "–" +
                         format_short(*high)});
  }
}

// Evaluators are kept in input order; one who declared a conflict for this bidder is listed
// with conflicted = true and not used. A moderated score overrides the aggregate (mean, or
// the exact median) of the used scores.
PanelScore score_question(const std::string& question, const model::Bid& bid,
                          const model::Panel& panel, std::vector<Flag>& flags)
{
  PanelScore result;
  result.source = aggregate_name(panel.aggregate.value);
  const model::QuestionScore* given = bid.find_score(question);
  if (!given) {
    return result; // validation (app::check_loaded) asks for every score a bid is scored on;
                   // a missing one counts as 0
  }
  std::vector<Rational> used;
  for (const auto& e : given->evaluators) {
    const bool conflicted = bid.conflicted(e.evaluator);
    result.evaluators.push_back(
        {e.evaluator, e.score.value, conflicted, e.comment ? e.comment->value : std::string{}});
    if (!conflicted) {
      used.push_back(e.score.value);
    }
  }
  if (const auto* explained = model::explanation(*given, bid, panel)) {
    result.comment = explained->value;
  }
  std::optional<Rational> moderated;
  if (given->moderated) {
    moderated = given->moderated->value;
    result.score = *moderated;
    result.source = "moderated";
  } else if (!used.empty()) {
    std::vector<Rational> sorted = used;
    result.score =
        panel.aggregate.value == model::Aggregate::median ? util::median(sorted) : util::mean(used);
  }
  add_flags(question, used, moderated, panel, flags);
  return result;
}

} // namespace

PanelScores score_questions(const std::vector<model::Criterion>& criteria, const model::Bid& bid,
                            const model::Panel& panel, std::vector<Flag>& flags)
{
  PanelScores scores;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int /*depth*/) {
    if (c.kind() == model::CriterionKind::question) {
      scores.emplace(c.id, score_question(c.id, bid, panel, flags));
    }
  });
  return scores;
}

} // namespace tenderscore::score::detail
