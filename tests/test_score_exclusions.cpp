// SPDX-License-Identifier: MIT
// Exclusions: gates, per-question minimums, thresholds (always absolute, over questions only)
// and the budget ceiling.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;
using score::BidStatus;
using score::Exclusion;

namespace {

bool same(const Exclusion& a, const Exclusion& b)
{
  return a.rule == b.rule && a.criterion == b.criterion && a.reason == b.reason;
}

// A waste-tender bid passing both gates and scoring `sd`, `rp`, `mob` (single evaluator each)
// on the quality questions and 3 on community engagement.
BidBuilder waste_bid(const std::string& bidder, const Rational& price, Rational sd, Rational rp,
                     Rational mob)
{
  return bid(bidder, price)
      .gate("insurance", true)
      .gate("exclusion-grounds", true)
      .score("service-delivery", {std::move(sd)})
      .score("recycling-performance", {std::move(rp)})
      .score("mobilisation", {std::move(mob)})
      .score("community-engagement", {3});
}

} // namespace

TEST_CASE("score::find_exclusions")
{
  const model::Tender waste = waste_tender();
  // A reference bid in contention: 25 × 4 ÷ 5 + 20 × 4 ÷ 5 + 10 × 4 ÷ 5 = 44 of 55 (80%).
  const model::Bid good = waste_bid("Good Ltd", 50000, 4, 4, 4);

  SUBCASE("gate answered fail")
  {
    model::Bid failing = waste_bid("Uninsured Ltd", 40000, 4, 4, 4);
    failing.gates[0].pass = false;
    const auto result = score_and_check(waste, {good, failing});
    const auto& bad = bid_of(result.lots[0], "Uninsured Ltd");
    CHECK(bad.status == BidStatus::excluded);
    REQUIRE(bad.exclusions.size() == 1);
    CHECK(same(bad.exclusions[0], {"gate", "insurance", "gate 'insurance' answered fail"}));
    CHECK(bidders(result.lots[0]) == std::vector<std::string>{"Good Ltd", "Uninsured Ltd"});
  }
  SUBCASE("per-question minimum: below excludes, equal does not")
  {
    // Low Ltd: service-delivery 1 < 2; quality 5 + 20 + 10 = 35 of 55 = 63.6% passes 60%
    // Edge Ltd: service-delivery 2 = minimum: not below
    const auto result = score_and_check(
        waste, {good, waste_bid("Low Ltd", 50000, 1, 5, 5), waste_bid("Edge Ltd", 50000, 2, 5, 5)});
    const auto& low = bid_of(result.lots[0], "Low Ltd");
    REQUIRE(low.exclusions.size() == 1);
    CHECK(same(low.exclusions[0], {"minimum", "service-delivery",
                                   "score 1 on 'service-delivery' is below the minimum of 2"}));
    CHECK(bid_of(result.lots[0], "Edge Ltd").status == BidStatus::ranked);
  }
  SUBCASE("threshold on a group")
  {
    // two evaluators each: service-delivery (2 + 3) ÷ 2 = 2.5, recycling (3 + 4) ÷ 2 = 3.5,
    // mobilisation (1 + 2) ÷ 2 = 1.5 → 25 × 2.5 ÷ 5 + 20 × 3.5 ÷ 5 + 10 × 1.5 ÷ 5
    // = 12.5 + 14 + 3 = 29.5 of 55 = 53.636…% < 60%
    const model::Bid weak = bid("Weak Ltd", 50000)
                                .gate("insurance", true)
                                .gate("exclusion-grounds", true)
                                .score("service-delivery", {2, 3})
                                .score("recycling-performance", {3, 4})
                                .score("mobilisation", {1, 2})
                                .score("community-engagement", {3});
    const auto result = score_and_check(waste, {good, weak});
    const auto& bad = bid_of(result.lots[0], "Weak Ltd");
    REQUIRE(bad.exclusions.size() == 1);
    CHECK(same(bad.exclusions[0], {"threshold", "quality",
                                   "scored 29.5 of 55 available points (53.6%) in 'quality', "
                                   "below the threshold of 60%"}));
  }
  SUBCASE("threshold on a question")
  {
    auto t = waste;
    t.criteria[1].children[2].threshold = at(Rational{1, 2});
    // mobilisation 2: 10 × 2 ÷ 5 = 4 of 10 = 40% < 50%; quality 20 + 20 + 4 = 44 (80%) passes
    const auto result = score_and_check(t, {good, waste_bid("Slow Ltd", 50000, 5, 5, 2)});
    const auto& slow = bid_of(result.lots[0], "Slow Ltd");
    REQUIRE(slow.exclusions.size() == 1);
    CHECK(same(slow.exclusions[0], {"threshold", "mobilisation",
                                    "scored 4 of 10 available points (40.0%) in "
                                    "'mobilisation', below the threshold of 50%"}));
  }
  SUBCASE("a threshold is absolute even where questions are relative-to-best")
  {
    auto t = waste;
    for (auto& q : t.criteria[1].children) {
      q.normalise = at(model::Normalise::relative_to_best);
    }
    // Fair Ltd: 3, 3, 3 → absolute 15 + 12 + 6 = 33 of 55 = 60%: not below, in contention.
    // Weak Ltd: 2.5, 3.5, 1.5 → absolute 29.5 of 55 = 53.6%: excluded. Measured against Fair's
    // scores as best it would have had 25 × 2.5 ÷ 3 + 20 × 3.5 ÷ 3 + 10 × 1.5 ÷ 3 = 147.5/3 =
    // 49.17 of 55 (89%) and passed; the threshold must not depend on other bids.
    const model::Bid weak = bid("Weak Ltd", 50000)
                                .gate("insurance", true)
                                .gate("exclusion-grounds", true)
                                .score("service-delivery", {2, 3})
                                .score("recycling-performance", {3, 4})
                                .score("mobilisation", {1, 2})
                                .score("community-engagement", {3});
    const auto result = score_and_check(t, {waste_bid("Fair Ltd", 50000, 3, 3, 3), weak});
    const auto& lot = result.lots[0];
    const auto& fair = bid_of(lot, "Fair Ltd");
    CHECK(fair.status == BidStatus::ranked);
    // relative to best (its own 3s): 25 × 3 ÷ best 3 + 20 + 10 = 55
    CHECK(points_of(fair, "quality").points == 55);
    CHECK(points_of(fair, "service-delivery").formula == "25 × 3 ÷ best 3 = 25");
    const auto& bad = bid_of(lot, "Weak Ltd");
    REQUIRE(bad.exclusions.size() == 1);
    CHECK(bad.exclusions[0].reason == "scored 29.5 of 55 available points (53.6%) in "
                                      "'quality', below the threshold of 60%");
  }
  SUBCASE("a threshold on the price criterion never excludes (input that skipped validation)")
  {
    // validate rejects this threshold (criterion.threshold); the engine must not exclude on
    // price all the same. Price has no question leaf, so the threshold measures nothing.
    const auto t =
        tender({price("price", 40, model::PriceMethod::lowest_ratio).threshold(Rational{3, 5}),
                question("q", 60)});
    const auto result = score_and_check(
        t, {bid("Cheap Ltd", 30000).score("q", {3}), bid("Dear Ltd", 60000).score("q", {5})});
    const auto& lot = result.lots[0];
    // Dear Ltd: 40 × 30,000 ÷ 60,000 = 20 (50% of the price weight) + 60 × 5 ÷ 5 = 80
    // Cheap Ltd: 40 × 30,000 ÷ 30,000 = 40 + 60 × 3 ÷ 5 = 36 → 76
    CHECK(bidders(lot) == std::vector<std::string>{"Dear Ltd", "Cheap Ltd"});
    CHECK(bid_of(lot, "Dear Ltd").exclusions.empty());
    CHECK(*bid_of(lot, "Dear Ltd").total == 80);
    CHECK(*bid_of(lot, "Cheap Ltd").total == 76);
  }
  SUBCASE("a threshold on a group holding the price criterion counts its questions only")
  {
    // commercial 50 {price 40, value 10} with threshold 60%, and q 50; validate rejects the
    // threshold, the engine takes the share over the question leaves: value's 10 points.
    const auto t =
        tender({group("commercial", 50,
                      {price("price", 40, model::PriceMethod::lowest_ratio), question("value", 10)})
                    .threshold(Rational{3, 5}),
                question("q", 50)});
    const auto result =
        score_and_check(t, {bid("Keen Ltd", 40000).score("value", {3}).score("q", {4}),
                            bid("Plain Ltd", 50000).score("value", {2}).score("q", {5})});
    const auto& lot = result.lots[0];
    // Keen Ltd: 10 × 3 ÷ 5 = 6 of 10 = 60%: not below. Counting price as 0 of 50 would have
    // made it 6 of 50 = 12% and excluded the winner. Points: price 40 × 40,000 ÷ 40,000 = 40,
    // value 6, commercial 46; q 50 × 4 ÷ 5 = 40; total 86.
    const auto& keen = bid_of(lot, "Keen Ltd");
    CHECK(keen.status == BidStatus::ranked);
    CHECK(points_of(keen, "commercial").points == 46);
    CHECK(*keen.total == 86);
    // Plain Ltd: 10 × 2 ÷ 5 = 4 of 10 = 40% < 60%
    const auto& plain = bid_of(lot, "Plain Ltd");
    REQUIRE(plain.exclusions.size() == 1);
    CHECK(same(plain.exclusions[0], {"threshold", "commercial",
                                     "scored 4 of 10 available points (40.0%) in 'commercial', "
                                     "below the threshold of 60%"}));
    CHECK(*lot.benchmarks.lowest == 40000); // Plain Ltd's price is out of contention
  }
  SUBCASE("the share achieved is rounded down, so a share below the threshold never shows it")
  {
    // quality 20 {a 11.99, b 8.01}, threshold 60%. Near Ltd: a 5, b 0 → 11.99 × 5 ÷ 5 = 11.99
    // of 20 = 59.95%: below 60%, shown as 59.9% (rounding half away from zero showed 60.0%).
    // Over Ltd: a 5, b 1 → 11.99 + 8.01 × 1 ÷ 5 = 13.592 of 20 = 67.96%: in contention.
    const auto t =
        tender({price("price", 80, model::PriceMethod::lowest_ratio),
                group("quality", 20,
                      {question("a", Rational{1199, 100}), question("b", Rational{801, 100})})
                    .threshold(Rational{3, 5})});
    const auto result = score_and_check(t, {bid("Near Ltd", 100).score("a", {5}).score("b", {0}),
                                            bid("Over Ltd", 100).score("a", {5}).score("b", {1})});
    const auto& near = bid_of(result.lots[0], "Near Ltd");
    REQUIRE(near.exclusions.size() == 1);
    CHECK(same(near.exclusions[0], {"threshold", "quality",
                                    "scored 11.99 of 20 available points (59.9%) in 'quality', "
                                    "below the threshold of 60%"}));
    CHECK(bid_of(result.lots[0], "Over Ltd").status == BidStatus::ranked);
  }
  SUBCASE("every reason is collected, in rule order")
  {
    // exclusion-grounds fails; service-delivery 1 < 2 and recycling 1 < 2; quality
    // 5 + 4 + 10 = 19 of 55 = 34.545…% < 60%
    model::Bid bad = waste_bid("Bad Ltd", 50000, 1, 1, 5);
    bad.gates[1].pass = false;
    const auto result = score_and_check(waste, {good, bad});
    const auto& b = bid_of(result.lots[0], "Bad Ltd");
    REQUIRE(b.exclusions.size() == 4);
    CHECK(same(b.exclusions[0],
               {"gate", "exclusion-grounds", "gate 'exclusion-grounds' answered fail"}));
    CHECK(b.exclusions[1].criterion == "service-delivery");
    CHECK(same(b.exclusions[2], {"minimum", "recycling-performance",
                                 "score 1 on 'recycling-performance' is below the minimum of 2"}));
    CHECK(same(b.exclusions[3], {"threshold", "quality",
                                 "scored 19 of 55 available points (34.5%) in 'quality', below "
                                 "the threshold of 60%"}));
  }
  SUBCASE("gate, minimum, threshold and budget together, in that order")
  {
    const auto t =
        tender({price("price", 40, model::PriceMethod::budget).ceiling(15000),
                group("quality", 60, {question("q", 60).minimum(2)}).threshold(Rational{1, 2})},
               {}, {"insurance"});
    // q 1: 60 × 1 ÷ 5 = 12 of 60 = 20% < 50%; price 16,000 > 15,000
    const auto result =
        score_and_check(t, {bid("Fine Ltd", 14000).gate("insurance", true).score("q", {4}),
                            bid("Worst Ltd", 16000).gate("insurance", false).score("q", {1})});
    const auto& w = bid_of(result.lots[0], "Worst Ltd");
    REQUIRE(w.exclusions.size() == 4);
    CHECK(w.exclusions[0].rule == "gate");
    CHECK(same(w.exclusions[1], {"minimum", "q", "score 1 on 'q' is below the minimum of 2"}));
    CHECK(same(w.exclusions[2], {"threshold", "quality",
                                 "scored 12 of 60 available points (20.0%) in 'quality', below "
                                 "the threshold of 50%"}));
    CHECK(same(w.exclusions[3],
               {"budget", "price", "price 16000 is above the budget ceiling of 15000"}));
    // Fine Ltd alone in contention: 40 × 14,000 ÷ 14,000 + 60 × 4 ÷ 5 = 40 + 48 = 88
    CHECK(*bid_of(result.lots[0], "Fine Ltd").total == 88);
  }
}
