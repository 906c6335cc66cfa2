// SPDX-License-Identifier: MIT
#include <tenderscore/app/measure_run.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/report/measure_writers.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <sstream>

namespace tenderscore::cli {

namespace {

struct MeasureOptions
{
  load::Limits limits;
  std::string instrument;
  std::string file;
  std::string format = "json";
  std::string output;
};

int run_measure(const MeasureOptions& options, Context& context)
{
  const auto instrument = measure::parse_instrument(options.instrument);
  const auto run = app::measure_file(options.file, *instrument, options.limits);
  print_diagnostics(context, run.diagnostics.sorted(), context.err);
  if (!run.result) {
    return refuse_invalid(context, run.diagnostics.items(), "nothing was scored");
  }
  std::ostringstream text;
  if (options.format == "csv") {
    report::write_measure_csv(*run.result, text);
  } else {
    report::write_measure_json(*run.result, options.file, text);
  }
  emit(context, options.output, text.str(), {options.file});
  return k_exit_ok;
}

} // namespace

void setup_measure(CLI::App& app, Context& context)
{
  auto options = std::make_shared<MeasureOptions>();
  auto* sub = app.add_subcommand(
      "measure", "Score participant-level wellbeing data (EQ-5D-3L, WEMWBS, SWEMWBS, ONS4): "
                 "each response, means by time point, paired change with a 95% CI, the share "
                 "with a meaningful change, and QALYs for dated EQ-5D-3L");
  sub->add_option("instrument", options->instrument, "The instrument")
      ->required()
      ->check(CLI::IsMember(measure::instrument_names()));
  sub->add_option("file", options->file,
                  "The responses (CSV): id, optional time (labels such as pre/post, or dates "
                  "YYYY-MM-DD), then the instrument's items")
      ->required();
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"json", "csv"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the result to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_measure(*options, context); });
}

} // namespace tenderscore::cli
