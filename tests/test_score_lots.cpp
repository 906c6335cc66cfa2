// SPDX-License-Identifier: MIT
// A cap on the lots one bidder may win: by-lot-value and best-combination allocations, the
// "lot-cap" exclusion and the re-ranking of the lots a capped bidder gives up.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

// One question q worth 100 on 0–5: total = 20 × score. Lots north, east and south with values
// `values`; at most 2 lots per bidder under `allocation`.
model::Tender capped(model::Allocation allocation, std::vector<int> values)
{
  model::Tender t = tender({question("q", 100)});
  const std::vector<std::string> ids{"north", "east", "south"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    t.lots.push_back({ids[i], {}, ids[i], std::nullopt, at(Rational{values[i]})});
  }
  t.lot_rules = model::LotRules{at(Rational{2}), at(allocation), {}};
  return t;
}

BidBuilder in(const std::string& lot, const std::string& bidder, std::vector<Rational> scores)
{
  return bid(bidder, 1000).lot(lot).score("q", std::move(scores));
}

// Acme scores 5 (100) everywhere; runners-up: north Bravo 3 (60), east Coral mean(4, 5) = 4.5
// (90), south Delta 4 (80). Giving up north costs 40, east 10, south 20.
std::vector<model::Bid> bids()
{
  return {in("north", "Acme Ltd", {5}), in("north", "Bravo Ltd", {3}),
          in("east", "Acme Ltd", {5}),  in("east", "Coral Ltd", {4, 5}),
          in("south", "Acme Ltd", {5}), in("south", "Delta Ltd", {4})};
}

const score::BidResult& first(const score::LotResult& lot)
{
  REQUIRE_FALSE(lot.bids.empty());
  return lot.bids.front();
}

} // namespace

TEST_CASE("score::allocate_lots")
{
  SUBCASE("by-lot-value: the capped bidder keeps its two highest-value lots")
  {
    // Values north 300, east 200, south 100: Acme keeps north and east and gives up south,
    // which Delta then wins with 80.
    const auto result =
        score_and_check(capped(model::Allocation::by_lot_value, {300, 200, 100}), bids());
    CHECK(first(result.lots[0]).bidder == "Acme Ltd");
    CHECK(first(result.lots[1]).bidder == "Acme Ltd");
    const auto& south = result.lots[2];
    CHECK(bidders(south) == std::vector<std::string>{"Delta Ltd", "Acme Ltd"});
    CHECK(*first(south).rank == 1);
    CHECK(*first(south).total == 80);
    const auto& acme = bid_of(south, "Acme Ltd");
    CHECK(acme.status == score::BidStatus::excluded);
    CHECK_FALSE(acme.rank);
    REQUIRE(acme.exclusions.size() == 1);
    CHECK(acme.exclusions[0].rule == "lot-cap");
    // Before the cap Acme ranked 1st in south with 20 × 5 = 100 points.
    CHECK(acme.exclusions[0].reason ==
          "capped out after ranking 1st with 100.00 points: 'Acme Ltd' may win at most 2 lots and "
          "keeps 'north' and 'east' (by lot value)");
  }

  SUBCASE("by-lot-value follows the values, not the lot order; equal values go by lot order")
  {
    // Values north 100, east 300, south 200: Acme keeps east and south; Bravo wins north.
    auto result = score_and_check(capped(model::Allocation::by_lot_value, {100, 300, 200}), bids());
    CHECK(first(result.lots[0]).bidder == "Bravo Ltd");
    CHECK(bid_of(result.lots[0], "Acme Ltd").exclusions[0].reason ==
          "capped out after ranking 1st with 100.00 points: 'Acme Ltd' may win at most 2 lots and "
          "keeps 'east' and 'south' (by lot value)");
    result = score_and_check(capped(model::Allocation::by_lot_value, {5, 5, 5}), bids());
    CHECK(first(result.lots[2]).bidder == "Delta Ltd");
  }

  SUBCASE("best-combination: the winners with the highest sum of winning totals")
  {
    // Acme keeps north and east: 100 + 100 + 80 = 280; north and south: 100 + 90 + 100 = 290;
    // east and south: 60 + 100 + 100 = 260. So Acme gives up east, which Coral wins with 90.
    const auto result =
        score_and_check(capped(model::Allocation::best_combination, {300, 200, 100}), bids());
    CHECK(first(result.lots[0]).bidder == "Acme Ltd");
    CHECK(first(result.lots[2]).bidder == "Acme Ltd");
    const auto& east = result.lots[1];
    CHECK(bidders(east) == std::vector<std::string>{"Coral Ltd", "Acme Ltd"});
    CHECK(*first(east).total == 90);
    CHECK(bid_of(east, "Acme Ltd").exclusions[0].reason ==
          "capped out after ranking 1st with 100.00 points: 'Acme Ltd' may win at most 2 lots and "
          "keeps 'north' and 'south' (best combination)");
  }

  SUBCASE("a bidder within the cap keeps every lot it wins")
  {
    auto t = capped(model::Allocation::best_combination, {300, 200, 100});
    t.lot_rules->max_lots_per_bidder = at(Rational{3});
    const auto result = score_and_check(t, bids());
    for (const auto& lot : result.lots) {
      CHECK(first(lot).bidder == "Acme Ltd");
      CHECK(lot.bids.back().status == score::BidStatus::ranked);
    }
  }
}

TEST_CASE("score::allocate_lots counts organisations, not bidder names")
{
  // Cap 1 by lot value (north 300, east 200, south 100). "Acme North" (5: 100 points) and "Acme
  // East" (5) are both of organisation "Acme Group" and would win north and east; the group
  // keeps north, so Acme East is capped out of east, which Coral then wins with 4.5 × 20 = 90.
  model::Tender t = capped(model::Allocation::by_lot_value, {300, 200, 100});
  t.lot_rules->max_lots_per_bidder = at(Rational{1});
  model::Bid north = in("north", "Acme North", {5});
  model::Bid east = in("east", "Acme East", {5});
  north.organisation = at(std::string("Acme Group"));
  east.organisation = at(std::string("Acme  Group ")); // the same name, spaced differently
  const auto result = score_and_check(
      t, {north, in("north", "Bravo Ltd", {3}), east, in("east", "Coral Ltd", {4, 5}),
          in("south", "Delta Ltd", {4})});
  CHECK(first(result.lots[0]).bidder == "Acme North");
  CHECK(first(result.lots[1]).bidder == "Coral Ltd");
  CHECK(*first(result.lots[1]).total == 90);
  const auto& capped_out = bid_of(result.lots[1], "Acme East");
  REQUIRE(capped_out.exclusions.size() == 1);
  CHECK(capped_out.exclusions[0].reason ==
        "capped out after ranking 1st with 100.00 points: organisation 'Acme  Group ' may win at "
        "most 1 lot and keeps 'north' (by lot value)");
  CHECK(first(result.lots[2]).bidder == "Delta Ltd");
}
