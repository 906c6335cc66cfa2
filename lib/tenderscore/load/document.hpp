// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/limits.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <unordered_map>

namespace tenderscore::load {

// Where one JSON value came from: its key (for mapping members) and its value.
struct NodeInfo
{
  diag::Location key;
  diag::Location value;
  std::string raw; // a scalar's text as written, so decimals are read exactly
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
  /// Return the scalar text as written at `pointer`, or "".
  std::string raw(const std::string& pointer) const;
};

/// Parse the YAML in `source` into a Document, reporting syntax errors, invalid UTF-8, duplicate
/// keys, non-finite numbers and exceeded `limits` in `diags`; the root is null on failure.
Document parse_yaml(const diag::SourcePtr& source, diag::Diagnostics& diags,
                    const Limits& limits = {});

/// Return `token` escaped for use in a JSON pointer (RFC 6901).
std::string pointer_token(const std::string& token);

} // namespace tenderscore::load
