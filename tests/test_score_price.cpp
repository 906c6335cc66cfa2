// SPDX-License-Identifier: MIT
// Price methods, price benchmarks over the bids in contention and the abnormally-low flag.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;
using model::PriceMethod;

namespace {

// Price worth 40 scored by `rule`, and one question "q" worth 60 (60 × score ÷ 5).
model::Tender priced(const Criterion& rule, const std::vector<std::string>& gates = {})
{
  return tender({rule, question("q", 60)}, {}, gates);
}

// A bid at `price` scoring 5 on "q" (60 points), so that only the price points differ.
BidBuilder full(const std::string& bidder, const Rational& price)
{
  return bid(bidder, price).score("q", {5});
}

const score::CriterionPoints& price_of(const score::LotResult& lot, const std::string& bidder)
{
  return points_of(bid_of(lot, bidder), "price");
}

} // namespace

TEST_CASE("score::price_points")
{
  SUBCASE("lowest-ratio")
  {
    const auto result = score_and_check(
        priced(price("price", 40, PriceMethod::lowest_ratio)),
        {full("Bravo Ltd", 47200000), full("Acme Ltd", 40000000), full("Delta Ltd", 50000000)});
    const auto& lot = result.lots[0];
    CHECK(result.price_method == "lowest-ratio");
    CHECK(price_of(lot, "Acme Ltd").points == 40); // 40 × 40,000,000 ÷ 40,000,000 = 40
    // 40 × 40,000,000 ÷ 47,200,000 = 1,600,000,000 ÷ 47,200,000 = 4000/118 = 2000/59
    CHECK(price_of(lot, "Bravo Ltd").points == Rational{2000, 59});
    CHECK(price_of(lot, "Bravo Ltd").formula == "40 × lowest 40000000 ÷ 47200000 = 33.898305…");
    CHECK(*price_of(lot, "Bravo Ltd").price == 47200000);
    CHECK(price_of(lot, "Delta Ltd").points == 32); // 40 × 40,000,000 ÷ 50,000,000 = 32
    // totals 60 + 40 = 100, 60 + 2000/59 = 5540/59 = 93.898…, 60 + 32 = 92
    CHECK(*bid_of(lot, "Bravo Ltd").total == Rational{5540, 59});
    CHECK(bidders(lot) == std::vector<std::string>{"Acme Ltd", "Bravo Ltd", "Delta Ltd"});
  }
  SUBCASE("linear, default k = 1")
  {
    const auto result = score_and_check(priced(price("price", 40, PriceMethod::linear)),
                                        {full("Acme Ltd", 50000), full("Bravo Ltd", 60000)});
    const auto& lot = result.lots[0];
    CHECK(result.price_method == "linear");
    CHECK(price_of(lot, "Acme Ltd").points == 40);  // 40 × (1 − 1 × 0 ÷ 50,000) = 40
    CHECK(price_of(lot, "Bravo Ltd").points == 32); // 20% above lowest: 40 × (1 − 0.2) = 32
    CHECK(price_of(lot, "Bravo Ltd").formula ==
          "40 × max(0, 1 − 1 × (60000 − lowest 50000) ÷ lowest 50000) = 32");
  }
  SUBCASE("linear, k = 2, floored at 0")
  {
    const auto result = score_and_check(
        priced(price("price", 40, PriceMethod::linear).k(2)),
        {full("Acme Ltd", 50000), full("Bravo Ltd", 60000), full("Costly Ltd", 80000)});
    const auto& lot = result.lots[0];
    CHECK(price_of(lot, "Acme Ltd").points == 40);
    // 40 × (1 − 2 × 10,000 ÷ 50,000) = 40 × 0.6 = 24
    CHECK(price_of(lot, "Bravo Ltd").points == 24);
    // 40 × max(0, 1 − 2 × 30,000 ÷ 50,000) = 40 × max(0, −0.2) = 0
    CHECK(price_of(lot, "Costly Ltd").points == 0);
    CHECK(price_of(lot, "Costly Ltd").formula ==
          "40 × max(0, 1 − 2 × (80000 − lowest 50000) ÷ lowest 50000) = 0");
  }
  SUBCASE("range")
  {
    const auto result = score_and_check(
        priced(price("price", 40, PriceMethod::range)),
        {full("Acme Ltd", 40000), full("Bravo Ltd", 45000), full("Costly Ltd", 60000)});
    const auto& lot = result.lots[0];
    CHECK(price_of(lot, "Acme Ltd").points == 40);  // 40 × (60,000 − 40,000) ÷ 20,000 = 40
    CHECK(price_of(lot, "Bravo Ltd").points == 30); // 40 × (60,000 − 45,000) ÷ 20,000 = 30
    CHECK(price_of(lot, "Costly Ltd").points == 0); // 40 × (60,000 − 60,000) ÷ 20,000 = 0
    CHECK(price_of(lot, "Bravo Ltd").formula ==
          "40 × (highest 60000 − 45000) ÷ (highest 60000 − lowest 40000) = 30");
  }
  SUBCASE("range with highest = lowest: full marks for every bid")
  {
    const auto result =
        score_and_check(priced(price("price", 40, PriceMethod::range)),
                        {full("Acme Ltd", 50000), bid("Bravo Ltd", 50000).score("q", {4})});
    const auto& lot = result.lots[0];
    CHECK(price_of(lot, "Acme Ltd").points == 40); // H = L = 50,000: W = 40
    CHECK(price_of(lot, "Bravo Ltd").points == 40);
    CHECK(price_of(lot, "Bravo Ltd").formula == "highest 50000 = lowest 50000: full marks = 40");
    CHECK(*bid_of(lot, "Bravo Ltd").total == 88); // 40 + 60 × 4 ÷ 5 = 40 + 48
  }
  SUBCASE("fixed-bounds: floor 10,000, ceiling 20,000")
  {
    const auto rule = price("price", 40, PriceMethod::fixed_bounds).floor(10000).ceiling(20000);
    const auto result =
        score_and_check(priced(rule), {full("Below Ltd", 9000), full("Floor Ltd", 10000),
                                       full("Between Ltd", 12500), full("Ceiling Ltd", 20000),
                                       full("Above Ltd", 25000)});
    const auto& lot = result.lots[0];
    CHECK(price_of(lot, "Below Ltd").points == 40); // 9,000 ≤ floor: W
    CHECK(price_of(lot, "Below Ltd").formula == "price 9000 ≤ floor 10000: full marks = 40");
    CHECK(price_of(lot, "Floor Ltd").points == 40); // at the floor: W
    // 40 × (20,000 − 12,500) ÷ (20,000 − 10,000) = 40 × 0.75 = 30
    CHECK(price_of(lot, "Between Ltd").points == 30);
    CHECK(price_of(lot, "Between Ltd").formula ==
          "40 × (ceiling 20000 − 12500) ÷ (ceiling 20000 − floor 10000) = 30");
    CHECK(price_of(lot, "Ceiling Ltd").points == 0); // at the ceiling: 0
    CHECK(price_of(lot, "Above Ltd").points == 0);   // above the ceiling: 0, not excluded
    CHECK(price_of(lot, "Above Ltd").formula == "price 25000 ≥ ceiling 20000: no marks = 0");
    // median of 9,000 10,000 12,500 20,000 25,000 = 12,500; × 0.8 = 10,000: only 9,000 is
    // below, and that bid stays in contention (rank 1 with 100 points, tied with Floor Ltd)
    CHECK(*lot.benchmarks.abnormally_low_below == 10000);
    const auto& below = bid_of(lot, "Below Ltd");
    REQUIRE(below.flags.size() == 1);
    CHECK(below.flags[0].code == "abnormally-low-price");
    CHECK(*below.rank == 1);
    CHECK(bid_of(lot, "Floor Ltd").flags.empty()); // 10,000 is not below 10,000
  }
  SUBCASE("budget: above the ceiling is excluded, at or below it as lowest-ratio")
  {
    const auto result = score_and_check(
        priced(price("price", 40, PriceMethod::budget).ceiling(15000)),
        {full("Acme Ltd", 12000), full("Bravo Ltd", 15000), full("Over Ltd", 16000)});
    const auto& lot = result.lots[0];
    CHECK(price_of(lot, "Acme Ltd").points == 40);  // 40 × 12,000 ÷ 12,000
    CHECK(price_of(lot, "Bravo Ltd").points == 32); // at the ceiling: 40 × 12,000 ÷ 15,000 = 32
    const auto& over = bid_of(lot, "Over Ltd");
    CHECK(over.status == score::BidStatus::excluded);
    REQUIRE(over.exclusions.size() == 1);
    CHECK(over.exclusions[0].rule == "budget");
    CHECK(over.exclusions[0].criterion == "price");
    CHECK(over.exclusions[0].reason == "price 16000 is above the budget ceiling of 15000");
    CHECK(*lot.benchmarks.highest == 15000); // the excluded 16,000 is not a benchmark
  }
}

