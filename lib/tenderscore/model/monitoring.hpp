// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/tender.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::model {

struct KpiValue
{
  std::string kpi;
  Located<Rational> value;
  Location where; // the kpi id (key or CSV cell)
};

// One reporting period of a monitoring return: e.g. 2026-Q1, 2026-03 (a month), 2026-H1, 2026.
struct ReturnPeriod
{
  Located<std::string> period;
  std::vector<KpiValue> kpis;
  std::optional<Located<Rational>> cost;
};

enum class Instrument { wemwbs, swemwbs, eq5d_3l, ons4 };

// A reference to participant-level outcome data (measured by `tenderscore measure`).
struct Participants
{
  Located<Instrument> measure;
  Located<std::string> file;
  Location where; // the `participants` key
};

// A monitoring return (format tenderscore/monitoring@1, or a CSV `period,kpi,value` return,
// which names neither tender nor provider).
struct MonitoringReturn
{
  diag::SourcePtr source;
  Located<std::string> tender; // empty for a CSV return until attached to the run's tender
  std::optional<Located<std::string>> provider;
  std::vector<ReturnPeriod> periods;
  std::optional<Participants> participants;
  bool from_csv = false;
};

// A reporting period read from its label: its kind (year, half, quarter, month) and order.
struct PeriodKey
{
  enum class Kind { year, half, quarter, month } kind = Kind::year;
  int year = 0;
  int index = 0; // 1-based half, quarter or month; 0 for a year

  auto operator<=>(const PeriodKey&) const = default;
};

/// Return the key of the period label `label` (2026, 2026-H1, 2026-Q1, 2026-03), or nullopt.
std::optional<PeriodKey> period_key(const std::string& label);

/// Return "year", "half-year", "quarter" or "month".
const char* period_kind_name(PeriodKey::Kind kind);

/// Return the name used in files for `instrument`, e.g. "eq5d-3l".
inline const char* instrument_name(Instrument instrument)
{
  switch (instrument) {
  case Instrument::wemwbs:
    return "wemwbs";
  case Instrument::swemwbs:
    return "swemwbs";
  case Instrument::eq5d_3l:
    return "eq5d-3l";
  case Instrument::ons4:
    return "ons4";
  }
  return "";
}

} // namespace tenderscore::model
