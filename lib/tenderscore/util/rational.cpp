// SPDX-License-Identifier: MIT
// util::Rational: the 64-bit fast path with overflow-checked 128-bit intermediates, and the
// Boost.Multiprecision exact path it falls back to.
#include <tenderscore/util/rational_big.hpp>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <vector>

namespace tenderscore::util {

namespace {

__extension__ using i128 = __int128;
__extension__ using u128 = unsigned __int128;
using Big = boost::multiprecision::cpp_rational;

constexpr std::int64_t k_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t k_max = std::numeric_limits<std::int64_t>::max();

thread_local bool t_force_exact = false;

constexpr int k_max_exponent = 30;
constexpr std::size_t k_max_digits = 40;         // significant digits
constexpr std::size_t k_max_written_digits = 60; // with leading and trailing zeros

u128 gcd128(u128 a, u128 b)
{
  while ((a >> 64) != 0 || (b >> 64) != 0) {
    if (b == 0) {
      return a;
    }
    const u128 rest = a % b;
    a = b;
    b = rest;
  }
  return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
}

u128 magnitude(i128 value)
{
  return value < 0 ? static_cast<u128>(0) - static_cast<u128>(value) : static_cast<u128>(value);
}

// The fast form holds numerators in (k_min, k_max], so that negation never overflows.
bool fits(i128 value)
{
  return value > k_min && value <= k_max;
}

Integer to_integer(i128 value)
{
  const u128 m = magnitude(value);
  Integer result = static_cast<std::uint64_t>(m >> 64);
  result <<= 64;
  result += static_cast<std::uint64_t>(m);
  return value < 0 ? Integer{-result} : result;
}

Integer pow10(int exponent)
{
  Integer result = 1;
  for (int i = 0; i < exponent; ++i) {
    result *= 10;
  }
  return result;
}

u128 pow10_small(int exponent)
{
  u128 result = 1;
  for (int i = 0; i < exponent; ++i) {
    result *= 10;
  }
  return result;
}

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

std::string to_decimal(u128 value)
{
  if (value == 0) {
    return "0";
  }
  std::string digits;
  while (value != 0) {
    digits += static_cast<char>('0' + static_cast<int>(value % 10));
    value /= 10;
  }
  std::reverse(digits.begin(), digits.end());
  return digits;
}

std::string with_point(std::string digits, int places)
{
  if (places == 0) {
    return digits;
  }
  const auto width = static_cast<std::size_t>(places);
  if (digits.size() <= width) {
    digits = std::string(width - digits.size() + 1, '0') + digits;
  }
  return digits.substr(0, digits.size() - width) + "." + digits.substr(digits.size() - width);
}

// Round the non-negative `value` to an integer multiple of 10^-places, half away from zero.
Integer scaled_round(const Big& value, int places)
{
  const Big scaled = value * pow10(places);
  const Integer num = boost::multiprecision::numerator(scaled);
  const Integer den = boost::multiprecision::denominator(scaled);
  Integer quotient = num / den;
  const Integer remainder = num % den;
  if (remainder * 2 >= den) {
    ++quotient;
  }
  return quotient;
}

} // namespace

// The arbitrary-precision value of `r`, as Boost's own type (whose operators are unambiguous).
namespace {
Big exact(const Rational& r)
{
  return r.big();
}
} // namespace

// Friend of Rational: builds values in either form.
struct RationalAccess
{
  // Make n ÷ d (d ≠ 0) in lowest terms, in the fast form when it fits.
  static Rational make(i128 n, i128 d)
  {
    if (d < 0) {
      n = -n;
      d = -d;
    }
    const u128 g = gcd128(magnitude(n), static_cast<u128>(d));
    if (g > 1) {
      n /= static_cast<i128>(g);
      d /= static_cast<i128>(g);
    }
    Rational result;
    if (fits(n) && fits(d) && !t_force_exact) {
      result.m_num = static_cast<std::int64_t>(n);
      result.m_den = static_cast<std::int64_t>(d);
    } else {
      result.m_big = std::make_shared<const BigRational>(Big{to_integer(n), to_integer(d)});
    }
    return result;
  }

