// SPDX-License-Identifier: MIT
// A batch manifest: one scoring set per line, as `tenderscore batch` reads it.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <string>
#include <vector>

namespace tenderscore::app {

// One scoring set of a manifest: what one `score TENDER BIDS...` run would take.
struct ScoringSet
{
  std::string name;
  std::string tender;
  std::vector<std::string> bids; // bids files and CSV score or price sheets, in order
  diag::Location where;          // the set's line in the manifest
};

/// Read the manifest `source`: one set per line, fields separated by spaces or tabs — its name,
/// its tender, then one or more bids files or sheets. A field holding spaces is written in double
/// quotes, with \" and \\ inside them. Blank lines and lines whose first character other than a
/// blank is an unquoted # are skipped; a CRLF line ending is read as LF. Paths are kept as
/// written (relative ones are taken from the working directory, as a shell would). Problems are
/// reported at their line and column: an unterminated quote (`batch.quote`), a control character
/// or invalid UTF-8 (`batch.text`), an empty field (`batch.empty-field`), a set with no bids
/// (`batch.missing-bids`), a name used twice (`batch.duplicate-name`), standard input as an input
/// (`batch.stdin`); a manifest with no set is a warning (`batch.empty`). The sets are returned
/// only when there was no error.
std::vector<ScoringSet> parse_manifest(const diag::SourcePtr& source, diag::Diagnostics& diags);

} // namespace tenderscore::app
