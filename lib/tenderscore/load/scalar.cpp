// SPDX-License-Identifier: MIT
#include <tenderscore/load/scalar.hpp>

#include <tenderscore/load/support.hpp>
#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>

namespace tenderscore::load::detail {

namespace {

constexpr std::size_t k_shown_number_bytes = 60;

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool one_of(std::string_view text, std::initializer_list<std::string_view> words)
{
  for (const auto word : words) {
    if (text == word) {
      return true;
    }
  }
  return false;
}

std::size_t skip_digits(std::string_view text, std::size_t i)
{
  while (i < text.size() && is_digit(text[i])) {
    ++i;
  }
  return i;
}

bool is_integer_syntax(std::string_view text)
{
  const std::size_t start = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  return text.size() > start && skip_digits(text, start) == text.size();
}

bool is_non_finite(std::string_view text)
{
  if (one_of(text, {".nan", ".NaN", ".NAN"})) {
    return true;
  }
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    text.remove_prefix(1);
  }
  return one_of(text, {".inf", ".Inf", ".INF"});
}

std::optional<bool> bool_word(std::string_view text)
{
  if (one_of(text, {"true", "True", "TRUE"})) {
    return true;
  }
  if (one_of(text, {"false", "False", "FALSE"})) {
    return false;
  }
  return std::nullopt;
}

std::string shown_number(std::string_view text)
{
  return text.size() <= k_shown_number_bytes
             ? std::string(text)
             : std::string(text.substr(0, k_shown_number_bytes)) + "…";
}

Scalar failure(std::string rule, std::string message)
{
  return {nullptr, std::move(rule), std::move(message)};
}

constexpr std::size_t k_max_significant = 40; // digits read exactly
constexpr long k_max_places = 30;             // from the decimal point, either way

// `text` (a sign, digits with an optional point, an optional exponent) written out in full
// without an exponent, when its value has at most 40 significant digits, none more than 30
// places from the decimal point; else nullopt. One rule for both ways of writing a number:
// `1e-31` and `0.0000000000000000000000000000001` are the same value and both refused, and
// `1.0000…` with any number of zeros is 1.
std::optional<std::string> written_out(std::string_view text)
{
  std::size_t i = 0;
  std::string sign;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    sign = text[i] == '-' ? "-" : "";
    ++i;
  }
  std::string digits;
  long fraction = 0;
  for (; i < text.size() && is_digit(text[i]); ++i) {
    digits += text[i];
  }
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_digit(text[i]); ++i) {
      digits += text[i];
      ++fraction;
    }
  }
  long exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool negative = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    if (i == text.size()) {
      return std::nullopt;
    }
    for (; i < text.size() && is_digit(text[i]); ++i) {
      exponent = std::min(exponent * 10 + (text[i] - '0'), 1000000L); // far out is far out
    }
    exponent = negative ? -exponent : exponent;
  }
  if (i != text.size() || digits.empty()) {
    return std::nullopt;
  }
  const auto first = digits.find_first_not_of('0');
  if (first == std::string::npos) {
    return sign + "0";
  }
  const auto last = digits.find_last_not_of('0');
  const std::string significant = digits.substr(first, last - first + 1);
  // the places (powers of ten) of the lowest and the highest significant digit
  const long low = exponent - fraction + static_cast<long>(digits.size() - 1 - last);
  const long high = low + static_cast<long>(significant.size()) - 1;
  if (significant.size() > k_max_significant || high > k_max_places || low < -k_max_places) {
    return std::nullopt;
  }
  if (low >= 0) {
    return sign + significant + std::string(static_cast<std::size_t>(low), '0');
  }
  if (high >= 0) {
    const auto point = static_cast<std::size_t>(high + 1);
    return sign + significant.substr(0, point) + "." + significant.substr(point);
  }
  return sign + "0." + std::string(static_cast<std::size_t>(-high - 1), '0') + significant;
}

Scalar number(const std::string& text)
{
  if (is_non_finite(text)) {
    return failure("yaml.number",
                   fmt::format("non-finite number {} is not allowed", util::quote(text)));
  }
  const auto plain = written_out(text);
  const auto exact = plain ? util::parse_decimal(*plain) : std::nullopt;
  if (!exact) {
    return failure("yaml.number",
                   fmt::format("number {} is out of range; tenderscore reads numbers of at most {} "
                               "significant digits, none more than {} places from the decimal "
                               "point",
                               shown_number(text), k_max_significant, k_max_places));
  }
  if (is_integer_syntax(text)) {
    const std::string_view digits = text[0] == '+' ? std::string_view(text).substr(1) : text;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc{} && end == digits.data() + digits.size()) {
      return {value, {}, {}};
    }
  }
  return {util::to_double(*exact), {}, {}};
}

Scalar mismatch(std::string_view tag, const std::string& text)
{
  return failure("yaml.tag", fmt::format("{} is not a valid {}", util::quote(text),
                                         util::escape_terminal(display_tag(tag))));
}

Scalar resolve_plain(const std::string& text)
{
  if (is_null_word(text)) {
    return {nullptr, {}, {}};
  }
  if (const auto flag = bool_word(text)) {
    return {*flag, {}, {}};
  }
  if (is_decimal_syntax(text) || is_non_finite(text)) {
    return number(text);
  }
  return {text, {}, {}};
}

Scalar resolve_core(std::string_view name, std::string_view tag, const std::string& text)
{
  if (name == "str") {
    return {text, {}, {}};
  }
  if (name == "null") {
    return is_null_word(text) ? Scalar{nullptr, {}, {}} : mismatch(tag, text);
  }
  if (name == "bool") {
    const auto flag = bool_word(text);
    return flag ? Scalar{*flag, {}, {}} : mismatch(tag, text);
  }
  if (name == "int") {
    return is_integer_syntax(text) ? number(text) : mismatch(tag, text);
  }
  if (name == "float") {
    return is_decimal_syntax(text) || is_non_finite(text) ? number(text) : mismatch(tag, text);
  }
  return mismatch(tag, text); // !!map or !!seq on a scalar
}

} // namespace

bool is_null_word(std::string_view text)
{
  return one_of(text, {"", "~", "null", "Null", "NULL"});
}

bool is_supported_tag(std::string_view tag)
{
  if (tag == "?" || tag == "!") {
    return true;
  }
  if (tag.substr(0, k_core_tag_prefix.size()) != k_core_tag_prefix) {
    return false;
  }
  return one_of(tag.substr(k_core_tag_prefix.size()),
                {"str", "int", "float", "bool", "null", "map", "seq"});
}

std::string display_tag(std::string_view tag)
{
  if (tag.substr(0, k_core_tag_prefix.size()) == k_core_tag_prefix) {
    return "!!" + std::string(tag.substr(k_core_tag_prefix.size()));
  }
  return std::string(tag);
}

Scalar resolve_scalar(std::string_view tag, const std::string& text)
{
  if (tag == "?") {
    return resolve_plain(text);
  }
  if (tag == "!") {
    return {text, {}, {}};
  }
  if (!is_supported_tag(tag)) {
    return failure("yaml.tag",
                   fmt::format("YAML tag {} is not supported", util::quote(display_tag(tag))));
  }
  return resolve_core(tag.substr(k_core_tag_prefix.size()), tag, text);
}

} // namespace tenderscore::load::detail
