// SPDX-License-Identifier: MIT
#include <tenderscore/cli/problems.hpp>

#include <tenderscore/cli/app.hpp>
#include <tenderscore/report/diagnostics.hpp>

#include <ostream>

namespace tenderscore::cli {

std::vector<diag::Diagnostic> print_problems(Context& context, const diag::Diagnostics& diagnostics)
{
  std::vector<diag::Diagnostic> problems;
  std::vector<diag::Diagnostic> shown;
  for (const auto& d : diagnostics.sorted()) {
    if (d.severity != diag::Severity::note) {
      problems.push_back(d);
      if (!context.quiet || d.severity == diag::Severity::error) {
        shown.push_back(d);
      }
    }
  }
  print_diagnostics(context, shown, context.err);
  return problems;
}

std::vector<diag::Diagnostic> shown_diagnostics(const Context& context,
                                                const std::vector<diag::Diagnostic>& diagnostics)
{
  if (context.max_diagnostics == 0 || diagnostics.size() <= context.max_diagnostics) {
    return diagnostics;
  }
  return {diagnostics.begin(),
          diagnostics.begin() + static_cast<std::ptrdiff_t>(context.max_diagnostics)};
}

void print_not_shown(const Context& context, std::size_t total, std::ostream& out)
{
  if (context.max_diagnostics != 0 && total > context.max_diagnostics) {
    const std::size_t more = total - context.max_diagnostics;
    out << "tenderscore: " << more << " more " << (more == 1 ? "diagnostic" : "diagnostics")
        << " not shown (raise the limit with --max-diagnostics)\n";
  }
}

void print_diagnostics(Context& context, const std::vector<diag::Diagnostic>& diagnostics,
                       std::ostream& out)
{
  report::write_diagnostics_text(shown_diagnostics(context, diagnostics), out);
  print_not_shown(context, diagnostics.size(), out);
}

int refuse_invalid(Context& context, const std::vector<diag::Diagnostic>& problems,
                   std::string_view consequence)
{
  context.err << "tenderscore: error: the input is invalid (" << report::count_summary(problems)
              << "); " << consequence << '\n';
  return k_exit_invalid;
}

} // namespace tenderscore::cli
