// SPDX-License-Identifier: MIT
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/report/report_writers.hpp>

#include <CLI/CLI.hpp>

#include <array>
#include <ctime>
#include <memory>
#include <ostream>
#include <sstream>

namespace tenderscore::cli {

namespace {

struct ReportOptions
{
  std::string tender;
  std::vector<std::string> bids;
  std::string format = "md";
  std::string profile = "default";
  std::string output;
  bool timestamp = false;
};

std::string utc_now()
{
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  std::array<char, 32> text{};
  const std::size_t length = std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return {text.data(), length};
}

int run_report(const ReportOptions& options, Context& context)
{
  const validate::Options rules{*validate::parse_profile(options.profile)};
  // The program is recorded by name, not by the path it was started from, so that the same
  // inputs give the same report whichever build or folder ran it.
  std::vector<std::string> command_line = context.argv;
  if (!command_line.empty()) {
    command_line.front() = "tenderscore";
  }
  const auto run =
      app::report_files(options.tender, options.bids, rules, command_line,
                        options.timestamp ? std::optional<std::string>{utc_now()} : std::nullopt);
  std::vector<diag::Diagnostic> problems;
  for (const auto& d : run.inputs.diagnostics.sorted()) {
    if (d.severity != diag::Severity::note) {
      problems.push_back(d);
    }
  }
  report::write_diagnostics_text(problems, context.err);
  if (!run.evaluation) {
    context.err << "tenderscore: error: the input is invalid (" << report::count_summary(problems)
                << "); no report was written\n";
    return k_exit_invalid;
  }
  std::ostringstream text;
  if (options.format == "json") {
    report::write_report_json(*run.evaluation, text);
  } else if (options.format == "html") {
    report::write_report_html(*run.evaluation, text);
  } else {
    report::write_report_md(*run.evaluation, text);
  }
  std::vector<std::string> inputs{options.tender};
  inputs.insert(inputs.end(), options.bids.begin(), options.bids.end());
  emit(context, options.output, text.str(), inputs);
  return k_exit_ok;
}

} // namespace

void setup_report(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ReportOptions>();
  auto* sub = app.add_subcommand(
      "report", "Validate, score and write the evaluation report with its method statement, "
                "sensitivity and audit block");
  sub->add_option("tender", options->tender, "The tender definition (YAML)")->required();
  sub->add_option("bids", options->bids,
                  "One or more bids files (YAML), score sheets or price sheets (CSV)")
      ->required();
  sub->add_option("--format", options->format, "Report format")
      ->check(CLI::IsMember({"md", "html", "json"}))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the report to this file (atomically) instead of standard output");
  sub->add_flag("--timestamp", options->timestamp,
                "Record the time of the run (UTC) in the audit block; without it, identical "
                "inputs give byte-identical reports");
  sub->callback([options, &context] { context.exit_code = run_report(*options, context); });
}

} // namespace tenderscore::cli
