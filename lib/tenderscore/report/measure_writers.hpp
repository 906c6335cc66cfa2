// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/measure/summary.hpp>

#include <iosfwd>
#include <string>

namespace tenderscore::report {

/// Write `result` (scored from the file `path`) as one JSON document (tenderscore/measure@1):
/// every response's score with its note, then the summary per outcome (means by time point,
/// paired change with its 95% CI and the meaningful-change shares) and QALYs when dated.
void write_measure_json(const measure::MeasureResult& result, const std::string& path,
                        std::ostream& out);

/// Write the responses of `result` as CSV, one row per response with its score columns and
/// note; cells are neutralised against spreadsheet formula injection.
void write_measure_csv(const measure::MeasureResult& result, std::ostream& out);

} // namespace tenderscore::report
