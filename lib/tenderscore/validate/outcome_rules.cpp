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
                  fmt::format("weight of KPI {} must be greater than zero, got {}",
                              quote(kpi->id), format_short(kpi->weight->value)));
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
                fmt::format("KPI weights sum to {}, not 100", format_short(sum)));
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
}

} // namespace tenderscore::validate::detail
