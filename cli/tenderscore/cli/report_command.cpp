// SPDX-License-Identifier: MIT
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/app/summaries_out.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/cli/progress.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/report/report_writers.hpp>
#include <tenderscore/report/report_xlsx.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <array>
#include <ctime>
#include <iostream>
#include <memory>
#include <ostream>
#include <sstream>
#include <unistd.h>
#include <utility>

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
  std::string summaries; // folder for the assessment summaries; "" for none
  bool draft = false;
  load::Limits limits;
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

// XLSX is binary: without -o it goes to standard output only when that is not a terminal.
bool binary_to_terminal(const ReportOptions& options, const Context& context)
{
  return options.format == "xlsx" && (options.output.empty() || options.output == "-") &&
         &context.out == &std::cout && ::isatty(STDOUT_FILENO) == 1;
}

int run_report(const ReportOptions& options, Context& context)
{
  if (binary_to_terminal(options, context)) {
    context.err << "tenderscore: error: an XLSX report is binary; give -o FILE or redirect "
                   "standard output\n";
    return k_exit_usage;
  }
  const validate::Options rules{*validate::parse_profile(options.profile)};
  // The program is recorded by name, not by the path it was started from, so that the same
  // inputs give the same report whichever build or folder ran it.
  std::vector<std::string> command_line = context.argv;
  if (!command_line.empty()) {
    command_line.front() = "tenderscore";
  }
  const auto run = [&] {
    const Progress progress(context, "reading, checking, scoring and testing the weights");
    return app::report_files(
        options.tender, options.bids, rules, command_line,
        options.timestamp ? std::optional<std::string>{utc_now()} : std::nullopt, options.limits);
  }();
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.evaluation) {
    return refuse_invalid(context, problems, "no report was written");
  }
  std::vector<app::SummaryFile> summaries;
  if (!options.summaries.empty()) {
    if (!run.summary_gaps.empty() && !options.draft) {
      print_diagnostics(context, run.summary_gaps, context.err);
      context.err << "tenderscore: error: " << run.summary_gaps.size()
                  << " gap(s) in the assessment summaries (a scored question without an "
                     "explanation, or a tie for first place); no assessment summary and no "
                     "report was written (resolve them, or use --draft)\n";
      return k_exit_invalid;
    }
    if (!run.summary_gaps.empty()) { // --draft: shown, but they do not stop the run
      std::vector<diag::Diagnostic> gaps = run.summary_gaps;
      for (auto& gap : gaps) {
        gap.severity = diag::Severity::warning;
      }
      print_diagnostics(context, gaps, context.err);
    }
    // an HTML report gets HTML summaries; every other format Markdown ones
    summaries = app::render_summaries(*run.evaluation, report::SummaryOptions{options.draft},
                                      options.format == "html" ? "html" : "md");
  }
  std::ostringstream text;
  if (options.format == "xlsx") {
    try {
      text << report::xlsx_report(*run.evaluation);
    } catch (const report::XlsxLimitError& e) {
      context.err << "tenderscore: error: cannot write the round as XLSX: "
                  << util::escape_terminal(e.what())
                  << "; write it as --format json (or score it with --format csv)\n";
      return k_exit_usage;
    }
  } else if (options.format == "json") {
    report::write_report_json(*run.evaluation, text);
  } else if (options.format == "html") {
    report::write_report_html(*run.evaluation, text);
  } else {
    report::write_report_md(*run.evaluation, text);
  }
  std::vector<std::string> inputs{options.tender};
  inputs.insert(inputs.end(), options.bids.begin(), options.bids.end());
  // Everything is staged before anything is put in place, the report first (a target that
  // cannot be written, a folder say, fails the run before any summary is staged). Only once
  // every file was written are they committed together (app::StagedFiles), so a failed run
  // leaves no report and no new summary behind.
  const bool to_stdout = options.output.empty() || options.output == "-";
  app::StagedFiles staged;
  if (!to_stdout) {
    staged.add(app::StagedFile(options.output, text.str(), inputs));
  }
  if (!options.summaries.empty()) {
    app::stage_summaries(options.summaries, summaries, inputs, staged);
  }
  if (to_stdout) {
    emit(context, options.output, text.str(), inputs); // throws, leaving nothing, on failure
  }
  staged.commit();
  if (!options.summaries.empty()) {
    const std::vector<std::string> stale = app::stale_summaries(options.summaries, summaries);
    if (!stale.empty() && !context.quiet) {
      context.err << "tenderscore: warning: " << util::escape_terminal(options.summaries)
                  << " also holds " << stale.size()
                  << " summary file(s) that this run did not write (from an earlier run?); "
                     "remove them before sending the summaries out:\n";
      for (const auto& name : stale) {
        context.err << "  " << util::escape_terminal(name) << '\n';
      }
    }
  }
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
      ->check(CLI::IsMember({"md", "html", "json", "xlsx"}))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the report to this file (atomically) instead of standard output");
  sub->add_flag("--timestamp", options->timestamp,
                "Record the time of the run (UTC) in the audit block; without it, identical "
                "inputs give byte-identical reports");
  auto* summaries = sub->add_option(
      "--summaries", options->summaries,
      "Also write one assessment summary per bidder that reached the final stage (Procurement "
      "Act 2023 s.50) into this folder; refused while a scored question has no comment");
  sub->add_flag("--draft", options->draft,
                "Write the summaries even where comments are missing, marked DRAFT")
      ->needs(summaries);
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_report(*options, context); });
}

} // namespace tenderscore::cli
