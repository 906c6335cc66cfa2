// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/cli/context.hpp>

namespace CLI {
class App;
}

namespace tenderscore::cli {

/// Add the `validate` subcommand to `app`; it reports into `context`.
void setup_validate(CLI::App& app, Context& context);

/// Add the `score` subcommand to `app`; it reports into `context`.
void setup_score(CLI::App& app, Context& context);

/// Add the `report` subcommand to `app`; it reports into `context`.
void setup_report(CLI::App& app, Context& context);

/// Add the `verify` subcommand to `app`; it reports into `context`.
void setup_verify(CLI::App& app, Context& context);

/// Add the `sensitivity` subcommand to `app`; it reports into `context`.
void setup_sensitivity(CLI::App& app, Context& context);
/// Add the `batch` subcommand to `app`; it reports into `context`.
void setup_batch(CLI::App& app, Context& context);
/// Add the `diff` subcommand to `app`; it reports into `context`.
void setup_diff(CLI::App& app, Context& context);

/// Add the `panel` subcommand to `app`; it reports into `context`.
void setup_panel(CLI::App& app, Context& context);

/// Add the `outcomes` subcommand to `app`; it reports into `context`.
void setup_outcomes(CLI::App& app, Context& context);
/// Add the `value` subcommand to `app`; it reports into `context`.
void setup_value(CLI::App& app, Context& context);
/// Add the `measure` subcommand to `app`; it reports into `context`.
void setup_measure(CLI::App& app, Context& context);

/// Add the `schema` subcommand to `app`; it reports into `context`.
void setup_schema(CLI::App& app, Context& context);

} // namespace tenderscore::cli
