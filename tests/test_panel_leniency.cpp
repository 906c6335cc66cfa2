// SPDX-License-Identifier: MIT
#include <tenderscore/panel/worksheet.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

namespace panel = tenderscore::panel;
namespace model = tenderscore::model;
namespace st = tenderscore::score::test;
using tenderscore::util::Rational;

namespace {

const panel::Leniency& leniency_of(const panel::Worksheet& sheet, const std::string& evaluator)
{
  for (const auto& l : sheet.leniency) {
    if (l.evaluator == evaluator) {
      return l;
    }
  }
  FAIL("no leniency for " << evaluator);
  throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("panel::evaluator_leniency")
{
  // One question, four bids, panel ev-a, ev-b, ev-c, ev-d. Leave-one-out deviations by hand:
  //   B1: a 4, b 3, c 2   d_a = 4 − (3+2)/2 = 1.5   d_b = 3 − (4+2)/2 = 0   d_c = 2 − 3.5 = −1.5
  //   B2: a 5, b 3, c 4   d_a = 5 − 3.5 = 1.5       d_b = 3 − 4.5 = −1.5    d_c = 4 − 4 = 0
  //   B3: a 3, b 3, (c 0: conflicted, not used)     d_a = 3 − 3 = 0         d_b = 0
  //   B4: a 4 only: one used score, nothing to compare with
  //   ev-d scores nothing.
  // a: d = 1.5, 1.5, 0 → mean 1 (lenient); sample variance ((0.5² + 0.5² + 1²) / 2) = 0.75
  //    (Boost's population variance is 1.5 / 3 = 0.5; × 3/2 = 0.75); sd = √0.75
  // b: d = 0, −1.5, 0 → mean −0.5, exactly the threshold (severe); variance 1.5 / 2 = 0.75
  // c: d = −1.5, 0 → mean −0.75 (severe); variance (0.75² + 0.75²) / 1 = 1.125
  model::Tender t = st::tender({st::question("q1", 100)});
  const auto file = st::bids_file({
      st::bid("B1", 100).score("q1", {4, 3, 2}),
      st::bid("B2", 100).score("q1", {5, 3, 4}),
      st::bid("B3", 100).score("q1", {3, 3, 0}).conflict("ev-c"),
      st::bid("B4", 100).score("q1", {4}),
  });
  const auto sheet = panel::build_worksheet(t, {&file});
  REQUIRE(sheet.leniency.size() == 4);

  SUBCASE("deviations on the items")
  {
    CHECK(*sheet.items[0].scores[0].deviation == Rational{3, 2});
    CHECK(*sheet.items[0].scores[1].deviation == 0);
    CHECK(*sheet.items[0].scores[2].deviation == Rational{-3, 2});
    CHECK(*sheet.items[2].scores[1].deviation == 0);
    CHECK_FALSE(sheet.items[2].scores[2].deviation); // conflicted
    CHECK_FALSE(sheet.items[3].scores[0].deviation); // alone on the item
  }
  SUBCASE("lenient")
  {
    const auto& a = leniency_of(sheet, "ev-a");
    CHECK(a.role == "evaluator");
    CHECK(a.scored == 4);
    CHECK(a.conflicted == 0);
    CHECK(a.compared == 3);
    CHECK(*a.mean_deviation == 1);
    CHECK(*a.sd_sample == doctest::Approx(std::sqrt(0.75)));
    CHECK(a.label == "lenient");
  }
  SUBCASE("severe at exactly the threshold")
  {
    const auto& b = leniency_of(sheet, "ev-b");
    CHECK(b.scored == 3);
    CHECK(b.compared == 3);
    CHECK(*b.mean_deviation == Rational{-1, 2});
    CHECK(*b.sd_sample == doctest::Approx(std::sqrt(0.75)));
    CHECK(b.label == "severe");
  }
  SUBCASE("a conflicted score is neither scored nor compared")
  {
    const auto& c = leniency_of(sheet, "ev-c");
    CHECK(c.scored == 2);
    CHECK(c.conflicted == 1);
    CHECK(c.compared == 2);
    CHECK(*c.mean_deviation == Rational{-3, 4});
    CHECK(*c.sd_sample == doctest::Approx(std::sqrt(1.125)));
    CHECK(c.label == "severe");
  }
  SUBCASE("an evaluator who scored nothing")
  {
    const auto& d = leniency_of(sheet, "ev-d");
    CHECK(d.scored == 0);
    CHECK(d.compared == 0);
    CHECK_FALSE(d.mean_deviation);
    CHECK_FALSE(d.sd_sample);
    CHECK(d.label == "not compared");
  }
}

TEST_CASE("panel::evaluator_leniency in line, and one comparison")
{
  // B1: a 3, b 4 → d_a = −1, d_b = +1     B2: a 4, b 4 → 0, 0     B3: a 4, b 3 → +1, −1
  // B4: c 2, a 4 → d_c = −2, d_a = +2
  // a: d = −1, 0, +1, +2 → mean 1/2 (lenient, at the threshold); sample variance
  //    (1.5² + 0.5² + 0.5² + 1.5²) / 3 = 5/3
  // b: d = +1, 0, −1 → mean 0 (in line); sample variance (1 + 0 + 1) / 2 = 1
  // c: one comparison, d = −2 → no standard deviation
  model::Tender t = st::tender({st::question("q1", 100)});
  const auto file = st::bids_file({
      st::bid("B1", 100).score("q1", {3, 4}),
      st::bid("B2", 100).score("q1", {4, 4}),
      st::bid("B3", 100).score("q1", {4, 3}),
      st::bid("B4", 100).evaluators({"ev-c", "ev-a"}).score("q1", {2, 4}),
  });
  const auto sheet = panel::build_worksheet(t, {&file});
  const auto& a = leniency_of(sheet, "ev-a");
  CHECK(a.compared == 4);
  CHECK(*a.mean_deviation == Rational{1, 2});
  CHECK(*a.sd_sample == doctest::Approx(std::sqrt(5.0 / 3.0)));
  CHECK(a.label == "lenient");
  const auto& b = leniency_of(sheet, "ev-b");
  CHECK(*b.mean_deviation == 0);
  CHECK(*b.sd_sample == doctest::Approx(1.0));
  CHECK(b.label == "in line");
  const auto& c = leniency_of(sheet, "ev-c");
  CHECK(c.compared == 1);
  CHECK(*c.mean_deviation == -2);
  CHECK_FALSE(c.sd_sample);
}
