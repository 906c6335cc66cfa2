// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/limits.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <limits>
#include <string>
#include <unordered_map>

namespace tenderscore::load {

// Where one JSON value came from: its key (for mapping members) and its value, as the parser's
// 0-based line and byte column (-1, -1: the start of the file), made Locations on demand.
struct NodeInfo
{
  static constexpr int k_none = std::numeric_limits<int>::min(); // no key: a list item, the root

  int key_line = k_none;
  int key_column = 0;
  int value_line = k_none;
  int value_column = 0;
  // A scalar's text as written when its value is not that same text (numbers, booleans,
  // nulls), so decimals are read exactly.
  std::string raw;
};

// A YAML document converted to JSON, with the source location of every key and value.
struct Document
{
  diag::SourcePtr source;
  nlohmann::json root;
  std::unordered_map<std::string, NodeInfo> index; // keyed by JSON pointer; "" is the root

  /// Return the location of the value at `pointer`, or of its nearest indexed ancestor.
  diag::Location value_location(const std::string& pointer) const;
  /// Return the location of the key of the member at `pointer` (its value's if it has none).
  diag::Location key_location(const std::string& pointer) const;
  /// Return the scalar text as written at `pointer` (a text value's own text), or "".
  std::string raw(const std::string& pointer) const;
};

/// Parse the YAML in `source` into a Document, reporting syntax errors, invalid UTF-8, duplicate
/// keys, non-finite numbers and exceeded `limits` in `diags`; the root is null on failure.
Document parse_yaml(const diag::SourcePtr& source, diag::Diagnostics& diags,
                    const Limits& limits = {});

/// Return `token` escaped for use in a JSON pointer (RFC 6901).
std::string pointer_token(const std::string& token);

} // namespace tenderscore::load
