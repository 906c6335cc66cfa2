// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::util {

class BigRational; // Boost.Multiprecision's cpp_rational, in util/rational_big.hpp

// An exact rational number for everything that decides an award (SPEC §5 of the product).
//
// A value whose numerator and denominator fit in 64 bits is held as two integers and computed
// with overflow-checked 64- and 128-bit arithmetic (the fast path); any other value is held as
// an arbitrary-precision Boost.Multiprecision rational (the exact path). Every operation whose
// result fits is stored in the fast form, so the representation never changes a result: values
// compare, print and hash the same whichever path produced them. The operators are defined in
// rational.cpp so that including this header does not parse Boost.Multiprecision.
class Rational
{
public:
  Rational() noexcept = default;

  /// Make the integer `value`.
  template <std::integral T>
  Rational(T value) // NOLINT(google-explicit-constructor): integers are rationals
  {
    if constexpr (std::is_signed_v<T>) {
      if (static_cast<std::int64_t>(value) == INT64_MIN) {
        set_min_int64();
      } else {
        m_num = static_cast<std::int64_t>(value);
      }
    } else if (static_cast<std::uint64_t>(value) <= static_cast<std::uint64_t>(INT64_MAX)) {
      m_num = static_cast<std::int64_t>(value);
    } else {
      set_unsigned(static_cast<std::uint64_t>(value));
    }
  }

  /// Make `numerator` ÷ `denominator` in lowest terms; a zero `denominator` throws
  /// std::overflow_error (as Boost.Multiprecision does).
  template <std::integral N, std::integral D>
  Rational(N numerator, D denominator)
      : Rational(Rational(numerator) / Rational(denominator))
  {
  }

  Rational(const Rational& other);
  Rational(Rational&& other) noexcept;
  Rational& operator=(const Rational& other);
  Rational& operator=(Rational&& other) noexcept;
  ~Rational();

  /// Return the arbitrary-precision form (defined in util/rational_big.hpp's translation unit).
  BigRational big() const;
  /// Make a rational from the arbitrary-precision `value`, in the fast form when it fits.
  static Rational from_big(const BigRational& value);

  /// Return whether the value is held in the 64-bit fast form.
  bool is_small() const { return !m_big; }
  /// Return whether the value is a whole number.
  bool is_integer() const;
  /// Return -1, 0 or 1.
  int sign() const;
  /// Return the value when it is a whole number that fits in 64 bits, else nullopt.
  std::optional<std::int64_t> to_int64() const;
  /// Return the numerator and denominator of the fast form; requires is_small().
  std::int64_t small_numerator() const { return m_num; }
  std::int64_t small_denominator() const { return m_den; }

  Rational operator-() const;
  Rational& operator+=(const Rational& other);
  Rational& operator-=(const Rational& other);
  Rational& operator*=(const Rational& other);
  /// Divide by `other`; dividing by zero throws std::overflow_error.
  Rational& operator/=(const Rational& other);

  friend Rational operator+(const Rational& a, const Rational& b);
  friend Rational operator-(const Rational& a, const Rational& b);
  friend Rational operator*(const Rational& a, const Rational& b);
  friend Rational operator/(const Rational& a, const Rational& b);
  friend bool operator==(const Rational& a, const Rational& b);
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

private:
  friend struct RationalAccess; // rational.cpp's arithmetic
  void set_unsigned(std::uint64_t value);
  void set_min_int64();

  // Fast form: m_num / m_den in lowest terms, m_den > 0; used when m_big is null.
  std::int64_t m_num = 0;
  std::int64_t m_den = 1;
  // Exact form, shared and never modified once made (copies are cheap).
  std::shared_ptr<const BigRational> m_big;
};

/// Return the absolute value of `value`.
Rational abs(const Rational& value);

/// Make every Rational result that follows on this thread take the arbitrary-precision path,
/// while the object lives (for tests proving that the fast path equals the exact path).
class ForceExactPath
{
public:
  ForceExactPath();
  ~ForceExactPath();
  ForceExactPath(const ForceExactPath&) = delete;
  ForceExactPath& operator=(const ForceExactPath&) = delete;

private:
  bool m_previous;
};

/// Return the exact value of the finite double `value` (every double is a binary fraction).
Rational from_double(double value);

/// Parse the plain decimal `text` (sign, digits, optional fraction, optional exponent of at
/// most 30 in magnitude, at most 40 significant digits) exactly; nullopt if it is not one.
std::optional<Rational> parse_decimal(std::string_view text);

/// Round `value` half away from zero to `places` decimals and format it, e.g. "87.60".
std::string format_fixed(const Rational& value, int places);

/// Format `value` in the shortest exact decimal if it has at most 9 decimals, else rounded to
/// 6 decimals with a trailing "…"; used in messages and formulas ("25", "0.8", "16.666667…").
std::string format_short(const Rational& value);

/// Format `value` exactly as "n" or "n/d".
std::string format_exact(const Rational& value);

/// Return the double nearest to `value`.
double to_double(const Rational& value);

/// Return the exact median of `values` (mean of the two middle values for an even count); the
/// vector is reordered. Requires a non-empty vector.
Rational median(std::vector<Rational>& values);

/// Return the arithmetic mean of `values`. Requires a non-empty vector.
Rational mean(const std::vector<Rational>& values);

} // namespace tenderscore::util
