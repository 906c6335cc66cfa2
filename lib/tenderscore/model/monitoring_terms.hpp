// SPDX-License-Identifier: MIT
// The tender's terms for monitoring a let contract (a tenderscore extension to FORMAT.md):
// attainment banding, the Procurement Act 2023 rating rule and the outcome payment mechanism.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/util/rational.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::model {

// How a KPI's values over several returns combine into its contract-to-date value.
enum class OverPeriods { mean, sum, latest };

// Percentages of attainment (or of a payment) at the minimum, expected and stretch targets;
// linear between them, 0 below the minimum, capped at the stretch level.
struct Banding
{
  util::Rational minimum{50};
  util::Rational expected{100};
  util::Rational stretch{120};
  diag::Location where; // the mapping's key; unset for the default
};

// The rating thresholds on a KPI's position: 0 at its minimum target, 1 at its expected target
// (position = (actual − minimum) ÷ (expected − minimum), so it runs the same way for
// lower-is-better KPIs). At or above `good`: Good; at or above `approaching_target`:
// Approaching target; at or above `requires_improvement`: Requires improvement; else Inadequate.
struct RatingRule
{
  util::Rational good{1};
  util::Rational approaching_target{0};
  util::Rational requires_improvement{-1};
  diag::Location where;
};

enum class PaymentMechanism { pay_if_met, per_outcome, curve };

struct PaymentRate
{
  std::string kpi;
  util::Rational rate;
  diag::Location where; // the kpi id key
};

// The outcome payment: pay-if-met (a KPI's weighted share of `amount` when its contract-to-date
// value meets its expected target), per-outcome (`rate` per unit of each rated KPI's value,
// capped), or curve (a KPI's weighted share of `amount` times the curve's percentage).
struct Payment
{
  PaymentMechanism mechanism = PaymentMechanism::curve;
  diag::Location mechanism_where;
  std::optional<util::Rational> amount;
  diag::Location amount_where;
  std::optional<util::Rational> cap;
  diag::Location cap_where;
  std::optional<Banding> curve; // curve only; the banding when absent
  std::vector<PaymentRate> rates;
  diag::Location where; // the `payment` key
};

struct MonitoringTerms
{
  Banding banding;
  RatingRule ratings;
  std::optional<Payment> payment;
  diag::Location where; // the `monitoring` key
};

} // namespace tenderscore::model
