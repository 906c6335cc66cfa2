// SPDX-License-Identifier: MIT
// Quantitative criteria: every method in both directions against values worked by hand, the
// benchmarks over bids in contention only, full marks when all values are equal, and the
// property that a quantity method scores exactly as the price method that shares its formula.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

using model::Direction;
using model::QuantityMethod;

// One criterion "delivery" worth 20 and the gate "g"; bids A, B and C state 10, 20 and 40 and
// pass the gate; E states 5 but fails it, so it never sets a benchmark.
score::LotResult scored(const Criterion& delivery, std::vector<model::Bid> extra = {})
{
  model::Tender t = tender({delivery}, {}, {"g"});
  std::vector<model::Bid> bids{bid("A", 1).gate("g", true).stated("delivery", 10),
                               bid("B", 1).gate("g", true).stated("delivery", 20),
                               bid("C", 1).gate("g", true).stated("delivery", 40),
                               bid("E", 1).gate("g", false).stated("delivery", 5)};
  bids.insert(bids.end(), extra.begin(), extra.end());
  return score_and_check(t, bids).lots.at(0);
}

const score::CriterionPoints& delivery_of(const score::LotResult& lot, const std::string& bidder)
{
  return points_of(bid_of(lot, bidder), "delivery");
}

} // namespace

