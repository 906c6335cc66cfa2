// SPDX-License-Identifier: MIT
#include <tenderscore/load/yaml_tree.hpp>

#include <tenderscore/load/scalar.hpp>
#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace tenderscore::load::detail {

namespace {

using diag::Location;
using nlohmann::json;

// The first control character in the decoded text of a scalar, but tab and line feed: C0, DEL
// or C1 (U+0080–U+009F). The file itself holds none but tab and line ends (check_encoding), so
// these come from a double-quoted escape ("\0", "\a", "\b", "\e", "\x9B", "\u0007") or a
// raw C1 character.
std::optional<unsigned> control_character(const std::string& text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte < 0x20 && byte != '\t' && byte != '\n') || byte == 0x7F) {
      return byte;
    }
    if (byte == 0xC2 && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9F) {
        return next;
      }
    }
  }
  return std::nullopt;
}

std::string control_message(unsigned code)
{
  return fmt::format("text holds the control character U+{:04X} (written as an escape such as "
                     "\"\\x{:02X}\"?); text may hold tab and line break, no other control "
                     "character",
                     code, code);
}

enum class Kind : unsigned char { null, alias, scalar, sequence, mapping, end };

// One parser event, kept while an anchored node is open so that an alias can replay it.
struct Event
{
  Kind kind;
  YAML::Mark mark;
  YAML::anchor_t anchor;
  std::string tag;
  std::string text;
};

// Where a value goes: its JSON pointer, its key's mark (none for a list item), the mark an
// empty value takes (its key's, or its list's) and its nesting depth (the root is 1).
struct Place
{
  std::string pointer;
  std::optional<YAML::Mark> key;
  YAML::Mark fallback;
  int depth = 1;
};

// A mapping or sequence being built.
struct Frame
{
  json value;
  std::string pointer;
  YAML::Mark where;
  int depth = 1;
  bool mapping = false;
  bool expect_key = true;  // (mappings) whether the next value is a key
  bool skip_value = false; // (mappings) the value of a key that was refused
  std::string key;
  YAML::Mark key_mark;
  std::unordered_map<std::string, int> first_lines; // (mappings) key → the line it is first at
};

constexpr std::size_t k_open = std::numeric_limits<std::size_t>::max();

// The path bytes every file may index whatever its size (a small file's paths are short anyway).
constexpr std::size_t k_pointer_floor = 1 << 20;

} // namespace

// Builds the JSON document and its index from parser events, without a yaml-cpp node tree (which
// costs about 800 bytes per value). An alias replays the events of its anchored node, so a small
// file can stand for an enormous tree: the values and the text converted are bounded by a
// multiple of the file's size.
class TreeBuilder::Impl
{
public:
  Impl(Document& document, const Limits& limits, diag::Diagnostics& diags)
      : m_document(document)
      , m_text(document.source->text())
      , m_limits(limits)
      , m_diags(diags)
      , m_budget(limits.expansion_factor * m_text.size() + limits.expansion_floor)
  {
  }

  void document_start()
  {
    if (++m_documents > 1) {
      m_done = true;
    }
  }
  void document_end() { m_done = true; }

  // Take one event from the parser.
  void event(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& tag,
             const std::string& text)
  {
    if (m_done || m_stopped) {
      return;
    }
    record(kind, mark, anchor, tag, text);
    if (kind == Kind::alias) {
      alias(mark, anchor);
    } else {
      handle(kind, mark, tag, text);
    }
  }

  bool empty_document() const { return !m_root_seen || m_root_empty; }

  bool finish()
  {
    if (m_failed || !m_root_seen) {
      m_document.root = nullptr;
    }
    return !m_failed;
  }

private:
  // Keep the events of every anchored node: from an anchor's node until it closes, and all
  // events while any anchor is open (an anchor's range then holds its aliases unexpanded).
  void record(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& tag,
              const std::string& text)
  {
    const bool opens = kind != Kind::alias && kind != Kind::end && anchor != YAML::NullAnchor;
    if (opens) {
      if (m_anchors.size() <= anchor) {
        m_anchors.resize(anchor + 1, {0, 0});
      }
      m_anchors[anchor] = {m_log.size(), k_open};
    }
    if (opens || m_open_anchors > 0) {
      m_log.push_back({kind, mark, anchor, tag, text});
    }
    if (kind == Kind::sequence || kind == Kind::mapping) {
      m_anchor_stack.push_back(opens ? anchor : YAML::NullAnchor);
      m_open_anchors += opens ? 1 : 0;
    } else if (kind == Kind::end && !m_anchor_stack.empty()) {
      const YAML::anchor_t closed = m_anchor_stack.back();
      m_anchor_stack.pop_back();
      if (closed != YAML::NullAnchor) {
        m_anchors[closed].second = m_log.size();
        --m_open_anchors;
      }
    } else if (opens) {
      m_anchors[anchor].second = m_log.size();
    }
  }

