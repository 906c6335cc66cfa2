// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/monitoring_terms.hpp>
#include <tenderscore/util/rational.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::model {

using diag::Location;
using util::Rational;

// A value together with the place in the input it was read from.
template <typename T>
struct Located
{
  T value{};
  Location where;
};

struct ScaleLabel
{
  Rational point;
  std::string text;
  Location where;
};

// A named scoring scale such as 0–5 in steps of 1, with its descriptors.
struct Scale
{
  std::string id;
  Location where; // the scale's key in `scales:`
  Located<Rational> min;
  Located<Rational> max;
  Located<Rational> step;
  std::vector<ScaleLabel> labels;
};

enum class PriceMethod { lowest_ratio, linear, range, fixed_bounds, budget };

// How the price criterion turns a price into points (FORMAT.md price method parameters).
struct PriceRule
{
  Located<PriceMethod> method;
  std::optional<Located<Rational>> k;       // linear: marks lost in percent per 1% above lowest
  std::optional<Located<Rational>> floor;   // fixed-bounds
  std::optional<Located<Rational>> ceiling; // fixed-bounds, budget
  std::optional<Located<Rational>> abnormally_low; // share of the median price in contention
};

/// Return the default share of the median below which a price is abnormally low (4/5).
Rational default_abnormally_low();

/// Return the default linear-method `k` (1).
Rational default_linear_k();

enum class Normalise { scale_max, relative_to_best };

// Which way is better: a higher or a lower value (KPIs, quantitative criteria).
enum class Direction { higher, lower };

enum class QuantityMethod { ratio_to_best, range, linear, fixed_bounds, bands };

// One band of the `bands` quantity method: a value from `from` (inclusive) up to `to`
// (exclusive) earns `points` of the criterion's weight; a band without `from` or `to` is open
// at that end.
struct Band
{
  std::optional<Located<Rational>> from;
  std::optional<Located<Rational>> to;
  Located<Rational> points;
  Location where; // the band's mapping
};

// How a quantitative criterion turns a measured value (delivery days, tonnes of CO2e, hours of
// volunteering) into points. The relative methods' benchmarks (best, worst) are taken over the
// bids in contention, as for price.
struct QuantityRule
{
  std::string unit;
  Located<Direction> direction{Direction::lower, {}};
  Located<QuantityMethod> method{QuantityMethod::range, {}};
  std::optional<Located<Rational>> k;       // linear: marks lost in percent per 1% worse
  std::optional<Located<Rational>> floor;   // fixed-bounds
  std::optional<Located<Rational>> ceiling; // fixed-bounds
  std::vector<Band> bands;                  // bands, in the order given
  bool allow_negative = false;
  Location where; // the `quantity` key
};

/// Return the names used in files for `method`, e.g. "ratio-to-best".
const char* quantity_method_name(QuantityMethod method);

enum class CriterionKind { group, price, question, quantity };

/// Return the name results and reports use for `kind`: "group", "price", "question" or
/// "quantity".
const char* criterion_kind_name(CriterionKind kind);

// One node of the criteria tree: a group with children, the price criterion, a scored question
// on a scale, or a quantitative criterion scoring a value each bid states.
struct Criterion
{
  std::string id;
  Location where; // the `id` value
  Located<Rational> weight;
  std::string title; // short name for reports; optional
  std::string text;  // the question as put to bidders
  bool social_value = false;
  std::optional<Located<Rational>> threshold; // share (0, 1] of available points, groups/questions
  std::optional<PriceRule> price;             // set for the price criterion
  std::optional<QuantityRule> quantity;       // set for a quantitative criterion
  std::optional<Located<std::string>> scale;  // set for a question
  std::optional<Located<Rational>> minimum;   // questions: a lower final score excludes
  Located<Normalise> normalise{Normalise::scale_max, {}};
  std::vector<Criterion> children;

  CriterionKind kind() const
  {
    if (price) {
      return CriterionKind::price;
    }
    if (quantity) {
      return CriterionKind::quantity;
    }
    return children.empty() ? CriterionKind::question : CriterionKind::group;
  }
};

struct Gate
{
  std::string id;
  std::string text;
  Location where;
};

struct Evaluator
{
  std::string id;
  std::string role;
  Location where;
};

enum class Aggregate { mean, median };

struct Panel
{
  std::vector<Evaluator> evaluators;
  Located<Aggregate> aggregate{Aggregate::mean, {}};
  Located<Rational> spread_flag{Rational{2}, {}};
  // The evaluator whose own comment explains a score that has no moderated (question-level)
  // comment, e.g. the panel chair; none: such a score has no explanation.
  std::optional<Located<std::string>> explanation_from;
  Location where;
};

struct Targets
{
  Located<Rational> minimum;
  Located<Rational> expected;
  Located<Rational> stretch;
  Location where;
};

struct Kpi
{
  std::string id;
  Location where;
  std::string text;
  std::string unit;
  Located<Direction> direction{Direction::higher, {}};
  std::optional<Located<Rational>> weight;
  std::optional<Targets> targets;
  Located<OverPeriods> over_periods{OverPeriods::mean, {}}; // contract-to-date rule
};

