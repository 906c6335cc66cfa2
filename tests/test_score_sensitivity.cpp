// SPDX-License-Identifier: MIT
// Break-even weights (SPEC §8): each worked by hand below, in exact fractions.
#include <tenderscore/score/sensitivity.hpp>

#include "result_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using score::BidResult;
using score::BidStatus;
using util::Rational;

namespace {

using test::top;

// A ranked bid with points on the two top-level criteria `a` (weight wa) and `b` (weight wb).
BidResult ranked(const std::string& bidder, int rank, const std::string& a, const Rational& wa,
                 const Rational& pa, const std::string& b, const Rational& wb, const Rational& pb)
{
  return test::ranked_bid(bidder, rank, {top(a, wa, pa), top(b, wb, pb)});
}

score::Result price_quality(std::vector<BidResult> bids)
{
  return test::one_lot({"price", "quality"}, std::move(bids));
}

} // namespace

TEST_CASE("break-even: two bids, price 40 / quality 60")
{
  // W: price 30, quality 48, total 78.  O: price 40, quality 36, total 76.  Margin 2.
  // Price weight x, quality rescaled to 100 − x:
  //   T_W(x) = 30x/40 + 48(100 − x)/60 = 80 − 0.05x;  T_O(x) = 40x/40 + 36(100 − x)/60 = 60 + 0.4x
  //   equal at 20 = 0.45x, x = 400/9 = 44.44…  (above 40; below 40 W only gains)
  // Quality weight x: T_W = 48x/60 + 30(100 − x)/40 = 75 + 0.05x; T_O = 100 − 0.4x
  //   equal at 0.45x = 25, x = 500/9 = 55.55…  (below 60)
  const auto s = score::break_even_weights(
      price_quality({ranked("W", 1, "price", 40, 30, "quality", 60, 48),
                     ranked("O", 2, "price", 40, 40, "quality", 60, 36)}));
  REQUIRE(s.size() == 1);
  CHECK(s[0].winner == "W");
  CHECK(s[0].runner_up == "O");
  CHECK(*s[0].margin == 2);
  REQUIRE(s[0].criteria.size() == 2);
  CHECK(s[0].criteria[0].criterion == "price");
  CHECK_FALSE(s[0].criteria[0].lower);
  CHECK(*s[0].criteria[0].upper == Rational(400, 9));
  CHECK(s[0].criteria[0].upper_bidder == "O");
  CHECK(*s[0].criteria[1].lower == Rational(500, 9));
  CHECK_FALSE(s[0].criteria[1].upper);
  // both changes are 40/9; the first in tree order is reported
  REQUIRE(s[0].smallest);
  CHECK(s[0].smallest->criterion == "price");
  CHECK(s[0].smallest->from == 40);
  CHECK(s[0].smallest->to == Rational(400, 9));
  CHECK(s[0].smallest->new_winner == "O");
  CHECK(s[0].criteria[0].explanation ==
        "weight of price set to x (now 40), the other top-level weights × (100 − x) ÷ 60: at x = "
        "44.444444… (O draws level)");
}

TEST_CASE("break-even: a bid that draws level only at a weight of 0 or 100 changes nothing")
{
  // W: price 30, quality 48, total 78.  O: price 30, quality 36, total 66.
  // Price weight x: T_W − T_O = (30x/40 − 30x/40) + (48 − 36)(100 − x)/60 = 0.2(100 − x): level
  //   only at x = 100, where quality weighs nothing.
  // Quality weight x: T_W − T_O = (48 − 36)x/60 = 0.2x: level only at x = 0, quality dropped.
  // Neither is a weight a tender could publish, so neither is a break-even.
  const auto s = score::break_even_weights(
      price_quality({ranked("W", 1, "price", 40, 30, "quality", 60, 48),
                     ranked("O", 2, "price", 40, 30, "quality", 60, 36)}));
  REQUIRE(s.size() == 1);
  REQUIRE(s[0].criteria.size() == 2);
  for (const auto& b : s[0].criteria) {
    CHECK_FALSE(b.lower);
    CHECK_FALSE(b.upper);
  }
  CHECK_FALSE(s[0].smallest);
  CHECK(s[0].criteria[0].explanation ==
        "weight of price set to x (now 40), the other top-level weights × (100 − x) ÷ 60: no "
        "other bid draws level for any x strictly between 0 and 100");
}

