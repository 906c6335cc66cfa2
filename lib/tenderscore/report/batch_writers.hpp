// SPDX-License-Identifier: MIT
// One line per scoring set of a batch: JSON Lines for scripts, a sentence for a terminal.
#pragma once

#include <tenderscore/audit/audit.hpp>
#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/score/result.hpp>

#include <cstddef>
#include <iosfwd>
#include <span>
#include <string>

namespace tenderscore::report {

inline constexpr const char* k_batch_line_format = "tenderscore/batch-line@1";

// What became of one scoring set: scored, refused as invalid, not read at all, or stopped by a
// fault in tenderscore itself (reported so that the other sets still run).
enum class SetStatus { scored, invalid, unreadable, failed };

/// Return "scored", "invalid", "unreadable" or "failed".
const char* set_status_name(SetStatus status);

// One set's outcome as a batch line shows it (borrowed, not owned).
struct BatchLine
{
  std::string_view name;
  int manifest_line = 0;
  SetStatus status = SetStatus::scored;
  const score::Result* result = nullptr; // when scored
  std::span<const audit::InputDigest> inputs;
  std::span<const diag::Diagnostic> diagnostics; // sorted by place, notes included
  std::size_t max_listed = static_cast<std::size_t>(-1);
  std::string_view error; // when unreadable or failed: why
};

/// Write `line` as one line of JSON and a newline: format, name, manifest line, status, the
/// inputs' path, size and SHA-256, the counts of diagnostics by severity with the first
/// `max_listed` of them (and `not_shown`), the error of an unreadable or failed set, and the
/// result exactly
/// as `score --format json --compact` writes it (null unless scored).
void write_batch_jsonl(const BatchLine& line, std::ostream& out);

/// Write `line` as one line for a terminal: the name, the status, and per lot the bid ranked
/// first with its total (or price per quality point), or the counts of diagnostics or the error.
/// Untrusted text is escaped.
void write_batch_text(const BatchLine& line, std::ostream& out);

} // namespace tenderscore::report
