// SPDX-License-Identifier: MIT
// Private to report/: the words and numbers the outcomes writers share.
#pragma once

#include <tenderscore/outcomes/assessment.hpp>

#include <string>

namespace tenderscore::report::detail {

inline const char* direction_name(model::Direction d)
{
  return d == model::Direction::higher ? "higher" : "lower";
}

inline const char* over_periods_name(model::OverPeriods o)
{
  switch (o) {
  case model::OverPeriods::mean:
    return "mean";
  case model::OverPeriods::sum:
    return "sum";
  case model::OverPeriods::latest:
    return "latest";
  }
  return "";
}

inline const char* mechanism_name(model::PaymentMechanism m)
{
  switch (m) {
  case model::PaymentMechanism::pay_if_met:
    return "pay-if-met";
  case model::PaymentMechanism::per_outcome:
    return "per-outcome";
  case model::PaymentMechanism::curve:
    return "curve";
  }
  return "";
}

inline std::string fixed2(const util::Rational& value)
{
  return util::format_fixed(value, 2);
}

// Every formula of `a`, one "what: formula" line each, in the order the writers show them.
inline std::vector<std::pair<std::string, std::string>> formulas(const outcomes::Assessment& a)
{
  std::vector<std::pair<std::string, std::string>> lines;
  for (const auto& k : a.kpis) {
    lines.emplace_back(k.id + " weight", k.weight.formula);
    for (const auto& p : k.periods) {
      if (k.over_periods == model::OverPeriods::sum) {
        lines.emplace_back(k.id + " " + p.period + " to date", p.assessed.formula);
      }
      lines.emplace_back(k.id + " " + p.period + " attainment", p.attainment.formula);
    }
    if (k.to_date) {
      lines.emplace_back(k.id + " contract to date", k.to_date->formula);
    }
    lines.emplace_back(k.id + " attainment", k.attainment.formula);
    if (k.position) {
      lines.emplace_back(k.id + " position", k.position->formula);
    }
    lines.emplace_back(k.id + " points", k.weighted.formula);
    if (k.payment) {
      lines.emplace_back(k.id + " payment", k.payment->formula);
    }
    if (k.promise && k.promise->gap) {
      lines.emplace_back(k.id + " delivered − promised", k.promise->gap->formula);
    }
  }
  lines.emplace_back("portfolio score", a.portfolio.formula);
  if (a.portfolio_position) {
    lines.emplace_back("portfolio position", a.portfolio_position->formula);
  }
  if (a.payment) {
    lines.emplace_back("outcome payment", a.payment->total.formula);
  }
  return lines;
}

} // namespace tenderscore::report::detail
