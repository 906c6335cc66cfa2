// SPDX-License-Identifier: MIT
#include <tenderscore/app/batch.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/load/loader.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <array>
#include <memory>
#include <ostream>
#include <thread>

namespace tenderscore::cli {

namespace {

struct BatchCommandOptions
{
  std::string manifest;
  std::string format = "jsonl";
  std::string profile = "default";
  std::string output;
  std::size_t jobs = 1;
  load::Limits limits;
};

// Print a failing or warned set's problems on standard error, under a line naming the set.
void print_set_problems(Context& context, const app::ScoringSet& set, app::SetLine& line)
{
  if (context.quiet) {
    std::erase_if(line.problems, [](const auto& d) { return d.severity != diag::Severity::error; });
  }
  if (line.problems.empty() && line.error.empty()) {
    return;
  }
  context.err << "tenderscore: set " << util::quote(set.name) << " ("
              << util::escape_terminal(set.where.path()) << ':' << set.where.line
              << "): " << report::set_status_name(line.status);
  if (line.status == report::SetStatus::unreadable || line.status == report::SetStatus::failed) {
    context.err << ": " << util::escape_terminal(line.error);
  }
  context.err << '\n';
  print_diagnostics(context, line.problems, context.err);
}

// Exit 0 when every set was scored, 1 when a set (or the manifest) was invalid, 2 when a set's
// file could not be read, 3 when a set failed inside tenderscore; the highest applies.
int run_batch(const BatchCommandOptions& options, Context& context)
{
  diag::Diagnostics manifest_problems;
  const auto source = load::read_source(options.manifest, options.limits);
  const auto sets = app::parse_manifest(source, manifest_problems);
  const auto problems = print_problems(context, manifest_problems);
  if (manifest_problems.has_errors()) {
    return refuse_invalid(context, problems, "no set was scored");
  }
  app::BatchOptions batch{
      validate::Options{*validate::parse_profile(options.profile)}, options.limits,
      options.jobs == 0 ? std::max(1U, std::thread::hardware_concurrency()) : options.jobs,
      options.format == "jsonl",
      context.max_diagnostics == 0 ? static_cast<std::size_t>(-1) : context.max_diagnostics};
  std::vector<std::string> inputs{options.manifest};
  for (const auto& set : sets) {
    inputs.push_back(set.tender);
    inputs.insert(inputs.end(), set.bids.begin(), set.bids.end());
  }
  const bool to_stdout = options.output.empty() || options.output == "-";
  std::array<std::size_t, 4> counts{}; // scored, invalid, unreadable, failed
  emit(
      context, options.output,
      [&](std::ostream& out) {
        app::run_batch(sets, batch, [&](app::SetLine&& line) {
          ++counts[static_cast<std::size_t>(line.status)];
          out << line.text;
          if (to_stdout) {
            flush_out(context); // a reader sees each set as it is done; a lost write stops all
          }
          print_set_problems(context, sets[line.index], line);
        });
      },
      inputs);
  const std::size_t failed = counts[1] + counts[2] + counts[3];
  if (failed > 0 || !context.quiet) {
    context.err << "tenderscore: " << sets.size() << (sets.size() == 1 ? " set: " : " sets: ")
                << counts[0] << " scored, " << counts[1] << " invalid, " << counts[2]
                << " unreadable";
    if (counts[3] > 0) {
      context.err << ", " << counts[3] << " failed (a fault in tenderscore: please report it)";
    }
    context.err << '\n';
  }
  return counts[3] > 0   ? k_exit_internal
         : counts[2] > 0 ? k_exit_usage
         : counts[1] > 0 ? k_exit_invalid
                         : k_exit_ok;
}

} // namespace

void setup_batch(CLI::App& app, Context& context)
{
  auto options = std::make_shared<BatchCommandOptions>();
  auto* sub = app.add_subcommand(
      "batch", "Score many independent sets listed in a manifest, one result line per set in "
               "manifest order (exit 0 when every set was scored, 1 when one was invalid, 2 "
               "when a file of one could not be read, 3 when one failed inside tenderscore); a "
               "failing set does not stop the others");
  sub->add_option("manifest", options->manifest,
                  "One set per line: NAME TENDER BIDS... (paths from the working directory; a "
                  "field with spaces in double quotes; # starts a comment line); - for standard "
                  "input")
      ->required();
  sub->add_option("--format", options->format,
                  "jsonl: one JSON object per set with its inputs' SHA-256, its diagnostics and "
                  "the result as `score --format json` gives it; text: one line per set")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->capture_default_str();
  sub->add_option("-j,--jobs", options->jobs,
                  "Sets scored at once, each on its own thread (0: one per processor); the "
                  "output is the same whatever the number")
      ->check(CLI::Range(0, 256))
      ->capture_default_str();
  sub->add_option("--profile", options->profile, "Policy rules to validate every set against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_option("-o,--output", options->output,
                  "Write the lines to this file (atomically) instead of standard output");
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_batch(*options, context); });
}

} // namespace tenderscore::cli
