// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::diag {

// The text of one input file, kept so that diagnostics can quote the offending line.
class SourceFile
{
public:
  /// Create a source named `path` holding `text` (a UTF-8 byte-order mark is removed).
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return m_path; }
  const std::string& text() const { return m_text; }
  bool had_bom() const { return m_had_bom; }

  /// Return line `line` (1-based) without its line ending, or "" when out of range.
  std::string_view line(int line) const;

  /// Return the 1-based line and column (in code points) of byte `offset`, in time bounded
  /// by a constant and the logarithm of the line count, whatever the lines' lengths.
  std::pair<int, int> position(std::size_t offset) const;

  /// Return the 1-based column in code points of byte `byte_column` (0-based) on `line`, in
  /// bounded time (see position).
  int column_of(int line, int byte_column) const;

private:
  std::string m_path;
  std::string m_text;
  bool m_had_bom = false;
  // Count the code points in bytes [from, to) of the text, using m_block_points.
  std::size_t code_points(std::size_t from, std::size_t to) const;

  std::vector<std::size_t> m_line_starts;
  // Per line, whether it is all ASCII (then a column is its byte offset plus one).
  std::vector<bool> m_ascii_line;
  // The code points before each k_block-byte boundary of the text, so that a column on a long
  // non-ASCII line costs at most two partial blocks, never a scan from the line's start.
  std::vector<std::size_t> m_block_points;
};

using SourcePtr = std::shared_ptr<const SourceFile>;

} // namespace tenderscore::diag
