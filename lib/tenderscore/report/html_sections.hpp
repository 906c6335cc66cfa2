// SPDX-License-Identifier: MIT
// Private to the HTML report: one function per section of the page, each a <section> element.
#pragma once

#include <tenderscore/report/evaluation.hpp>

#include <iosfwd>

namespace tenderscore::report {

/// Write the method statement of `evaluation`: facts, criteria trees, price formula, scales,
/// gates.
void write_method_html(const Evaluation& evaluation, std::ostream& out);

/// Write the results per lot of `evaluation`: ranking, points chart, each ranked bid's points
/// per criterion, exclusions, flags, ties and stages.
void write_results_html(const Evaluation& evaluation, std::ostream& out);

/// Write the panel section of `evaluation`: items needing moderation, moderated scores,
/// evaluators, Kendall's W and the spread chart of every question.
void write_panel_html(const Evaluation& evaluation, std::ostream& out);

/// Write the sensitivity of `evaluation` per lot: margin, break-even weights and their chart.
void write_sensitivity_html(const Evaluation& evaluation, std::ostream& out);

/// Write the audit block of `evaluation`: tool and version, command line, inputs with their
/// SHA-256, scoring rules and the timestamp when there is one.
void write_audit_html(const Evaluation& evaluation, std::ostream& out);

} // namespace tenderscore::report
