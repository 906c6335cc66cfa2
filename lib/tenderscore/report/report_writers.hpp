// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/report/evaluation.hpp>

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>

namespace tenderscore::report {

inline constexpr const char* k_report_format = "tenderscore/report@1";

/// Write `evaluation` as the full evaluation report in Markdown: method statement, ranking,
/// points per criterion, exclusions, moderation flags, sensitivity and the audit block.
void write_report_md(const Evaluation& evaluation, std::ostream& out);

/// Return `evaluation` as the JSON report (tenderscore/report@1): the method statement, the
/// `score --format json` result unchanged under "result", the sensitivity and the audit block.
nlohmann::ordered_json report_document(const Evaluation& evaluation);

/// Return the audit block as the report's JSON "audit" object.
nlohmann::ordered_json audit_document(const audit::AuditBlock& audit);

/// Write `evaluation` as the JSON report, indented, with a final newline; the score result in
/// it is streamed. report_document is this text parsed.
void write_report_json(const Evaluation& evaluation, std::ostream& out);

/// Write `evaluation` as one self-contained HTML page (no script, no external request; inline
/// CSS and SVG charts; printable): method statement, ranking, points per criterion, exclusions,
/// moderation flags, sensitivity and the audit block.
void write_report_html(const Evaluation& evaluation, std::ostream& out);

} // namespace tenderscore::report
