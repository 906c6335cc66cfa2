// SPDX-License-Identifier: MIT
#include <tenderscore/cli/limits.hpp>

#include <CLI/CLI.hpp>

namespace tenderscore::cli {

namespace {

const char* const k_limits_group = "Limits";
const char* const k_limits_help =
    "Bounds on hostile or runaway input; each error names the flag that raises it";

void add_file_size(CLI::App& group, load::Limits& limits)
{
  group
      .add_option(load::limit_flag::file_size, limits.max_file_bytes,
                  "Largest input file, in bytes (suffixes k, MiB, ...)")
      ->transform(CLI::AsSizeValue(false)) // 64MiB, 64MB, 512k and 1024 all read as bytes
      ->capture_default_str();
}

void add_depth(CLI::App& group, load::Limits& limits, const char* what)
{
  group.add_option(load::limit_flag::depth, limits.max_depth, what)
      ->check(CLI::Range(1, 400))
      ->capture_default_str();
}

} // namespace

void add_json_limits(CLI::App& command, load::Limits& limits)
{
  auto* group = command.add_option_group(k_limits_group, k_limits_help);
  add_file_size(*group, limits);
  add_depth(*group, limits, "Deepest nesting of JSON objects and arrays");
}

void add_limit_options(CLI::App& command, load::Limits& limits)
{
  auto* group = command.add_option_group(k_limits_group, k_limits_help);
  const auto size = CLI::AsSizeValue(false);
  add_file_size(*group, limits);
  group
      ->add_option(load::limit_flag::value_size, limits.max_scalar_bytes,
                   "Longest YAML value, in bytes")
      ->transform(size)
      ->capture_default_str();
  group->add_option(load::limit_flag::key_size, limits.max_key_bytes, "Longest YAML key, in bytes")
      ->transform(size)
      ->capture_default_str();
  add_depth(*group, limits,
            "Deepest nesting of YAML mappings and sequences (and of JSON, for verify's report)");
  group
      ->add_option(
          load::limit_flag::alias_expansion, limits.expansion_factor,
          "YAML aliases may expand a file to this many times its size (plus 10,000 values)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  group
      ->add_option(load::limit_flag::yaml_nodes, limits.max_yaml_nodes,
                   "Most values (scalars, mappings, sequences) in one YAML file")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  group->add_option(load::limit_flag::bids, limits.max_bids, "Most bids in one run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  group
      ->add_option(load::limit_flag::evaluators, limits.max_evaluators,
                   "Most distinct evaluators in one run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  group
      ->add_option(load::limit_flag::criteria, limits.max_criteria,
                   "Most criteria (groups, price and questions, lots included) in one run")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

void add_diagnostics_limit(CLI::App& command, Context& context)
{
  command
      .add_option("--max-diagnostics", context.max_diagnostics,
                  "Print at most this many diagnostics, then how many more there were (0: all)")
      ->capture_default_str();
}

void add_quiet(CLI::App& command, Context& context)
{
  command.add_flag("-q,--quiet", context.quiet,
                   "Print errors only: no warnings on standard error (the output is unchanged)");
}

} // namespace tenderscore::cli
