// SPDX-License-Identifier: MIT
// Outcomes monitoring (SPEC §9): KPI attainment against minimum / expected / stretch targets,
// the portfolio score, the Procurement Act 2023 ratings, the outcome payment due and a bid's
// promises against what was delivered. Exact arithmetic; every number carries its formula.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/monitoring.hpp>
#include <tenderscore/model/tender.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::outcomes {

using util::Rational;

// A number with the formula that produced it, inputs written out.
struct Explained
{
  Rational value;
  std::string formula;
};

// The Procurement Act 2023 contract performance ratings (Procurement Regulations 2024 reg. 39),
// and `not_reported` for a KPI no return gives a value for.
enum class Rating { good, approaching_target, requires_improvement, inadequate, not_reported };

/// Return "Good", "Approaching target", "Requires improvement", "Inadequate" or "Not reported".
const char* rating_label(Rating rating);

/// Return "good", "approaching-target", "requires-improvement", "inadequate" or "not-reported".
const char* rating_id(Rating rating);

/// Return the percentage `banding` gives `actual` against `targets` for a KPI of `direction`:
/// 0 short of the minimum, linear from banding.minimum at the minimum to banding.expected at the
/// expected target to banding.stretch at the stretch target, banding.stretch beyond it. When two
/// targets are equal, reaching them gives the higher level.
Explained band(const model::Targets& targets, model::Direction direction, const Rational& actual,
               const model::Banding& banding);

/// Return the position of `actual`: (actual − minimum) ÷ (expected − minimum), 0 at the minimum,
/// 1 at the expected target, negative short of the minimum, for either direction. When the
/// minimum and expected targets are equal it is 1 when they are met, else −1 minus the distance.
Explained position(const model::Targets& targets, model::Direction direction,
                   const Rational& actual);

/// Return the rating of a KPI at `position` under `rule`.
Rating rate(const Rational& position, const model::RatingRule& rule);

// One period's value of a KPI and its attainment.
struct PeriodResult
{
  std::string period;
  Rational value;
  Explained assessed; // the value attained: the period's own, or the running total for `sum`
  Explained attainment;
  Rating rating = Rating::not_reported;
};

// A bid's commitment for a KPI against the contract-to-date value.
struct Promise
{
  Rational promised;
  std::optional<Explained> gap; // delivered − promised; nullopt when never reported
  bool met = false;             // delivered at or beyond the promise in the KPI's direction
};

struct KpiResult
{
  std::string id;
  std::string outcome;
  std::string text;
  std::string unit;
  model::Direction direction = model::Direction::higher;
  model::OverPeriods over_periods = model::OverPeriods::mean;
  Rational minimum;
  Rational expected;
  Rational stretch;
  Explained weight; // given, or 100 ÷ n when no KPI has a weight
  std::vector<PeriodResult> periods;
  std::optional<Explained> to_date; // contract-to-date value; nullopt when never reported
  Explained attainment;             // 0 when never reported
  std::optional<Explained> position;
  Rating rating = Rating::not_reported;
  Explained weighted; // weight × attainment ÷ 100
  std::optional<Explained> payment;
  std::optional<Promise> promise;
};

struct PaymentResult
{
  model::PaymentMechanism mechanism = model::PaymentMechanism::curve;
  Explained total;
  bool capped = false;
};

// Which bid the provider's promises were taken from.
struct ProviderMatch
{
  std::string bidder;
  diag::Location where; // the matched bid's bidder name
  std::optional<std::string> lot;
  std::size_t bids_from_provider = 1; // how many bids the provider made across the files
};

struct CostLine
{
  std::string period;
  Rational cost;
};

// The assessment of one contract's monitoring returns.
struct Assessment
{
  std::string tender;
  std::string title;
  std::string currency;
  std::optional<std::string> provider;
  std::vector<std::string> returns; // the files, as given
  std::vector<std::string> periods; // in order
  model::Banding banding;
  model::RatingRule ratings;
  std::vector<KpiResult> kpis;
  Explained portfolio;                         // Σ weight × attainment ÷ 100
  std::optional<Explained> portfolio_position; // nullopt when a KPI is not reported
  Rating portfolio_rating = Rating::not_reported;
  std::optional<PaymentResult> payment;
  std::vector<CostLine> costs;
  std::optional<Rational> total_cost;
  std::optional<ProviderMatch> match;
};

// What `assess` takes besides the tender and returns; room for later inputs (e.g. value maps).
struct Inputs
{
  std::vector<const model::MonitoringReturn*> returns;
  std::vector<const model::BidsFile*> bids; // empty: no promised-vs-delivered
};

/// Assess the monitoring `inputs` of the contract let under `tender` (all checked by validate
/// first). Reports a provider that matches no bidder (`outcomes.provider`) in `diags`.
Assessment assess(const model::Tender& tender, const Inputs& inputs, diag::Diagnostics& diags);

} // namespace tenderscore::outcomes
