// SPDX-License-Identifier: MIT
#include <tenderscore/load/document.hpp>

#include <tenderscore/load/support.hpp>
#include <tenderscore/load/yaml_tree.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>

namespace tenderscore::load {

namespace {

using diag::Location;

// Report invalid UTF-8, NUL and other control characters YAML does not allow; true if clean.
bool check_encoding(const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  const std::string& text = source->text();
  if (const auto bad = util::find_invalid_utf8(text)) {
    const auto [line, column] = source->position(*bad);
    diags.error({source, line, column}, "yaml.encoding",
                fmt::format("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8",
                            static_cast<unsigned char>(text[*bad])));
    return false;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) {
      // YAML would take it for a line break where every line number here counts LF: refuse
      // rather than point at the wrong line.
      const auto [line, column] = source->position(i);
      diags.error({source, line, column}, "yaml.encoding",
                  "a line ends with a carriage return (CR) alone; save the file with LF or CRLF "
                  "line ends");
      return false;
    }
    if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F) {
      const auto [line, column] = source->position(i);
      diags.error(
          {source, line, column}, "yaml.encoding",
          byte == 0
              ? std::string("NUL byte (0x00) is not allowed in a YAML file")
              : fmt::format("control character 0x{:02X} is not allowed in a YAML file", byte));
      return false;
    }
  }
  return true;
}

// Return the offset of the last line in (after, upto] that starts with `---` or `...`.
std::optional<std::size_t> document_marker(const std::string& text, std::size_t after,
                                           std::size_t upto)
{
  std::optional<std::size_t> found;
  for (std::size_t start = 0; start <= upto && start < text.size();) {
    const bool marker = text.compare(start, 3, "---") == 0 || text.compare(start, 3, "...") == 0;
    if (start > after && marker &&
        (start + 3 == text.size() ||
         std::string_view(" \t\r\n").find(text[start + 3]) != std::string_view::npos)) {
      found = start;
    }
    const auto end = text.find('\n', start);
    if (end == std::string::npos) {
      break;
    }
    start = end + 1;
  }
  return found;
}

// The second document starts with `---`, follows a `...`, or (a yaml-cpp quirk) is text after
// a block sequence at the left margin.
void report_second_document(const diag::SourcePtr& source, const detail::Structure& structure,
                            diag::Diagnostics& diags)
{
  const std::string& text = source->text();
  const YAML::Mark& first = structure.documents[0];
  const YAML::Mark& second = structure.documents[1];
  const Location where = detail::mark_location(source, second);
  if (first.pos == second.pos) {
    // yaml-cpp 0.7 restarts at a token no rule consumes, such as a stray ',' (its LoadAll then
    // loops forever): say what the token is.
    const std::size_t at = static_cast<std::size_t>(std::max(second.pos, 0));
    diags.error(where, "yaml.syntax",
                fmt::format("invalid YAML: unexpected {}",
                            util::quote(at < text.size() ? text.substr(at, 1) : "end of file")));
    return;
  }
  const auto after = static_cast<std::size_t>(std::max(first.pos, 0));
  const auto upto = static_cast<std::size_t>(std::max(second.pos, 0));
  if (!document_marker(text, after, upto)) {
    diags.error(where, "yaml.syntax",
                "invalid YAML: text after the end of the document; check the indentation");
    return;
  }
  diags.error(where, "yaml.multi-document",
              "a second YAML document starts here; a tenderscore file holds exactly one");
}

std::string unclosed_hint(const diag::SourcePtr& source, const std::optional<YAML::Mark>& open,
                          bool sequence)
{
  const char* close = sequence ? "]" : "}";
  if (!open) {
    return fmt::format("; is a '{}' missing?", close);
  }
  const Location where = detail::mark_location(source, *open);
  return fmt::format("; is the '{}' for the '{}' at line {}, column {} missing?", close,
                     sequence ? "[" : "{", where.line, where.column);
}

