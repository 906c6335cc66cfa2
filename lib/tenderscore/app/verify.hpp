// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>

#include <string>
#include <vector>

namespace tenderscore::app {

// The outcome of `verify`: whether a JSON report still matches its inputs, and what differs.
struct Verification
{
  bool checked = false;                   // the report and the inputs could both be read
  std::vector<std::string> input_changes; // inputs whose bytes differ from the audit block
  std::vector<std::string> differences;   // "/json/pointer: report X, now Y", in report order
  std::size_t more_differences = 0;       // differences found beyond those listed
  diag::Diagnostics diagnostics;          // an unreadable report, or invalid inputs

  bool matches() const { return checked && input_changes.empty() && differences.empty(); }
};

/// Recompute the JSON report at `report_path` from `tender_path` and `bid_paths` (given in the
/// order of its audit block) and compare: every input's SHA-256, then every number and rule
/// of the report (the command line and timestamp are not compared). Throw load::IoError.
Verification verify_report(const std::string& report_path, const std::string& tender_path,
                           const std::vector<std::string>& bid_paths,
                           const validate::Options& options, const load::Limits& limits = {});

} // namespace tenderscore::app
