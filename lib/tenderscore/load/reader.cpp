// SPDX-License-Identifier: MIT
#include <tenderscore/load/reader.hpp>

#include <tenderscore/load/support.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::load::detail {

using nlohmann::json;

Reader::Reader(const Document& document, diag::Diagnostics& diags)
    : m_document(document)
    , m_diags(diags)
{
}

const json* Reader::get(const std::string& pointer) const
{
  const json* node = &m_document.root;
  for (const auto& token : pointer_tokens(pointer)) {
    if (node->is_object()) {
      const auto it = node->find(token);
      node = it == node->end() ? nullptr : &*it;
    } else if (node->is_array() && !token.empty() &&
               token.find_first_not_of("0123456789") == std::string::npos && token.size() < 10) {
      const auto index = static_cast<std::size_t>(std::stoul(token));
      node = index < node->size() ? &(*node)[index] : nullptr;
    } else {
      node = nullptr;
    }
    if (node == nullptr) {
      return nullptr;
    }
  }
  return node;
}

bool Reader::has(const std::string& pointer) const
{
  const json* value = get(pointer);
  return value != nullptr && !value->is_null();
}

diag::Location Reader::value_at(const std::string& pointer) const
{
  return m_document.value_location(pointer);
}

diag::Location Reader::key_at(const std::string& pointer) const
{
  return m_document.key_location(pointer);
}

void Reader::wrong(const std::string& pointer, std::string_view expected)
{
  const json* value = get(pointer);
  const std::string shown = value == nullptr     ? std::string("nothing")
                            : value->is_string() ? util::quote(value->get<std::string>(), 40)
                                                 : util::quote(value->dump(), 40);
  m_diags.error(value_at(pointer), "schema.type",
                fmt::format("expected {}, got {}", expected, shown));
}

void Reader::wrong_key(const std::string& pointer, std::string_view expected)
{
  const auto tokens = pointer_tokens(pointer);
  m_diags.error(key_at(pointer), "schema.type",
                fmt::format("expected {} as the key, got {}", expected,
                            util::quote(tokens.empty() ? std::string{} : tokens.back(), 40)));
}

std::string Reader::text(const std::string& pointer, std::string fallback)
{
  const auto value = located_text(pointer);
  return value ? value->value : std::move(fallback);
}

std::optional<Located<std::string>> Reader::located_text(const std::string& pointer)
{
  if (!has(pointer)) {
    return std::nullopt;
  }
  const json* value = get(pointer);
  if (!value->is_string()) {
    wrong(pointer, "a string");
    return std::nullopt;
  }
  return Located<std::string>{value->get<std::string>(), value_at(pointer)};
}

std::optional<Located<Rational>> Reader::number(const std::string& pointer)
{
  if (!has(pointer)) {
    return std::nullopt;
  }
  const json* value = get(pointer);
  std::optional<Rational> exact;
  if (value->is_number()) {
    const std::string raw = m_document.raw(pointer);
    if (!raw.empty()) {
      exact = util::parse_decimal(raw);
    } else if (value->is_number_integer()) {
      exact = value->is_number_unsigned() ? Rational(value->get<std::uint64_t>())
                                          : Rational(value->get<std::int64_t>());
    } else {
      exact = util::parse_decimal(fmt::format("{}", value->get<double>()));
    }
  }
  if (!exact) {
    wrong(pointer, "a number");
    return std::nullopt;
  }
  return Located<Rational>{*exact, value_at(pointer)};
}

Located<Rational> Reader::required_number(const std::string& pointer)
{
  if (auto value = number(pointer)) {
    return *value;
  }
  if (!has(pointer)) {
    const auto tokens = pointer_tokens(pointer);
    m_diags.error(value_at(pointer), "schema.required",
                  fmt::format("missing required key {}",
                              util::quote(tokens.empty() ? std::string{} : tokens.back())));
  }
  return {Rational{0}, value_at(pointer)};
}

bool Reader::flag(const std::string& pointer, bool fallback)
{
  if (!has(pointer)) {
    return fallback;
  }
  const json* value = get(pointer);
  if (!value->is_boolean()) {
    wrong(pointer, "true or false");
    return fallback;
  }
  return value->get<bool>();
}

std::vector<std::string> Reader::items(const std::string& pointer)
{
  std::vector<std::string> result;
  if (!has(pointer)) {
    return result;
  }
  const json* value = get(pointer);
  if (!value->is_array()) {
    wrong(pointer, "a list");
    return result;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    result.push_back(pointer + "/" + std::to_string(i));
  }
  return result;
}

std::vector<std::pair<std::string, std::string>> Reader::members(const std::string& pointer)
{
  std::vector<std::pair<std::string, std::string>> result;
  if (!has(pointer)) {
    return result;
  }
  const json* value = get(pointer);
  if (!value->is_object()) {
    wrong(pointer, "a mapping");
    return result;
  }
  for (const auto& [key, member] : value->items()) {
    result.emplace_back(key, child_pointer(pointer, key));
  }
  // nlohmann::json orders keys alphabetically; the model keeps the file's order.
  std::stable_sort(result.begin(), result.end(), [&](const auto& a, const auto& b) {
    const auto at = key_at(a.second);
    const auto bt = key_at(b.second);
    return std::pair(at.line, at.column) < std::pair(bt.line, bt.column);
  });
  return result;
}

} // namespace tenderscore::load::detail
