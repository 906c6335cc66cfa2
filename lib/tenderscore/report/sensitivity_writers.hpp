// SPDX-License-Identifier: MIT
// `tenderscore sensitivity`: the five robustness analyses of a round, as text, Markdown, HTML or
// JSON.
#pragma once

#include <tenderscore/score/robustness.hpp>

#include <iosfwd>

namespace tenderscore::report {

inline constexpr const char* k_sensitivity_format = "tenderscore/sensitivity@1";

/// Write `analysis` as Markdown: per lot the winner and margin, the break-even weights, the
/// social value share sweep with the exact shares where first place changes, weight
/// uncertainty (each bid's chance of coming first and its rank distribution), the price
/// formulas side by side and rank reversal. Text from the inputs is Markdown-escaped.
void write_sensitivity_md(const score::Robustness& analysis, std::ostream& out);

/// Write the same document for a terminal: untrusted text escaped for a terminal instead.
void write_sensitivity_text(const score::Robustness& analysis, std::ostream& out);

/// Write the same document as one HTML page: no script and no external request (a
/// Content-Security-Policy forbids both); untrusted text HTML-escaped.
void write_sensitivity_html(const score::Robustness& analysis, std::ostream& out);

/// Write `analysis` as JSON (tenderscore/sensitivity@1), exact fractions beside decimals.
void write_sensitivity_json(const score::Robustness& analysis, std::ostream& out);

} // namespace tenderscore::report
