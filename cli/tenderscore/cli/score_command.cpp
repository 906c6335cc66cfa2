// SPDX-License-Identifier: MIT
#include <tenderscore/app/workflow.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/cli/progress.hpp>
#include <tenderscore/report/score_writers.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

namespace {

struct ScoreOptions
{
  std::string tender;
  std::vector<std::string> bids;
  std::string format = "table";
  std::string profile = "default";
  std::string output;
  bool compact = false;
  load::Limits limits;
};

int run_score(const ScoreOptions& options, Context& context)
{
  if (options.compact && options.format != "json") {
    context.err << "tenderscore: error: --compact applies only to --format json\n";
    return k_exit_usage;
  }
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto run = [&] {
    const Progress progress(context, "reading, checking and scoring");
    return app::score_files(options.tender, options.bids, rules, options.limits);
  }();
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.result) {
    return refuse_invalid(context, problems, "nothing was scored");
  }
  std::vector<std::string> inputs{options.tender};
  inputs.insert(inputs.end(), options.bids.begin(), options.bids.end());
  const score::Result& result = *run.result;
  // Streamed bid by bid to the output (or its temporary file): the text is never held whole.
  // Progress only while writing a file: on a terminal it would cut into the result.
  const bool to_file = !options.output.empty() && options.output != "-";
  const Progress progress(context, "writing " + options.output, to_file);
  emit(
      context, options.output,
      [&](std::ostream& out) {
        if (options.format == "json") {
          report::write_score_json(result, out, options.compact, run.digests);
        } else if (options.format == "csv") {
          report::write_score_csv(result, out);
        } else {
          report::write_score_table(result, out);
        }
      },
      inputs);
  return k_exit_ok;
}

} // namespace

void setup_score(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ScoreOptions>();
  auto* sub = app.add_subcommand("score", "Validate, then score and rank the bids of a tender");
  sub->add_option("tender", options->tender, "The tender definition (YAML)")->required();
  sub->add_option("bids", options->bids,
                  "One or more bids files (YAML), score sheets or price sheets (CSV)")
      ->required();
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->capture_default_str();
  sub->add_flag("--compact", options->compact,
                "With --format json: the whole document on one line, without indentation");
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the result to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_score(*options, context); });
}

} // namespace tenderscore::cli
