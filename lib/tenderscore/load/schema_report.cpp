// SPDX-License-Identifier: MIT
#include <tenderscore/load/schema_report.hpp>

#include <tenderscore/load/schema_walk.hpp>
#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

namespace tenderscore::load::detail {

namespace {

using diag::Diagnostic;
using diag::Location;
using nlohmann::json;
using util::quote;

struct PatternText
{
  std::string_view pattern;
  std::string_view text;
};

// What each pattern in schemas/ accepts, in words.
constexpr std::array k_patterns{
    PatternText{"^[a-z0-9][a-z0-9-]*$",
                "not a valid id (lower-case letters, digits and '-', starting with a letter or "
                "digit)"},
    PatternText{"^[A-Z]{3}$", "not a currency code (three capital letters, such as GBP)"},
    PatternText{"^-?[0-9]+(\\.[0-9]+)?$", "not a scale point (a number such as 3 or 2.5)"},
    PatternText{"^[0-9]{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$",
                "not a period (a year 2026, a half 2026-H1, a quarter 2026-Q1 or a month "
                "2026-03)"},
};

std::string too_long(const std::string& title, const std::string& text, std::size_t most)
{
  return fmt::format("{}{} is longer than {} characters", title.empty() ? "" : title + " ",
                     quote(text, 40), most);
}

std::string pattern_text(const std::string& pattern)
{
  for (const auto& entry : k_patterns) {
    if (entry.pattern == pattern) {
      return std::string(entry.text);
    }
  }
  return "not in the form " + quote(pattern);
}

std::string with_article(const std::string& noun)
{
  const bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string::npos;
  return (vowel ? "an " : "a ") + noun;
}

std::string type_name(const std::string& type)
{
  if (type == "object") {
    return "a mapping";
  }
  if (type == "array") {
    return "a list";
  }
  if (type == "integer") {
    return "a whole number";
  }
  if (type == "boolean") {
    return "true or false";
  }
  return type == "null" ? "null" : with_article(type);
}

std::string expected_types(const SchemaWalk& walk, const json* schema)
{
  std::vector<std::string> names;
  for (const auto& type : walk.types_of(schema)) {
    names.push_back(type_name(type));
  }
  return names.empty() ? "another value" : fmt::format("{}", fmt::join(names, " or "));
}

// The text of `where`'s line from its column on: how the value there was written.
std::string_view written_at(const diag::Location& where)
{
  if (!where.known()) {
    return {};
  }
  std::string_view line = where.file->line(where.line);
  for (int column = 1; column < where.column && !line.empty(); ++column) {
    line.remove_prefix(1); // a code point: its lead byte, then any continuation bytes
    while (!line.empty() && (static_cast<unsigned char>(line[0]) & 0xC0U) == 0x80U) {
      line.remove_prefix(1);
    }
  }
  return line;
}

// Return advice for a string where a number or a boolean was expected; `written` is the value
// as written in the file (from its first character to the end of its line).
std::string type_hint(const Place& place, std::string_view written)
{
  if (place.value == nullptr || !place.value->is_string()) {
    return {};
  }
  const auto& text = place.value->get_ref<const std::string&>();
  const std::string expected = text_of(place.schema, "type");
  if (expected == "number" && is_decimal_syntax(text)) {
    if (written.starts_with("!!str") || written.starts_with("!<tag:yaml.org,2002:str>")) {
      return "; remove the !!str tag to make it a number";
    }
    if (written.starts_with("\"") || written.starts_with("'")) {
      return "; remove the quotes to make it a number";
    }
    return {};
  }
  // YAML 1.1 spellings that YAML 1.2 (and so tenderscore) reads as text.
  static const std::set<std::string> yes{"yes", "Yes", "YES", "on", "On", "ON", "y", "Y"};
  static const std::set<std::string> no{"no", "No", "NO", "off", "Off", "OFF", "n", "N"};
  if (expected != "boolean" || (yes.count(text) == 0 && no.count(text) == 0)) {
    return {};
  }
  return fmt::format("; YAML 1.2 reads {} as text: write {}", quote(text),
                     yes.count(text) > 0 ? "true" : "false");
}

class Reporter
{
public:
  Reporter(const Document& document, const json& schema)
      : m_document(document)
      , m_walk(schema, document.root)
  {
  }

