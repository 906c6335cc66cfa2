// SPDX-License-Identifier: MIT
// Private to load/: yaml-cpp nodes to JSON. Only load/*.cpp include yaml-cpp.
#pragma once

#include <tenderscore/load/document.hpp>

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::load::detail {

/// Return the location of yaml-cpp's `mark` (0-based line, 0-based byte column) in `source`;
/// the one place where yaml-cpp positions become 1-based lines and code-point columns.
diag::Location mark_location(const diag::SourcePtr& source, const YAML::Mark& mark);

/// Convert the yaml-cpp `root` into `document`'s root and index within `limits`, reporting
/// every problem in `diags`; return false when anything was reported.
bool convert_tree(const YAML::Node& root, Document& document, const Limits& limits,
                  diag::Diagnostics& diags);

// What one pass of yaml-cpp's event parser over `text` found, before any node is built. The pass
// stops at the second document and at the first node nested too deeply, so it always ends
// (yaml-cpp 0.7's LoadAll loops forever on a stray ',' at the top of a document).
struct Structure
{
  std::vector<YAML::Mark> documents; // where each document starts; at most two
  std::optional<YAML::Mark> too_deep;
  std::optional<YAML::Mark> too_many_values; // the first value over Limits::max_yaml_nodes
  std::optional<YAML::Mark> too_many_bids;   // the first item of `bids:` over Limits::max_bids
  std::optional<YAML::Mark> too_many_criteria; // the first criterion over Limits::max_criteria
  std::optional<YAML::Mark> error_mark; // a syntax error, and the flow brackets open there
  std::string error_message;
  std::optional<YAML::Mark> open_sequence;
  std::optional<YAML::Mark> open_mapping;
};

/// Scan the structure of `text`, stopping at the first node nested deeper than
/// `limits.max_depth`, the first value over `limits.max_yaml_nodes`, the first item of a
/// top-level `bids` sequence over `limits.max_bids` and the first criterion (a mapping in a
/// `criteria` or `children` sequence) over `limits.max_criteria`.
Structure scan_structure(const std::string& text, const Limits& limits);

/// Return true when `text` at byte `offset` spells an explicit null (`~`, `null`) as a `key`
/// or as a value, rather than the next token after an empty value (yaml-cpp's mark for one).
bool explicit_null_at(const std::string& text, std::size_t offset, bool key);

/// Return true when the quoted scalar opening at byte `offset` of `text` has its closing quote
/// (yaml-cpp accepts an unclosed one that runs to the end of the file).
bool quote_closed(const std::string& text, std::size_t offset);

} // namespace tenderscore::load::detail
