// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/panel/worksheet.hpp>

#include <iosfwd>

namespace tenderscore::report {

/// Write `sheet` as a terminal worksheet: per lot every item's scores and statistics, the items
/// needing moderation, moderated scores with their comments, each evaluator's leniency and the
/// panel's agreement; numbers to 2 decimals, untrusted text escaped.
void write_panel_table(const panel::Worksheet& sheet, std::ostream& out);

/// Write `sheet` as one JSON document (tenderscore/panel@1): unrounded numbers, each with its
/// exact fraction beside it.
void write_panel_json(const panel::Worksheet& sheet, std::ostream& out);

/// Write `sheet` as CSV, one row per item and evaluator (an item with no score gets one row with
/// an empty evaluator); cells are neutralised against spreadsheet formula injection.
void write_panel_csv(const panel::Worksheet& sheet, std::ostream& out);

/// Write `sheet` as a Markdown document with the table writer's sections; untrusted text is
/// escaped with md_escape.
void write_panel_md(const panel::Worksheet& sheet, std::ostream& out);

} // namespace tenderscore::report
