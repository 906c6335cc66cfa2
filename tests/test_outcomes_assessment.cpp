// SPDX-License-Identifier: MIT
// Attainment over periods, the portfolio, ratings, each payment mechanism and promised vs
// delivered, on the two-KPI contract of outcomes_test_support.hpp, worked by hand.
#include "outcomes_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using outcomes::Rating;
using test::kpi;
using test::monitoring_return;
using test::outcomes_tender;
using util::Rational;

namespace {

// Q1: people 80, waits 9; Q2: people 90, waits 7.
test::Files two_quarters(const std::string& terms = "")
{
  return {{"tender.yaml", outcomes_tender(terms)},
          {"q2.yaml", monitoring_return("2026-Q2", "{people: 90, waits: 7}")},
          {"q1.yaml", monitoring_return("2026-Q1", "{people: 80, waits: 9}")}};
}

} // namespace

TEST_CASE("outcomes::assess: periods, contract to date, portfolio and ratings")
{
  const auto a = test::assess_set(two_quarters());
  CHECK(a.periods == std::vector<std::string>{"2026-Q1", "2026-Q2"}); // sorted, not file order
  const auto& people = kpi(a, "people");
  REQUIRE(people.periods.size() == 2);
  // sum: Q1 running total 80 (short of 100 → 0; position (80 − 100) ÷ 100 = −0.2);
  // Q2 running total 170 → 50 + 50 × 70 ÷ 100 = 85.
  CHECK(people.periods[0].assessed.value == 80);
  CHECK(people.periods[0].attainment.value == 0);
  CHECK(people.periods[0].rating == Rating::requires_improvement);
  CHECK(people.periods[1].assessed.value == 170);
  CHECK(people.periods[1].assessed.formula == "total to date 80 + 90 = 170");
  CHECK(people.periods[1].attainment.value == 85);
  CHECK(people.to_date->value == 170);
  CHECK(people.to_date->formula == "sum 80 + 90 = 170");
  CHECK(people.attainment.value == 85);
  CHECK(people.position->value == Rational(7, 10)); // (170 − 100) ÷ 100
  CHECK(people.rating == Rating::approaching_target);
  CHECK(people.weighted.value == 51); // 60 × 85 ÷ 100
  const auto& waits = kpi(a, "waits");
  // mean: each period on its own: Q1 9 → 50 + 50 × (9 − 10) ÷ (6 − 10) = 62.5; Q2 7 → 87.5.
  CHECK(waits.periods[0].attainment.value == Rational(125, 2));
  CHECK(waits.periods[1].attainment.value == Rational(175, 2));
  CHECK(waits.to_date->value == 8); // (9 + 7) ÷ 2
  CHECK(waits.to_date->formula == "mean (9 + 7) ÷ 2 = 8");
  CHECK(waits.attainment.value == 75);               // 50 + 50 × (8 − 10) ÷ (6 − 10)
  CHECK(waits.rating == Rating::approaching_target); // position 0.5
  CHECK(waits.weighted.value == 30);                 // 40 × 75 ÷ 100
  // Portfolio 51 + 30 = 81; position 0.6 × 0.7 + 0.4 × 0.5 = 0.62 → Approaching target.
  CHECK(a.portfolio.value == 81);
  CHECK(a.portfolio.formula == "51 + 30 = 81");
  CHECK(a.portfolio_position->value == Rational(31, 50));
  CHECK(a.portfolio_rating == Rating::approaching_target);
  CHECK(!a.payment);
  CHECK(*a.total_cost == 2000);
  CHECK(*a.provider == "Acme Ltd");
}

