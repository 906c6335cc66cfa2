// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/outcomes/assessment.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// What `outcomes` reads: the tender, its monitoring returns and, optionally, the bids.
struct OutcomesPaths
{
  std::string tender;
  std::vector<std::string> returns; // YAML or CSV monitoring returns
  std::vector<std::string> bids;    // bids files; empty: no promised-vs-delivered
  // value maps and proxy registries: checked for value-washing against the tender and bids
  std::vector<std::string> value;
};

// The outcome of `outcomes`: the assessment when the inputs were valid, and the diagnostics.
struct OutcomesRun
{
  std::optional<outcomes::Assessment> assessment;
  CheckedInputs inputs;
};

/// Validate the tender, returns and bids of `paths` under `options` and assess the returns when
/// no error was found (warnings are kept in the diagnostics); throw load::IoError.
OutcomesRun outcomes_files(const OutcomesPaths& paths, const validate::Options& options,
                           const load::Limits& limits = {});

} // namespace tenderscore::app
