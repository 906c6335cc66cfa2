// SPDX-License-Identifier: MIT
#include "value_test_support.hpp"

#include <tenderscore/value/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using util::Rational;

namespace {

// Artlift (seeds): a session costs £33.48 per patient and saves £471 per patient in GP visits,
// outpatient appointments and admissions. 1000 patients make the totals easy to check.
constexpr const char* k_artlift = R"(format: tenderscore/value-map@1
value_map:
  id: artlift
  participants: 1000
costs:
  - agency: gloucestershire-ccg
    per_participant: 33.48
savings:
  - agency: nhs-gloucestershire
    per_participant: 471
outcomes:
  - id: wellbeing
    outcome: wellbeing
    quantity: 1
    proxy: {value: 1, unit: pound, source: test, year: 2024, licence: test}
    deadweight: 0
    duration: 1
)";

} // namespace

TEST_CASE("value::value_for_money")
{
  SUBCASE("Artlift: 33.48 cost against 471 saving per patient")
  {
    const auto inputs = test::check_texts({{"artlift.yaml", k_artlift}});
    REQUIRE(test::diagnostics_text(inputs.diagnostics, "") == "");
    const auto vfm = value::value_for_money(*inputs.value_maps().front());
    // investment = 33.48 × 1000 = 33480; savings = 471 × 1000 = 471000
    CHECK(vfm.investment == 33480);
    CHECK(vfm.total_savings == 471000);
    // net benefit = 471000 − 33480 = 437520, i.e. 471 − 33.48 = 437.52 per patient
    CHECK(vfm.net_benefit == 437520);
    CHECK(*vfm.cost_per_participant == Rational(3348, 100));
    CHECK(*vfm.savings_per_participant == 471);
    CHECK(*vfm.net_benefit_per_participant == Rational(43752, 100));
    // 471000 ÷ 33480 = 11775/837 ≈ 14.07 saved per 1 spent
    CHECK(*vfm.savings_per_pound == Rational(11775, 837));
    REQUIRE(vfm.costs.size() == 1);
    CHECK(vfm.costs[0].agency == "gloucestershire-ccg");
    CHECK(vfm.savings[0].agency == "nhs-gloucestershire");
  }
  SUBCASE("the example: totals and per-participant amounts by agency")
  {
    const auto inputs = test::check_texts({{"value-map.yaml", test::mh_example("value-map.yaml")},
                                           {"proxies.yaml", test::mh_example("proxies.yaml")},
                                           {"green-book.yaml", test::green_book()}});
    const auto vfm = value::value_for_money(*inputs.value_maps().front());
    // county council pays 1650000 = 1100 per participant (÷ 1500)
    CHECK(vfm.costs[0].per_participant == Rational(1100));
    // NHS saves 120 × 1500 = 180000; the council saves 148000 = 98.67 per participant
    CHECK(vfm.savings[0].total == 180000);
    CHECK(vfm.savings[1].per_participant == Rational(148000, 1500));
    // net = 328000 − 1650000 = −1322000, −881.33 per participant: the cashable savings do
    // not pay for the service; the SROI values the outcomes instead.
    CHECK(vfm.total_savings == 328000);
    CHECK(vfm.net_benefit == -1322000);
    CHECK(*vfm.net_benefit_per_participant == Rational(-1322000, 1500));
  }
  SUBCASE("without participants there are no per-participant amounts")
  {
    model::ValueMap map;
    model::AgencyAmount cost;
    cost.total = model::Located<Rational>{60000, {}};
    map.costs.push_back(cost);
    const auto vfm = value::value_for_money(map);
    CHECK(vfm.investment == 60000);
    CHECK_FALSE(vfm.cost_per_participant);
    CHECK(*vfm.savings_per_pound == 0);
  }
}
