// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/measure/instrument.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::measure {

// What the optional `time` column holds: nothing (no column), labels such as pre/post (ordered
// by first appearance in the file), or ISO dates (ordered by date).
enum class TimeKind { none, labels, dates };

// One response: a participant at a time point, with every item (nullopt = left empty).
struct Observation
{
  std::string id;
  std::string time;                      // "" when the file has no time column
  std::optional<long> day;               // days since 1970-01-01 when the time is an ISO date
  std::vector<std::optional<int>> items; // in the instrument's item order
  diag::Location where;                  // the start of the row
};

// A participant-level file for one instrument, checked.
struct Dataset
{
  Instrument instrument = Instrument::wemwbs;
  TimeKind time = TimeKind::none;
  std::vector<std::string> time_points; // distinct times, in order (first appearance or date)
  std::vector<Observation> rows;        // in file order
};

/// Read the CSV `source` (id, optional time, the instrument's item columns) for `instrument`,
/// reporting every problem with its file:line:column (`csv.*`, `measure.*`); the dataset is
/// returned only when no error was found.
std::optional<Dataset> read_dataset(const diag::SourcePtr& source, Instrument instrument,
                                    diag::Diagnostics& diags);

/// Return the days since 1970-01-01 of the ISO date `text` (YYYY-MM-DD, a real calendar date
/// in years 1000-9999), or nullopt.
std::optional<long> parse_iso_date(std::string_view text);

} // namespace tenderscore::measure
