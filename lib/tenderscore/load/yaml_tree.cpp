// SPDX-License-Identifier: MIT
#include <tenderscore/load/yaml_tree.hpp>

#include <tenderscore/load/scalar.hpp>
#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

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

// Walks the yaml-cpp tree depth first. yaml-cpp shares an anchor's nodes with its aliases, so
// a small file can stand for an enormous tree: the values and the text converted are bounded
// by a multiple of the file's size.
class Converter
{
public:
  Converter(Document& document, const Limits& limits, diag::Diagnostics& diags)
      : m_document(document)
      , m_text(document.source->text())
      , m_limits(limits)
      , m_diags(diags)
      , m_budget(limits.expansion_factor * m_text.size() + limits.expansion_floor)
  {
  }

  bool run(const YAML::Node& root)
  {
    m_document.root = convert(root, "", {}, {m_document.source, 1, 1}, 1);
    if (m_failed) {
      m_document.root = nullptr;
    }
    return !m_failed;
  }

private:
  void fail(const Location& where, std::string rule, std::string message)
  {
    m_diags.error(where, std::move(rule), std::move(message));
    m_failed = true;
  }

  Location at(const YAML::Node& node) const
  {
    return mark_location(m_document.source, node.Mark());
  }

  // An explicit null (`~`, `null`) has text of its own; an empty value's mark points elsewhere.
  bool explicit_null(const YAML::Node& node, bool key) const
  {
    const auto pos = node.Mark().pos;
    return pos >= 0 && explicit_null_at(m_text, static_cast<std::size_t>(pos), key);
  }

  std::string null_text(const YAML::Node& node) const
  {
    const auto pos = static_cast<std::size_t>(node.Mark().pos);
    return m_text.substr(pos, m_text[pos] == '~' ? 1 : 4);
  }

  bool within_budget(const Location& where, std::size_t bytes)
  {
    m_bytes += bytes;
    if (++m_count <= m_budget && m_bytes <= m_budget) {
      return true;
    }
    fail(where, "yaml.limit",
         fmt::format("aliases expand to more than {} {}, the limit for a file of {} bytes; an "
                     "alias bomb?{}",
                     m_budget, m_count > m_budget ? "values" : "bytes of text", m_text.size(),
                     raise_hint(limit_flag::alias_expansion)));
    m_stopped = true;
    return false;
  }

  json convert(const YAML::Node& node, const std::string& pointer, const Location& key,
               const Location& fallback, int depth)
  {
    const bool empty = node.IsNull() && !explicit_null(node, false);
    const Location where = empty ? fallback : at(node);
    const std::size_t bytes = node.IsScalar() ? node.Scalar().size() : 0;
    if (m_stopped || !within_budget(where, bytes)) {
      return nullptr;
    }
    NodeInfo& info = m_document.index[pointer];
    info.key = key;
    info.value = where;
    if (node.IsMap() || node.IsSequence()) {
      if (!check_container_tag(node, where)) {
        return nullptr;
      }
      if (depth > m_limits.max_depth) {
        fail(where, "yaml.limit",
             fmt::format("nesting deeper than the limit of {} levels{}", m_limits.max_depth,
                         raise_hint(limit_flag::depth)));
        return nullptr;
      }
      return node.IsMap() ? convert_map(node, pointer, depth)
                          : convert_sequence(node, pointer, where, depth);
    }
    if (node.IsScalar()) {
      return convert_scalar(node, info);
    }
    if (!empty) {
      info.raw = null_text(node);
    }
    return nullptr;
  }

  bool check_container_tag(const YAML::Node& node, const Location& where)
  {
    const std::string& tag = node.Tag();
    const std::string own = std::string(k_core_tag_prefix) + (node.IsMap() ? "map" : "seq");
    if (tag.empty() || tag == "?" || tag == "!" || tag == own) {
      return true;
    }
    fail(where, "yaml.tag",
         is_supported_tag(tag)
             ? fmt::format("a {} cannot be tagged {}", node.IsMap() ? "mapping" : "list",
                           util::quote(display_tag(tag)))
             : fmt::format("YAML tag {} is not supported", util::quote(display_tag(tag))));
    return false;
  }

