// SPDX-License-Identifier: MIT
// Attainment banding, positions and ratings worked by hand (SPEC §9 defaults: short of the
// minimum 0, minimum 50, expected 100, stretch 120 and above, linear between).
#include "validate_test_support.hpp"

#include <tenderscore/outcomes/assessment.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using outcomes::Rating;
using test::dec;
using util::Rational;

namespace {

model::Targets targets(int minimum, int expected, int stretch)
{
  model::Targets t;
  t.minimum.value = minimum;
  t.expected.value = expected;
  t.stretch.value = stretch;
  return t;
}

constexpr auto higher = model::Direction::higher;
constexpr auto lower = model::Direction::lower;

} // namespace

TEST_CASE("outcomes::band: higher is better, every segment and the cap")
{
  const model::Targets t = targets(100, 200, 300);
  const model::Banding b; // 50 / 100 / 120
  CHECK(outcomes::band(t, higher, 99, b).value == 0);
  CHECK(outcomes::band(t, higher, 99, b).formula == "99 is short of the minimum 100 → 0");
  CHECK(outcomes::band(t, higher, 100, b).value == 50); // at the minimum
  // 50 + (100 − 50) × (150 − 100) ÷ (200 − 100) = 50 + 25 = 75
  CHECK(outcomes::band(t, higher, 150, b).value == 75);
  CHECK(outcomes::band(t, higher, 150, b).formula ==
        "50 + (100 − 50) × (150 − 100) ÷ (200 − 100) = 75");
  CHECK(outcomes::band(t, higher, 200, b).value == 100); // at expected
  // 100 + (120 − 100) × (250 − 200) ÷ (300 − 200) = 100 + 10 = 110
  CHECK(outcomes::band(t, higher, 250, b).value == 110);
  CHECK(outcomes::band(t, higher, 300, b).value == 120);
  CHECK(outcomes::band(t, higher, 400, b).value == 120); // capped
  CHECK(outcomes::band(t, higher, 400, b).formula ==
        "400 reaches the stretch target 300 → 120 (the cap)");
  // 50 + 50 × (101 − 100) ÷ 100 = 50.5; exact thirds: 50 + 50 × (1/3) = 200/3
  CHECK(outcomes::band(t, higher, 101, b).value == dec("50.5"));
  CHECK(outcomes::band(t, higher, Rational{400, 3}, b).value == Rational{200, 3});
}

TEST_CASE("outcomes::band: lower is better runs the targets downwards")
{
  const model::Targets t = targets(10, 6, 4);
  const model::Banding b;
  CHECK(outcomes::band(t, lower, 11, b).value == 0);
  CHECK(outcomes::band(t, lower, 10, b).value == 50);
  // 50 + 50 × (8 − 10) ÷ (6 − 10) = 50 + 50 × 0.5 = 75
  CHECK(outcomes::band(t, lower, 8, b).value == 75);
  CHECK(outcomes::band(t, lower, 8, b).formula == "50 + (100 − 50) × (8 − 10) ÷ (6 − 10) = 75");
  CHECK(outcomes::band(t, lower, 6, b).value == 100);
  // 100 + 20 × (5 − 6) ÷ (4 − 6) = 100 + 10 = 110
  CHECK(outcomes::band(t, lower, 5, b).value == 110);
  CHECK(outcomes::band(t, lower, 4, b).value == 120);
  CHECK(outcomes::band(t, lower, 1, b).value == 120);
}

TEST_CASE("outcomes::band: a tender's own banding and equal targets")
{
  const model::Banding b{40, 100, 150, {}};
  // 40 + (100 − 40) × 50 ÷ 100 = 70; 100 + (150 − 100) × 50 ÷ 100 = 125
  CHECK(outcomes::band(targets(100, 200, 300), higher, 150, b).value == 70);
  CHECK(outcomes::band(targets(100, 200, 300), higher, 250, b).value == 125);
  CHECK(outcomes::band(targets(100, 200, 300), higher, 300, b).value == 150);
  // minimum = expected: reaching it reaches expected (100), not the minimum's 40.
  CHECK(outcomes::band(targets(200, 200, 300), higher, 200, b).value == 100);
  // expected = stretch: reaching it reaches stretch (150).
  CHECK(outcomes::band(targets(100, 200, 200), higher, 200, b).value == 150);
  CHECK(outcomes::band(targets(100, 200, 200), higher, 199, b).value == dec("99.4"));
}

TEST_CASE("outcomes::position")
{
  // (150 − 100) ÷ (200 − 100) = 0.5; (50 − 100) ÷ 100 = −0.5
  CHECK(outcomes::position(targets(100, 200, 300), higher, 150).value == dec("0.5"));
  CHECK(outcomes::position(targets(100, 200, 300), higher, 50).value == dec("-0.5"));
  CHECK(outcomes::position(targets(100, 200, 300), higher, 50).formula ==
        "(50 − 100) ÷ (200 − 100) = -0.5");
  // lower: (8 − 10) ÷ (6 − 10) = 0.5; (12 − 10) ÷ (6 − 10) = −0.5
  CHECK(outcomes::position(targets(10, 6, 4), lower, 8).value == dec("0.5"));
  CHECK(outcomes::position(targets(10, 6, 4), lower, 12).value == dec("-0.5"));
  // minimum = expected: met → 1; missed by 3 → −1 − 3 = −4
  CHECK(outcomes::position(targets(5, 5, 3), lower, 5).value == 1);
  CHECK(outcomes::position(targets(5, 5, 3), lower, 8).value == -4);
}

TEST_CASE("outcomes::rate: the default boundaries")
{
  const model::RatingRule rule; // good 1, approaching 0, requires improvement −1
  CHECK(outcomes::rate(dec("1"), rule) == Rating::good);
  CHECK(outcomes::rate(dec("2"), rule) == Rating::good);
  CHECK(outcomes::rate(dec("0.999"), rule) == Rating::approaching_target);
  CHECK(outcomes::rate(dec("0"), rule) == Rating::approaching_target);
  CHECK(outcomes::rate(dec("-0.001"), rule) == Rating::requires_improvement);
  CHECK(outcomes::rate(dec("-1"), rule) == Rating::requires_improvement);
  CHECK(outcomes::rate(dec("-1.001"), rule) == Rating::inadequate);
  // A lower-is-better KPI 10 / 6 / 4: 14 is (14 − 10) ÷ (6 − 10) = −1 (requires improvement),
  // 14.5 is −4.5 ÷ 4 = −1.125 (inadequate).
  const model::Targets t = targets(10, 6, 4);
  CHECK(outcomes::rate(outcomes::position(t, lower, 14).value, rule) ==
        Rating::requires_improvement);
  CHECK(outcomes::rate(outcomes::position(t, lower, dec("14.5")).value, rule) ==
        Rating::inadequate);
  // A stricter rule: good only at stretch for 100 / 200 / 300 (position 2).
  const model::RatingRule strict{2, 1, 0, {}};
  CHECK(outcomes::rate(dec("1.5"), strict) == Rating::approaching_target);
  CHECK(outcomes::rate(dec("-0.5"), strict) == Rating::inadequate);
  CHECK(std::string(outcomes::rating_label(Rating::approaching_target)) == "Approaching target");
  CHECK(std::string(outcomes::rating_id(Rating::requires_improvement)) == "requires-improvement");
}
