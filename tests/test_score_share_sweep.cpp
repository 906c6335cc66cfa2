// SPDX-License-Identifier: MIT
// The social value share sweep: rankings at each share and the exact share where first changes.
#include <tenderscore/score/share_sweep.hpp>

#include "result_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using score::BidResult;
using util::Rational;

namespace {

// Price 50, quality 45, social value 5 (the reference tender's share).
BidResult bid(const std::string& bidder, int rank, const Rational& price, const Rational& quality,
              const Rational& sv)
{
  return test::ranked_bid(bidder, rank,
                          {test::top("price", 50, price), test::top("quality", 45, quality),
                           test::top("sv", 5, sv, true)});
}

score::Result round_of(std::vector<BidResult> bids)
{
  score::Result result = test::one_lot({"price", "quality", "sv"}, std::move(bids));
  result.lots[0].social_value_share = 5;
  return result;
}

} // namespace

TEST_CASE("social_value_sweep: rankings per step and the exact share where the winner changes")
{
  // T(s) = sv·s/5 + rest·(100 − s)/95, rest = price + quality:
  //   A (50, 30, 0):  80(100 − s)/95            s = 0: 1600/19 = 84.2;  s = 20: 67.4
  //   B (40, 36, 5):  s + 76(100 − s)/95         s = 0: 80;              s = 20: 84
  //   C (30, 40, 4):  0.8s + 70(100 − s)/95      s = 0: 73.7;            s = 20: 75.0
  // A = B where 4(100 − s)/95 = s, i.e. s = 400/99 = 4.04…; B's slope (1/5) is above C's
  // (0.8 − 14/19 = 6/95), so C never passes B.
  const auto sweeps = score::social_value_sweep(
      round_of({bid("B", 1, 40, 36, 5), bid("A", 2, 50, 30, 0), bid("C", 3, 30, 40, 4)}), 5, 20);
  REQUIRE(sweeps.size() == 1);
  const auto& s = sweeps[0];
  CHECK(s.note.empty());
  CHECK(s.current == 5);
  REQUIRE(s.steps.size() == 5); // 0, 5, 10, 15, 20
  CHECK(s.steps[0].share == 0);
  CHECK(s.steps[0].ranking == std::vector<std::string>{"A", "B", "C"});
  CHECK(s.steps[1].ranking == std::vector<std::string>{"B", "A", "C"}); // 81, 80, 74
  CHECK(s.steps[4].share == 20);
  CHECK(s.steps[4].ranking == std::vector<std::string>{"B", "C", "A"});
  CHECK(s.steps[4].first == std::vector<std::string>{"B"});
  REQUIRE(s.changes.size() == 1);
  CHECK(s.changes[0].share == Rational(400, 99));
  CHECK(s.changes[0].before == std::vector<std::string>{"A"});
  CHECK(s.changes[0].after == std::vector<std::string>{"B"});
}

TEST_CASE("social_value_sweep: an end between steps is a step; no social value is a note")
{
  // end 12 in steps of 5: 0, 5, 10 and 12; the change at 400/99 is inside
  auto sweeps =
      score::social_value_sweep(round_of({bid("B", 1, 40, 36, 5), bid("A", 2, 50, 30, 0)}), 5, 12);
  REQUIRE(sweeps[0].steps.size() == 4);
  CHECK(sweeps[0].steps[3].share == 12);
  // ending at 4, before A and B meet: no change, A first throughout
  sweeps =
      score::social_value_sweep(round_of({bid("B", 1, 40, 36, 5), bid("A", 2, 50, 30, 0)}), 1, 4);
  CHECK(sweeps[0].changes.empty());
  CHECK(sweeps[0].steps.back().first == std::vector<std::string>{"A"});

  auto none = round_of({bid("B", 1, 40, 36, 5)});
  none.lots[0].social_value_share = 0;
  const auto unswept = score::social_value_sweep(none, 1, 20);
  CHECK(unswept[0].steps.empty());
  CHECK(unswept[0].note == "no criterion is marked social value, so there is no share to move");
}
