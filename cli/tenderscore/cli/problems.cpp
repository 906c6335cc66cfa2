// SPDX-License-Identifier: MIT
#include <tenderscore/cli/problems.hpp>

#include <tenderscore/cli/app.hpp>
#include <tenderscore/report/diagnostics.hpp>

#include <ostream>

namespace tenderscore::cli {

std::vector<diag::Diagnostic> print_problems(Context& context, const diag::Diagnostics& diagnostics)
{
  std::vector<diag::Diagnostic> problems;
  for (const auto& d : diagnostics.sorted()) {
    if (d.severity != diag::Severity::note) {
      problems.push_back(d);
    }
  }
  report::write_diagnostics_text(problems, context.err);
  return problems;
}

int refuse_invalid(Context& context, const std::vector<diag::Diagnostic>& problems,
                   std::string_view consequence)
{
  context.err << "tenderscore: error: the input is invalid (" << report::count_summary(problems)
              << "); " << consequence << '\n';
  return k_exit_invalid;
}

} // namespace tenderscore::cli
