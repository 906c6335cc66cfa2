// SPDX-License-Identifier: MIT
#include <tenderscore/load/schema_walk.hpp>

#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <algorithm>

namespace tenderscore::load::detail {

using nlohmann::json;

namespace {

constexpr int k_max_ref_hops = 32;

} // namespace

const json* find(const json* node, const char* key)
{
  if (node == nullptr || !node->is_object()) {
    return nullptr;
  }
  const auto it = node->find(key);
  return it == node->end() ? nullptr : &*it;
}

std::string text_of(const json* node, const char* key)
{
  const json* value = find(node, key);
  return value && value->is_string() ? value->get<std::string>() : std::string{};
}

bool type_accepts(const json* schema, const json& value)
{
  const json* type = find(schema, "type");
  if (type == nullptr) {
    return true;
  }
  const auto accepts = [&](const json& name) {
    if (!name.is_string()) {
      return false;
    }
    const auto& n = name.get_ref<const std::string&>();
    return (n == "object" && value.is_object()) || (n == "array" && value.is_array()) ||
           (n == "string" && value.is_string()) || (n == "boolean" && value.is_boolean()) ||
           (n == "null" && value.is_null()) || (n == "number" && value.is_number()) ||
           (n == "integer" && value.is_number()); // whole or not: valijson says which
  };
  if (type->is_array()) {
    return std::any_of(type->begin(), type->end(), accepts);
  }
  return accepts(*type);
}

SchemaWalk::SchemaWalk(const json& schema, const json& root)
    : m_schema(schema)
    , m_root(root)
{
}

const json* SchemaWalk::resolve(const json* node) const
{
  for (int hop = 0; hop < k_max_ref_hops; ++hop) {
    const std::string ref = text_of(node, "$ref");
    if (ref.empty()) {
      return node;
    }
    if (ref[0] != '#') {
      return nullptr;
    }
    const json* target = &m_schema;
    for (const auto& token : pointer_tokens(ref.substr(1))) {
      target = find(target, token.c_str());
    }
    node = target;
  }
  return nullptr;
}

bool SchemaWalk::regex_matches(const std::string& pattern, const std::string& key) const
{
  auto it = std::find_if(m_regexes.begin(), m_regexes.end(),
                         [&](const auto& entry) { return entry.first == pattern; });
  if (it == m_regexes.end()) {
    it = m_regexes.emplace(m_regexes.end(), pattern, std::regex(pattern));
  }
  return std::regex_search(key, it->second);
}

const json* SchemaWalk::pattern_schema(const json* schema, const std::string& key) const
{
  if (const json* patterns = find(schema, "patternProperties")) {
    for (const auto& [pattern, subschema] : patterns->items()) {
      if (regex_matches(pattern, key)) {
        return &subschema;
      }
    }
  }
  return nullptr;
}

const json* SchemaWalk::member_schema(const json* schema, const std::string& key) const
{
  if (const json* properties = find(schema, "properties");
      properties && properties->contains(key)) {
    return &(*properties)[key];
  }
  if (const json* matched = pattern_schema(schema, key)) {
    return matched;
  }
  const json* extra = find(schema, "additionalProperties");
  return extra && extra->is_object() ? extra : nullptr;
}

const json* SchemaWalk::branch_for(const json* schema, const json* value) const
{
  for (const char* key : {"oneOf", "anyOf"}) {
    const json* branches = find(schema, key);
    if (branches == nullptr || !branches->is_array() || value == nullptr) {
      continue;
    }
    for (const auto& branch : *branches) {
      const json* resolved = resolve(&branch);
      if (resolved != nullptr && find(resolved, "type") != nullptr &&
          type_accepts(resolved, *value)) {
        return resolved;
      }
    }
  }
  return schema;
}

std::vector<std::string> SchemaWalk::types_of(const json* schema) const
{
  std::vector<std::string> out;
  const auto add = [&](const json* node) {
    const json* type = find(node, "type");
    if (type == nullptr) {
      return;
    }
    for (const auto& name : type->is_array() ? *type : json::array({*type})) {
      if (name.is_string() && std::find(out.begin(), out.end(), name) == out.end()) {
        out.push_back(name.get<std::string>());
      }
    }
  };
  add(schema);
  for (const char* key : {"oneOf", "anyOf"}) {
    if (const json* branches = find(schema, key); branches && branches->is_array()) {
      for (const auto& branch : *branches) {
        add(resolve(&branch));
      }
    }
  }
  return out;
}

Place SchemaWalk::root() const
{
  return {"", &m_root, resolve(&m_schema)};
}

Place SchemaWalk::child(const Place& parent, const std::string& token) const
{
  Place place{child_pointer(parent.pointer, token), nullptr, nullptr};
  if (parent.value && parent.value->is_array()) {
    const auto index = static_cast<std::size_t>(std::strtoull(token.c_str(), nullptr, 10));
    place.value = index < parent.value->size() ? &(*parent.value)[index] : nullptr;
    const json* schema = resolve(find(parent.schema, "items"));
    place.schema = branch_for(schema, place.value);
    place.branch = place.schema != schema;
  } else if (parent.value && parent.value->is_object()) {
    const auto it = parent.value->find(token);
    place.value = it == parent.value->end() ? nullptr : &*it;
    const json* schema = resolve(member_schema(parent.schema, token));
    place.schema = branch_for(schema, place.value);
    place.branch = place.schema != schema;
    place.subject = util::quote(token);
  }
  return place;
}

Place SchemaWalk::walk(const std::vector<std::string>& tokens) const
{
  Place place = root();
  for (const auto& token : tokens) {
    place = child(place, token);
  }
  return place;
}

} // namespace tenderscore::load::detail