std::string syntax_message(const diag::SourcePtr& source, const detail::Structure& structure)
{
  using namespace YAML::ErrorMsg;
  const std::string& message = structure.error_message;
  std::string hint;
  if (message == END_OF_SEQ_FLOW) {
    hint = unclosed_hint(source, structure.open_sequence, true);
  } else if (message == END_OF_MAP_FLOW) {
    hint = unclosed_hint(source, structure.open_mapping, false);
  } else if (message == EOF_IN_SCALAR) {
    hint = "; is a closing quote missing?";
  } else if (message == MAP_VALUE) {
    hint = "; put text that contains ': ' in quotes";
  }
  const std::string_view line = source->line(structure.error_mark->line + 1);
  const auto indent = line.substr(0, line.find_first_not_of(" \t"));
  if (indent.find('\t') != std::string_view::npos) {
    hint = "; YAML does not allow tabs in indentation";
  } else if (hint.empty() &&
             (message == END_OF_MAP || message == END_OF_SEQ || message == BLOCK_ENTRY)) {
    hint = "; check the indentation";
  }
  return fmt::format("invalid YAML: {}{}", message, hint);
}

// yaml-cpp takes a key of more than 1024 characters (YAML's bound on an implicit key) for no
// key at all and reports the ':' after it as an "illegal map value". Report the key instead:
// over --max-key-size, with the limit's message; else with YAML's own bound. True if reported.
bool report_long_key(const diag::SourcePtr& source, const detail::Structure& structure,
                     const Limits& limits, diag::Diagnostics& diags)
{
  constexpr std::size_t k_yaml_key_chars = 1024;
  const YAML::Mark& mark = *structure.error_mark;
  const std::string_view line = source->line(mark.line + 1);
  const auto colon = static_cast<std::size_t>(std::max(mark.column, 0));
  if (structure.error_message != YAML::ErrorMsg::MAP_VALUE || colon > line.size()) {
    return false;
  }
  std::size_t start = line.find_first_not_of(' ');
  while (start + 1 < colon && line[start] == '-' && line[start + 1] == ' ') {
    start = line.find_first_not_of(' ', start + 1); // "- key: value" in a list
  }
  if (start == std::string_view::npos || start >= colon) {
    return false;
  }
  std::string_view key = line.substr(start, colon - start);
  while (!key.empty() && key.back() == ' ') {
    key.remove_suffix(1);
  }
  if (util::utf8_length(key) <= k_yaml_key_chars) {
    return false;
  }
  const Location where{source, mark.line + 1, static_cast<int>(start) + 1};
  if (key.size() > limits.max_key_bytes) {
    diags.error(where, "yaml.limit",
                fmt::format("key is {}, over the {} limit{}", human_size(key.size()),
                            detail::byte_size(limits.max_key_bytes),
                            raise_hint(limit_flag::key_size)));
  } else {
    diags.error(where, "yaml.limit",
                fmt::format("key is {} characters long; a YAML key holds at most {}",
                            util::utf8_length(key), k_yaml_key_chars));
  }
  return true;
}

// Report what the structure scan found wrong; true when the text holds one well-formed document.
// The scan also passes the parser's events on to `next`.
bool check_structure(const diag::SourcePtr& source, const Limits& limits, YAML::EventHandler& next,
                     diag::Diagnostics& diags)
{
  const detail::Structure structure = detail::scan_structure(source->text(), limits, next);
  if (structure.too_deep) {
    diags.error(detail::mark_location(source, *structure.too_deep), "yaml.limit",
                fmt::format("nesting deeper than the limit of {} levels{}", limits.max_depth,
                            raise_hint(limit_flag::depth)));
  } else if (structure.too_many_values) {
    diags.error(detail::mark_location(source, *structure.too_many_values), "yaml.limit",
                fmt::format("more than {} YAML values (scalars, mappings and sequences) in one "
                            "file{}",
                            limits.max_yaml_nodes, raise_hint(limit_flag::yaml_nodes)));
  } else if (structure.too_many_bids) {
    diags.error(detail::mark_location(source, *structure.too_many_bids), "limit.bids",
                fmt::format("bid {} of this file is over the limit of {} bids in a run{}",
                            limits.max_bids + 1, limits.max_bids, raise_hint(limit_flag::bids)));
  } else if (structure.too_many_criteria) {
    diags.error(detail::mark_location(source, *structure.too_many_criteria), "limit.criteria",
                fmt::format("criterion {} of this file is over the limit of {} criteria in a "
                            "run{}",
                            limits.max_criteria + 1, limits.max_criteria,
                            raise_hint(limit_flag::criteria)));
  } else if (structure.documents.size() > 1) {
    report_second_document(source, structure, diags);
  } else if (structure.error_mark && structure.error_message == YAML::ErrorMsg::BAD_FILE) {
    // yaml-cpp's own limit (about 500 levels), reached only when max_depth is set above it
    diags.error({source, 1, 1}, "yaml.limit",
                "document nests too deeply for the YAML parser (more than about 500 levels)");
  } else if (structure.error_mark) {
    if (!report_long_key(source, structure, limits, diags)) {
      diags.error(detail::mark_location(source, *structure.error_mark), "yaml.syntax",
                  syntax_message(source, structure));
    }
  } else {
    return true;
  }
  return false;
}

} // namespace