TEST_CASE("score: quantitative criteria, each method worked by hand")
{
  SUBCASE("range, lower is better: lowest 10 (not E's 5: E is excluded), highest 40")
  {
    // A 20 × (40 − 10) ÷ 30 = 20; B 20 × (40 − 20) ÷ 30 = 40/3; C 0.
    const auto lot = scored(quantity("delivery", 20, QuantityMethod::range, Direction::lower));
    CHECK(delivery_of(lot, "A").points == 20);
    CHECK(delivery_of(lot, "B").points == Rational{40, 3});
    CHECK(delivery_of(lot, "C").points == 0);
    CHECK(delivery_of(lot, "B").formula ==
          "20 × (highest 40 − 20) ÷ (highest 40 − lowest 10) = 13.333333…");
    CHECK(delivery_of(lot, "B").kind == "quantity");
    CHECK(delivery_of(lot, "B").value == Rational{20});
    CHECK(bid_of(lot, "E").criteria.empty());
  }

  SUBCASE("range, higher is better")
  {
    // A 20 × (10 − 10) ÷ 30 = 0; B 20 × 10 ÷ 30 = 20/3; C 20.
    const auto lot = scored(quantity("delivery", 20, QuantityMethod::range, Direction::higher));
    CHECK(delivery_of(lot, "A").points == 0);
    CHECK(delivery_of(lot, "B").points == Rational{20, 3});
    CHECK(delivery_of(lot, "C").points == 20);
    CHECK(delivery_of(lot, "C").formula == "20 × (40 − lowest 10) ÷ (highest 40 − lowest 10) = 20");
  }

  SUBCASE("ratio-to-best, both directions")
  {
    // lower: 20 × 10 ÷ v: A 20, B 10, C 5. higher: 20 × v ÷ 40: A 5, B 10, C 20.
    const auto lower =
        scored(quantity("delivery", 20, QuantityMethod::ratio_to_best, Direction::lower));
    CHECK(delivery_of(lower, "B").points == 10);
    CHECK(delivery_of(lower, "C").points == 5);
    CHECK(delivery_of(lower, "B").formula == "20 × lowest 10 ÷ 20 = 10");
    const auto higher =
        scored(quantity("delivery", 20, QuantityMethod::ratio_to_best, Direction::higher));
    CHECK(delivery_of(higher, "A").points == 5);
    CHECK(delivery_of(higher, "C").points == 20);
    CHECK(delivery_of(higher, "A").formula == "20 × 10 ÷ highest 40 = 5");
  }

  SUBCASE("linear: lose k% of the weight per 1% worse than the best, floored at 0")
  {
    // lower, k = 1/2: B 20 × (1 − 0.5 × (20 − 10) ÷ 10) = 10; C 20 × max(0, 1 − 1.5) = 0.
    const auto lower = scored(
        quantity("delivery", 20, QuantityMethod::linear, Direction::lower).quantity_k({1, 2}));
    CHECK(delivery_of(lower, "A").points == 20);
    CHECK(delivery_of(lower, "B").points == 10);
    CHECK(delivery_of(lower, "C").points == 0);
    CHECK(delivery_of(lower, "B").formula ==
          "20 × max(0, 1 − 0.5 × (20 − lowest 10) ÷ lowest 10) = 10");
    // higher, k = 1 (default): A 20 × (1 − (40 − 10) ÷ 40) = 5; B 20 × (1 − 20 ÷ 40) = 10.
    const auto higher = scored(quantity("delivery", 20, QuantityMethod::linear, Direction::higher));
    CHECK(delivery_of(higher, "A").points == 5);
    CHECK(delivery_of(higher, "B").points == 10);
    CHECK(delivery_of(higher, "A").formula ==
          "20 × max(0, 1 − 1 × (highest 40 − 10) ÷ highest 40) = 5");
  }

  SUBCASE("fixed-bounds, published in advance: floor 10, ceiling 30")
  {
    // lower: A at the floor 20; B 20 × (30 − 20) ÷ 20 = 10; C above the ceiling 0.
    const auto lower = scored(
        quantity("delivery", 20, QuantityMethod::fixed_bounds, Direction::lower).bounds(10, 30));
    CHECK(delivery_of(lower, "A").points == 20);
    CHECK(delivery_of(lower, "B").points == 10);
    CHECK(delivery_of(lower, "C").formula == "value 40 ≥ ceiling 30: no marks = 0");
    // higher: A at the floor 0; B 20 × (20 − 10) ÷ 20 = 10; C above the ceiling 20.
    const auto higher = scored(
        quantity("delivery", 20, QuantityMethod::fixed_bounds, Direction::higher).bounds(10, 30));
    CHECK(delivery_of(higher, "A").formula == "value 10 ≤ floor 10: no marks = 0");
    CHECK(delivery_of(higher, "B").points == 10);
    CHECK(delivery_of(higher, "C").formula == "value 40 ≥ ceiling 30: full marks = 20");
  }

  SUBCASE("bands: from inclusive, to exclusive, open ends")
  {
    // below 15: 0; 15 to below 30: 12; from 30: 20. D states 30 (the third band), F 15.
    const auto lot = scored(quantity("delivery", 20, QuantityMethod::bands, Direction::higher)
                                .band(std::nullopt, Rational{15}, 0)
                                .band(Rational{15}, Rational{30}, 12)
                                .band(Rational{30}, std::nullopt, 20),
                            {bid("D", 1).gate("g", true).stated("delivery", 30),
                             bid("F", 1).gate("g", true).stated("delivery", 15)});
    CHECK(delivery_of(lot, "A").formula == "value 10 is in the band below 15 = 0");
    CHECK(delivery_of(lot, "B").formula == "value 20 is in the band from 15 below 30 = 12");
    CHECK(delivery_of(lot, "C").formula == "value 40 is in the band from 30 = 20");
    CHECK(delivery_of(lot, "D").points == 20);
    CHECK(delivery_of(lot, "F").points == 12);
  }

  SUBCASE("a value in no band scores 0 and says so")
  {
    const auto lot = scored(quantity("delivery", 20, QuantityMethod::bands, Direction::lower)
                                .band(Rational{15}, Rational{30}, 12));
    CHECK(delivery_of(lot, "A").points == 0);
    CHECK(delivery_of(lot, "A").formula == "value 10 is in no band = 0");
  }

  SUBCASE("all values in contention equal: full marks for every bid, said in the formula")
  {
    model::Tender t =
        tender({quantity("delivery", 20, QuantityMethod::range, Direction::lower)}, {}, {"g"});
    const auto result = score_and_check(t, {bid("A", 1).gate("g", true).stated("delivery", 25),
                                            bid("B", 1).gate("g", true).stated("delivery", 25),
                                            bid("E", 1).gate("g", false).stated("delivery", 5)});
    const auto& lot = result.lots.at(0);
    CHECK(delivery_of(lot, "A").points == 20);
    CHECK(delivery_of(lot, "B").formula == "every value in contention is 25: full marks = 20");
    CHECK(bid_of(lot, "A").tied);
  }
}