struct Outcome
{
  std::string id;
  Location where;
  std::string text;
  std::vector<Kpi> kpis;
};

struct Lot
{
  std::string id;
  Location where;
  std::string title;
  std::optional<std::vector<Criterion>> criteria; // overrides the tender's criteria
  std::optional<Located<Rational>> value{};       // the lot's value, for by-lot-value
  std::optional<Located<Rational>> pot{};         // the money this lot's grants are paid from
};

enum class Allocation { by_lot_value, best_combination };

// A cap on the lots one bidder may win and the objective rule that says which it keeps.
struct LotRules
{
  Located<Rational> max_lots_per_bidder;
  Located<Allocation> allocation{Allocation::by_lot_value, {}};
  Location where; // the `lot_rules` key
};

enum class FundingRule { skip, stop };

// A funding pot that pays ranked bids what they request, in rank order (a grant round that
// funds several projects). With lots, each lot has its own pot (lots[].pot) and `pot` is none.
struct Funding
{
  std::optional<Located<Rational>> pot;
  // skip: pass over a request that no longer fits and fund the next; stop: fund in rank order
  // until the first request that does not fit
  Located<FundingRule> rule{FundingRule::skip, {}};
  std::optional<Located<Rational>> minimum_total; // a lower total is not fundable
  std::optional<Located<Rational>> max_awards_per_organisation;
  std::optional<Located<Rational>> max_request; // a larger request is excluded
  std::optional<Located<Rational>> min_request; // a smaller request is excluded
  Location where;                               // the `funding` key
};

// Who goes through stage 1 of a two-stage evaluation: the top N, or those whose share of the
// available stage-1 points reaches a threshold (validation requires exactly one of the two).
struct Shortlist
{
  std::optional<Located<Rational>> top;
  std::optional<Located<Rational>> threshold; // share (0, 1]
  Location where;                             // the `shortlist` key
};

// One stage of a two-stage evaluation (SPEC §5): stage 1 applies its gates and an optional
// shortlist ranked on its criteria; stage 2 applies the other gates and scores for award.
// Stage 1 ranks either on award criteria it names (`criteria` ids) or, as an expression of
// interest, on criteria of its own (`own_criteria`, weights summing to 100, no price), which
// carry no award weight; validation refuses a stage that gives both.
struct Stage
{
  std::string id;
  Location where; // the `id` value
  std::vector<Located<std::string>> gates;
  std::vector<Located<std::string>> criteria;
  std::optional<Shortlist> shortlist;
  std::vector<Criterion> own_criteria{};
};

struct Ringfence
{
  Located<Rational> share;
  std::string purpose;
};

struct TenderInfo
{
  std::string id;
  Location where; // the `id` value
  std::string title;
  std::string authority;
  std::string currency = "GBP";
  std::optional<Located<Rational>> estimated_value;
  Located<std::string> procedure;
  std::vector<Located<std::string>> legal_basis;
};

// How the award is decided: the highest weighted total, or the lowest price per quality point
// (price ÷ total weighted points; the criteria then have no price criterion).
enum class Award { weighted_total, price_per_quality_point };

// A tender definition (format tenderscore/tender@1).
struct Tender
{
  diag::SourcePtr source;
  TenderInfo info;
  std::vector<Scale> scales;
  Panel panel;
  std::vector<Gate> gates;
  std::vector<Criterion> criteria;
  std::vector<Located<std::string>> tie_break;
  Located<Award> award{Award::weighted_total, {}};
  std::optional<Ringfence> ringfence;
  std::vector<Outcome> outcomes;
  std::optional<MonitoringTerms> monitoring; // banding, ratings, payment; defaults when absent
  std::vector<Lot> lots;
  std::optional<LotRules> lot_rules;
  std::optional<Funding> funding;
  std::vector<Stage> stages; // empty, or two stages: selection then award
  Location stages_where;     // the `stages` key

  /// Return the scale named `id`, or nullptr.
  const Scale* find_scale(const std::string& id) const;
  /// Return the criteria that apply to lot `lot` (the lot's override or the tender's).
  const std::vector<Criterion>& criteria_for(const std::optional<std::string>& lot) const;
  /// Return stage 1's own criteria (an expression of interest), or an empty list.
  const std::vector<Criterion>& stage_criteria() const;
  /// Return the criterion `id` that scores bids of lot `lot`: an award criterion of the lot,
  /// else one of stage 1's own criteria; nullptr when neither has it.
  const Criterion* find_scored_criterion(const std::optional<std::string>& lot,
                                         const std::string& id) const;
};

/// Return the criterion named `id` anywhere in `criteria`, or nullptr.
const Criterion* find_criterion(const std::vector<Criterion>& criteria, const std::string& id);

/// Call `visit(criterion, depth)` for every node of `criteria` in tree order (pre-order).
template <typename Visit>
void for_each_criterion(const std::vector<Criterion>& criteria, Visit&& visit, int depth = 0)
{
  for (const auto& c : criteria) {
    visit(c, depth);
    for_each_criterion(c.children, visit, depth + 1);
  }
}

/// Return the names used in files for `method`, e.g. "lowest-ratio".
const char* price_method_name(PriceMethod method);

} // namespace tenderscore::model
