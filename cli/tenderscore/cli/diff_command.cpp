// SPDX-License-Identifier: MIT
#include <tenderscore/app/diff_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/report/result_diff.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

namespace {

struct DiffOptions
{
  load::Limits limits;
  std::string a;
  std::string b;
  std::string format = "text";
  std::string output;
};

// Exit 0 when the results are the same, 1 when they differ, 2 when a file cannot be compared
// (as diff(1) does).
int run_diff(const DiffOptions& options, Context& context)
{
  const auto run = app::diff_files(options.a, options.b, options.limits);
  const auto problems = print_problems(context, run.diagnostics);
  if (!run.diff) {
    context.err << "tenderscore: error: nothing compared (" << report::count_summary(problems)
                << ")\n";
    return k_exit_usage;
  }
  const auto write = [&run, &options](std::ostream& out) {
    if (options.format == "json") {
      report::write_diff_json(*run.diff, out);
    } else {
      report::write_diff_text(*run.diff, out);
    }
  };
  emit(context, options.output, write, {options.a, options.b});
  return run.diff->equal() ? k_exit_ok : k_exit_invalid;
}

} // namespace

void setup_diff(CLI::App& app, Context& context)
{
  auto options = std::make_shared<DiffOptions>();
  auto* sub = app.add_subcommand(
      "diff", "Compare two results (`score --format json`) or JSON reports: bids added or "
              "removed, and every rank, status, total, criterion's points, flag and exclusion "
              "that changed, with JSON Pointers into both files (exit 0 when the same, 1 when "
              "different, 2 when a file cannot be compared)");
  sub->add_option("a", options->a, "The first result or report (JSON)")->required();
  sub->add_option("b", options->b, "The second result or report (JSON)")->required();
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the differences to this file (atomically) instead of standard output");
  add_json_limits(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_diff(*options, context); });
}

} // namespace tenderscore::cli
