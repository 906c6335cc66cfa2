// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/panel/worksheet.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// The outcome of `panel`: the worksheet when the inputs were valid, and the diagnostics.
struct PanelRun
{
  std::optional<panel::Worksheet> worksheet;
  CheckedInputs inputs;
};

/// Validate the tender at `tender_path` with the bids files `bid_paths` under `options` and
/// build the moderation worksheet when no error was found (warnings are kept in the
/// diagnostics); throw load::IoError.
PanelRun panel_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits = {});

} // namespace tenderscore::app