  void report(const Violation& violation, bool type_reported);
  /// Report the keys that break their object's `propertyNames`.
  void key_names() { key_names(m_walk.root()); }
  std::vector<Diagnostic> result();

private:
  std::string raw_value(const Place& place) const;
  std::string describe(const Place& place) const;
  void add(const Location& where, const char* rule, std::string message);
  void unknown_keys(const Place& place);
  void key_names(const Place& place);
  void key_name(const Place& member, const std::string& key, const json* names);
  void enumeration(const Place& place);
  void range(const Place& place);
  void size(const Place& place, const std::string& description);

  const Document& m_document;
  SchemaWalk m_walk;
  std::vector<Diagnostic> m_out;
  std::set<std::string> m_objects_checked;
  // A missing required key that an unknown key's did-you-mean already names is said once.
  std::vector<std::pair<std::string, Diagnostic>> m_missing; // by the missing key's pointer
  std::set<std::string> m_suggested;
};

std::string Reporter::raw_value(const Place& place) const
{
  const std::string raw = m_document.raw(place.pointer);
  return raw.empty() && place.value && place.value->is_number() ? place.value->dump() : raw;
}

std::string Reporter::describe(const Place& place) const
{
  const json* value = place.value;
  if (value == nullptr || value->is_null()) {
    return raw_value(place).empty() ? "an empty value" : "null";
  }
  if (value->is_string()) {
    return "string " + quote(value->get<std::string>());
  }
  if (value->is_boolean()) {
    return value->get<bool>() ? "true" : "false";
  }
  if (value->is_number()) {
    return "number " + raw_value(place);
  }
  return value->is_object() ? "a mapping" : "a list";
}

void Reporter::add(const Location& where, const char* rule, std::string message)
{
  m_out.push_back({diag::Severity::error, where, std::move(message), rule});
}

void Reporter::unknown_keys(const Place& place)
{
  if (!m_objects_checked.insert(place.pointer).second || !place.value ||
      !place.value->is_object()) {
    return;
  }
  const json* properties = find(place.schema, "properties");
  std::vector<std::string> allowed;
  if (properties) {
    for (const auto& [name, subschema] : properties->items()) {
      allowed.push_back(name);
    }
  }
  const std::string title = text_of(place.schema, "title");
  for (const auto& [key, member] : place.value->items()) {
    if ((properties && properties->contains(key)) || m_walk.pattern_schema(place.schema, key)) {
      continue;
    }
    const auto match = util::closest_match(key, allowed);
    if (match) {
      m_suggested.insert(child_pointer(place.pointer, *match));
    }
    add(m_document.key_location(child_pointer(place.pointer, key)), "schema.unknown-key",
        fmt::format("unknown key {}{}{}", quote(key), title.empty() ? "" : " in " + title,
                    match ? fmt::format("; did you mean {}?", quote(*match)) : ""));
  }
}

// valijson 1.0 checks `propertyNames` without saying which key failed: check the keys here.
void Reporter::key_names(const Place& place)
{
  if (place.value == nullptr || place.schema == nullptr) {
    return;
  }
  if (place.value->is_array()) {
    for (std::size_t i = 0; i < place.value->size(); ++i) {
      key_names(m_walk.child(place, std::to_string(i)));
    }
    return;
  }
  if (!place.value->is_object()) {
    return;
  }
  const json* names = m_walk.resolve(find(place.schema, "propertyNames"));
  for (const auto& [key, member] : place.value->items()) {
    const Place child = m_walk.child(place, key);
    if (names) {
      key_name(child, key, names);
    }
    key_names(child);
  }
}

void Reporter::key_name(const Place& member, const std::string& key, const json* names)
{
  const Location where = m_document.key_location(member.pointer);
  const std::string pattern = text_of(names, "pattern");
  const json* most = find(names, "maxLength");
  if (!pattern.empty() && !m_walk.regex_matches(pattern, key.substr(0, k_max_checked_bytes))) {
    add(where, "schema.pattern", fmt::format("key {} is {}", quote(key), pattern_text(pattern)));
  } else if (most && most->is_number_unsigned() &&
             util::utf8_length(key) > most->get<std::size_t>()) {
    add(where, "schema.range", too_long(text_of(names, "title"), key, most->get<std::size_t>()));
  }
}

void Reporter::enumeration(const Place& place)
{
  const json* values = find(place.schema, "enum");
  if (values == nullptr) {
    return;
  }
  std::vector<std::string> names;
  for (const auto& value : *values) {
    names.push_back(value.is_string() ? value.get<std::string>() : value.dump());
  }
  const bool text = place.value && place.value->is_string();
  const std::string given = text ? quote(place.value->get<std::string>()) : describe(place);
  const std::string hint = text ? util::did_you_mean(place.value->get<std::string>(), names) : "";
  const std::string title = text_of(place.schema, "title");
  add(m_document.value_location(place.pointer), "schema.enum",
      title.empty() ? fmt::format("{} is not one of: {}{}", given, fmt::join(names, ", "), hint)
                    : fmt::format("{} is not {} ({}){}", given, with_article(title),
                                  fmt::join(names, ", "), hint));
}

void Reporter::range(const Place& place)
{
  if (place.value == nullptr || !place.value->is_number()) {
    return;
  }
  const double value = place.value->get<double>();
  const auto bound = [&](const char* key) { return find(place.schema, key); };
  std::string rule;
  const json* limit = nullptr;
  if ((limit = bound("minimum")) && value < limit->get<double>()) {
    rule = "at least";
  } else if ((limit = bound("exclusiveMinimum")) && value <= limit->get<double>()) {
    rule = "greater than";
  } else if ((limit = bound("maximum")) && value > limit->get<double>()) {
    rule = "at most";
  } else if ((limit = bound("exclusiveMaximum")) && value >= limit->get<double>()) {
    rule = "less than";
  } else {
    return;
  }
  add(m_document.value_location(place.pointer), "schema.range",
      fmt::format("{} must be {} {}, got {}", place.subject, rule, limit->dump(),
                  raw_value(place)));
}

void Reporter::size(const Place& place, const std::string& description)
{
  const Location where = m_document.value_location(place.pointer);
  const auto limit = [&](const char* key) {
    const json* bound = find(place.schema, key);
    return bound && bound->is_number_unsigned() ? bound->get<std::size_t>() : std::size_t{0};
  };
  if (place.value && place.value->is_string()) {
    const auto& text = place.value->get_ref<const std::string&>();
    const std::size_t length = util::utf8_length(text);
    if (const auto most = limit("maxLength"); most && length > most) {
      add(where, "schema.range", too_long(text_of(place.schema, "title"), text, most));
      return;
    }
    if (const auto least = limit("minLength"); least && length < least) {
      add(where, "schema.range",
          least == 1 ? fmt::format("{} must not be empty", place.subject)
                     : fmt::format("{} must be at least {} characters long", place.subject, least));
      return;
    }
  }
  if (place.value && place.value->is_array()) {
    if (const auto least = limit("minItems"); least && place.value->size() < least) {
      add(where, "schema.range",
          least == 1 ? fmt::format("{} must not be empty", place.subject)
                     : fmt::format("{} must have at least {} entries", place.subject, least));
      return;
    }
  }
  add(where, "schema.invalid", description);
}

void Reporter::report(const Violation& violation, bool type_reported)
{
  const std::string& text = violation.description;
  const auto starts = [&](std::string_view prefix) { return text.rfind(prefix, 0) == 0; };
  if (starts("Failed to validate") || starts("Cannot validate")) {
    return; // wrappers around the deeper violation that is reported itself
  }
  const Place place = m_walk.walk(violation.tokens);
  if (starts("Object contains a property that could not be validated")) {
    unknown_keys(place);
  } else if (starts("Missing required property '") && text.size() > 29) {
    const std::string name = text.substr(27, text.size() - 29);
    m_missing.emplace_back(
        child_pointer(place.pointer, name),
        Diagnostic{diag::Severity::error, m_document.value_location(place.pointer),
                   fmt::format("missing required key {}", quote(name)), "schema.required"});
  } else if (starts("Value type not permitted")) {
    const diag::Location where = m_document.value_location(place.pointer);
    add(where, "schema.type",
        fmt::format("expected {}, got {}{}", expected_types(m_walk, place.schema), describe(place),
                    type_hint(place, written_at(where))));
  } else if (type_reported) {
    return; // a value of the wrong type also fails its enum, pattern or bounds: say it once
  } else if (starts("Failed to match against any enum values")) {
    enumeration(place);
  } else if (starts("Failed to match expected value set by 'const'")) {
    const json* expected = find(place.schema, "const");
    add(m_document.value_location(place.pointer), "schema.enum",
        fmt::format("expected {}, got {}",
                    expected && expected->is_string() ? quote(expected->get<std::string>())
                                                      : (expected ? expected->dump() : "?"),
                    describe(place)));
  } else if (starts("Failed to match regex")) {
    add(m_document.value_location(place.pointer), "schema.pattern",
        fmt::format("{} is {}",
                    place.value && place.value->is_string() ? quote(place.value->get<std::string>())
                                                            : describe(place),
                    pattern_text(text_of(place.schema, "pattern"))));
  } else if (starts("Expected number")) {
    range(place);
  } else if (starts("String should be") || starts("Array should contain")) {
    size(place, text);
  } else {
    add(m_document.value_location(place.pointer), "schema.invalid", text);
  }
}

std::vector<Diagnostic> Reporter::result()
{
  for (auto& [pointer, diagnostic] : m_missing) {
    if (m_suggested.count(pointer) == 0) {
      m_out.push_back(std::move(diagnostic));
    }
  }
  std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  const auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.where.line == b.where.line && a.where.column == b.where.column && a.rule == b.rule &&
           a.message == b.message;
  };
  m_out.erase(std::unique(m_out.begin(), m_out.end(), same), m_out.end());
  return std::move(m_out);
}

} // namespace

std::vector<Diagnostic> describe_violations(const Document& document, const json& schema,
                                            const std::vector<Violation>& violations)
{
  // Under a `oneOf`, the branches the value's type does not fit each report a wrong type:
  // those are dropped, and the value is judged by the branch of its type alone.
  const SchemaWalk walk(schema, document.root);
  const auto branch_mismatch = [&](const Violation& violation) {
    if (violation.description.rfind("Value type not permitted", 0) != 0) {
      return false;
    }
    const Place place = walk.walk(violation.tokens);
    return place.branch && place.value && type_accepts(place.schema, *place.value);
  };
  std::set<std::vector<std::string>> typed;
  for (const auto& violation : violations) {
    if (violation.description.rfind("Value type not permitted", 0) == 0 &&
        !branch_mismatch(violation)) {
      typed.insert(violation.tokens);
    }
  }
  Reporter reporter(document, schema);
  for (const auto& violation : violations) {
    if (!branch_mismatch(violation)) {
      reporter.report(violation, typed.count(violation.tokens) > 0);
    }
  }
  reporter.key_names();
  return reporter.result();
}

} // namespace tenderscore::load::detail
