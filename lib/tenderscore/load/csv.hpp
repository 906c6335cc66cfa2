// SPDX-License-Identifier: MIT
// A small RFC 4180 reader for the bulk score and price sheets. No Debian package fits: the
// packaged C++ CSV parsers report neither line nor column per field, and libcsv (C) reports
// byte offsets without quoting context, so this reader is ours and fully tested.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <optional>
#include <string>
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

/// Split the text of `source` (UTF-8, its byte-order mark already removed) into rows, accepting
/// LF or CRLF line ends and skipping blank lines; report the first syntax error (`csv.syntax`)
/// in `diags` and return nullopt then.
std::optional<std::vector<CsvRow>> read_csv(const diag::SourcePtr& source,
                                            diag::Diagnostics& diags);

} // namespace tenderscore::load