  // yaml-cpp takes a quote left open at the end of a line as running to the end of the file.
  bool check_quotes(const YAML::Node& node, const Location& where)
  {
    const auto pos = node.Mark().pos;
    if (node.Tag() != "!" || pos < 0 || !m_quotes_checked.insert(pos).second) {
      return true;
    }
    const auto offset = static_cast<std::size_t>(pos);
    if (offset >= m_text.size() || (m_text[offset] != '"' && m_text[offset] != '\'') ||
        quote_closed(m_text, offset)) {
      return true;
    }
    fail(where, "yaml.syntax", "invalid YAML: this quoted text has no closing quote");
    return false;
  }

  json convert_scalar(const YAML::Node& node, NodeInfo& info)
  {
    const std::string& text = node.Scalar();
    if (text.size() > m_limits.max_scalar_bytes) {
      fail(info.value, "yaml.limit",
           fmt::format("value is {}, over the {} limit{}", human_size(text.size()),
                       byte_size(m_limits.max_scalar_bytes), raise_hint(limit_flag::value_size)));
      return nullptr;
    }
    if (!check_quotes(node, info.value)) {
      return nullptr;
    }
    if (const auto code = control_character(text)) {
      fail(info.value, "yaml.control", control_message(*code));
      return nullptr;
    }
    Scalar scalar = resolve_scalar(node.Tag(), text);
    if (!scalar.rule.empty()) {
      fail(info.value, std::move(scalar.rule), std::move(scalar.message));
      return nullptr;
    }
    info.raw = text;
    return std::move(scalar.value);
  }

  json convert_sequence(const YAML::Node& node, const std::string& pointer, const Location& where,
                        int depth)
  {
    json array = json::array();
    for (const auto& item : node) {
      array.push_back(
          convert(item, pointer + "/" + std::to_string(array.size()), {}, where, depth + 1));
      if (m_stopped) {
        break;
      }
    }
    return array;
  }

  std::optional<std::string> key_text(const YAML::Node& key, const Location& where)
  {
    if (key.IsMap() || key.IsSequence()) {
      fail(where, "yaml.key",
           fmt::format("a mapping key must be text, not a {}", key.IsMap() ? "mapping" : "list"));
      return std::nullopt;
    }
    if (key.IsNull()) {
      if (!explicit_null(key, true)) {
        fail(where, "yaml.key", "empty mapping key");
        return std::nullopt;
      }
      return null_text(key);
    }
    const std::string& text = key.Scalar();
    if (!is_supported_tag(key.Tag())) {
      fail(where, "yaml.tag",
           fmt::format("YAML tag {} is not supported", util::quote(display_tag(key.Tag()))));
    } else if (text.size() > m_limits.max_key_bytes) {
      fail(where, "yaml.limit",
           fmt::format("key is {}, over the {} limit{}", human_size(text.size()),
                       byte_size(m_limits.max_key_bytes), raise_hint(limit_flag::key_size)));
    } else if (const auto code = control_character(text)) {
      fail(where, "yaml.control", control_message(*code));
    } else if (text == "<<" && key.Tag() == "?") {
      fail(where, "yaml.merge-key", "YAML merge keys ('<<') are not supported; write the keys out");
    } else if (check_quotes(key, where)) {
      return text;
    }
    return std::nullopt;
  }

  json convert_map(const YAML::Node& node, const std::string& pointer, int depth)
  {
    json object = json::object();
    std::unordered_map<std::string, int> first_lines;
    for (const auto& member : node) {
      const Location key_where = at(member.first);
      const auto key = key_text(member.first, key_where);
      if (!key) {
        continue;
      }
      const auto [first, inserted] = first_lines.emplace(*key, key_where.line);
      if (!inserted) {
        fail(key_where, "yaml.duplicate-key",
             fmt::format("duplicate key {} (first at line {})", util::quote(*key), first->second));
        continue;
      }
      object[*key] =
          convert(member.second, child_pointer(pointer, *key), key_where, key_where, depth + 1);
      if (m_stopped) {
        break;
      }
    }
    return object;
  }

  Document& m_document;
  const std::string& m_text;
  const Limits& m_limits;
  diag::Diagnostics& m_diags;
  std::size_t m_budget;
  std::size_t m_count = 0;
  std::size_t m_bytes = 0;
  std::unordered_set<int> m_quotes_checked;
  bool m_failed = false;
  bool m_stopped = false;
};

} // namespace

bool convert_tree(const YAML::Node& root, Document& document, const Limits& limits,
                  diag::Diagnostics& diags)
{
  return Converter(document, limits, diags).run(root);
}

} // namespace tenderscore::load::detail
