// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/context.hpp>
#include <tenderscore/load/limits.hpp>

namespace CLI {
class App;
}

namespace tenderscore::cli {

/// Add the resource-limit flags (--max-file-size, --max-depth, --max-bids, ...) to `command`,
/// writing into `limits`: one line in every subcommand that reads input files.
void add_limit_options(CLI::App& command, load::Limits& limits);

/// Add only --max-file-size and --max-depth to `command`, for a subcommand that reads JSON and
/// no YAML or bids (`diff`).
void add_json_limits(CLI::App& command, load::Limits& limits);

/// Add --max-diagnostics to `command`, writing into `context.max_diagnostics`: one line in
/// every subcommand that prints diagnostics.
void add_diagnostics_limit(CLI::App& command, Context& context);

/// Add -q/--quiet to `command`, writing into `context.quiet`: in every subcommand whose
/// diagnostics go to standard error beside a result.
void add_quiet(CLI::App& command, Context& context);

} // namespace tenderscore::cli
