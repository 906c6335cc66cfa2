// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

namespace tenderscore::cli {

// Documented exit codes.
inline constexpr int k_exit_ok = 0;
inline constexpr int k_exit_invalid = 1;  // invalid input: diagnostics were printed
inline constexpr int k_exit_usage = 2;    // usage or I/O error
inline constexpr int k_exit_internal = 3; // a fault in tenderscore itself
// Standard output was a pipe whose reader had gone (`| head`): no message, and the status a
// shell reports for a program ended by SIGPIPE (128 + 13), as for `cat` or `grep`.
inline constexpr int k_exit_broken_pipe = 141;

/// Run the tenderscore command line `argv` with the given streams; return the exit code.
int run(int argc, const char* const* argv, std::istream& in, std::ostream& out, std::ostream& err);

} // namespace tenderscore::cli
