// SPDX-License-Identifier: MIT
#include <tenderscore/util/rational_big.hpp>

#include <doctest/doctest.h>

#include <random>
#include <stdexcept>

using tenderscore::util::Rational;
namespace util = tenderscore::util;

TEST_CASE("util::parse_decimal")
{
  SUBCASE("integers and decimals are exact")
  {
    CHECK(*util::parse_decimal("47200000") == Rational{47200000});
    CHECK(*util::parse_decimal("0.1") == Rational{1, 10});
    CHECK(*util::parse_decimal("-2.50") == Rational{-5, 2});
    CHECK(*util::parse_decimal("+3") == Rational{3});
    CHECK(*util::parse_decimal(".5") == Rational{1, 2});
    CHECK(*util::parse_decimal("5.") == Rational{5});
  }
  SUBCASE("leading zeros are decimal, never octal")
  {
    CHECK(*util::parse_decimal("0.25") == Rational{1, 4});
    CHECK(*util::parse_decimal("0.8") == Rational{4, 5});
    CHECK(*util::parse_decimal("0.09") == Rational{9, 100});
    CHECK(*util::parse_decimal("0.10") == Rational{1, 10});
    CHECK(*util::parse_decimal("010") == Rational{10});
    CHECK(*util::parse_decimal("0.001") == Rational{1, 1000});
    CHECK(*util::parse_decimal("0") == Rational{0});
    CHECK(*util::parse_decimal("0.0") == Rational{0});
  }
  SUBCASE("exponents")
  {
    CHECK(*util::parse_decimal("1e3") == Rational{1000});
    CHECK(*util::parse_decimal("2.5E-2") == Rational{1, 40});
    CHECK(*util::parse_decimal("1e30") ==
          util::make_rational(util::Integer{"1000000000000000000000000000000"}));
  }
  SUBCASE("rejected")
  {
    CHECK_FALSE(util::parse_decimal(""));
    CHECK_FALSE(util::parse_decimal("-"));
    CHECK_FALSE(util::parse_decimal("1e309"));
    CHECK_FALSE(util::parse_decimal("0x1F"));
    CHECK_FALSE(util::parse_decimal("1_000"));
    CHECK_FALSE(util::parse_decimal(".nan"));
    CHECK_FALSE(util::parse_decimal("1e"));
    CHECK_FALSE(util::parse_decimal("12a"));
    CHECK_FALSE(util::parse_decimal("1234567890123456789012345678901234567890123"));
    // Long runs of zeros would make exact scaling slow: 60 written digits at most.
    CHECK_FALSE(util::parse_decimal("0." + std::string(20000, '0') + "1"));
    CHECK_FALSE(util::parse_decimal(std::string(61, '0')));
    CHECK(*util::parse_decimal("0." + std::string(58, '0') + "1") ==
          util::make_rational(1, util::Integer{"1" + std::string(59, '0')}));
  }
}

TEST_CASE("util::format_fixed")
{
  CHECK(util::format_fixed(Rational{876, 10}, 2) == "87.60");
  CHECK(util::format_fixed(Rational{2, 3}, 2) == "0.67");
  CHECK(util::format_fixed(Rational{1, 200}, 2) == "0.01"); // 0.005 rounds half away from zero
  CHECK(util::format_fixed(Rational{-1, 200}, 2) == "-0.01");
  CHECK(util::format_fixed(Rational{-1, 1000}, 2) == "0.00");
  CHECK(util::format_fixed(Rational{40}, 0) == "40");
}

TEST_CASE("util::format_short")
{
  CHECK(util::format_short(Rational{25}) == "25");
  CHECK(util::format_short(Rational{4, 5}) == "0.8");
  CHECK(util::format_short(Rational{50, 3}) == "16.666667…");
}

TEST_CASE("util::format_exact")
{
  CHECK(util::format_exact(Rational{263, 3}) == "263/3");
  CHECK(util::format_exact(Rational{-4}) == "-4");
}

TEST_CASE("util::to_double")
{
  CHECK(util::to_double(Rational{876, 10}) == 87.6);
  CHECK(util::to_double(Rational{1, 3}) == 1.0 / 3.0);
  CHECK(util::to_double(Rational{-2, 3}) == -2.0 / 3.0);
  CHECK(util::to_double(Rational{0}) == 0.0);
  CHECK(util::to_double(Rational{47200000}) == 47200000.0);
  // Tiny and huge magnitudes keep 40 significant digits: 4 × 10^-60 and (1/3) × 10^-35.
  CHECK(util::to_double(util::make_rational(4, util::Integer{"1" + std::string(60, '0')})) ==
        4e-60);
  // (the literals are rounded correctly by the compiler: they are the expected doubles)
  CHECK(util::to_double(util::make_rational(1, util::Integer{"3" + std::string(35, '0')})) ==
        3.33333333333333333333333333333333e-36);
  CHECK(util::to_double(util::make_rational(util::Integer{"1" + std::string(300, '0')}, 7)) ==
        1.42857142857142857142857142857142857e299);
}

TEST_CASE("util::median")
{
  std::vector<Rational> odd{Rational{4}, Rational{1}, Rational{3}};
  CHECK(util::median(odd) == Rational{3});
  // even count: mean of the middle two, (3 + 4) / 2 = 7/2, not an estimate
  std::vector<Rational> even{Rational{4}, Rational{1}, Rational{3}, Rational{5}};
  CHECK(util::median(even) == Rational{7, 2});
}

