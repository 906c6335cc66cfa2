// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/report/evaluation.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// The outcome of `report`: the evaluation when the inputs were valid, and the diagnostics.
struct ReportRun
{
  std::optional<report::Evaluation> evaluation;
  CheckedInputs inputs;
  // with an evaluation: every scored question of a bid owed an assessment summary that has no
  // explanation, at the question's key in its bids file (report::summary_gaps)
  std::vector<diag::Diagnostic> summary_gaps;
};

/// Validate the tender at `tender_path` with the bids files `bid_paths` and, when no error was
/// found, evaluate them with an audit block naming every input's SHA-256, this toolkit's
/// version and `command_line`; `timestamp` is written into the audit block when given. Throw
/// load::IoError.
ReportRun report_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                       const validate::Options& options,
                       const std::vector<std::string>& command_line,
                       const std::optional<std::string>& timestamp = std::nullopt,
                       const load::Limits& limits = {});

} // namespace tenderscore::app
