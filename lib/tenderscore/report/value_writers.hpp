// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/value/result.hpp>

#include <iosfwd>

namespace tenderscore::report {

/// Write `result` as a terminal report: who pays and who saves, each outcome's SROI arithmetic
/// written out, the ratio and its sensitivity range; untrusted text is escaped.
void write_value_table(const value::ValueResult& result, std::ostream& out);

/// Write `result` as JSON (format tenderscore/value@1) with unrounded numbers and formulas.
void write_value_json(const value::ValueResult& result, std::ostream& out);

/// Write `result` as CSV rows section,item,measure,value,formula (value: the nearest double);
/// cells are neutralised against spreadsheet formula injection.
void write_value_csv(const value::ValueResult& result, std::ostream& out);

/// Write `result` as a Markdown report with the same content as the table.
void write_value_md(const value::ValueResult& result, std::ostream& out);

} // namespace tenderscore::report