TEST_CASE("util::mean")
{
  // (4 + 4 + 3) / 3 = 11/3
  CHECK(util::mean({Rational{4}, Rational{4}, Rational{3}}) == Rational{11, 3});
}

namespace {

using Big = boost::multiprecision::cpp_rational;

// A reproducible stream of rationals whose parts range over every magnitude the fast path
// handles: small, near 2^31, near 2^62 and at the 64-bit limits (so that sums, products and
// cross-multiplications overflow 64 bits and must fall back to the exact path).
class RationalSource
{
public:
  explicit RationalSource(std::uint64_t seed)
      : m_engine(seed)
  {
  }

  std::int64_t part(bool positive)
  {
    static constexpr std::int64_t k_magnitudes[] = {10, 1000, 1LL << 31, 1LL << 62, INT64_MAX};
    const std::uint64_t pick = m_engine();
    const auto bound = static_cast<std::uint64_t>(k_magnitudes[pick % 5]);
    auto value = static_cast<std::int64_t>((m_engine() % bound) + 1);
    if (pick % 17 == 0) {
      value = INT64_MAX - static_cast<std::int64_t>(pick % 3);
    }
    return positive || (pick >> 8) % 2 == 0 ? value : -value;
  }

  Rational next()
  {
    if (m_engine() % 9 == 0) {
      return Rational{0};
    }
    if (m_engine() % 13 == 0) { // beyond 64 bits: the exact form from the start
      return util::make_rational(util::Integer{part(false)} * part(true), part(true));
    }
    return Rational{part(false), part(true)};
  }

private:
  std::mt19937_64 m_engine;
};

Big exact(const Rational& value)
{
  return value.big();
}

// The canonical form: a value whose parts fit in 64 bits is always held in the fast form.
bool canonical(const Rational& value)
{
  const Big big = exact(value);
  const bool fits = boost::multiprecision::numerator(big) > INT64_MIN &&
                    boost::multiprecision::numerator(big) <= INT64_MAX &&
                    boost::multiprecision::denominator(big) <= INT64_MAX;
  return value.is_small() == fits;
}

} // namespace

TEST_CASE("util::Rational fast path equals exact path")
{
  // Every operation on 20,000 seeded pairs against Boost's cpp_rational computed directly;
  // formatting compared with the same value forced onto the exact path.
  RationalSource source(20261207);
  for (int i = 0; i < 20000; ++i) {
    const Rational a = source.next();
    const Rational b = source.next();
    CAPTURE(util::format_exact(a));
    CAPTURE(util::format_exact(b));
    const Big x = exact(a);
    const Big y = exact(b);
    CHECK(exact(a + b) == Big{x + y});
    CHECK(exact(a - b) == Big{x - y});
    CHECK(exact(a * b) == Big{x * y});
    CHECK(exact(-a) == Big{-x});
    if (b.sign() != 0) {
      CHECK(exact(a / b) == Big{x / y});
      CHECK(canonical(a / b));
    } else {
      CHECK_THROWS_AS(a / b, std::overflow_error);
    }
    CHECK((a < b) == (x < y));
    CHECK((a == b) == (x == y));
    CHECK(((a <=> b) == 0) == (x == y));
    CHECK(canonical(a + b));
    CHECK(canonical(a * b));
    CHECK(a.is_integer() == (boost::multiprecision::denominator(x) == 1));

    Rational forced;
    {
      const util::ForceExactPath exact_path;
      forced = a + Rational{0};
    }
    CHECK_FALSE(forced.is_small());
    CHECK(forced == a);
    CHECK(util::format_short(a) == util::format_short(forced));
    CHECK(util::format_fixed(a, 2) == util::format_fixed(forced, 2));
    CHECK(util::format_fixed(a, 18) == util::format_fixed(forced, 18));
    CHECK(util::format_exact(a) == util::format_exact(forced));
    CHECK(util::to_double(a) == util::to_double(forced));
  }
}

TEST_CASE("util::Rational at the 64-bit limits")
{
  // INT64_MIN has no 64-bit negation, so it is held in the exact form; its negation is 2^63.
  const Rational min{INT64_MIN};
  CHECK_FALSE(min.is_small());
  CHECK(util::format_exact(-min) == "9223372036854775808");
  // (2^63 - 1) + 1 = 2^63 leaves the fast form; subtracting 1 brings it back.
  const Rational max{INT64_MAX};
  CHECK(max.is_small());
  const Rational over = max + 1;
  CHECK_FALSE(over.is_small());
  CHECK(util::format_exact(over) == "9223372036854775808");
  CHECK((over - 1).is_small());
  CHECK(over - 1 == max);
  // 1/(2^63 - 1) × 1/2 = 1/(2^64 - 2): the denominator no longer fits.
  CHECK(util::format_exact(Rational{1, INT64_MAX} * Rational{1, 2}) == "1/18446744073709551614");
  CHECK(Rational{std::uint64_t{18446744073709551615ULL}} ==
        util::make_rational(util::Integer{"18446744073709551615"}));
  CHECK(Rational{6, -4} == Rational{-3, 2});
  CHECK(util::format_exact(Rational{6, -4}) == "-3/2");
}