TEST_CASE("score::price_benchmarks")
{
  SUBCASE("an excluded bid never sets the benchmark")
  {
    const auto t = priced(price("price", 40, PriceMethod::lowest_ratio), {"insurance"});
    const auto result = score_and_check(t, {full("Cheap Ltd", 30000).gate("insurance", false),
                                            full("Acme Ltd", 40000).gate("insurance", true),
                                            full("Bravo Ltd", 50000).gate("insurance", true),
                                            full("Costly Ltd", 60000).gate("insurance", true)});
    const auto& lot = result.lots[0];
    // in contention: 40,000 50,000 60,000 (the gate-failed 30,000 is not)
    CHECK(*lot.benchmarks.lowest == 40000);
    CHECK(*lot.benchmarks.highest == 60000);
    CHECK(*lot.benchmarks.median == 50000);
    CHECK(*lot.benchmarks.abnormally_low_below == 40000); // 0.8 × 50,000
    CHECK(price_of(lot, "Acme Ltd").points == 40);        // 40 × 40,000 ÷ 40,000, not × 30,000
    CHECK(price_of(lot, "Bravo Ltd").points == 32);       // 40 × 40,000 ÷ 50,000
    CHECK(price_of(lot, "Costly Ltd").points == Rational{80, 3}); // 40 × 40,000 ÷ 60,000
    const auto& cheap = bid_of(lot, "Cheap Ltd");
    CHECK(cheap.status == score::BidStatus::excluded);
    CHECK(cheap.exclusions[0].reason == "gate 'insurance' answered fail");
    // 30,000 < 40,000, but a bid already excluded is not asked to explain its price: no flag
    CHECK(cheap.flags.empty());
    CHECK(bid_of(lot, "Acme Ltd").flags.empty()); // 40,000 is not below 40,000
  }
  SUBCASE("abnormally low in contention: flagged, never excluded")
  {
    const auto t =
        priced(price("price", 40, PriceMethod::lowest_ratio).abnormally_low(Rational{9, 10}));
    const auto result = score_and_check(
        t, {full("Bravo Ltd", 30000), full("Lowball Ltd", 20000), full("Delta Ltd", 32000)});
    const auto& lot = result.lots[0];
    CHECK(*lot.benchmarks.median == 30000);
    CHECK(*lot.benchmarks.abnormally_low_below == 27000); // 0.9 × 30,000
    const auto& low = bid_of(lot, "Lowball Ltd");
    CHECK(low.status == score::BidStatus::ranked);
    CHECK(*low.rank == 1); // 40 × 20,000 ÷ 20,000 + 60 = 100
    REQUIRE(low.flags.size() == 1);
    CHECK(low.flags[0].message ==
          "price 20000 is below 90% of the median price in contention (30000): the authority "
          "must ask the bidder to explain before any decision");
    CHECK(bid_of(lot, "Bravo Ltd").flags.empty()); // 30,000 ≥ 27,000
    CHECK(bid_of(lot, "Delta Ltd").flags.empty());
  }
  SUBCASE("median of an even count is exact")
  {
    const auto result = score_and_check(
        priced(price("price", 40, PriceMethod::lowest_ratio)),
        {full("A Ltd", 40000), full("B Ltd", 45001), full("C Ltd", 50000), full("D Ltd", 60000)});
    // (45,001 + 50,000) ÷ 2 = 95,001/2 = 47,500.5; × 4/5 = 38,000.4
    CHECK(*result.lots[0].benchmarks.median == Rational{95001, 2});
    CHECK(*result.lots[0].benchmarks.abnormally_low_below == Rational{190002, 5});
  }
  SUBCASE("no bid in contention: no benchmarks and no flag")
  {
    const auto t = priced(price("price", 40, PriceMethod::lowest_ratio), {"insurance"});
    const auto result = score_and_check(t, {full("A Ltd", 100).gate("insurance", false),
                                            full("B Ltd", 100000).gate("insurance", false)});
    const auto& lot = result.lots[0];
    CHECK_FALSE(lot.benchmarks.lowest);
    CHECK_FALSE(lot.benchmarks.highest);
    CHECK_FALSE(lot.benchmarks.median);
    CHECK_FALSE(lot.benchmarks.abnormally_low_below);
    CHECK(lot.bids[0].flags.empty());
    CHECK(lot.bids[1].flags.empty());
  }
}
