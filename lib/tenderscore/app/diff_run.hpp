// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/limits.hpp>
#include <tenderscore/report/result_diff.hpp>

#include <optional>
#include <string>

namespace tenderscore::app {

// The outcome of `diff`: the differences when both files could be read, and the diagnostics.
struct DiffRun
{
  std::optional<report::ResultDiff> diff;
  diag::Diagnostics diagnostics;
};

/// Read the JSON files at `path_a` and `path_b` (each a `score --format json` result or a
/// `report --format json` report, whose result is compared) within `limits`, and compare their
/// results. A file that is not JSON, or not a tenderscore result or report, is an error at its
/// line and column and leaves `diff` unset. Throw load::IoError for a file that cannot be read.
DiffRun diff_files(const std::string& path_a, const std::string& path_b,
                   const load::Limits& limits = {});

} // namespace tenderscore::app
