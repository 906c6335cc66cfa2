// SPDX-License-Identifier: MIT
#include <tenderscore/util/rational.hpp>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tenderscore::util {

namespace {

constexpr int k_max_exponent = 30;
constexpr std::size_t k_max_digits = 40;         // significant digits
constexpr std::size_t k_max_written_digits = 60; // with leading and trailing zeros

Integer pow10(int exponent)
{
  Integer result = 1;
  for (int i = 0; i < exponent; ++i) {
    result *= 10;
  }
  return result;
}

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

// Round the non-negative `value` to an integer multiple of 10^-places, half away from zero.
Integer scaled_round(const Rational& value, int places)
{
  const Integer scale = pow10(places);
  const Rational scaled = value * scale;
  const Integer num = boost::multiprecision::numerator(scaled);
  const Integer den = boost::multiprecision::denominator(scaled);
  Integer quotient = num / den;
  const Integer remainder = num % den;
  if (remainder * 2 >= den) {
    ++quotient;
  }
  return quotient;
}

std::string with_point(const Integer& scaled, int places)
{
  std::string digits = scaled.str();
  if (places == 0) {
    return digits;
  }
  const auto width = static_cast<std::size_t>(places);
  if (digits.size() <= width) {
    digits = std::string(width - digits.size() + 1, '0') + digits;
  }
  return digits.substr(0, digits.size() - width) + "." + digits.substr(digits.size() - width);
}

} // namespace

std::optional<Rational> parse_decimal(std::string_view text)
{
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
    negative = text[i] == '-';
    ++i;
  }
  std::string digits;
  int fraction_digits = 0;
  bool seen_digit = false;
  while (i < text.size() && is_digit(text[i])) {
    digits += text[i++];
    seen_digit = true;
  }
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && is_digit(text[i])) {
      digits += text[i++];
      ++fraction_digits;
      seen_digit = true;
    }
  }
  if (!seen_digit) {
    return std::nullopt;
  }
  int exponent = 0;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      exp_negative = text[i] == '-';
      ++i;
    }
    if (i >= text.size() || !is_digit(text[i])) {
      return std::nullopt;
    }
    while (i < text.size() && is_digit(text[i])) {
      exponent = exponent * 10 + (text[i++] - '0');
      if (exponent > k_max_exponent) {
        return std::nullopt;
      }
    }
    if (exp_negative) {
      exponent = -exponent;
    }
  }
  if (i != text.size()) {
    return std::nullopt;
  }
  const auto first = digits.find_first_not_of('0');
  if (digits.size() > k_max_written_digits ||
      (first != std::string::npos && digits.size() - first > k_max_digits)) {
    return std::nullopt;
  }
  // Leading zeros must go: Boost reads a digit string that starts with 0 as octal.
  Rational value{Integer{first == std::string::npos ? std::string("0") : digits.substr(first)}};
  const int shift = exponent - fraction_digits;
  if (shift > 0) {
    value *= pow10(shift);
  } else if (shift < 0) {
    value /= pow10(-shift);
  }
  return negative ? Rational{-value} : value;
}

std::string format_fixed(const Rational& value, int places)
{
  const bool negative = value < 0;
  const Integer scaled = scaled_round(negative ? Rational{-value} : value, places);
  const std::string text = with_point(scaled, places);
  return negative && scaled != 0 ? "-" + text : text;
}

std::string format_short(const Rational& value)
{
  for (int places = 0; places <= 9; ++places) {
    const Rational scaled = value * pow10(places);
    if (boost::multiprecision::denominator(scaled) == 1) {
      return format_fixed(value, places);
    }
  }
  return format_fixed(value, 6) + "…";
}

std::string format_exact(const Rational& value)
{
  const Integer den = boost::multiprecision::denominator(value);
  std::string text = boost::multiprecision::numerator(value).str();
  if (den != 1) {
    text += "/" + den.str();
  }
  return text;
}

double to_double(const Rational& value)
{
  if (value == 0) {
    return 0.0;
  }
  // q = floor(|value| × 10^shift) with at least 40 significant digits, plus a sticky digit for
  // any remainder, makes strtod's single rounding the correct one at every magnitude.
  const bool negative = value < 0;
  const Integer num = boost::multiprecision::abs(boost::multiprecision::numerator(value));
  const Integer den = boost::multiprecision::denominator(value);
  const auto length = [](const Integer& n) { return static_cast<long>(n.str().size()); };
  const long shift = 41 - (length(num) - length(den));
  Integer scaled_num = num;
  Integer scaled_den = den;
  if (shift > 0) {
    scaled_num *= boost::multiprecision::pow(Integer{10}, static_cast<unsigned>(shift));
  } else if (shift < 0) {
    scaled_den *= boost::multiprecision::pow(Integer{10}, static_cast<unsigned>(-shift));
  }
  const Integer quotient = scaled_num / scaled_den;
  const bool inexact = scaled_num % scaled_den != 0;
  const std::string text = (negative ? "-" : "") + quotient.str() + (inexact ? "1" : "0") + "e" +
                           std::to_string(-shift - 1);
  return std::strtod(text.c_str(), nullptr);
}

Rational median(std::vector<Rational>& values)
{
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  if (n % 2 == 1) {
    return values[n / 2];
  }
  return (values[n / 2 - 1] + values[n / 2]) / 2;
}

Rational mean(const std::vector<Rational>& values)
{
  Rational sum = 0;
  for (const auto& v : values) {
    sum += v;
  }
  return sum / static_cast<long>(values.size());
}

} // namespace tenderscore::util
