// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/source.hpp>

#include <string>
#include <vector>

namespace tenderscore::diag {

// Where a value came from: file, 1-based line and 1-based column in code points.
struct Location
{
  SourcePtr file;
  int line = 0;
  int column = 0;

  bool known() const { return file && line > 0; }
  std::string path() const { return file ? file->path() : std::string{}; }
};

// A note never fails validation; a warning fails only under --strict; an error always fails.
enum class Severity { note, warning, error };

/// Return "note", "warning" or "error".
const char* severity_name(Severity severity);

struct Diagnostic
{
  Severity severity = Severity::error;
  Location where;
  std::string message;
  std::string rule; // e.g. "schema.unknown-key", "weights.sum"
};

// Problems collected over a whole run, so that one run reports all of them.
class Diagnostics
{
public:
  /// Record an error with `rule` and `message` at `where`.
  void error(Location where, std::string rule, std::string message);
  /// Record a warning with `rule` and `message` at `where`.
  void warning(Location where, std::string rule, std::string message);
  /// Record a note with `rule` and `message` at `where`.
  void note(Location where, std::string rule, std::string message);
  /// Record `diagnostic` as it is.
  void add(Diagnostic diagnostic);
  /// Append every diagnostic of `other`.
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return m_items; }
  bool empty() const { return m_items.empty(); }
  std::size_t count(Severity severity) const;
  bool has_errors() const { return count(Severity::error) > 0; }

  /// Return the diagnostics ordered by file (in order of first appearance), line and column.
  std::vector<Diagnostic> sorted() const;

private:
  std::vector<Diagnostic> m_items;
};

} // namespace tenderscore::diag
