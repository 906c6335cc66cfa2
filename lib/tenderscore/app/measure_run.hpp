// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/load/limits.hpp>
#include <tenderscore/measure/summary.hpp>

#include <memory>
#include <optional>
#include <string>

namespace tenderscore::app {

// The outcome of `measure`: the scored result when the file was valid, and the diagnostics.
struct MeasureRun
{
  std::shared_ptr<const measure::Dataset> data; // what the result points into
  std::optional<measure::MeasureResult> result;
  diag::Diagnostics diagnostics;
};

/// Read the participant-level CSV at `path` (or standard input for "-") for `instrument`
/// within `limits`, check it and score it when no error was found; throw load::IoError.
MeasureRun measure_file(const std::string& path, measure::Instrument instrument,
                        const load::Limits& limits = {});

} // namespace tenderscore::app
