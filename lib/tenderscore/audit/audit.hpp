// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/source.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::audit {

// One input file as it was read: its name, size and SHA-256 of its exact bytes.
struct InputDigest
{
  std::string path;
  std::size_t bytes = 0;
  std::string sha256;
};

// What an auditor needs to reproduce a report: the inputs' digests, the toolkit version, the
// exact command line, and the scoring rules in force.
struct AuditBlock
{
  std::string tool = "tenderscore";
  std::string version;
  std::vector<std::string> command_line; // argv, exactly as given
  std::vector<InputDigest> inputs;       // in command-line order
  std::vector<std::string> rules;        // e.g. "price method: lowest-ratio", in a fixed order
  std::optional<std::string> timestamp;  // only when asked for (--timestamp)
};

/// Return the digest of `source` over the bytes that were read (a stripped byte-order mark
/// included), so that it matches `sha256sum FILE`.
InputDigest digest_source(const diag::SourceFile& source);

/// Return `argv` as one line a POSIX shell would split back into the same words.
std::string shell_command_line(const std::vector<std::string>& argv);

} // namespace tenderscore::audit