  // An alias stands for its anchored node: replay that node's events (yaml-cpp's parser has
  // already refused an alias to an anchor not yet seen).
  void alias(const YAML::Mark& mark, YAML::anchor_t anchor)
  {
    if (m_skip > 0) {
      return;
    }
    if (anchor >= m_anchors.size() || m_anchors[anchor].second == k_open) {
      fail(mark_location(m_document.source, mark), "yaml.alias",
           "this alias refers to a node that contains it; YAML data cannot be recursive here");
      m_stopped = true;
      return;
    }
    const auto [begin, end] = m_anchors[anchor];
    for (std::size_t i = begin; i < end && !m_stopped; ++i) {
      // Events replayed under a refused value are skipped, not converted: count them too, so
      // that the work stays bounded (keys and ends make at most about three events a value).
      if (++m_replayed > 4 * m_budget) {
        fail_expansion(mark_location(m_document.source, m_log[i].mark), "values");
        return;
      }
      const Event& replayed = m_log[i];
      if (replayed.kind == Kind::alias) {
        alias(replayed.mark, replayed.anchor);
      } else {
        handle(replayed.kind, replayed.mark, replayed.tag, replayed.text);
      }
    }
  }

  void handle(Kind kind, const YAML::Mark& mark, const std::string& tag, const std::string& text)
  {
    if (m_skip > 0) {
      m_skip += kind == Kind::sequence || kind == Kind::mapping ? 1 : 0;
      m_skip -= kind == Kind::end ? 1 : 0;
      return;
    }
    if (kind == Kind::end) {
      close();
      return;
    }
    const bool container = kind == Kind::sequence || kind == Kind::mapping;
    if (m_frames.empty()) {
      if (m_root_seen) {
        return;
      }
      m_root_seen = true;
      m_root_empty = kind == Kind::null && !explicit_null(mark, false);
      convert(kind, mark, tag, text, {"", std::nullopt, YAML::Mark::null_mark(), 1});
      return;
    }
    Frame& parent = m_frames.back();
    if (parent.mapping && parent.expect_key) {
      parent.expect_key = false;
      parent.skip_value = !take_key(parent, kind, mark, tag, text);
      m_skip = container && parent.skip_value && m_skip == 0 ? 1 : m_skip;
      return;
    }
    if (parent.mapping) {
      parent.expect_key = true;
      if (parent.skip_value) {
        parent.skip_value = false;
        m_skip = container ? 1 : 0;
        return;
      }
      convert(kind, mark, tag, text,
              {child_pointer(parent.pointer, parent.key), parent.key_mark, parent.key_mark,
               parent.depth + 1});
      return;
    }
    convert(kind, mark, tag, text,
            {parent.pointer + "/" + std::to_string(parent.value.size()), std::nullopt, parent.where,
             parent.depth + 1});
  }

  // Read a mapping key into `parent`; false (reported) when it cannot be one, or repeats.
  bool take_key(Frame& parent, Kind kind, const YAML::Mark& mark, const std::string& tag,
                const std::string& text)
  {
    const Location where = mark_location(m_document.source, mark);
    std::optional<std::string> key;
    if (kind == Kind::sequence || kind == Kind::mapping) {
      fail(where, "yaml.key",
           fmt::format("a mapping key must be text, not a {}",
                       kind == Kind::mapping ? "mapping" : "list"));
      return false;
    }
    if (kind == Kind::null) {
      if (!explicit_null(mark, true)) {
        fail(where, "yaml.key", "empty mapping key");
        return false;
      }
      key = null_text(mark);
    } else if (!is_supported_tag(tag)) {
      fail(where, "yaml.tag",
           fmt::format("YAML tag {} is not supported", util::quote(display_tag(tag))));
    } else if (text.size() > m_limits.max_key_bytes) {
      fail(where, "yaml.limit",
           fmt::format("key is {}, over the {} limit{}", human_size(text.size()),
                       byte_size(m_limits.max_key_bytes), raise_hint(limit_flag::key_size)));
    } else if (const auto code = control_character(text)) {
      fail(where, "yaml.control", control_message(*code));
    } else if (text == "<<" && tag == "?") {
      fail(where, "yaml.merge-key", "YAML merge keys ('<<') are not supported; write the keys out");
    } else if (check_quotes(mark, tag, where)) {
      key = text;
    }
    if (!key) {
      return false;
    }
    const auto [first, inserted] = parent.first_lines.emplace(*key, where.line);
    if (!inserted) {
      fail(where, "yaml.duplicate-key",
           fmt::format("duplicate key {} (first at line {})", util::quote(*key), first->second));
      return false;
    }
    parent.key = std::move(*key);
    parent.key_mark = mark;
    return true;
  }

