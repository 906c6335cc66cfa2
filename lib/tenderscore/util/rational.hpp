// SPDX-License-Identifier: MIT
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tenderscore::util {

// Exact arithmetic for everything that decides an award (SPEC §5).
using Integer = boost::multiprecision::cpp_int;
using Rational = boost::multiprecision::cpp_rational;

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
