// SPDX-License-Identifier: MIT
#include "value_test_support.hpp"

#include <tenderscore/value/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using util::Rational;

namespace {

value::Adjustments adjust(Rational deadweight, Rational attribution, Rational displacement,
                          Rational drop_off, int duration, Rational rate)
{
  value::Adjustments a;
  a.deadweight = deadweight;
  a.attribution = attribution;
  a.displacement = displacement;
  a.drop_off = drop_off;
  a.duration = duration;
  a.rate = rate;
  return a;
}

// The example's value map with its two proxies files, checked as `validate` does.
app::CheckedInputs example_inputs()
{
  return test::check_texts({{"value-map.yaml", test::mh_example("value-map.yaml")},
                            {"proxies.yaml", test::mh_example("proxies.yaml")},
                            {"green-book.yaml", test::green_book()}});
}

} // namespace

TEST_CASE("value::value_outcome")
{
  SUBCASE("every adjustment, three years")
  {
    // gross = 10 × 100 = 1000
    // year 1 = 1000 × (1 − 0.2) × (1 − 0.25) × (1 − 0.1) = 1000 × 0.8 × 0.75 × 0.9 = 540
    // year 2 = 540 × (1 − 0.5) = 270; year 3 = 270 × 0.5 = 135
    // PV = 540 ÷ 1.1 + 270 ÷ 1.1² + 135 ÷ 1.1³ = 5400/11 + 27000/121 + 135000/1331
    //    = (653400 + 297000 + 135000) / 1331 = 1085400/1331 ≈ 815.477
    const auto v =
        value::value_outcome(10, 100, adjust({1, 5}, {1, 4}, {1, 10}, {1, 2}, 3, {1, 10}));
    CHECK(v.gross == 1000);
    CHECK(v.year_one == 540);
    REQUIRE(v.years.size() == 3);
    CHECK(v.years[0].value == 540);
    CHECK(v.years[1].value == 270);
    CHECK(v.years[2].value == 135);
    CHECK(v.years[2].discount == Rational(1331, 1000));
    CHECK(v.years[1].present == Rational(27000, 121));
    CHECK(v.present_value == Rational(1085400, 1331));
  }
  SUBCASE("the first year is discounted once (t = 1)")
  {
    // 1035 ÷ 1.035^1 = 1000: benefits arrive at the end of year 1 (SROI Guide convention).
    const auto v = value::value_outcome(1, 1035, adjust(0, 0, 0, 0, 1, {35, 1000}));
    CHECK(v.present_value == 1000);
  }
  SUBCASE("no discounting and no drop-off add the years up")
  {
    // 4 × 250 × (1 − 0.5) = 500 a year for 4 years at 0% = 2000
    const auto v = value::value_outcome(4, 250, adjust({1, 2}, 0, 0, 0, 4, 0));
    CHECK(v.present_value == 2000);
  }
  SUBCASE("full deadweight leaves nothing")
  {
    const auto v = value::value_outcome(4, 250, adjust(1, 0, 0, 0, 4, {35, 1000}));
    CHECK(v.present_value == 0);
  }
}

