// SPDX-License-Identifier: MIT
#include <tenderscore/app/value_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/value_writers.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <sstream>

namespace tenderscore::cli {

namespace {

struct ValueOptions
{
  load::Limits limits;
  app::ValuePaths paths;
  std::string format = "table";
  std::string output;
};

int run_value(const ValueOptions& options, Context& context)
{
  const auto run = app::value_files(options.paths, validate::Options{}, options.limits);
  const auto problems = print_problems(context, run.inputs.diagnostics);
  if (!run.result) {
    return refuse_invalid(context, problems, "nothing was valued");
  }
  std::ostringstream text;
  if (options.format == "json") {
    report::write_value_json(*run.result, text);
  } else if (options.format == "csv") {
    report::write_value_csv(*run.result, text);
  } else if (options.format == "md") {
    report::write_value_md(*run.result, text);
  } else {
    report::write_value_table(*run.result, text);
  }
  std::vector<std::string> inputs{options.paths.value_map};
  inputs.insert(inputs.end(), options.paths.proxies.begin(), options.paths.proxies.end());
  if (!options.paths.tender.empty()) {
    inputs.push_back(options.paths.tender);
  }
  inputs.insert(inputs.end(), options.paths.bids.begin(), options.paths.bids.end());
  emit(context, options.output, text.str(), inputs);
  return k_exit_ok;
}

} // namespace

void setup_value(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ValueOptions>();
  auto* sub = app.add_subcommand(
      "value", "Value for money and social return on investment (SROI) of a value map, with its "
               "sensitivity range and value-washing warnings");
  sub->add_option("value-map", options->paths.value_map, "The value map (YAML)")->required();
  sub->add_option("proxies", options->paths.proxies,
                  "Proxies files (YAML) holding the proxies the value map names");
  sub->add_option("--tender", options->paths.tender,
                  "The tender whose KPIs and estimated value the claims are checked against");
  sub->add_option("--bids", options->paths.bids,
                  "Bids files of that tender (the value map's bidder's price is checked)")
      ->needs("--tender");
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"table", "json", "csv", "md"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the result to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_value(*options, context); });
}

} // namespace tenderscore::cli