  // Convert one value at `place`: a scalar or null is attached at once, a container opens a
  // frame that close() attaches.
  void convert(Kind kind, const YAML::Mark& mark, const std::string& tag, const std::string& text,
               Place place)
  {
    const bool container = kind == Kind::sequence || kind == Kind::mapping;
    const bool empty = kind == Kind::null && !explicit_null(mark, false);
    const YAML::Mark at = empty ? place.fallback : mark;
    const Location where = mark_location(m_document.source, at);
    if (!within_budget(where, kind == Kind::scalar ? text.size() : 0, place.pointer.size())) {
      return;
    }
    NodeInfo& info = m_document.index[place.pointer];
    if (place.key) {
      info.key_line = place.key->line;
      info.key_column = place.key->column;
    }
    info.value_line = at.line;
    info.value_column = at.column;
    if (container) {
      if (!check_container_tag(tag, kind == Kind::mapping, where)) {
        attach(nullptr);
        m_skip = 1;
        return;
      }
      if (place.depth > m_limits.max_depth) {
        fail(where, "yaml.limit",
             fmt::format("nesting deeper than the limit of {} levels{}", m_limits.max_depth,
                         raise_hint(limit_flag::depth)));
        attach(nullptr);
        m_skip = 1;
        return;
      }
      Frame frame;
      frame.mapping = kind == Kind::mapping;
      frame.value = frame.mapping ? json::object() : json::array();
      frame.pointer = std::move(place.pointer);
      frame.where = mark;
      frame.depth = place.depth;
      m_frames.push_back(std::move(frame));
      return;
    }
    if (kind == Kind::scalar) {
      attach(convert_scalar(mark, tag, text, info, where));
      return;
    }
    if (!empty) {
      info.raw = null_text(mark);
    }
    attach(nullptr);
  }

  void close()
  {
    if (m_frames.empty()) {
      return;
    }
    json value = std::move(m_frames.back().value);
    m_frames.pop_back();
    attach(std::move(value));
  }

  void attach(json value)
  {
    if (m_frames.empty()) {
      m_document.root = std::move(value);
      return;
    }
    Frame& parent = m_frames.back();
    if (parent.mapping) {
      parent.value[parent.key] = std::move(value);
    } else {
      parent.value.push_back(std::move(value));
    }
  }

  void fail(const Location& where, std::string rule, std::string message)
  {
    m_diags.error(where, std::move(rule), std::move(message));
    m_failed = true;
  }

  // An explicit null (`~`, `null`) has text of its own; an empty value's mark points elsewhere.
  bool explicit_null(const YAML::Mark& mark, bool key) const
  {
    return mark.pos >= 0 && explicit_null_at(m_text, static_cast<std::size_t>(mark.pos), key);
  }

  std::string null_text(const YAML::Mark& mark) const
  {
    const auto pos = static_cast<std::size_t>(mark.pos);
    return m_text.substr(pos, m_text[pos] == '~' ? 1 : 4);
  }

  // Every value converted (aliases expanded) counts against the alias budget, the limit of
  // values in a file and, with its JSON pointer, the budget of path bytes the index keeps.
  bool within_budget(const Location& where, std::size_t bytes, std::size_t pointer_bytes)
  {
    m_bytes += bytes;
    m_pointer_bytes += pointer_bytes;
    if (m_count + 1 > m_limits.max_yaml_nodes) {
      fail(where, "yaml.limit",
           fmt::format("aliases expand to more than {} YAML values, the limit of values in one "
                       "file{}",
                       m_limits.max_yaml_nodes, raise_hint(limit_flag::yaml_nodes)));
      m_stopped = true;
      return false;
    }
    if (m_pointer_bytes > 4 * m_budget + k_pointer_floor) {
      fail(where, "yaml.limit",
           fmt::format("the paths to this file's values (keys within keys) add up to more than "
                       "{} bytes, the limit for a file of {} bytes; nest fewer or shorter keys{}",
                       4 * m_budget + k_pointer_floor, m_text.size(),
                       raise_hint(limit_flag::alias_expansion)));
      m_stopped = true;
      return false;
    }
    if (++m_count <= m_budget && m_bytes <= m_budget) {
      return true;
    }
    fail_expansion(where, m_count > m_budget ? "values" : "bytes of text");
    return false;
  }

  // Report that aliases expand past the budget (counted in `what`) and stop converting.
  void fail_expansion(const Location& where, const char* what)
  {
    fail(where, "yaml.limit",
         fmt::format("aliases expand to more than {} {}, the limit for a file of {} bytes; an "
                     "alias bomb?{}",
                     m_budget, what, m_text.size(), raise_hint(limit_flag::alias_expansion)));
    m_stopped = true;
  }

