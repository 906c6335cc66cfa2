// SPDX-License-Identifier: MIT
#include <tenderscore/util/rational.hpp>

#include <doctest/doctest.h>

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
    CHECK(*util::parse_decimal("1e30") == Rational{util::Integer{"1000000000000000000000000000000"}});
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
          Rational{1, util::Integer{"1" + std::string(59, '0')}});
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
  CHECK(util::to_double(Rational{4, util::Integer{"1" + std::string(60, '0')}}) == 4e-60);
  // (the literals are rounded correctly by the compiler: they are the expected doubles)
  CHECK(util::to_double(Rational{1, util::Integer{"3" + std::string(35, '0')}}) ==
        3.33333333333333333333333333333333e-36);
  CHECK(util::to_double(Rational{util::Integer{"1" + std::string(300, '0')}, 7}) ==
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
