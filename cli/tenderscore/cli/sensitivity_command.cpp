// SPDX-License-Identifier: MIT
#include <tenderscore/app/sensitivity_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/cli/progress.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>
#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

namespace {

struct SensitivityOptions
{
  std::string tender;
  std::vector<std::string> bids;
  std::string format = "table";
  std::string profile = "default";
  std::string output;
  std::string step = "1";
  std::string end = "20";
  std::uint64_t draws = 10000;
  std::uint64_t seed = 1;
  double concentration = 100;
  load::Limits limits;
};

// The sweep's step and end as exact decimals, or a usage message.
std::optional<std::string> read_sweep(const SensitivityOptions& options,
                                      score::RobustnessOptions& out)
{
  const auto step = util::parse_decimal(options.step);
  const auto end = util::parse_decimal(options.end);
  if (!step || *step <= 0 || *step > 100) {
    return "--step must be a number above 0 and at most 100, got '" + options.step + "'";
  }
  if (!end || *end <= 0 || *end > 100) {
    return "--to must be a number above 0 and at most 100, got '" + options.end + "'";
  }
  if (*end / *step > 10000) {
    return "--step is too small for --to: at most 10,000 steps";
  }
  out.step = *step;
  out.end = *end;
  return std::nullopt;
}

int run_sensitivity(const SensitivityOptions& options, Context& context)
{
  score::RobustnessOptions analysis;
  if (const auto problem = read_sweep(options, analysis)) {
    context.err << "tenderscore: error: " << util::escape_terminal(*problem) << '\n';
    return k_exit_usage;
  }
  analysis.draws.draws = options.draws;
  analysis.draws.seed = options.seed;
  analysis.draws.concentration = options.concentration;
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto run = [&] {
    const Progress progress(context, "scoring and analysing");
    return app::sensitivity_files(options.tender, options.bids, rules, options.limits, analysis);
  }();
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.analysis) {
    return refuse_invalid(context, problems, "nothing was analysed");
  }
  std::vector<std::string> inputs{options.tender};
  inputs.insert(inputs.end(), options.bids.begin(), options.bids.end());
  emit(
      context, options.output,
      [&](std::ostream& out) {
        if (options.format == "json") {
          report::write_sensitivity_json(*run.analysis, out);
        } else if (options.format == "html") {
          report::write_sensitivity_html(*run.analysis, out);
        } else if (options.format == "md") {
          report::write_sensitivity_md(*run.analysis, out);
        } else {
          report::write_sensitivity_text(*run.analysis, out);
        }
      },
      inputs);
  return k_exit_ok;
}

} // namespace

void setup_sensitivity(CLI::App& app, Context& context)
{
  auto options = std::make_shared<SensitivityOptions>();
  auto* sub = app.add_subcommand(
      "sensitivity",
      "How robust the award is: break-even weights, a social value share sweep, weight "
      "uncertainty (Monte Carlo), the ranking under each price formula, and rank reversal");
  sub->add_option("tender", options->tender, "The tender definition (YAML)")->required();
  sub->add_option("bids", options->bids,
                  "One or more bids files (YAML), score sheets or price sheets (CSV)")
      ->required();
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "md", "html"}))
      ->capture_default_str();
  sub->add_option("--step", options->step, "The social value sweep's step, in percent")
      ->capture_default_str();
  sub->add_option("--to", options->end, "The social value sweep's end, in percent (up to 100)")
      ->capture_default_str();
  sub->add_option("--draws", options->draws, "Weight vectors drawn for weight uncertainty")
      ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{100000000}))
      ->capture_default_str();
  sub->add_option("--seed", options->seed, "The draws' seed: the same seed, the same counts")
      ->capture_default_str();
  sub->add_option("--concentration", options->concentration,
                  "How tightly the drawn weights keep to the published ones (a Dirichlet's "
                  "concentration: weight w has standard deviation √(w(100 − w)/(c + 1)))")
      ->check(CLI::Range(0.001, 1e9))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the analysis to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_sensitivity(*options, context); });
}

} // namespace tenderscore::cli