TEST_CASE("break-even: the nearest crossing over several bids")
{
  // Add C: price 20, quality 57, total 77 — now the runner-up (margin 78 − 77 = 1).
  // Price x: T_C(x) = 20x/40 + 57(100 − x)/60 = 95 − 0.45x; against T_W = 80 − 0.05x:
  //   15 = 0.4x, x = 37.5 (below 40) — so price: lower 37.5 (C), upper 400/9 (O).
  // Quality x: T_C = 57x/60 + 20(100 − x)/40 = 50 + 0.45x; against T_W = 75 + 0.05x:
  //   0.4x = 25, x = 62.5 (above 60) — so quality: lower 500/9 (O), upper 62.5 (C).
  // Smallest change: |37.5 − 40| = 2.5 = |62.5 − 60|; price comes first.
  const auto s = score::break_even_weights(
      price_quality({ranked("W", 1, "price", 40, 30, "quality", 60, 48),
                     ranked("C", 2, "price", 40, 20, "quality", 60, 57),
                     ranked("O", 3, "price", 40, 40, "quality", 60, 36)}));
  CHECK(s[0].runner_up == "C");
  CHECK(*s[0].margin == 1);
  CHECK(*s[0].criteria[0].lower == Rational(75, 2));
  CHECK(s[0].criteria[0].lower_bidder == "C");
  CHECK(*s[0].criteria[0].upper == Rational(400, 9));
  CHECK(*s[0].criteria[1].lower == Rational(500, 9));
  CHECK(*s[0].criteria[1].upper == Rational(125, 2));
  CHECK(s[0].criteria[1].upper_bidder == "C");
  REQUIRE(s[0].smallest);
  CHECK(s[0].smallest->criterion == "price");
  CHECK(s[0].smallest->to == Rational(75, 2));
  CHECK(s[0].smallest->new_winner == "C");
}

TEST_CASE("break-even: excluded bids take no part, and one ranked bid has nothing to compare")
{
  auto excluded = ranked("X", 0, "price", 40, 40, "quality", 60, 60);
  excluded.status = BidStatus::excluded;
  excluded.rank.reset();
  const auto s = score::break_even_weights(
      price_quality({ranked("W", 1, "price", 40, 30, "quality", 60, 48), excluded}));
  CHECK(s[0].winner == "W");
  CHECK(s[0].runner_up.empty());
  CHECK_FALSE(s[0].margin);
  CHECK(s[0].criteria.empty());
  CHECK_FALSE(s[0].smallest);
  CHECK(s[0].note == "only one bid was ranked: no weight change can alter the winner");
}

TEST_CASE("break-even: price per quality point")
{
  // Quality a (60) and b (40), no price criterion; ranked by price ÷ points, lowest first.
  // W: 1000, a 30 + b 20 = 50 points → 20 per point.  O: 1200, a 27 + b 28 = 55 → 21.8181…
  // Margin 1200/55 − 20 = 240/11 − 220/11 = 20/11.
  // Weight of a = x: T_W(x) = 30x/60 + 20(100 − x)/40 = 50; T_O(x) = 27x/60 + 28(100 − x)/40
  //   = 70 − 0.25x.  W stays ahead while 1200·T_W − 1000·T_O > 0: −10000 + 250x > 0, x > 40.
  //   At x = 40: T_O = 60, 1200/60 = 20 = W's 20 — lower 40.
  score::Result result;
  result.award = "price-per-quality-point";
  score::LotResult lot;
  lot.top_level = {"a", "b"};
  auto w = ranked("W", 1, "a", 60, 30, "b", 40, 20);
  w.price = 1000;
  w.price_per_point = Rational(1000, 50);
  auto o = ranked("O", 2, "a", 60, 27, "b", 40, 28);
  o.price = 1200;
  o.price_per_point = Rational(1200, 55);
  lot.bids = {w, o};
  result.lots.push_back(lot);
  const auto s = score::break_even_weights(result);
  CHECK(*s[0].margin == Rational(20, 11));
  CHECK(*s[0].criteria[0].lower == 40);
  CHECK_FALSE(s[0].criteria[0].upper);
  // weight of b = x is the mirror image: a = 100 − x, so the crossing is at b = 60
  CHECK(*s[0].criteria[1].upper == 60);
}
