// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::util {

/// Return the Levenshtein distance between `a` and `b`.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// Return the entry of `candidates` closest to `word` if it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

/// Return "; did you mean 'x'?" for the closest entry of `candidates`, or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

/// Return the byte offset of the first invalid UTF-8 sequence in `text`, or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

/// Return the number of code points in the valid UTF-8 `text`.
std::size_t utf8_length(std::string_view text);

/// Return `text` safe for a terminal: control characters (C0, DEL, C1) and invalid UTF-8
/// become visible `\xNN` escapes, bidirectional controls and invisible characters `\u{XXXX}`,
/// so untrusted text cannot move the cursor, recolour output or reorder a table row.
std::string escape_terminal(std::string_view text);

/// Return `text` quoted for a message: `'text'` with terminal escaping, cut at `max_chars`.
std::string quote(std::string_view text, std::size_t max_chars = 80);

/// Return `text` as one RFC 4180 CSV cell, with a leading `'` added when the text would start
/// a spreadsheet formula (`=`, `+`, `-`, `@`, tab or CR) and other control characters escaped
/// as escape_terminal does (tabs and line breaks are kept).
std::string csv_cell(std::string_view text);

/// Return `n` as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th.
std::string ordinal(int n);

} // namespace tenderscore::util
