// SPDX-License-Identifier: MIT
// The arbitrary-precision side of util::Rational, for the few places that need a numerator or
// denominator of any size. Including this header parses Boost.Multiprecision: keep it out of
// headers and out of code that only computes with Rational.
#pragma once

#include <tenderscore/util/rational.hpp>

#include <boost/multiprecision/cpp_int.hpp>

namespace tenderscore::util {

using Integer = boost::multiprecision::cpp_int;

class BigRational : public boost::multiprecision::cpp_rational
{
public:
  using boost::multiprecision::cpp_rational::cpp_rational;
  BigRational(const boost::multiprecision::cpp_rational& value) // NOLINT: the same value
      : boost::multiprecision::cpp_rational(value)
  {
  }
};

/// Return the numerator of `value` in lowest terms (its sign is the value's).
Integer numerator(const Rational& value);

/// Return the (positive) denominator of `value` in lowest terms.
Integer denominator(const Rational& value);

/// Make `numerator` ÷ `denominator` of any size; a zero `denominator` throws.
Rational make_rational(const Integer& numerator, const Integer& denominator = 1);

} // namespace tenderscore::util
