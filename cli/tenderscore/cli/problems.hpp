// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/context.hpp>
#include <tenderscore/diag/diagnostic.hpp>

#include <cstddef>
#include <iosfwd>
#include <string_view>
#include <vector>

namespace tenderscore::cli {

/// Print the errors and warnings of `diagnostics` to `context.err` (only the errors when
/// `context.quiet`), sorted by place, and return them all. Notes are left out: they explain a valid
/// input and would bury what needs fixing. Everything goes to stderr so that stdout holds only a
/// command's result.
std::vector<diag::Diagnostic> print_problems(Context& context,
                                             const diag::Diagnostics& diagnostics);

/// Write at most `context.max_diagnostics` of `diagnostics` to `out` as text, then, when some
/// were left out, the line "tenderscore: 931868 more diagnostics not shown (raise the limit
/// with --max-diagnostics)".
void print_diagnostics(Context& context, const std::vector<diag::Diagnostic>& diagnostics,
                       std::ostream& out);

/// The first `context.max_diagnostics` of `diagnostics` (all of them when the limit is 0).
std::vector<diag::Diagnostic> shown_diagnostics(const Context& context,
                                                const std::vector<diag::Diagnostic>& diagnostics);

/// Write the "… more diagnostics not shown" line to `out` when `total` is over the limit.
void print_not_shown(const Context& context, std::size_t total, std::ostream& out);

/// Close a run whose input was invalid: "tenderscore: error: the input is invalid (2 errors);
/// nothing was scored", with `consequence` after the semicolon. Returns k_exit_invalid.
int refuse_invalid(Context& context, const std::vector<diag::Diagnostic>& problems,
                   std::string_view consequence);

} // namespace tenderscore::cli
