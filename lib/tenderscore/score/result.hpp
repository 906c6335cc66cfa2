// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/util/rational.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::score {

using util::Rational;

// One evaluator's score as used (or set aside) for a question.
struct EvaluatorScoreUsed
{
  std::string evaluator;
  Rational score;
  bool conflicted = false; // declared a conflict for this bidder: not used
  std::string comment;     // the evaluator's own comment (CSV sheets), untrusted text
};

// The weighted points of one criterion for one bid and how they were computed.
struct CriterionPoints
{
  std::string id;
  int depth = 0;       // 0 = top level
  std::string kind;    // "group" | "price" | "question" | "quantity"
  Rational weight;     // the criterion's share of the whole score in percent
  Rational points;     // weighted points awarded
  std::string formula; // e.g. "25 × 4 ÷ 5 = 20" — every input written out
  bool social_value = false;

  // questions
  std::optional<Rational> score; // final score used (moderated or aggregate)
  std::string score_source;      // "moderated" | "mean" | "median"
  std::vector<EvaluatorScoreUsed> evaluators;
  std::optional<Rational> divisor; // scale max or best score in contention
  std::string comment;             // the moderated comment (explanation), untrusted text

  // price
  std::optional<Rational> price;

  // quantity: the value the bid states, in the criterion's unit
  std::optional<Rational> value;
  std::string unit;
};

// Why a bid was excluded. rule: "gate" | "minimum" | "threshold" | "budget" |
// "no-quality-points" | "no-price" (the last two only under price per quality point) |
// "shortlist" (left off the stage-1 shortlist of a two-stage evaluation) | "lot-cap" (won more
// lots than the tender's cap allows and gave this one up) | "request" (under a funding pot, the
// amount requested is outside the request range).
struct Exclusion
{
  std::string rule;
  std::string criterion;
  std::string reason;
};

// Something a panel chair or officer must look at; never changes a score by itself.
// code: "abnormally-low-price" | "panel-spread" | "moderated-outside-range".
struct Flag
{
  std::string code;
  std::string criterion; // "" when not about one criterion
  std::string message;

  /// Return the flag as listed in outputs: "code" or "code:criterion".
  std::string name() const { return criterion.empty() ? code : code + ":" + criterion; }
};

enum class BidStatus { ranked, excluded };

// Under a funding pot: whether a ranked bid is funded, how much, and why.
struct Funding
{
  bool funded = false;
  // not funded only because a tie at the pot boundary (or an earlier one) is not resolved: the
  // decision waits for the tie to be broken
  bool undecided = false;
  Rational amount;    // the amount awarded; 0 when not funded
  std::string reason; // names the rule, e.g. "the pot stopped at rank 9: 8100 left, ..."
};

// A pot and what was paid out of it, for one lot (or the tender without lots).
struct Pot
{
  Rational pot;
  Rational awarded;
  Rational remaining;
  std::string rule; // "skip" | "stop"
  std::optional<Rational> minimum_total;
  std::optional<Rational> max_awards_per_organisation;
};

struct BidResult
{
  std::string bidder;
  std::optional<std::string> lot;
  BidStatus status = BidStatus::ranked;
  std::optional<int> rank;               // shared by bids in a true tie; none when excluded
  bool tied = false;                     // shares its rank with another bid
  std::optional<Rational> total;         // none when excluded
  std::vector<CriterionPoints> criteria; // tree order; empty when excluded
  std::vector<Flag> flags;
  std::vector<Exclusion> exclusions; // every reason, first one decisive
  std::optional<Rational> price;
  Rational social_value_points; // sum of top-level social value criteria
  std::string tie_note;         // how a tie on total was resolved, if any
  // price per quality point only: price ÷ total, lower is better, and how it was computed,
  // e.g. "price 12000 ÷ 66.25 points = 181.132075…"; none when excluded.
  std::optional<Rational> price_per_point;
  std::string price_per_point_formula;
  // two-stage evaluations only: the id of the last stage the bid reached ("" without stages)
  std::string stage_reached;
  std::string organisation; // the bid's organisation (its bidder when it names none)
  // the values the bid states for quantitative criteria (criterion id, value), in the order
  // given, excluded bids too
  std::vector<std::pair<std::string, Rational>> values;
  std::optional<Funding> funding; // under a funding pot, for ranked bids only
};

struct PriceBenchmarks
{
  std::optional<Rational> lowest; // over bids in contention
  std::optional<Rational> highest;
  std::optional<Rational> median;
  std::optional<Rational> abnormally_low_below; // the price below which a bid is flagged
};

struct LotResult
{
  std::optional<std::string> lot;
  std::vector<std::string> criteria_order; // every criterion id in tree order
  std::vector<std::string> top_level;      // top-level criterion ids in order
  std::vector<BidResult> bids; // ranked by rank (input order within a tie), then excluded
  PriceBenchmarks benchmarks;
  std::string price_method;    // of the lot's criteria; "" when they have no price criterion
  Rational social_value_share; // percent of the lot's total carried by social value criteria
  std::string stage_note;      // two-stage: how the stage-1 shortlist was cut, "" when no note
  std::optional<Pot> funding;  // under a funding pot
};

// The format-neutral result that every writer renders.
struct Result
{
  std::string tender;
  std::string title;
  std::string price_method;    // of the tender's own criteria; "" when no price criterion
  Rational social_value_share; // percent of the total carried by social value criteria, in
                               // the tender's own criteria (a lot may override both)
  std::vector<std::string> tie_break;
  std::string aggregate; // "mean" | "median"
  // "weighted-total" | "price-per-quality-point" (rank by price per point, lowest first)
  std::string award = "weighted-total";
  std::vector<LotResult> lots;
  // the cap on lots per bidder, e.g. "at most 2 lots per bidder, kept by lot value"; "" when none
  std::string lot_cap;
  std::vector<std::string> stages; // stage ids of a two-stage evaluation, in order; else empty
};

} // namespace tenderscore::score