TEST_CASE("outcomes::assess: latest, and positions capped at stretch in the portfolio")
{
  // waits latest: Q2's 3 is beyond stretch 4 → 120; position (3 − 10) ÷ (6 − 10) = 1.75, capped
  // for the portfolio at stretch's (4 − 10) ÷ (6 − 10) = 1.5.
  auto files = two_quarters();
  std::string& tender = files[0].second;
  const std::string key = "direction: lower, weight: 40,";
  tender.replace(tender.find(key), key.size(), key + " over_periods: latest,");
  files[1].second = monitoring_return("2026-Q2", "{people: 90, waits: 3}");
  const auto a = test::assess_set(files);
  const auto& waits = kpi(a, "waits");
  CHECK(waits.to_date->formula == "latest (2026-Q2) = 3");
  CHECK(waits.attainment.value == 120);
  CHECK(waits.position->value == Rational(7, 4));
  CHECK(waits.rating == Rating::good);
  // Portfolio 60 × 85 ÷ 100 + 40 × 120 ÷ 100 = 51 + 48 = 99; position 0.6 × 0.7 + 0.4 × 1.5
  // = 0.42 + 0.6 = 1.02 → Good.
  CHECK(a.portfolio.value == 99);
  CHECK(a.portfolio_position->value == Rational(51, 50));
  CHECK(a.portfolio_rating == Rating::good);
}

TEST_CASE("outcomes::assess: a KPI never reported counts 0 and leaves the portfolio unrated")
{
  const auto inputs = test::check_set({{"tender.yaml", outcomes_tender()},
                                       {"q1.yaml", monitoring_return("2026-Q1", "{people: 250}")}});
  CHECK(
      test::only(inputs.diagnostics, "monitoring.") ==
      std::vector<std::string>{"tender.yaml:9:14: warning: KPI 'waits' is in no monitoring "
                               "return given; it counts as 0% attained [monitoring.missing-kpi]"});
  const auto a = test::assess_set({{"tender.yaml", outcomes_tender()},
                                   {"q1.yaml", monitoring_return("2026-Q1", "{people: 250}")}});
  // people 250 → 100 + 20 × 50 ÷ 100 = 110 → 60 × 110 ÷ 100 = 66; waits 0.
  CHECK(kpi(a, "people").attainment.value == 110);
  CHECK(kpi(a, "waits").attainment.value == 0);
  CHECK(kpi(a, "waits").rating == Rating::not_reported);
  CHECK(a.portfolio.value == 66);
  CHECK(!a.portfolio_position);
  CHECK(a.portfolio_rating == Rating::not_reported);
}

TEST_CASE("outcomes::assess: unweighted KPIs share the portfolio equally")
{
  std::string tender = outcomes_tender();
  for (const std::string w : {"weight: 60, ", "weight: 40, "}) {
    tender.erase(tender.find(w), w.size());
  }
  const auto a =
      test::assess_set({{"tender.yaml", tender},
                        {"q1.yaml", monitoring_return("2026-Q1", "{people: 170, waits: 8}")}});
  // 100 ÷ 2 = 50 each: 50 × 85 ÷ 100 + 50 × 75 ÷ 100 = 42.5 + 37.5 = 80
  CHECK(kpi(a, "people").weight.value == 50);
  CHECK(kpi(a, "people").weight.formula == "no KPI weights: 100 ÷ 2 = 50");
  CHECK(a.portfolio.value == 80);
}

TEST_CASE("outcomes::assess: payment curve, with and without a cap")
{
  // amount 10000: people's share 10000 × 60 ÷ 100 = 6000 × 85% = 5100; waits' 4000 × 75% = 3000;
  // total 8100.
  auto a =
      test::assess_set(two_quarters("monitoring:\n  payment: {mechanism: curve, amount: 10000}\n"));
  REQUIRE(a.payment);
  CHECK(kpi(a, "people").payment->value == 5100);
  CHECK(kpi(a, "waits").payment->value == 3000);
  CHECK(a.payment->total.value == 8100);
  CHECK(!a.payment->capped);
  CHECK(a.payment->total.formula == "5100 + 3000 = 8100");
  // Capped at 8000.
  a = test::assess_set(
      two_quarters("monitoring:\n  payment: {mechanism: curve, amount: 10000, cap: 8000}\n"));
  CHECK(a.payment->total.value == 8000);
  CHECK(a.payment->capped);
  CHECK(a.payment->total.formula == "min(cap 8000, 5100 + 3000 = 8100) = 8000");
  // Its own curve 0 / 100 / 150: people 0 + 100 × 70 ÷ 100 = 70% → 4200; waits 50% → 2000.
  a = test::assess_set(two_quarters("monitoring:\n  payment: {mechanism: curve, amount: 10000, "
                                    "curve: {minimum: 0, expected: 100, stretch: 150}}\n"));
  CHECK(a.payment->total.value == 6200);
}

