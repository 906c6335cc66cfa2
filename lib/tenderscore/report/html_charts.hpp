// SPDX-License-Identifier: MIT
// Private to the HTML report: hand-written inline SVG charts. Every text is escaped, every
// coordinate is computed exactly and rounded to 2 decimals, so a chart is byte-for-byte
// deterministic.
#pragma once

#include <tenderscore/model/tender.hpp>
#include <tenderscore/panel/worksheet.hpp>
#include <tenderscore/score/result.hpp>
#include <tenderscore/score/sensitivity.hpp>

#include <iosfwd>
#include <vector>

namespace tenderscore::report {

/// Write an SVG bar per ranked bid of `lot`: its weighted points stacked by top-level criterion
/// (titles from `tender`), on a 0–100 axis; nothing when no bid is ranked.
void write_points_chart(const model::Tender& tender, const score::LotResult& lot,
                        std::ostream& out);

/// Write an SVG of the panel's spread on one question: a row per item of `items` (all the same
/// lot and question) with the range of used scores, each evaluator's score as a dot coloured as
/// in `evaluators`, and the final score marked; flagged rows are highlighted.
void write_spread_chart(const model::Tender& tender,
                        const std::vector<panel::Evaluator>& evaluators,
                        const std::vector<const panel::Item*>& items, std::ostream& out);

/// Write an SVG of `sensitivity`: per top-level criterion, the 0–100 weight axis with the
/// interval in which the winner holds and the weight as set; nothing when none was computed.
void write_break_even_chart(const model::Tender& tender, const score::LotSensitivity& sensitivity,
                            std::ostream& out);

} // namespace tenderscore::report
