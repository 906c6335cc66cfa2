// SPDX-License-Identifier: MIT
// Reasons to exclude a bid: gates, per-question minimums, thresholds, a budget ceiling and a
// funding pot's request range.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational_big.hpp>

#include <algorithm>

namespace tenderscore::score::detail {

namespace {

using model::CriterionKind;
using util::format_short;

std::string quoted(const std::string& id)
{
  return "'" + id + "'";
}

// a. Gates, in tender order: a fail excludes (so does a missing answer, which validation
// rejects before scoring).
void check_gates(const model::Tender& tender, const model::Bid& bid,
                 const std::vector<std::string>& skip, std::vector<Exclusion>& out)
{
  for (const auto& gate : tender.gates) {
    if (std::find(skip.begin(), skip.end(), gate.id) != skip.end()) {
      continue;
    }
    const model::GateAnswer* answer = bid.find_gate(gate.id);
    if (!answer) {
      out.push_back({"gate", gate.id, "gate " + quoted(gate.id) + " not answered"});
    } else if (!answer->pass) {
      out.push_back({"gate", gate.id, "gate " + quoted(gate.id) + " answered fail"});
    }
  }
}

// b. Per-question minimums, questions in tree order: a final score below the minimum excludes.
void check_minimums(const std::vector<model::Criterion>& criteria, const PanelScores& scores,
                    std::vector<Exclusion>& out)
{
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int /*depth*/) {
    const auto found = scores.find(c.id);
    if (!c.minimum || found == scores.end()) {
      return;
    }
    const Rational& score = found->second.score;
    if (score < c.minimum->value) {
      out.push_back({"minimum", c.id,
                     "score " + format_short(score) + " on " + quoted(c.id) +
                         " is below the minimum of " + format_short(c.minimum->value)});
    }
  });
}

} // namespace

// Always the scale max, even for a relative-to-best question, so that a threshold never depends
// on other bids; the price criterion is left out, so that a quality threshold never excludes on
// price even where validation was skipped.
void add_quality_points(const model::Tender& tender, const model::Criterion& criterion,
                        const PanelScores& scores, QualityPoints& sum)
{
  switch (criterion.kind()) {
  case CriterionKind::price:
  case CriterionKind::quantity: // a measured value, not a quality score
    return;
  case CriterionKind::group:
    for (const auto& child : criterion.children) {
      add_quality_points(tender, child, scores, sum);
    }
    return;
  case CriterionKind::question:
    break;
  }
  sum.available += criterion.weight.value;
  const Rational max = scale_max(tender, criterion);
  const auto found = scores.find(criterion.id);
  if (max != 0 && found != scores.end()) {
    sum.points += criterion.weight.value * found->second.score / max;
  }
}

// Rounded down, so that a share below a threshold is never shown as reaching it.
std::string percent_rounded_down(const Rational& share)
{
  const Rational tenths = share * 1000;
  const util::Integer n = util::numerator(tenths);
  const util::Integer d = util::denominator(tenths);
  util::Integer whole = n / d; // towards zero
  if (whole * d > n) {
    --whole; // down for a negative share
  }
  return util::format_fixed(util::make_rational(whole) / 10, 1);
}

namespace {

// c. Thresholds, criteria in tree order: the share of the question leaves' weight earned,
// Σ leaf weight × score ÷ scale max ÷ Σ leaf weight, below the threshold excludes.
void check_thresholds(const model::Tender& tender, const std::vector<model::Criterion>& criteria,
                      const PanelScores& scores, std::vector<Exclusion>& out)
{
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int /*depth*/) {
    if (!c.threshold) {
      return;
    }
    QualityPoints sum;
    add_quality_points(tender, c, scores, sum);
    if (sum.available <= 0) {
      return; // no question under it: nothing for a quality threshold to measure
    }
    const Rational share = sum.points / sum.available;
    if (share < c.threshold->value) {
      out.push_back({"threshold", c.id,
                     "scored " + format_short(sum.points) + " of " + format_short(sum.available) +
                         " available points (" + percent_rounded_down(share) + "%) in " +
                         quoted(c.id) + ", below the threshold of " +
                         format_short(c.threshold->value * 100) + "%"});
    }
  });
}

// d. Budget: a price above the budget method's ceiling excludes.
void check_budget(const std::vector<model::Criterion>& criteria, const model::Bid& bid,
                  std::vector<Exclusion>& out)
{
  const model::Criterion* criterion = find_price_criterion(criteria);
  if (!criterion || !bid.price) {
    return;
  }
  const model::PriceRule& rule = *criterion->price;
  if (rule.method.value != model::PriceMethod::budget || !rule.ceiling) {
    return;
  }
  const Rational& price = bid.price->value;
  if (price > rule.ceiling->value) {
    out.push_back({"budget", criterion->id,
                   "price " + format_short(price) + " is above the budget ceiling of " +
                       format_short(rule.ceiling->value)});
  }
}

// e. Request range: under a funding pot, a request (price) above max_request or below
// min_request excludes.
void check_request(const model::Tender& tender, const model::Bid& bid, std::vector<Exclusion>& out)
{
  if (!tender.funding || !bid.price) {
    return;
  }
  const model::Funding& funding = *tender.funding;
  const Rational& request = bid.price->value;
  if (funding.max_request && request > funding.max_request->value) {
    out.push_back({"request", "",
                   "request " + format_short(request) + " is above the maximum request of " +
                       format_short(funding.max_request->value)});
  }
  if (funding.min_request && request < funding.min_request->value) {
    out.push_back({"request", "",
                   "request " + format_short(request) + " is below the minimum request of " +
                       format_short(funding.min_request->value)});
  }
}

} // namespace

Rational scale_max(const model::Tender& tender, const model::Criterion& question)
{
  if (!question.scale) {
    return 0;
  }
  const model::Scale* scale = tender.find_scale(question.scale->value);
  return scale ? scale->max.value : Rational{0};
}

std::vector<Exclusion> score_bar_exclusions(const model::Tender& tender,
                                            const std::vector<model::Criterion>& criteria,
                                            const PanelScores& scores)
{
  std::vector<Exclusion> out;
  check_minimums(criteria, scores, out);
  check_thresholds(tender, criteria, scores, out);
  return out;
}

// Every reason is collected in rule order (gates, minimums, thresholds, budget, request); the
// first is decisive.
std::vector<Exclusion> find_exclusions(const model::Tender& tender,
                                       const std::vector<model::Criterion>& criteria,
                                       const model::Bid& bid, const PanelScores& scores,
                                       const std::vector<std::string>& skip_gates)
{
  std::vector<Exclusion> out;
  check_gates(tender, bid, skip_gates, out);
  check_minimums(criteria, scores, out);
  check_thresholds(tender, criteria, scores, out);
  check_budget(criteria, bid, out);
  check_request(tender, bid, out);
  return out;
}

} // namespace tenderscore::score::detail
