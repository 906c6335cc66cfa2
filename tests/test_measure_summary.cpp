// SPDX-License-Identifier: MIT
#include <tenderscore/measure/summary.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>

using namespace tenderscore;
using measure::Instrument;
using util::Rational;

namespace {

measure::Dataset dataset(std::string text, Instrument instrument)
{
  diag::Diagnostics diags;
  auto source = std::make_shared<diag::SourceFile>("m.csv", std::move(text));
  auto data = measure::read_dataset(source, instrument, diags);
  REQUIRE(data);
  return std::move(*data);
}

std::vector<Rational> values(std::initializer_list<int> list)
{
  return {list.begin(), list.end()};
}

} // namespace

TEST_CASE("measure::paired_change")
{
  const measure::Outcome wemwbs_total{"total", measure::Direction::higher_is_better, 3, "test"};
  SUBCASE("hand example: changes 2, 4, 4, 6 with a 3-point threshold")
  {
    // mean = 16 / 4 = 4; squared deviations 4 + 0 + 0 + 4 = 8; sd = √(8 / 3) = 1.632993;
    // t(0.975, 3) = 3.182446; half-width = 3.182446 × 1.632993 / √4 = 2.598457;
    // CI = (1.401543, 6.598457). Improved by ≥ 3: the 4, 4 and 6 → 3 of 4.
    const auto c =
        measure::paired_change(values({20, 30, 40, 50}), values({22, 34, 44, 56}), wemwbs_total);
    CHECK(c.n == 4);
    CHECK(*c.mean == 4);
    CHECK(*c.sd == doctest::Approx(1.632993).epsilon(1e-6));
    CHECK(*c.t_quantile == doctest::Approx(3.182446).epsilon(1e-6));
    CHECK(*c.ci_low == doctest::Approx(1.401543).epsilon(1e-6));
    CHECK(*c.ci_high == doctest::Approx(6.598457).epsilon(1e-6));
    CHECK(c.improved == 3);
    CHECK(c.deteriorated == 0);
    CHECK(*c.improved_share == Rational(3, 4));
  }
  SUBCASE("lower is better: a fall of the threshold is an improvement")
  {
    const measure::Outcome anxiety{"anxiety", measure::Direction::lower_is_better, 1, "test"};
    // Changes -3, 0, +1, -1: improved -3 and -1; deteriorated +1.
    const auto c = measure::paired_change(values({8, 5, 2, 4}), values({5, 5, 3, 3}), anxiety);
    CHECK(c.improved == 2);
    CHECK(c.deteriorated == 1);
    CHECK(*c.mean == Rational(-3, 4));
    CHECK(*c.deteriorated_share == Rational(1, 4));
  }
  SUBCASE("one pair: a mean but no interval")
  {
    const auto c = measure::paired_change(values({40}), values({45}), wemwbs_total);
    CHECK(*c.mean == 5);
    CHECK_FALSE(c.ci_low);
    CHECK_FALSE(c.sd);
    CHECK(c.improved == 1);
  }
}

TEST_CASE("measure::area_under_curve")
{
  // 2025-01-01 → 2025-07-02 is 182 days, → 2026-01-01 another 183; utilities 1, 0.516, 0.848:
  // (1 + 0.516) / 2 × 182 + (0.516 + 0.848) / 2 × 183 = 137.956 + 124.806 = 262.762 days,
  // ÷ 365.25 = 262762 / 365250 = 131381 / 182625 ≈ 0.719403 QALYs.
  const auto start = *measure::parse_iso_date("2025-01-01");
  const std::vector<long> days{start, start + 182, start + 365};
  const std::vector<Rational> u{1, Rational(516, 1000), Rational(848, 1000)};
  CHECK(measure::area_under_curve(days, u) == Rational(131381, 182625));
  // A whole year at full health is one QALY only for a 365.25-day year.
  CHECK(measure::area_under_curve({0, 1461}, {1, 1}) == 4);
}