  static bool both_small(const Rational& a, const Rational& b)
  {
    return !a.m_big && !b.m_big && !t_force_exact;
  }
  static i128 num(const Rational& r) { return r.m_num; }
  static i128 den(const Rational& r) { return r.m_den; }
};

// ---- construction, copying and the two forms

Rational::Rational(const Rational& other) = default;
Rational::Rational(Rational&& other) noexcept = default;
Rational& Rational::operator=(const Rational& other) = default;
Rational& Rational::operator=(Rational&& other) noexcept = default;
Rational::~Rational() = default;

void Rational::set_unsigned(std::uint64_t value)
{
  m_big = std::make_shared<const BigRational>(Big{Integer{value}});
}

void Rational::set_min_int64()
{
  m_big = std::make_shared<const BigRational>(Big{Integer{k_min}});
}

BigRational Rational::big() const
{
  if (m_big) {
    return *m_big;
  }
  return Big{Integer{m_num}, Integer{m_den}};
}

Rational Rational::from_big(const BigRational& value)
{
  const Integer& num = boost::multiprecision::numerator(value);
  const Integer& den = boost::multiprecision::denominator(value);
  Rational result;
  if (!t_force_exact && num > k_min && num <= k_max && den <= k_max) {
    result.m_num = num.convert_to<std::int64_t>();
    result.m_den = den.convert_to<std::int64_t>();
  } else {
    result.m_big = std::make_shared<const BigRational>(value);
  }
  return result;
}

bool Rational::is_integer() const
{
  return m_big ? boost::multiprecision::denominator(*m_big) == 1 : m_den == 1;
}

int Rational::sign() const
{
  if (m_big) {
    return m_big->sign();
  }
  return m_num < 0 ? -1 : (m_num > 0 ? 1 : 0);
}

std::optional<std::int64_t> Rational::to_int64() const
{
  if (!m_big) {
    return m_den == 1 ? std::optional<std::int64_t>(m_num) : std::nullopt;
  }
  if (boost::multiprecision::denominator(*m_big) != 1) {
    return std::nullopt;
  }
  const Integer& n = boost::multiprecision::numerator(*m_big);
  if (n < k_min || n > k_max) {
    return std::nullopt;
  }
  return n.convert_to<std::int64_t>();
}

// ---- arithmetic

Rational Rational::operator-() const
{
  if (!m_big && !t_force_exact) {
    Rational result;
    result.m_num = -m_num;
    result.m_den = m_den;
    return result;
  }
  return from_big(Big{-exact(*this)});
}

Rational operator+(const Rational& a, const Rational& b)
{
  using A = RationalAccess;
  if (A::both_small(a, b)) {
    if (a.m_den == b.m_den) {
      return A::make(A::num(a) + A::num(b), A::den(a));
    }
    return A::make(A::num(a) * A::den(b) + A::num(b) * A::den(a), A::den(a) * A::den(b));
  }
  return Rational::from_big(Big{exact(a) + exact(b)});
}

Rational operator-(const Rational& a, const Rational& b)
{
  using A = RationalAccess;
  if (A::both_small(a, b)) {
    if (a.m_den == b.m_den) {
      return A::make(A::num(a) - A::num(b), A::den(a));
    }
    return A::make(A::num(a) * A::den(b) - A::num(b) * A::den(a), A::den(a) * A::den(b));
  }
  return Rational::from_big(Big{exact(a) - exact(b)});
}

Rational operator*(const Rational& a, const Rational& b)
{
  using A = RationalAccess;
  if (A::both_small(a, b)) {
    return A::make(A::num(a) * A::num(b), A::den(a) * A::den(b));
  }
  return Rational::from_big(Big{exact(a) * exact(b)});
}

Rational operator/(const Rational& a, const Rational& b)
{
  using A = RationalAccess;
  if (b.sign() == 0) {
    throw std::overflow_error("Rational: division by zero");
  }
  if (A::both_small(a, b)) {
    return A::make(A::num(a) * A::den(b), A::den(a) * A::num(b));
  }
  return Rational::from_big(Big{exact(a) / exact(b)});
}

Rational& Rational::operator+=(const Rational& other)
{
  return *this = *this + other;
}

Rational& Rational::operator-=(const Rational& other)
{
  return *this = *this - other;
}

Rational& Rational::operator*=(const Rational& other)
{
  return *this = *this * other;
}

Rational& Rational::operator/=(const Rational& other)
{
  return *this = *this / other;
}

bool operator==(const Rational& a, const Rational& b)
{
  if (!a.m_big && !b.m_big) {
    return a.m_num == b.m_num && a.m_den == b.m_den;
  }
  return exact(a) == exact(b);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b)
{
  if (!a.m_big && !b.m_big) {
    using A = RationalAccess;
    const i128 left = A::num(a) * A::den(b);
    const i128 right = A::num(b) * A::den(a);
    return left < right
               ? std::strong_ordering::less
               : (left > right ? std::strong_ordering::greater : std::strong_ordering::equal);
  }
  const int c = exact(a).compare(exact(b));
  return c < 0 ? std::strong_ordering::less
               : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

Rational abs(const Rational& value)
{
  return value.sign() < 0 ? -value : value;
}

ForceExactPath::ForceExactPath()
    : m_previous(t_force_exact)
{
  t_force_exact = true;
}

ForceExactPath::~ForceExactPath()
{
  t_force_exact = m_previous;
}

Integer numerator(const Rational& value)
{
  return value.is_small() ? Integer{value.small_numerator()}
                          : Integer{boost::multiprecision::numerator(value.big())};
}

Integer denominator(const Rational& value)
{
  return value.is_small() ? Integer{value.small_denominator()}
                          : Integer{boost::multiprecision::denominator(value.big())};
}

Rational make_rational(const Integer& numerator, const Integer& denominator)
{
  if (denominator == 0) {
    throw std::overflow_error("Rational: division by zero");
  }
  return Rational::from_big(Big{numerator, denominator});
}

// ---- parsing and formatting

Rational from_double(double value)
{
  return Rational::from_big(Big{value});
}

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
  const std::string significant =
      first == std::string::npos ? std::string("0") : digits.substr(first);
  const int shift = exponent - fraction_digits;
  if (significant.size() <= 18 && shift >= -18 && shift <= 18) {
    // Fast path: at most 18 digits and a power of ten up to 10^18 fit in 128 bits.
    i128 value = 0;
    for (const char c : significant) {
      value = value * 10 + (c - '0');
    }
    if (negative) {
      value = -value;
    }
    const auto scale = static_cast<i128>(pow10_small(shift < 0 ? -shift : shift));
    return shift >= 0 ? RationalAccess::make(value * scale, 1) : RationalAccess::make(value, scale);
  }
  // Leading zeros must go: Boost reads a digit string that starts with 0 as octal.
  Big value{Integer{significant}};
  if (shift > 0) {
    value *= pow10(shift);
  } else if (shift < 0) {
    value /= pow10(-shift);
  }
  return Rational::from_big(negative ? Big{-value} : value);
}

std::string format_fixed(const Rational& value, int places)
{
  const bool negative = value.sign() < 0;
  if (value.is_small() && places >= 0 && places <= 18) {
    // |n| < 2^63 and 10^18 < 2^60: the scaled numerator fits in 128 bits.
    const u128 scaled = magnitude(value.small_numerator()) * pow10_small(places);
    const auto den = static_cast<u128>(value.small_denominator());
    u128 quotient = scaled / den;
    if ((scaled % den) * 2 >= den) {
      ++quotient;
    }
    const std::string text = with_point(to_decimal(quotient), places);
    return negative && quotient != 0 ? "-" + text : text;
  }
  const Big big = value.big();
  const Integer scaled = scaled_round(negative ? Big{-big} : big, places);
  const std::string text = with_point(scaled.str(), places);
  return negative && scaled != 0 ? "-" + text : text;
}

std::string format_short(const Rational& value)
{
  if (value.is_small()) {
    // n/d has a terminating decimal of p places when d = 2^a × 5^b, p = max(a, b).
    std::int64_t den = value.small_denominator();
    int twos = 0;
    int fives = 0;
    while (den % 2 == 0) {
      den /= 2;
      ++twos;
    }
    while (den % 5 == 0) {
      den /= 5;
      ++fives;
    }
    const int places = std::max(twos, fives);
    if (den == 1 && places <= 9) {
      return format_fixed(value, places);
    }
    return format_fixed(value, 6) + "…";
  }
  const Big big = value.big();
  for (int places = 0; places <= 9; ++places) {
    const Big scaled = big * pow10(places);
    if (boost::multiprecision::denominator(scaled) == 1) {
      return format_fixed(value, places);
    }
  }
  return format_fixed(value, 6) + "…";
}

std::string format_exact(const Rational& value)
{
  if (value.is_small()) {
    std::string text = std::to_string(value.small_numerator());
    if (value.small_denominator() != 1) {
      text += "/" + std::to_string(value.small_denominator());
    }
    return text;
  }
  const Big big = value.big();
  const Integer den = boost::multiprecision::denominator(big);
  std::string text = boost::multiprecision::numerator(big).str();
  if (den != 1) {
    text += "/" + den.str();
  }
  return text;
}

double to_double(const Rational& value)
{
  if (value.sign() == 0) {
    return 0.0;
  }
  constexpr std::int64_t k_exact_double = std::int64_t{1} << 53;
  if (value.is_small() && value.small_numerator() <= k_exact_double &&
      value.small_numerator() >= -k_exact_double && value.small_denominator() <= k_exact_double) {
    // Both are exact doubles, so IEEE division rounds the quotient correctly.
    return static_cast<double>(value.small_numerator()) /
           static_cast<double>(value.small_denominator());
  }
  // q = floor(|value| × 10^shift) with at least 40 significant digits, plus a sticky digit for
  // any remainder, makes strtod's single rounding the correct one at every magnitude.
  const bool negative = value.sign() < 0;
  const Big big = value.big();
  const Integer num = boost::multiprecision::abs(boost::multiprecision::numerator(big));
  const Integer den = boost::multiprecision::denominator(big);
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
