// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate::detail {

using model::Direction;
using model::Kpi;
using util::format_short;
using util::quote;

namespace {

void check_order(const Kpi& kpi, const char* first_name, const model::Located<Rational>& first,
                 const char* second_name, const model::Located<Rational>& second,
                 Diagnostics& diags)
{
  const bool higher = kpi.direction.value == Direction::higher;
  if (higher ? first.value <= second.value : first.value >= second.value) {
    return;
  }
  diags.error(second.where, "kpi.targets-order",
              fmt::format("targets of {} are out of order for a {}-is-better KPI: {} {} {} {} {}",
                          quote(kpi.id), higher ? "higher" : "lower", first_name,
                          format_short(first.value), higher ? ">" : "<", second_name,
                          format_short(second.value)));
}

void check_targets(const Kpi& kpi, Diagnostics& diags)
{
  if (!kpi.targets) {
    diags.error(kpi.where, "kpi.targets-missing",
                fmt::format("KPI {} has no targets: give its minimum, expected and stretch",
                            quote(kpi.id)));
    return;
  }
  const model::Targets& targets = *kpi.targets;
  check_order(kpi, "minimum", targets.minimum, "expected", targets.expected, diags);
  check_order(kpi, "expected", targets.expected, "stretch", targets.stretch, diags);
}

void check_kpi_weights(const model::Tender& tender, Diagnostics& diags)
{
  std::vector<const Kpi*> kpis;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      kpis.push_back(&kpi);
    }
  }
  const Kpi* first_weighted = nullptr;
  bool all_weighted = true;
  Rational sum = 0;
  for (const Kpi* kpi : kpis) {
    if (!kpi->weight) {
      all_weighted = false;
      continue;
    }
    first_weighted = first_weighted ? first_weighted : kpi;
    sum += kpi->weight->value;
    if (kpi->weight->value <= 0) {
      diags.error(kpi->weight->where, "kpi.weights",
                  fmt::format("weight of KPI {} must be greater than zero, got {}", quote(kpi->id),
                              format_short(kpi->weight->value)));
    }
  }
  if (!first_weighted) {
    return;
  }
  for (const Kpi* kpi : kpis) {
    if (!kpi->weight) {
      diags.error(kpi->where, "kpi.weights",
                  fmt::format("KPI {} has no weight, but other KPIs have one; weight every KPI",
                              quote(kpi->id)));
    }
  }
  if (all_weighted && sum != 100) {
    diags.error(first_weighted->weight->where, "kpi.weights",
                fmt::format("KPI weights sum to {}, not 100", exact_text(sum)));
  }
}

// Procurement Act 2023 s.52(1): a public contract with an estimated value over £5m must set at
// least three KPIs (and publish them).
void check_kpi_count(const model::Tender& tender, Diagnostics& diags)
{
  const auto& value = tender.info.estimated_value;
  if (!value || tender.info.currency != "GBP" || value->value <= Rational{5000000}) {
    return;
  }
  std::size_t count = 0;
  for (const auto& outcome : tender.outcomes) {
    count += outcome.kpis.size();
  }
  if (count < 3) {
    diags.warning(value->where, "outcomes.too-few-kpis",
                  fmt::format("the estimated value is over £5m (£{}) but the tender sets {} KPI{}; "
                              "the Procurement Act 2023 s.52 requires at least three",
                              format_short(value->value), count, count == 1 ? "" : "s"));
  }
}

void check_banding(const model::Banding& banding, const char* what, Diagnostics& diags)
{
  if (banding.minimum <= banding.expected && banding.expected <= banding.stretch) {
    return;
  }
  diags.error(banding.where, "monitoring.banding-order",
              fmt::format("{} must not fall from minimum to expected to stretch, got {} / {} / {}",
                          what, format_short(banding.minimum), format_short(banding.expected),
                          format_short(banding.stretch)));
}

void check_payment(const model::Payment& payment, const model::Tender& tender, Diagnostics& diags)
{
  using model::PaymentMechanism;
  const bool per_outcome = payment.mechanism == PaymentMechanism::per_outcome;
  const char* name = per_outcome                                         ? "per-outcome"
                     : payment.mechanism == PaymentMechanism::pay_if_met ? "pay-if-met"
                                                                         : "curve";
  if (!per_outcome && !payment.amount) {
    diags.error(
        payment.mechanism_where, "monitoring.payment",
        fmt::format("a {} payment needs an `amount` (the payment at the expected targets)", name));
  }
  if (per_outcome && payment.rates.empty()) {
    diags.error(payment.mechanism_where, "monitoring.payment",
                "a per-outcome payment needs `rates` (the payment per unit of a KPI)");
  }
  if (per_outcome && !payment.cap) {
    diags.error(payment.mechanism_where, "monitoring.payment",
                "a per-outcome payment needs a `cap` (the most that can be paid)");
  }
  if (!per_outcome && !payment.rates.empty()) {
    diags.error(payment.rates.front().where, "monitoring.payment",
                fmt::format("`rates` apply only to a per-outcome payment, not {}", name));
  }
  if (payment.curve && payment.mechanism != PaymentMechanism::curve) {
    diags.error(payment.curve->where, "monitoring.payment",
                fmt::format("`curve` applies only to a curve payment, not {}", name));
  }
  if (payment.curve) {
    check_banding(*payment.curve, "the payment curve", diags);
  }
  std::vector<std::string> ids;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      ids.push_back(kpi.id);
    }
  }
  for (const auto& rate : payment.rates) {
    const Kpi* kpi = nullptr;
    for (const auto& outcome : tender.outcomes) {
      for (const auto& k : outcome.kpis) {
        kpi = k.id == rate.kpi ? &k : kpi;
      }
    }
    if (!kpi) {
      diags.error(rate.where, "monitoring.unknown-kpi",
                  fmt::format("payment rate for unknown KPI {}{}", quote(rate.kpi),
                              util::did_you_mean(rate.kpi, ids)));
    } else if (kpi->direction.value == Direction::lower) {
      diags.error(rate.where, "monitoring.payment",
                  fmt::format("KPI {} is lower-is-better: paying per unit of it would reward a "
                              "worse result; use a curve or pay-if-met payment",
                              quote(rate.kpi)));
    }
  }
}

void check_terms(const model::Tender& tender, Diagnostics& diags)
{
  if (!tender.monitoring) {
    return;
  }
  const model::MonitoringTerms& terms = *tender.monitoring;
  check_banding(terms.banding, "the attainment banding", diags);
  const model::RatingRule& ratings = terms.ratings;
  if (!(ratings.good > ratings.approaching_target &&
        ratings.approaching_target > ratings.requires_improvement)) {
    diags.error(ratings.where, "monitoring.ratings-order",
                fmt::format("rating thresholds must fall from good to approaching_target to "
                            "requires_improvement, got {} / {} / {}",
                            format_short(ratings.good), format_short(ratings.approaching_target),
                            format_short(ratings.requires_improvement)));
  }
  if (terms.payment) {
    check_payment(*terms.payment, tender, diags);
  }
}

} // namespace

void check_outcomes(const model::Tender& tender, Diagnostics& diags)
{
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      check_targets(kpi, diags);
    }
  }
  check_kpi_weights(tender, diags);
  check_kpi_count(tender, diags);
  check_terms(tender, diags);
}

} // namespace tenderscore::validate::detail
