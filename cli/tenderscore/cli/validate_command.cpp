// SPDX-License-Identifier: MIT
#include <tenderscore/app/workflow.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/cli/progress.hpp>
#include <tenderscore/report/diagnostics.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

namespace {

struct ValidateOptions
{
  std::vector<std::string> files;
  std::string profile = "default";
  std::string format = "text";
  bool strict = false;
  load::Limits limits;
};

int run_validate(const ValidateOptions& options, Context& context)
{
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto inputs = [&] {
    const Progress progress(context, "reading and checking");
    return app::check_files(options.files, rules, options.limits);
  }();
  const auto diagnostics = inputs.diagnostics.sorted();
  const bool valid = inputs.valid(options.strict);
  // JSON and GitHub output stay machine-readable: the line saying how many diagnostics were
  // left out goes to standard error (JSON also counts them in "not_shown").
  if (options.format == "json") {
    report::write_diagnostics_json(diagnostics, options.files, valid, context.out,
                                   shown_diagnostics(context, diagnostics).size());
    print_not_shown(context, diagnostics.size(), context.err);
  } else if (options.format == "github") {
    report::write_diagnostics_github(shown_diagnostics(context, diagnostics), context.out);
    print_not_shown(context, diagnostics.size(), context.err);
  } else {
    print_diagnostics(context, diagnostics, context.out);
    context.out << fmt::format("{} {} checked: {}{}\n", options.files.size(),
                               options.files.size() == 1 ? "file" : "files",
                               report::count_summary(diagnostics), valid ? "; valid" : "; INVALID");
  }
  return valid ? k_exit_ok : k_exit_invalid;
}

} // namespace

void setup_validate(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ValidateOptions>();
  auto* sub = app.add_subcommand(
      "validate", "Check tender, bids and monitoring files against their schemas and rules");
  sub->add_option("files", options->files,
                  "Tender, bids and monitoring files in any order; a bids file or monitoring "
                  "return is checked against the tender with the id it names, a CSV sheet or "
                  "return against the one tender given")
      ->required();
  sub->add_option("--profile", options->profile, "Policy rules to apply")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  sub->add_flag("--strict", options->strict, "Fail on warnings as well as errors");
  sub->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json", "github"}))
      ->capture_default_str();
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_validate(*options, context); });
}

} // namespace tenderscore::cli
