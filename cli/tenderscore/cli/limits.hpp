// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/load/limits.hpp>

namespace CLI {
class App;
}

namespace tenderscore::cli {

/// Add the resource-limit flags (--max-file-size, --max-depth, --max-bids, ...) to `command`,
/// writing into `limits`: one line in every subcommand that reads input files.
void add_limit_options(CLI::App& command, load::Limits& limits);

} // namespace tenderscore::cli