TEST_CASE("measure::measure")
{
  SUBCASE("WEMWBS pre/post: means by time point and the change of the complete pairs")
  {
    // a: all 3s (42) → all 4s (56), a change of +14. b: all 2s (28) → a post row missing item1,
    // so b's post is unscored and b is excluded from the change. c: all 5s (70), pre only.
    // Means: pre (42 + 28 + 70) / 3 = 140/3; post 56 / 1 = 56. Change: n = 1, mean 14.
    const std::string threes = "3,3,3,3,3,3,3,3,3,3,3,3,3,3";
    const std::string fours = "4,4,4,4,4,4,4,4,4,4,4,4,4,4";
    const std::string twos = "2,2,2,2,2,2,2,2,2,2,2,2,2,2";
    const std::string fives = "5,5,5,5,5,5,5,5,5,5,5,5,5,5";
    auto data = dataset("id,time,item1,item2,item3,item4,item5,item6,item7,item8,item9,item10,"
                        "item11,item12,item13,item14\n"
                        "a,pre," +
                            threes + "\n" + "b,pre," + twos + "\n" + "c,pre," + fives + "\n" +
                            "a,post," + fours + "\n" + "b,post,,3,3,3,3,3,3,3,3,3,3,3,3,3\n",
                        Instrument::wemwbs);
    const auto r = measure::measure(data);
    CHECK(r.participants == 3);
    REQUIRE(r.outcomes.size() == 1);
    const auto& o = r.outcomes.front();
    CHECK(o.scored == 4);
    CHECK(o.unscored == 1);
    REQUIRE(o.by_time.size() == 2);
    CHECK(o.by_time[0].time == "pre");
    CHECK(*o.by_time[0].mean == Rational(140, 3));
    CHECK(o.by_time[1].n == 1);
    CHECK(*o.by_time[1].mean == 56);
    REQUIRE(o.change);
    CHECK(o.change->from == "pre");
    CHECK(o.change->to == "post");
    CHECK(o.change->n == 1);
    CHECK(o.change->excluded == 1);
    CHECK(o.change->one_observation == 1); // c, observed only before
    CHECK(*o.change->mean == 14);
    CHECK_FALSE(r.qaly);
  }
  SUBCASE("ONS4: each question's bands by time point, a blank answer in none")
  {
    // Life satisfaction pre 4, 9, 6 → low, very high, medium; happiness pre 6, blank, 5 →
    // medium twice; anxiety pre 7, 1, 5 → high, very low, medium.
    auto data = dataset("id,time,life_satisfaction,worthwhile,happiness,anxiety\n"
                        "p1,pre,4,5,6,7\n"
                        "p2,pre,9,8,,1\n"
                        "p3,pre,6,6,5,5\n"
                        "p1,post,7,6,9,3\n",
                        Instrument::ons4);
    const auto r = measure::measure(data);
    REQUIRE(r.outcomes.size() == 4);
    using Bands = std::vector<std::pair<std::string, std::size_t>>;
    CHECK(r.outcomes[0].by_time[0].bands ==
          Bands{{"low", 1}, {"medium", 1}, {"high", 0}, {"very high", 1}});
    CHECK(r.outcomes[2].by_time[0].bands ==
          Bands{{"low", 0}, {"medium", 2}, {"high", 0}, {"very high", 0}});
    CHECK(r.outcomes[3].by_time[0].bands ==
          Bands{{"very low", 1}, {"low", 0}, {"medium", 1}, {"high", 1}});
    // Over both time points life satisfaction adds the post 7 (high).
    CHECK(r.outcomes[0].bands == Bands{{"low", 1}, {"medium", 1}, {"high", 1}, {"very high", 1}});
    // Anxiety p1 7 → 3: down 4, an improvement for a lower-is-better question.
    CHECK(r.outcomes[3].change->improved == 1);
    CHECK(*r.outcomes[3].change->mean == -4);
  }
  SUBCASE("dated EQ-5D-3L: QALYs per participant, exclusions named")
  {
    auto data = dataset("id,time,mo,sc,ua,pd,ad\n"
                        "a,2025-07-02,2,2,2,2,2\n"
                        "a,2025-01-01,1,1,1,1,1\n"
                        "a,2026-01-01,1,1,1,1,2\n"
                        "b,2025-01-01,1,1,1,1,1\n"
                        "c,2025-01-01,1,1,1,1,1\n"
                        "c,2025-03-01,1,,1,1,1\n",
                        Instrument::eq5d_3l);
    const auto r = measure::measure(data);
    REQUIRE(r.qaly);
    REQUIRE(r.qaly->participants.size() == 1);
    const auto& a = r.qaly->participants.front();
    CHECK(a.id == "a");
    CHECK(a.from == "2025-01-01");
    CHECK(a.to == "2026-01-01");
    CHECK(a.days == 365);
    CHECK(a.qalys == Rational(131381, 182625)); // worked in area_under_curve's test
    CHECK(*r.qaly->mean == Rational(131381, 182625));
    CHECK(r.qaly->excluded ==
          std::vector<std::string>{"b: one observation, no interval",
                                   "c: no index on 2025-03-01 (no utility is interpolated)"});
    // Change from each participant's earliest to latest date: a 1 → 0.848 = -0.152 (worse by
    // more than 0.074); c has no index at its last date.
    const auto& change = *r.outcomes.front().change;
    CHECK(change.from == "2025-01-01");
    CHECK(change.to == "2026-01-01");
    CHECK(change.n == 1);
    CHECK(*change.mean == Rational(-152, 1000));
    CHECK(change.deteriorated == 1);
  }
}
