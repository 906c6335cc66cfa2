// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/outcomes/assessment.hpp>

#include <iosfwd>

namespace tenderscore::report {

/// Write `a` for a terminal: each KPI's contract-to-date value, attainment, weighted points,
/// rating and payment; the portfolio; each period; promised vs delivered; then every formula.
/// Numbers to 2 decimals; untrusted text escaped.
void write_outcomes_table(const outcomes::Assessment& a, std::ostream& out);

/// Write `a` as one JSON document (tenderscore/outcomes@1): unrounded numbers, each with its
/// formula.
void write_outcomes_json(const outcomes::Assessment& a, std::ostream& out);

/// Write `a` as CSV: one row per KPI and period, a `to-date` row per KPI and a `portfolio` row;
/// cells neutralised against formula injection.
void write_outcomes_csv(const outcomes::Assessment& a, std::ostream& out);

/// Write `a` as a Markdown document with the table writer's sections.
void write_outcomes_md(const outcomes::Assessment& a, std::ostream& out);

} // namespace tenderscore::report