TEST_CASE("outcomes::assess: pay-if-met pays a KPI's share only when its expected target is met")
{
  // people 80 + 130 = 210 ≥ 200: 10000 × 60 ÷ 100 = 6000; waits mean (9 + 7) ÷ 2 = 8 > 6: 0.
  auto files = two_quarters("monitoring:\n  payment: {mechanism: pay-if-met, amount: 10000}\n");
  files[1].second = monitoring_return("2026-Q2", "{people: 130, waits: 7}");
  const auto a = test::assess_set(files);
  CHECK(kpi(a, "people").payment->value == 6000);
  CHECK(kpi(a, "people").payment->formula ==
        "expected target 200 met (210): 10000 × 60 ÷ 100 = 6000");
  CHECK(kpi(a, "waits").payment->value == 0);
  CHECK(kpi(a, "waits").payment->formula == "expected target 6 not met (8) → 0");
  CHECK(a.payment->total.value == 6000);
}

TEST_CASE("outcomes::assess: per-outcome pays a rate per unit, capped")
{
  // people 170 × 25 = 4250 under the cap 5000; waits has no rate.
  auto a = test::assess_set(two_quarters(
      "monitoring:\n  payment: {mechanism: per-outcome, rates: {people: 25}, cap: 5000}\n"));
  CHECK(kpi(a, "people").payment->value == 4250);
  CHECK(kpi(a, "people").payment->formula == "rate 25 × 170 = 4250");
  CHECK(kpi(a, "waits").payment->value == 0);
  CHECK(a.payment->total.value == 4250);
  CHECK(!a.payment->capped);
  a = test::assess_set(two_quarters(
      "monitoring:\n  payment: {mechanism: per-outcome, rates: {people: 25}, cap: 4000}\n"));
  CHECK(a.payment->total.value == 4000);
  CHECK(a.payment->capped);
}

TEST_CASE("outcomes::assess: promised vs delivered")
{
  auto files = two_quarters();
  files.push_back({"bids.yaml", R"(format: tenderscore/bids@1
tender: t1
bids:
  - bidder: Other Ltd
    price: 900
    commitments: {kpis: {people: 400}}
  - bidder: Acme Ltd
    price: 1000
    commitments: {kpis: {people: 250, waits: 8.5}}
)"});
  const auto a = test::assess_set(files);
  REQUIRE(a.match);
  CHECK(a.match->bidder == "Acme Ltd");
  CHECK(a.match->where.path() == "bids.yaml");
  CHECK(a.match->where.line == 7);
  CHECK(a.match->bids_from_provider == 1);
  // people: 170 − 250 = −80, short; waits (lower): 8 − 8.5 = −0.5, met.
  const auto& people = kpi(a, "people");
  CHECK(people.promise->promised == 250);
  CHECK(people.promise->gap->value == -80);
  CHECK(people.promise->gap->formula == "170 − 250 = -80");
  CHECK(!people.promise->met);
  const auto& waits = kpi(a, "waits");
  CHECK(waits.promise->gap->value == Rational(-1, 2));
  CHECK(waits.promise->met);
}

TEST_CASE("outcomes::assess: a provider that made no bid")
{
  auto files = two_quarters();
  files.push_back({"bids.yaml", "format: tenderscore/bids@1\ntender: t1\nbids:\n"
                                "  - {bidder: Acme Limited, price: 1000}\n"});
  const auto inputs = test::check_set(files);
  REQUIRE(!inputs.diagnostics.has_errors());
  diag::Diagnostics diags;
  outcomes::assess(*inputs.files.front().tender,
                   outcomes::Inputs{inputs.monitoring(), inputs.bids()}, diags);
  CHECK(test::render(diags) ==
        std::vector<std::string>{"q2.yaml:3:11: error: provider 'Acme Ltd' made no bid in the "
                                 "bids files given; did you mean 'Acme Limited'? "
                                 "[outcomes.provider]"});
}
