// SPDX-License-Identifier: MIT
#include <tenderscore/app/verify.hpp>
#include <tenderscore/cli/app.hpp>
#include <tenderscore/cli/commands.hpp>
#include <tenderscore/cli/limits.hpp>
#include <tenderscore/cli/problems.hpp>
#include <tenderscore/report/diagnostics.hpp>
#include <tenderscore/util/text.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace tenderscore::cli {

namespace {

struct VerifyOptions
{
  load::Limits limits;
  std::string report;
  std::string tender;
  std::vector<std::string> bids;
  std::string profile = "default";
};

int run_verify(const VerifyOptions& options, Context& context)
{
  const validate::Options rules{*validate::parse_profile(options.profile)};
  const auto v =
      app::verify_report(options.report, options.tender, options.bids, rules, options.limits);
  const auto problems = print_problems(context, v.diagnostics);
  const std::string name = util::escape_terminal(options.report);
  if (!v.checked) {
    context.err << "tenderscore: error: " << name << " could not be verified ("
                << report::count_summary(problems) << ")\n";
    return k_exit_invalid;
  }
  if (v.matches()) {
    context.out << "verified: " << name
                << " matches its inputs: every SHA-256, number and rule recomputed\n";
    return k_exit_ok;
  }
  context.out << "NOT VERIFIED: " << name << " does not match its inputs\n";
  for (const auto& change : v.input_changes) {
    context.out << "  input " << util::escape_terminal(change) << '\n';
  }
  for (const auto& difference : v.differences) {
    context.out << "  " << util::escape_terminal(difference) << '\n';
  }
  if (v.more_differences > 0) {
    context.out << "  … and " << v.more_differences << " more differences\n";
  }
  return k_exit_invalid;
}

} // namespace

void setup_verify(CLI::App& app, Context& context)
{
  auto options = std::make_shared<VerifyOptions>();
  auto* sub = app.add_subcommand(
      "verify", "Recompute a JSON report from its inputs and confirm it matches, or name what "
                "changed (exit 0 when it matches, 1 when it does not)");
  sub->add_option("report", options->report, "The report written by `report --format json`")
      ->required();
  sub->add_option("tender", options->tender, "The tender definition the report was made from")
      ->required();
  sub->add_option("bids", options->bids, "The bids files, in the order the report lists them")
      ->required();
  sub->add_option("--profile", options->profile, "Policy rules to validate against")
      ->check(CLI::IsMember({"default", "uk-central-government"}))
      ->capture_default_str();
  add_limit_options(*sub, options->limits);
  add_diagnostics_limit(*sub, context);
  add_quiet(*sub, context);
  sub->callback([options, &context] { context.exit_code = run_verify(*options, context); });
}

} // namespace tenderscore::cli
