// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/value/result.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::app {

// The outcome of `value`: the result when the inputs were valid, and the diagnostics.
struct ValueRun
{
  std::optional<value::ValueResult> result;
  CheckedInputs inputs;
};

// The files `value` takes: a value map, proxies files, and optionally a tender and its bids.
struct ValuePaths
{
  std::string value_map;
  std::vector<std::string> proxies;
  std::string tender; // "" for none
  std::vector<std::string> bids;
};

/// Load and check the files of `paths` (each must be of the kind its place says), including
/// the value-washing warnings, and evaluate the value map when no error was found; throw
/// load::IoError.
ValueRun value_files(const ValuePaths& paths, const validate::Options& options,
                     const load::Limits& limits = {});

} // namespace tenderscore::app
