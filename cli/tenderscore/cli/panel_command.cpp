// SPDX-License-Identifier: MIT
#include <tenderscore/app/panel_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/panel_writers.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <sstream>

namespace tenderscore::cli {

namespace {

struct PanelOptions
{
  std::string tender;
  std::vector<std::string> bids;
  std::string format = "table";
  std::string profile = "default";
  std::string output;
  load::Limits limits;
};

int run_panel(const PanelOptions& options, Context& context)
{
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto run = app::panel_files(options.tender, options.bids, rules, options.limits);
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.worksheet) {
    return refuse_invalid(context, problems, "no worksheet was made");
  }
  std::ostringstream text;
  if (options.format == "json") {
    report::write_panel_json(*run.worksheet, text);
  } else if (options.format == "csv") {
    report::write_panel_csv(*run.worksheet, text);
  } else if (options.format == "md") {
    report::write_panel_md(*run.worksheet, text);
  } else {
    report::write_panel_table(*run.worksheet, text);
  }
  std::vector<std::string> inputs{options.tender};
  inputs.insert(inputs.end(), options.bids.begin(), options.bids.end());
  emit(context, options.output, text.str(), inputs);
  return k_exit_ok;
}

} // namespace

void setup_panel(CLI::App& app, Context& context)
{
  auto options = std::make_shared<PanelOptions>();
  auto* sub = app.add_subcommand(
      "panel", "Validate, then print the panel chair's moderation worksheet: evaluators' scores, "
               "items to moderate, evaluator leniency and the panel's agreement");
  sub->add_option("tender", options->tender, "The tender definition (YAML)")->required();
  sub->add_option("bids", options->bids,
                  "One or more bids files (YAML), score sheets or price sheets (CSV)")
      ->required();
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the worksheet to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_panel(*options, context); });
}

} // namespace tenderscore::cli