TEST_CASE("value::compute_sroi")
{
  const auto inputs = example_inputs();
  REQUIRE(test::diagnostics_text(inputs.diagnostics, "") == "");
  const model::ValueMap& map = *inputs.value_maps().front();
  const auto registries = inputs.proxies();

  SUBCASE("the mental-health-wellbeing example")
  {
    const value::Sroi sroi = value::compute_sroi(map, registries);
    REQUIRE(sroi.outcomes.size() == 2);
    // wellbeing: 75 WELLBYs × 13000 × (1 − 0.25) × (1 − 0.2) × (1 − 0) = 585000 in year 1,
    // 292500 in year 2; PV = 585000 ÷ 1.035 + 292500 ÷ 1.035² = 3991000000/4761 ≈ 838269.27
    CHECK(sroi.outcomes[0].year_one == 585000);
    CHECK(sroi.outcomes[0].present_value == Rational(3991000000, 4761));
    CHECK(sroi.outcomes[0].proxy.licence == "OGL-3.0");
    // arts-access: 450 × 850 × 0.6 × 0.7 × 0.9 = 144585; then × 0.8 = 115668 and 92534.4;
    // PV = 144585/1.035 + 115668/1.035² + 92534.4/1.035³ = 12086711000/36501 ≈ 331133.69
    CHECK(sroi.outcomes[1].year_one == 144585);
    CHECK(sroi.outcomes[1].years[2].value == Rational(925344, 10));
    CHECK(sroi.outcomes[1].present_value == Rational(12086711000, 36501));
    // total 128053133000/109503 ≈ 1169402.97; ÷ 1650000 = 128053133/180679950 ≈ 0.7087
    CHECK(sroi.present_value == Rational(128053133000, 109503));
    CHECK(sroi.investment == 1650000);
    REQUIRE(sroi.ratio);
    CHECK(*sroi.ratio == Rational(128053133, 180679950));
    CHECK(sroi.net_present_value == sroi.present_value - 1650000);
  }
  SUBCASE("health outcomes use the health rate")
  {
    model::ValueMap health = map;
    health.outcomes.resize(1);
    health.outcomes[0].health = true;
    health.outcomes[0].drop_off->value = 0;
    health.outcomes[0].duration.value = 1;
    // 585000 ÷ 1.015 = 117000000/203
    CHECK(value::compute_sroi(health, registries).present_value == Rational(117000000, 203));
    health.outcomes[0].discount_rate = model::Located<Rational>{Rational(1, 20), {}};
    // the outcome's own 5%: 585000 ÷ 1.05 = 3900000/7
    CHECK(value::compute_sroi(health, registries).present_value == Rational(3900000, 7));
  }
  SUBCASE("a change clamps shares to [0, 1] and durations to 1 year")
  {
    value::Change change;
    change.deadweight = 1; // 0.25 + 1 → 1: nothing left of either outcome
    CHECK(value::compute_sroi(map, registries, change).present_value == 0);
    value::Change shorter;
    shorter.duration = -5; // every outcome 1 year: 585000/1.035 + 144585/1.035
    CHECK(value::compute_sroi(map, registries, shorter).present_value == Rational(729585000, 1035));
  }
}

TEST_CASE("value::sensitivity")
{
  const auto inputs = example_inputs();
  const auto s = value::sensitivity(*inputs.value_maps().front(), inputs.proxies());
  REQUIRE(s);
  // Computed independently (Python fractions) from the formula in engine.hpp; the base ratio
  // is 128053133/180679950 ≈ 0.7087.
  REQUIRE(s->one_way.size() == 6);
  // duration ±1 year moves it most: 0.4927 (1 and 2 years) to 0.8278 (3 and 4 years)
  CHECK(s->one_way[0].assumption == "duration");
  CHECK(s->one_way[0].low_ratio == Rational(430019, 872850));
  CHECK(s->one_way[0].high_ratio == Rational(30959270531, 37400749650));
  // deadweight +0.1 / −0.1: 0.6075 to 0.8099
  CHECK(s->one_way[1].assumption == "deadweight");
  CHECK(s->one_way[1].low_ratio == Rational(131724853, 216815940));
  CHECK(s->one_way[1].high_ratio == Rational(878013331, 1084079700));
  CHECK(s->one_way[2].assumption == "attribution");
  CHECK(s->one_way[3].assumption == "drop-off");
  CHECK(s->one_way[4].assumption == "displacement");
  // displacement −0.1 takes arts-access's 0.1 to 0 (never below 0): 0.7310
  CHECK(s->one_way[4].high_ratio == Rational(39624611, 54203985));
  // discount rate: 3.5% is already the base (low = base), 1.5% gives 0.7294
  CHECK(s->one_way[5].assumption == "discount rate");
  CHECK(s->one_way[5].low_ratio == Rational(128053133, 180679950));
  CHECK(s->one_way[5].high_ratio == Rational(479413953, 657283550));
  // every assumption at once: 0.3239 to 1.2953 — a defensible change of every assumption
  // together moves the ratio four-fold.
  CHECK(s->corners.low_ratio == Rational(67853, 209484));
  CHECK(s->corners.high_ratio == Rational(34565896221, 26685712130));
  for (std::size_t i = 1; i < s->one_way.size(); ++i) {
    CHECK(s->one_way[i - 1].swing() >= s->one_way[i].swing());
  }
}
