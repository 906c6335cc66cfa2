// SPDX-License-Identifier: MIT
// A small RFC 4180 reader for the bulk score and price sheets. No Debian package fits: the
// packaged C++ CSV parsers report neither line nor column per field, and libcsv (C) reports
// byte offsets without quoting context, so this reader is ours and fully tested.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::load {

// One field of a CSV row: its text (quotes and "" escapes resolved) and where it starts.
struct CsvField
{
  std::string text;
  diag::Location where; // the first character of the field (its opening quote when quoted)
};

// One CSV record and where it starts.
struct CsvRow
{
  std::vector<CsvField> fields;
  diag::Location where;
};

// One field of the record a CsvReader holds: a view of its text (quotes and "" escapes
// resolved) and the byte offset where it starts (its opening quote when quoted). The view lives
// until the reader moves on.
struct CsvCell
{
  std::string_view text;
  std::size_t offset = 0;
};

// Reads the text of a source record by record without holding the records: memory is one
// record's fields, time is linear in the bytes, and line and column are computed only for the
// offsets a caller asks about (at a diagnostic or a value it keeps).
class CsvReader
{
public:
  /// Read `source` (UTF-8, its byte-order mark already removed), reporting syntax errors
  /// (`csv.syntax`) in `diags`; invalid UTF-8 is reported at once and reads no record.
  CsvReader(diag::SourcePtr source, diag::Diagnostics& diags);

  /// Move to the next record, skipping blank lines (LF or CRLF ends); return false at the end
  /// of the text or after a syntax error (then failed() is true).
  bool next();

  const std::vector<CsvCell>& cells() const { return m_cells; }
  /// Return the byte offset where the current record starts.
  std::size_t record_offset() const { return m_record; }
  bool failed() const { return m_failed; }
  /// Return the file, line and column of byte `offset`.
  diag::Location at(std::size_t offset) const;
  const diag::SourcePtr& source() const { return m_source; }

private:
  bool read_cell(bool& end_of_record);
  bool line_end();
  void fail(std::size_t offset, std::string message);

  diag::SourcePtr m_source;
  std::string_view m_text;
  diag::Diagnostics& m_diags;
  std::size_t m_pos = 0;
  std::size_t m_record = 0;
  bool m_failed = false;
  std::vector<CsvCell> m_cells;
  std::vector<std::string> m_unescaped; // per cell index, for quoted cells holding ""
};

/// Split the text of `source` (UTF-8, its byte-order mark already removed) into rows, accepting
/// LF or CRLF line ends and skipping blank lines; report the first syntax error (`csv.syntax`)
/// in `diags` and return nullopt then.
std::optional<std::vector<CsvRow>> read_csv(const diag::SourcePtr& source,
                                            diag::Diagnostics& diags);

} // namespace tenderscore::load
