// SPDX-License-Identifier: MIT
#include <tenderscore/app/outcomes_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/outcomes_writers.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <sstream>

namespace tenderscore::cli {

namespace {

struct OutcomesOptions
{
  load::Limits limits;
  app::OutcomesPaths paths;
  std::string format = "table";
  std::string profile = "default";
  std::string output;
};

int run_outcomes(const OutcomesOptions& options, Context& context)
{
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto run = app::outcomes_files(options.paths, rules, options.limits);
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.assessment) {
    return refuse_invalid(context, problems, "nothing was assessed");
  }
  std::ostringstream text;
  if (options.format == "json") {
    report::write_outcomes_json(*run.assessment, text);
  } else if (options.format == "csv") {
    report::write_outcomes_csv(*run.assessment, text);
  } else if (options.format == "md") {
    report::write_outcomes_md(*run.assessment, text);
  } else {
    report::write_outcomes_table(*run.assessment, text);
  }
  std::vector<std::string> inputs{options.paths.tender};
  inputs.insert(inputs.end(), options.paths.returns.begin(), options.paths.returns.end());
  inputs.insert(inputs.end(), options.paths.bids.begin(), options.paths.bids.end());
  inputs.insert(inputs.end(), options.paths.value.begin(), options.paths.value.end());
  emit(context, options.output, text.str(), inputs);
  return k_exit_ok;
}

} // namespace

void setup_outcomes(CLI::App& app, Context& context)
{
  auto options = std::make_shared<OutcomesOptions>();
  auto* sub = app.add_subcommand(
      "outcomes", "Validate, then assess monitoring returns: KPI attainment, the portfolio score, "
                  "Procurement Act 2023 ratings, the outcome payment and promised vs delivered");
  sub->add_option("tender", options->paths.tender, "The tender definition (YAML)")->required();
  sub->add_option("monitoring", options->paths.returns,
                  "One or more monitoring returns (YAML, or CSV 'period,kpi,value')")
      ->required();
  sub->add_option("--bids", options->paths.bids,
                  "Bids files: compare the provider's KPI commitments with what was delivered");
  sub->add_option("--value-map", options->paths.value,
                  "A value map and its proxy registries: warn of value-washing (claims above the "
                  "price, double counting, missing deadweight, outcomes no KPI monitors)");
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the assessment to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_outcomes(*options, context); });
}

} // namespace tenderscore::cli
