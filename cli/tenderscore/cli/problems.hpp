// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/context.hpp>
#include <tenderscore/diag/diagnostic.hpp>

#include <string_view>
#include <vector>

namespace tenderscore::cli {

/// Print the errors and warnings of `diagnostics` to `context.err`, sorted by place, and return
/// them. Notes are left out: they explain a valid input and would bury what needs fixing.
/// Everything goes to stderr so that stdout holds only a command's result.
std::vector<diag::Diagnostic> print_problems(Context& context,
                                             const diag::Diagnostics& diagnostics);

/// Close a run whose input was invalid: "tenderscore: error: the input is invalid (2 errors);
/// nothing was scored", with `consequence` after the semicolon. Returns k_exit_invalid.
int refuse_invalid(Context& context, const std::vector<diag::Diagnostic>& problems,
                   std::string_view consequence);

} // namespace tenderscore::cli
