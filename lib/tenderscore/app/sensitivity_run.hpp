// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/score/robustness.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// The outcome of `sensitivity`: the analyses when the inputs were valid, and the diagnostics.
struct SensitivityRun
{
  std::optional<score::Robustness> analysis;
  CheckedInputs inputs;
};

/// Validate the tender at `tender_path` with `bid_paths` as `score` does and, when no error was
/// found, run every robustness analysis with `analysis_options`; throw load::IoError, and
/// std::invalid_argument for analysis options out of range.
SensitivityRun sensitivity_files(const std::string& tender_path,
                                 const std::vector<std::string>& bid_paths,
                                 const validate::Options& options, const load::Limits& limits,
                                 const score::RobustnessOptions& analysis_options);

} // namespace tenderscore::app
