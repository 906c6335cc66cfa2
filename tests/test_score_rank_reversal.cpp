// SPDX-License-Identifier: MIT
// Rank reversal and price-formula comparison (score/rank_reversal, score/price_methods): what a
// withdrawn bid or another published price formula would have done to the same round.
#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/price_methods.hpp>
#include <tenderscore/score/rank_reversal.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;
using model::PriceMethod;
using util::Rational;

namespace {

// Price 50 (lowest-ratio), quality 50 (0-5 scale): A cheap and poor, B dear and best, C between.
//   A: price 50 × 100/100 = 50, quality 0 → 50
//   B: price 50 × 100/200 = 25, quality 50 × 5/5 = 50 → 75   (first)
//   C: price 50 × 100/150 = 33 1/3, quality 50 × 4/5 = 40 → 73 1/3
// Without A the lowest price is 150: B 50 × 150/200 + 50 = 87.5, C 50 + 40 = 90, so C wins.
// Without C the lowest price is still A's 100: B 75, A 50, so B still wins.
struct Round
{
  model::Tender tender =
      score::test::tender({price("price", 50, PriceMethod::lowest_ratio), question("quality", 50)});
  model::BidsFile file =
      bids_file({bid("A", 100).score("quality", {0, 0}), bid("B", 200).score("quality", {5, 5}),
                 bid("C", 150).score("quality", {4, 4})});
  std::vector<const model::BidsFile*> bids{&file};
};

} // namespace

TEST_CASE("add_rank_reversals: withdrawing the cheapest bid hands the award to another")
{
  const Round round;
  const auto result = score::score_tender(round.tender, round.bids);
  auto sensitivity = score::break_even_weights(result);
  REQUIRE(sensitivity.size() == 1);
  REQUIRE(sensitivity[0].winner == "B");
  score::add_rank_reversals(round.tender, round.bids, result, sensitivity);
  const auto& s = sensitivity[0];
  CHECK(s.reversal_checked);
  CHECK(s.reversal_note.empty());
  REQUIRE(s.reversals.size() == 1);
  CHECK(s.reversals[0].withdrawn == "A");
  CHECK(s.reversals[0].first == std::vector<std::string>{"C"});
}

TEST_CASE("add_rank_reversals: fixed-bounds pricing cannot reverse; a large lot is not checked")
{
  Round round;
  // the same bids scored against bounds published in advance (points 50 × (300 − price) / 200):
  // A 50 + 0 = 50, B 25 + 50 = 75, C 37.5 + 40 = 77.5. No withdrawal moves another bid's
  // points, so C stays first whichever bid leaves
  round.tender =
      score::test::tender({price("price", 50, PriceMethod::fixed_bounds).floor(100).ceiling(300),
                           question("quality", 50)});
  const auto result = score::score_tender(round.tender, round.bids);
  auto sensitivity = score::break_even_weights(result);
  REQUIRE(sensitivity[0].winner == "C");
  score::add_rank_reversals(round.tender, round.bids, result, sensitivity);
  CHECK(sensitivity[0].reversal_checked);
  CHECK(sensitivity[0].reversals.empty());

  auto capped = score::break_even_weights(result);
  score::add_rank_reversals(round.tender, round.bids, result, capped, 2);
  CHECK_FALSE(capped[0].reversal_checked);
  CHECK(capped[0].reversal_note ==
        "rank reversal not checked: 3 bids are ranked, over the 2 that are each withdrawn and "
        "scored again");
}

TEST_CASE("compare_price_methods: the same bids under each supported price formula")
{
  // Weights 50/50; A 100 with quality 0, B 250 with quality 5/5, C 130 with quality 4/5.
  //   lowest-ratio (published): A 50, B 50 × 100/250 + 50 = 70, C 50 × 100/130 + 40 = 1020/13
  //   linear, k = 1 (lose 1% per 1% above the lowest): B is 150% above, 0 + 50 = 50;
  //     C 30% above, 35 + 40 = 75; A 50
  //   range (lowest full, highest zero): B 0 + 50 = 50, C 50 × 120/150 + 40 = 80, A 50
  //   fixed-bounds and budget need a floor and ceiling the tender does not give: left out
  const model::Tender tender =
      score::test::tender({price("price", 50, PriceMethod::lowest_ratio), question("quality", 50)});
  const model::BidsFile file =
      bids_file({bid("A", 100).score("quality", {0, 0}), bid("B", 250).score("quality", {5, 5}),
                 bid("C", 130).score("quality", {4, 4})});
  const std::vector<const model::BidsFile*> bids{&file};
  const auto methods =
      score::compare_price_methods(tender, bids, score::score_tender(tender, bids));
  REQUIRE(methods.size() == 3);
  CHECK(methods[0].method == PriceMethod::lowest_ratio);
  CHECK(methods[0].is_published(std::nullopt));
  CHECK(methods[0].supports(std::nullopt));
  CHECK(methods[1].method == PriceMethod::linear);
  CHECK_FALSE(methods[1].is_published(std::nullopt));
  CHECK(methods[2].method == PriceMethod::range);
  const auto total = [](const score::Result& result, const std::string& bidder) {
    return *bid_of(result.lots[0], bidder).total;
  };
  CHECK(total(methods[0].result, "B") == 70);
  CHECK(total(methods[0].result, "C") == Rational(1020, 13));
  CHECK(total(methods[1].result, "B") == 50);
  CHECK(total(methods[1].result, "C") == 75);
  CHECK(total(methods[2].result, "B") == 50);
  CHECK(total(methods[2].result, "C") == 80);
}

TEST_CASE("compare_price_methods: a bid over a published budget ceiling stays out")
{
  // Budget, ceiling 200 (lowest-ratio below it): B at 250 is excluded as published. Under the
  // other formulas it is withheld, so the lowest and highest prices are A's and C's:
  //   range: A 50 + 0 = 50, C 0 + 40 = 40 (C's 130 is now the highest price)
  model::Tender tender = score::test::tender(
      {price("price", 50, PriceMethod::budget).ceiling(200), question("quality", 50)});
  const model::BidsFile file =
      bids_file({bid("A", 100).score("quality", {0, 0}), bid("B", 250).score("quality", {5, 5}),
                 bid("C", 130).score("quality", {4, 4})});
  const std::vector<const model::BidsFile*> bids{&file};
  const auto published = score::score_tender(tender, bids);
  REQUIRE(bid_of(published.lots[0], "B").status == score::BidStatus::excluded);
  const auto methods = score::compare_price_methods(tender, bids, published);
  REQUIRE(methods.size() == 4); // lowest-ratio, linear, range, budget: no floor for fixed-bounds
  CHECK(methods[3].method == PriceMethod::budget);
  CHECK(methods[3].is_published(std::nullopt));
  CHECK(methods[3].withheld.empty());
  CHECK(methods[2].method == PriceMethod::range);
  CHECK(methods[2].withheld_from(std::nullopt) == std::vector<std::string>{"B"});
  CHECK(bidders(methods[2].result.lots[0]) == std::vector<std::string>{"A", "C"});
  CHECK(*bid_of(methods[2].result.lots[0], "C").total == 40);
}
