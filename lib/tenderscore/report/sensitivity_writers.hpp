// SPDX-License-Identifier: MIT
// `tenderscore sensitivity`: the five robustness analyses of a round, as text, Markdown, HTML or
// JSON.
#pragma once

#include <tenderscore/score/robustness.hpp>

#include <nlohmann/json_fwd.hpp>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::report {

inline constexpr const char* k_sensitivity_format = "tenderscore/sensitivity@1";

// One lot's social value sweep, weight draws and price formulas (borrowed), as the evaluation
// report shows them beside its break-even weights.
struct LotAnalyses
{
  const score::LotSweep& sweep;
  const score::LotDraws& draws;
  const std::vector<score::MethodResult>& methods; // the whole round's; shown for `lot`
  std::optional<std::string> lot;
  bool per_point = false;
  score::DrawOptions options;
  std::string methods_note = {}; // why the price formulas were not compared, else ""
};

/// Write the three sections of `analyses` as Markdown (### headings), after other text.
void write_lot_analyses_md(const LotAnalyses& analyses, std::ostream& out);

/// Write the three sections of `analyses` as HTML (h3 headings).
void write_lot_analyses_html(const LotAnalyses& analyses, std::ostream& out);

/// Add `share_sweep`, `weight_draws` and `price_methods` for `analyses` to the JSON object `item`.
void add_lot_analyses_json(const LotAnalyses& analyses, nlohmann::ordered_json& item);

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
