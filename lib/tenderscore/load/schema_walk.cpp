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
    place.schema = resolve(find(parent.schema, "items"));
  } else if (parent.value && parent.value->is_object()) {
    const auto it = parent.value->find(token);
    place.value = it == parent.value->end() ? nullptr : &*it;
    place.schema = resolve(member_schema(parent.schema, token));
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
