// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

namespace tenderscore::report {

/// Write `diagnostics` to `out` as "file:line:column: severity: message [rule]", each followed
/// by the source line and a caret under the column.
void write_diagnostics_text(const std::vector<diag::Diagnostic>& diagnostics, std::ostream& out);

/// Write `diagnostics` for the checked `files` as one JSON document (tenderscore/diagnostics@1);
/// `valid` is the verdict of the run. "counts" counts every diagnostic; "diagnostics" lists the
/// first `max_listed`, and when that leaves some out, "not_shown" says how many.
void write_diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics,
                            const std::vector<std::string>& files, bool valid, std::ostream& out,
                            std::size_t max_listed = static_cast<std::size_t>(-1));

/// Write `diagnostics` as GitHub Actions workflow commands (::error file=…,line=…::message).
void write_diagnostics_github(const std::vector<diag::Diagnostic>& diagnostics, std::ostream& out);

/// Return "2 errors, 1 warning" style counts of `diagnostics` ("no problems" when empty).
std::string count_summary(const std::vector<diag::Diagnostic>& diagnostics);

} // namespace tenderscore::report
