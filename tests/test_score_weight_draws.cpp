// SPDX-License-Identifier: MIT
// Weight uncertainty: Dirichlet draws around the published weights, checked against a Beta
// probability worked out by hand, reproducible for a seed, ties counted as ties.
#include <tenderscore/score/weight_draws.hpp>

#include "result_test_support.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <stdexcept>

using namespace tenderscore;
using score::BidResult;
using util::Rational;

namespace {

// Price weight 60, quality 40.
BidResult bid(const std::string& bidder, int rank, const Rational& price, const Rational& quality)
{
  return test::ranked_bid(bidder, rank,
                          {test::top("price", 60, price), test::top("quality", 40, quality)});
}

score::Result round_of(std::vector<BidResult> bids)
{
  return test::one_lot({"price", "quality"}, std::move(bids));
}

} // namespace

TEST_CASE("weight_uncertainty: first places agree with the Beta probability worked by hand")
{
  // A has full price points and no quality, B the reverse: in a draw A scores the price weight
  // w and B 100 − w, so A is first when w > 50. With concentration 10, w/100 ~ Beta(6, 4), and
  // P(Beta(6, 4) ≤ 1/2) = P(Binomial(9, 1/2) ≥ 6) = (84 + 36 + 9 + 1)/512 = 130/512, so A is
  // first with probability 382/512 = 0.74609375. 20,000 draws: standard error
  // √(0.746 × 0.254 / 20000) = 0.0031; the check allows four of them.
  score::DrawOptions options;
  options.draws = 20000;
  options.seed = 7;
  options.concentration = 10;
  const auto lots =
      score::weight_uncertainty(round_of({bid("A", 1, 60, 0), bid("B", 2, 0, 40)}), options);
  REQUIRE(lots.size() == 1);
  const auto& lot = lots[0];
  CHECK(lot.note.empty());
  CHECK(lot.criteria == std::vector<std::string>{"price", "quality"});
  REQUIRE(lot.bids.size() == 2);
  CHECK(lot.bids[0].bidder == "A");
  const double share = static_cast<double>(lot.bids[0].first_alone) / 20000;
  CHECK(std::abs(share - 382.0 / 512) < 0.0124);
  CHECK(lot.bids[0].first_alone + lot.bids[1].first_alone == 20000); // a tie has probability 0
  CHECK(lot.bids[0].ranks[0] == lot.bids[0].first_alone);
  CHECK(lot.bids[0].ranks[1] == lot.bids[1].first_alone);

  // the same seed gives the same counts; another seed other counts
  const auto again =
      score::weight_uncertainty(round_of({bid("A", 1, 60, 0), bid("B", 2, 0, 40)}), options);
  CHECK(again[0].bids[0].first_alone == lot.bids[0].first_alone);
  options.seed = 8;
  const auto other =
      score::weight_uncertainty(round_of({bid("A", 1, 60, 0), bid("B", 2, 0, 40)}), options);
  CHECK(other[0].bids[0].first_alone != lot.bids[0].first_alone);
}

TEST_CASE("weight_uncertainty: equal bids tie in every draw; bad options are refused")
{
  score::DrawOptions options;
  options.draws = 500;
  const auto lots = score::weight_uncertainty(
      round_of({bid("A", 1, 30, 20), bid("B", 1, 30, 20), bid("C", 3, 10, 10)}), options);
  const auto& bids = lots[0].bids;
  CHECK(bids[0].first_alone == 0);
  CHECK(bids[0].first_tied == 500);
  CHECK(bids[1].first_tied == 500);
  CHECK(bids[0].ranks[0] == 500); // tied bids share rank 1
  CHECK(bids[2].ranks[2] == 500); // C is third in every draw: 10 + 10 scaled stays below
  options.draws = 0;
  CHECK_THROWS_AS(score::weight_uncertainty(round_of({bid("A", 1, 1, 1)}), options),
                  std::invalid_argument);
  options.draws = 1;
  options.concentration = 0;
  CHECK_THROWS_AS(score::weight_uncertainty(round_of({bid("A", 1, 1, 1)}), options),
                  std::invalid_argument);
}

TEST_CASE("weight_uncertainty: tiny concentrations draw weights at the corners, never 0/0")
{
  // As c → 0 a Dirichlet puts all the weight on one criterion, criterion i with probability
  // w_i / 100: A (all its points on price, weight 60) is first with probability 0.6. The Gamma
  // draws of shape 0.0006 and 0.0004 underflow as numbers, so they are taken in logarithms;
  // every draw must still have a first place.
  score::DrawOptions options;
  options.draws = 20000;
  options.concentration = 0.001;
  const auto lots =
      score::weight_uncertainty(round_of({bid("A", 1, 60, 0), bid("B", 2, 0, 40)}), options);
  const auto& bids = lots[0].bids;
  CHECK(bids[0].first_alone + bids[1].first_alone == 20000);
  CHECK(bids[0].ranks[0] + bids[0].ranks[1] == 20000);
  // standard error √(0.6 × 0.4 / 20000) = 0.0035; four of them
  CHECK(std::abs(static_cast<double>(bids[0].first_alone) / 20000 - 0.6) < 0.014);
  options.concentration = 0.5;
  const auto half =
      score::weight_uncertainty(round_of({bid("A", 1, 60, 0), bid("B", 2, 0, 40)}), options);
  CHECK(half[0].bids[0].first_alone + half[0].bids[1].first_alone == 20000);
}
