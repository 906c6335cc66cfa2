// SPDX-License-Identifier: MIT
// Private to load/: follows a JSON pointer through a document and its JSON Schema together.
#pragma once

#include <nlohmann/json.hpp>

#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::load::detail {

/// Return member `key` of the object `node`, or nullptr (also when `node` is not an object).
const nlohmann::json* find(const nlohmann::json* node, const char* key);

/// Return the string member `key` of `node`, or "".
std::string text_of(const nlohmann::json* node, const char* key);

/// Return true when `schema`'s `type` (a name or a list of names) accepts `value`, or it has
/// none ("integer" accepts any number).
bool type_accepts(const nlohmann::json* schema, const nlohmann::json& value);

// A place in the document and the subschema that applies to it (every $ref followed; of a
// `oneOf`, the branch whose type the value has).
struct Place
{
  std::string pointer;
  const nlohmann::json* value = nullptr;  // nullptr when the document has nothing there
  const nlohmann::json* schema = nullptr; // nullptr when the schema says nothing about it
  std::string subject = "the value";      // the quoted key of an object member
  bool branch = false; // `schema` is the branch of a `oneOf` or `anyOf` the value's type chose
};

class SchemaWalk
{
public:
  /// Walk `root` against `schema`; both must outlive the walk.
  SchemaWalk(const nlohmann::json& schema, const nlohmann::json& root);

  /// Return the place of the whole document.
  Place root() const;
  /// Return the place of member or item `token` (unescaped) of `parent`.
  Place child(const Place& parent, const std::string& token) const;
  /// Return the place that the unescaped pointer `tokens` name.
  Place walk(const std::vector<std::string>& tokens) const;

  /// Return the subschema `node` stands for, following its `$ref`s; nullptr if unresolved.
  const nlohmann::json* resolve(const nlohmann::json* node) const;
  /// Return the branch of a `oneOf` or `anyOf` `schema` whose type accepts `value` (so that
  /// problems are reported against the form the value was written in), else `schema` itself.
  const nlohmann::json* branch_for(const nlohmann::json* schema, const nlohmann::json* value) const;
  /// Return the `type`s that `schema` accepts, the branches' of a `oneOf` or `anyOf`
  /// (e.g. {"string", "object"}); empty when it says nothing about type.
  std::vector<std::string> types_of(const nlohmann::json* schema) const;
  /// Return true when `text` matches the JSON Schema `pattern` (compiled once per walk).
  bool regex_matches(const std::string& pattern, const std::string& text) const;
  /// Return the subschema of the first `patternProperties` entry of `schema` matching `key`.
  const nlohmann::json* pattern_schema(const nlohmann::json* schema, const std::string& key) const;

private:
  const nlohmann::json* member_schema(const nlohmann::json* schema, const std::string& key) const;

  const nlohmann::json& m_schema;
  const nlohmann::json& m_root;
  mutable std::vector<std::pair<std::string, std::regex>> m_regexes;
};

} // namespace tenderscore::load::detail