  bool check_container_tag(const std::string& tag, bool mapping, const Location& where)
  {
    const std::string own = std::string(k_core_tag_prefix) + (mapping ? "map" : "seq");
    if (tag.empty() || tag == "?" || tag == "!" || tag == own) {
      return true;
    }
    fail(where, "yaml.tag",
         is_supported_tag(tag)
             ? fmt::format("a {} cannot be tagged {}", mapping ? "mapping" : "list",
                           util::quote(display_tag(tag)))
             : fmt::format("YAML tag {} is not supported", util::quote(display_tag(tag))));
    return false;
  }

  // yaml-cpp takes a quote left open at the end of a line as running to the end of the file.
  bool check_quotes(const YAML::Mark& mark, const std::string& tag, const Location& where)
  {
    if (tag != "!" || mark.pos < 0 || !m_quotes_checked.insert(mark.pos).second) {
      return true;
    }
    const auto offset = static_cast<std::size_t>(mark.pos);
    if (offset >= m_text.size() || (m_text[offset] != '"' && m_text[offset] != '\'') ||
        quote_closed(m_text, offset)) {
      return true;
    }
    fail(where, "yaml.syntax", "invalid YAML: this quoted text has no closing quote");
    return false;
  }

  json convert_scalar(const YAML::Mark& mark, const std::string& tag, const std::string& text,
                      NodeInfo& info, const Location& where)
  {
    if (text.size() > m_limits.max_scalar_bytes) {
      fail(where, "yaml.limit",
           fmt::format("value is {}, over the {} limit{}", human_size(text.size()),
                       byte_size(m_limits.max_scalar_bytes), raise_hint(limit_flag::value_size)));
      return nullptr;
    }
    if (!check_quotes(mark, tag, where)) {
      return nullptr;
    }
    if (const auto code = control_character(text)) {
      fail(where, "yaml.control", control_message(*code));
      return nullptr;
    }
    Scalar scalar = resolve_scalar(tag, text);
    if (!scalar.rule.empty()) {
      fail(where, std::move(scalar.rule), std::move(scalar.message));
      return nullptr;
    }
    // Text is its own raw form (Document::raw reads it from the value).
    if (!scalar.value.is_string() || scalar.value.get_ref<const std::string&>() != text) {
      info.raw = text;
    }
    return std::move(scalar.value);
  }

  Document& m_document;
  const std::string& m_text;
  const Limits& m_limits;
  diag::Diagnostics& m_diags;
  std::size_t m_budget;
  std::size_t m_count = 0;
  std::size_t m_bytes = 0;
  std::size_t m_replayed = 0;
  std::size_t m_pointer_bytes = 0;
  std::unordered_set<int> m_quotes_checked;
  std::vector<Frame> m_frames;
  int m_skip = 0; // the depth of containers being skipped (under a refused key or container)
  int m_documents = 0;
  bool m_root_seen = false;
  bool m_root_empty = false;
  bool m_failed = false;
  bool m_stopped = false;
  bool m_done = false;
  // Anchors: the events kept, and each anchor's [begin, end) in them (end k_open while open).
  std::vector<Event> m_log;
  std::vector<std::pair<std::size_t, std::size_t>> m_anchors;
  std::vector<YAML::anchor_t> m_anchor_stack; // per open container, the anchor it opened
  int m_open_anchors = 0;
};

TreeBuilder::TreeBuilder(Document& document, const Limits& limits, diag::Diagnostics& diags)
    : m_impl(std::make_unique<Impl>(document, limits, diags))
{
}

TreeBuilder::~TreeBuilder() = default;

void TreeBuilder::OnDocumentStart(const YAML::Mark&)
{
  m_impl->document_start();
}
void TreeBuilder::OnDocumentEnd()
{
  m_impl->document_end();
}
void TreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor)
{
  m_impl->event(Kind::null, mark, anchor, {}, {});
}
void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor)
{
  m_impl->event(Kind::alias, mark, anchor, {}, {});
}
void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                           const std::string& value)
{
  m_impl->event(Kind::scalar, mark, anchor, tag, value);
}
void TreeBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                                  YAML::anchor_t anchor, YAML::EmitterStyle::value)
{
  m_impl->event(Kind::sequence, mark, anchor, tag, {});
}
void TreeBuilder::OnSequenceEnd()
{
  m_impl->event(Kind::end, {}, YAML::NullAnchor, {}, {});
}
void TreeBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value)
{
  m_impl->event(Kind::mapping, mark, anchor, tag, {});
}
void TreeBuilder::OnMapEnd()
{
  m_impl->event(Kind::end, {}, YAML::NullAnchor, {}, {});
}

bool TreeBuilder::empty_document() const
{
  return m_impl->empty_document();
}
bool TreeBuilder::finish()
{
  return m_impl->finish();
}

} // namespace tenderscore::load::detail