TEST_CASE("score: range and ratio-to-best agree with an independent min-max and ratio")
{
  // Property over generated rounds (seeded): the engine's points for range (min-max
  // normalisation) and ratio-to-best, either direction, equal the textbook formulas computed
  // here from the values alone: range W × (worst − v) ÷ (worst − best) (W when all are equal),
  // ratio W × best ÷ v (lower) or W × v ÷ best (higher).
  std::mt19937 random(7122026);
  const auto draw = [&](int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
  };
  int compared = 0;
  for (int round = 0; round < 400; ++round) {
    const bool range = round % 2 == 0;
    const Direction direction = (round / 2) % 2 == 0 ? Direction::lower : Direction::higher;
    const Rational weight{draw(1, 50)};
    std::vector<model::Bid> bids;
    std::vector<Rational> values;
    const int count = draw(1, 7);
    for (int i = 0; i < count; ++i) {
      values.emplace_back(draw(1, 300), draw(1, 4));
      std::string name = "b";
      name += std::to_string(i);
      bids.push_back(bid(name, 1).stated("q", values.back()));
    }
    const Rational low = *std::min_element(values.begin(), values.end());
    const Rational high = *std::max_element(values.begin(), values.end());
    const auto result = score_and_check(
        tender({quantity("q", weight, range ? QuantityMethod::range : QuantityMethod::ratio_to_best,
                         direction)}),
        bids);
    for (int i = 0; i < count; ++i) {
      const Rational& v = values[static_cast<std::size_t>(i)];
      Rational expected = weight;
      if (range && high != low) {
        expected = direction == Direction::lower ? weight * (high - v) / (high - low)
                                                 : weight * (v - low) / (high - low);
      } else if (!range) {
        expected = direction == Direction::lower ? weight * low / v : weight * v / high;
      }
      std::string name = "b";
      name += std::to_string(i);
      INFO("round " << round << ", bid " << name);
      CHECK(points_of(bid_of(result.lots.at(0), name), "q").points == expected);
      ++compared;
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("score: a quantity method scores exactly as the price method sharing its formula")
{
  // Property over generated rounds (seeded, so every run and machine sees the same rounds):
  // with lower better, ratio-to-best, linear, range and fixed-bounds on a stated value give the
  // points that lowest-ratio, linear, range and fixed-bounds give the same number as a price.
  std::mt19937 random(20261207);
  const auto draw = [&](int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random);
  };
  const std::vector<std::pair<model::PriceMethod, QuantityMethod>> pairs{
      {model::PriceMethod::lowest_ratio, QuantityMethod::ratio_to_best},
      {model::PriceMethod::linear, QuantityMethod::linear},
      {model::PriceMethod::range, QuantityMethod::range},
      {model::PriceMethod::fixed_bounds, QuantityMethod::fixed_bounds}};
  int compared = 0;
  for (int round = 0; round < 400; ++round) {
    const auto& [price_method, quantity_method] = pairs[static_cast<std::size_t>(round % 4)];
    const Rational weight{draw(1, 60)};
    const Rational k{draw(1, 8), draw(1, 4)};
    const Rational floor{draw(1, 500)};
    const Rational ceiling = floor + draw(1, 500);
    CriterionBuilder p = price("p", weight, price_method);
    CriterionBuilder q = quantity("q", weight, quantity_method, Direction::lower);
    if (price_method == model::PriceMethod::linear) {
      p.k(k);
      q.quantity_k(k);
    }
    if (price_method == model::PriceMethod::fixed_bounds) {
      p.floor(floor).ceiling(ceiling);
      q.bounds(floor, ceiling);
    }
    std::vector<model::Bid> bids;
    const int count = draw(1, 6);
    for (int i = 0; i < count; ++i) {
      const Rational value{draw(1, 1200), draw(1, 3)};
      std::string name = "b";
      name += std::to_string(i);
      bids.push_back(bid(name, value).stated("q", value));
    }
    const auto result = score_and_check(tender({p, q}), bids);
    for (const auto& b : result.lots.at(0).bids) {
      INFO("round " << round << ", bid " << b.bidder);
      REQUIRE(b.criteria.size() == 2);
      CHECK(b.criteria[0].points == b.criteria[1].points);
      ++compared;
    }
  }
  CHECK(compared > 1000);
}
