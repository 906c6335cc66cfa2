// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace tenderscore::app {

// An output file that could not be written.
class OutputError : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

/// Write `content` to `path` atomically (a temporary file in the same folder, then rename), so
/// a reader never sees a half-written file; refuse when `path` is one of `inputs`. Throw
/// OutputError.
void write_atomically(const std::string& path, const std::string& content,
                      const std::vector<std::string>& inputs);

} // namespace tenderscore::app
