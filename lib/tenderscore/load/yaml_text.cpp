// SPDX-License-Identifier: MIT
#include <tenderscore/load/yaml_tree.hpp>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::load::detail {

namespace {

// Follows documents and the nesting of mappings and sequences through parser events, passing
// each event it lets through on to the next handler.
class StructureScan : public YAML::EventHandler
{
public:
  struct Stop
  {
  };

  StructureScan(Structure& result, const Limits& limits, YAML::EventHandler& next)
      : m_result(result)
      , m_limits(limits)
      , m_next(next)
  {
  }

  void OnDocumentStart(const YAML::Mark& mark) override
  {
    m_result.documents.push_back(mark);
    if (m_result.documents.size() > 1) {
      throw Stop{};
    }
    m_next.OnDocumentStart(mark);
  }
  void OnDocumentEnd() override { m_next.OnDocumentEnd(); }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    value(mark, nullptr);
    m_next.OnNull(mark, anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
  {
    value(mark, nullptr);
    m_next.OnAlias(mark, anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& text) override
  {
    value(mark, &text);
    m_next.OnScalar(mark, tag, anchor, text);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override
  {
    const Role role = value(mark, nullptr);
    enter({mark, style == YAML::EmitterStyle::Flow, false});
    m_open.back().bids = role == Role::bids;
    m_open.back().criteria = role == Role::criteria;
    m_next.OnSequenceStart(mark, tag, anchor, style);
  }
  void OnSequenceEnd() override
  {
    leave();
    m_next.OnSequenceEnd();
  }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override
  {
    value(mark, nullptr, true);
    enter({mark, false, style == YAML::EmitterStyle::Flow});
    m_open.back().mapping = true;
    m_next.OnMapStart(mark, tag, anchor, style);
  }
  void OnMapEnd() override
  {
    leave();
    m_next.OnMapEnd();
  }

  // Record the innermost flow sequence and flow mapping still open at a syntax error.
  void note_open_brackets()
  {
    for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
      if (it->flow_sequence && !m_result.open_sequence) {
        m_result.open_sequence = it->mark;
      }
      if (it->flow_mapping && !m_result.open_mapping) {
        m_result.open_mapping = it->mark;
      }
    }
  }

private:
  struct Open
  {
    YAML::Mark mark;
    bool flow_sequence = false;
    bool flow_mapping = false;
    bool counted = true;
    bool mapping = false;     // keys and values alternate, keys first
    bool next_is_key = true;  // (mappings) whether the next value is a key
    bool key_is_bids = false; // (the root mapping) whether the last key was `bids`
    bool bids = false;        // the root's `bids` sequence, whose items are counted
    bool criteria = false;    // a `criteria` or `children` sequence, whose mappings are counted
    std::string key = {};     // (mappings) the last key, when a scalar
    std::size_t items = 0;
  };

  enum class Role { other, bids, criteria };

  // Count one value starting at `mark` (`text` when it is a scalar; `mapping` when it opens
  // one), in its container; stop at the first over a limit. Return what a sequence opening here
  // holds: the root's bids, criteria (the value of a `criteria` or `children` key, whose
  // mapping items are criteria; a stage's list of criterion ids holds none), or other values.
  Role value(const YAML::Mark& mark, const std::string* text, bool mapping = false)
  {
    if (++m_values > m_limits.max_yaml_nodes) {
      m_result.too_many_values = mark;
      throw Stop{};
    }
    if (m_open.empty()) {
      return Role::other;
    }
    Open& parent = m_open.back();
    if (parent.bids && ++parent.items > m_limits.max_bids) {
      m_result.too_many_bids = mark;
      throw Stop{};
    }
    if (parent.criteria && mapping && ++m_criteria > m_limits.max_criteria) {
      m_result.too_many_criteria = mark;
      throw Stop{};
    }
    if (!parent.mapping) {
      return Role::other;
    }
    const bool key = parent.next_is_key;
    parent.next_is_key = !key;
    if (key) {
      parent.key = text != nullptr ? *text : std::string();
      parent.key_is_bids = m_open.size() == 1 && parent.key == "bids";
      return Role::other;
    }
    if (parent.key_is_bids) {
      return Role::bids;
    }
    return parent.key == "criteria" || parent.key == "children" ? Role::criteria : Role::other;
  }

  // A '[' that may be a key opens an implicit mapping at its own mark first: count it once.
  void enter(Open container)
  {
    container.counted = m_open.empty() || m_open.back().mark.pos != container.mark.pos;
    m_open.push_back(container);
    if (container.counted && ++m_depth > m_limits.max_depth) {
      m_result.too_deep = container.mark;
      throw Stop{};
    }
  }

  void leave()
  {
    if (!m_open.empty()) {
      m_depth -= m_open.back().counted ? 1 : 0;
      m_open.pop_back();
    }
  }

  Structure& m_result;
  const Limits& m_limits;
  YAML::EventHandler& m_next;
  int m_depth = 0;
  std::size_t m_values = 0;
  std::size_t m_criteria = 0;
  std::vector<Open> m_open;
};

} // namespace

diag::Location mark_location(const diag::SourcePtr& source, const YAML::Mark& mark)
{
  if (mark.is_null() || mark.line < 0 || mark.column < 0) {
    return {source, 1, 1};
  }
  const int line = mark.line + 1;
  return {source, line, source->column_of(line, mark.column)};
}

Structure scan_structure(const std::string& text, const Limits& limits, YAML::EventHandler& next)
{
  Structure result;
  StructureScan scan(result, limits, next);
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(scan)) {
    }
  } catch (const StructureScan::Stop&) {
  } catch (const YAML::Exception& e) {
    result.error_mark = e.mark;
    result.error_message = e.msg;
    scan.note_open_brackets();
  }
  return result;
}

bool explicit_null_at(const std::string& text, std::size_t offset, bool key)
{
  if (offset >= text.size()) {
    return false;
  }
  const std::string_view rest = std::string_view(text).substr(offset);
  std::size_t length = 0;
  if (rest[0] == '~') {
    length = 1;
  } else if (rest.substr(0, 4) == "null" || rest.substr(0, 4) == "Null" ||
             rest.substr(0, 4) == "NULL") {
    length = 4;
  } else {
    return false;
  }
  if (length < rest.size() &&
      std::string_view(" \t\r\n,]}#:").find(rest[length]) == std::string_view::npos) {
    return false;
  }
  if (key) {
    return true;
  }
  // A null word followed by ':' is the next key, after a value left empty.
  const auto next = rest.find_first_not_of(" \t", length);
  return next == std::string_view::npos || rest[next] != ':';
}

bool quote_closed(const std::string& text, std::size_t offset)
{
  const char quote = text[offset];
  for (std::size_t i = offset + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;
      } else {
        return true;
      }
    }
  }
  return false;
}

} // namespace tenderscore::load::detail
