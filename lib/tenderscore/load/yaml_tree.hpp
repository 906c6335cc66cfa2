// SPDX-License-Identifier: MIT
// Private to load/: yaml-cpp parser events to JSON. Only load/*.cpp include yaml-cpp.
#pragma once

#include <tenderscore/load/document.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::load::detail {

/// Return the location of yaml-cpp's `mark` (0-based line, 0-based byte column) in `source`;
/// the one place where yaml-cpp positions become 1-based lines and code-point columns.
diag::Location mark_location(const diag::SourcePtr& source, const YAML::Mark& mark);

/// Builds a Document's root and index from yaml-cpp parser events (no yaml-cpp node tree),
/// reporting every problem in `diags`. It takes the first document's events only; an alias
/// replays its anchored node's events, within `limits`' alias expansion budget.
class TreeBuilder final : public YAML::EventHandler
{
public:
  TreeBuilder(Document& document, const Limits& limits, diag::Diagnostics& diags);
  ~TreeBuilder() override;
  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override;
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override;
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override;

  /// Return true when the document is empty (no document, or an empty one).
  bool empty_document() const;
  /// Finish the document: its root is null when anything was reported; return false then.
  bool finish();

private:
  class Impl;
  std::unique_ptr<Impl> m_impl;
};

// Takes no action: for a structure scan that builds nothing.
class IgnoreEvents final : public YAML::EventHandler
{
public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override
  {
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override
  {
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override
  {
  }
  void OnMapEnd() override {}
};

// What one pass of yaml-cpp's event parser over `text` found, before any node is built. The pass
// stops at the second document and at the first node nested too deeply, so it always ends
// (yaml-cpp 0.7's LoadAll loops forever on a stray ',' at the top of a document).
struct Structure
{
  std::vector<YAML::Mark> documents; // where each document starts; at most two
  std::optional<YAML::Mark> too_deep;
  std::optional<YAML::Mark> too_many_values;   // the first value over Limits::max_yaml_nodes
  std::optional<YAML::Mark> too_many_bids;     // the first item of `bids:` over Limits::max_bids
  std::optional<YAML::Mark> too_many_criteria; // the first criterion over Limits::max_criteria
  std::optional<YAML::Mark> error_mark;        // a syntax error, and the flow brackets open there
  std::string error_message;
  std::optional<YAML::Mark> open_sequence;
  std::optional<YAML::Mark> open_mapping;
};

/// Scan the structure of `text`, stopping at the first node nested deeper than
/// `limits.max_depth`, the first value over `limits.max_yaml_nodes`, the first item of a
/// top-level `bids` sequence over `limits.max_bids` and the first criterion (a mapping in a
/// `criteria` or `children` sequence) over `limits.max_criteria`. Each event up to the stop is
/// passed on to `next`, so that one pass of the parser also builds the document.
Structure scan_structure(const std::string& text, const Limits& limits, YAML::EventHandler& next);

/// Return true when `text` at byte `offset` spells an explicit null (`~`, `null`) as a `key`
/// or as a value, rather than the next token after an empty value (yaml-cpp's mark for one).
bool explicit_null_at(const std::string& text, std::size_t offset, bool key);

/// Return true when the quoted scalar opening at byte `offset` of `text` has its closing quote
/// (yaml-cpp accepts an unclosed one that runs to the end of the file).
bool quote_closed(const std::string& text, std::size_t offset);

} // namespace tenderscore::load::detail
