// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace tenderscore::cli {

// What every subcommand receives: the streams and the exit code it sets.
struct Context
{
  std::istream& in;
  std::ostream& out;
  std::ostream& err;
  std::vector<std::string> argv; // the exact command line, for audit blocks
  int exit_code = 0;
  std::size_t max_diagnostics = 200; // --max-diagnostics: most printed; 0 for no limit
  bool quiet = false;                // --quiet: errors only on standard error, no warnings
};

/// Thrown when something written to standard output was lost (a full disk, a closed or broken
/// output): cli::run reports it once, as the run's last word.
struct OutputFailed
{
};

/// Flush `context.out`; throw OutputFailed when anything written to it was lost.
void flush_out(Context& context);

/// Write `text` to the file `path` atomically, or to `context.out` when `path` is empty or "-".
void emit(Context& context, const std::string& path, const std::string& text,
          const std::vector<std::string>& inputs);
/// The same, with the text streamed by `write` (to the file's temporary copy or the stream), so
/// that a large result is never held whole.
void emit(Context& context, const std::string& path,
          const std::function<void(std::ostream&)>& write, const std::vector<std::string>& inputs);

} // namespace tenderscore::cli