std::string pointer_token(const std::string& token)
{
  std::string out;
  out.reserve(token.size());
  for (const char c : token) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// A parser position (0-based line and byte column) as a Location, by the one conversion of
// parser marks (mark_location); a negative line is yaml-cpp's null mark, the start of the file.
Location location_of(const diag::SourcePtr& source, int line, int byte_column)
{
  YAML::Mark mark;
  mark.line = line;
  mark.column = byte_column;
  return detail::mark_location(source, mark);
}

} // namespace

Location Document::value_location(const std::string& pointer) const
{
  std::string at = pointer;
  while (true) {
    const auto it = index.find(at);
    if (it != index.end() && it->second.value_line != NodeInfo::k_none) {
      return location_of(source, it->second.value_line, it->second.value_column);
    }
    if (at.empty()) {
      return {source, 1, 1};
    }
    at.erase(at.rfind('/') == std::string::npos ? 0 : at.rfind('/'));
  }
}

Location Document::key_location(const std::string& pointer) const
{
  const auto it = index.find(pointer);
  if (it != index.end() && it->second.key_line != NodeInfo::k_none) {
    return location_of(source, it->second.key_line, it->second.key_column);
  }
  return value_location(pointer);
}

std::string Document::raw(const std::string& pointer) const
{
  const auto it = index.find(pointer);
  if (it == index.end()) {
    return {};
  }
  if (!it->second.raw.empty()) {
    return it->second.raw;
  }
  // Text is not kept twice: its raw form is the value.
  try {
    const nlohmann::json::json_pointer at(pointer);
    if (root.contains(at) && root.at(at).is_string()) {
      return root.at(at).get<std::string>();
    }
  } catch (const nlohmann::json::exception&) {
  }
  return {};
}

Document parse_yaml(const diag::SourcePtr& source, diag::Diagnostics& diags, const Limits& limits)
{
  Document document;
  document.source = source;
  const Location start{source, 1, 1};
  if (source->text().size() > limits.max_file_bytes) {
    diags.error(start, "yaml.limit",
                fmt::format("file is {}, over the {} limit{}", human_size(source->text().size()),
                            detail::byte_size(limits.max_file_bytes),
                            raise_hint(limit_flag::file_size)));
    return document;
  }
  if (!check_encoding(source, diags)) {
    return document;
  }
  // A file that may hold more values than the limit (each takes a byte at least) is scanned
  // once without building anything, so that one over a limit is refused without building the
  // values before it; otherwise one pass of the parser checks the structure and builds the
  // document. What the builder reports counts only when the structure holds.
  detail::IgnoreEvents ignore;
  if (source->text().size() >= limits.max_yaml_nodes &&
      !check_structure(source, limits, ignore, diags)) {
    return document;
  }
  diag::Diagnostics built;
  const auto discard = [&document] {
    document.root = nullptr;
    document.index.clear();
  };
  try {
    detail::TreeBuilder builder(document, limits, built);
    if (!check_structure(source, limits, builder, diags)) {
      discard();
      return document;
    }
    if (builder.empty_document()) {
      diags.error(start, "format.missing",
                  "file is empty; expected a tenderscore YAML document starting with 'format:'");
      discard();
      return document;
    }
    builder.finish();
  } catch (const std::exception& e) {
    // Not expected: the parser's own errors are caught by the structure scan.
    diags.error(start, "yaml.syntax", fmt::format("cannot read the YAML: {}", e.what()));
    discard();
    return document;
  }
  diags.append(built);
  return document;
}

} // namespace tenderscore::load
