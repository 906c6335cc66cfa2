// SPDX-License-Identifier: MIT
// A funding pot: ranked bids funded in rank order at their request under the rules skip and
// stop, a minimum total, a cap on awards per organisation, the request range, and ties at the
// pot boundary left undecided rather than broken by chance.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

// One question q worth 100 on 0–5, so a bid's total is 20 × its score; a pot of `pot`.
model::Tender funded(Rational pot, model::FundingRule rule = model::FundingRule::skip)
{
  model::Tender t = tender({question("q", 100)});
  model::Funding funding;
  funding.pot = at(pot);
  funding.rule = at(rule);
  t.funding = funding;
  return t;
}

BidBuilder applicant(const std::string& name, Rational request, Rational score)
{
  return bid(name, std::move(request)).score("q", {std::move(score)});
}

// A 5 (100 points) asks 12000, B 4 (80) 15000, C 3 (60) 10000, D 2 (40) 3000.
std::vector<model::Bid> four()
{
  return {applicant("A", 12000, 5), applicant("B", 15000, 4), applicant("C", 10000, 3),
          applicant("D", 3000, 2)};
}

const score::Funding& funding_of(const score::LotResult& lot, const std::string& bidder)
{
  const auto& b = bid_of(lot, bidder);
  REQUIRE(b.funding.has_value());
  return *b.funding;
}

} // namespace

TEST_CASE("score::fund_bids")
{
  SUBCASE("skip: a request that no longer fits is passed over and the next one funded")
  {
    // Pot 30000: A 12000 (18000 left), B 15000 (3000 left), C 10000 > 3000 skipped,
    // D 3000 = 3000 funded; awarded 12000 + 15000 + 3000 = 30000, 0 left.
    const auto result = score_and_check(funded(30000), four());
    const auto& lot = result.lots[0];
    CHECK(funding_of(lot, "A").funded);
    CHECK(funding_of(lot, "A").amount == 12000);
    CHECK(funding_of(lot, "A").reason == "funded at rank 1: request 12000 of the 30000 left");
    CHECK(funding_of(lot, "B").amount == 15000);
    CHECK(funding_of(lot, "B").reason == "funded at rank 2: request 15000 of the 18000 left");
    CHECK_FALSE(funding_of(lot, "C").funded);
    CHECK(funding_of(lot, "C").amount == 0);
    CHECK(funding_of(lot, "C").reason == "request 10000 does not fit the 3000 left at rank 3");
    CHECK(funding_of(lot, "D").funded);
    CHECK(funding_of(lot, "D").amount == 3000);
    REQUIRE(lot.funding.has_value());
    CHECK(lot.funding->pot == 30000);
    CHECK(lot.funding->awarded == 30000);
    CHECK(lot.funding->remaining == 0);
    CHECK(lot.funding->rule == "skip");
  }

  SUBCASE("stop: funding ends at the first request that does not fit")
  {
    // A and B funded (3000 left); C does not fit, so the pot stops there and D, whose 3000
    // would fit, is not reached: awarded 27000, 3000 left.
    const auto result = score_and_check(funded(30000, model::FundingRule::stop), four());
    const auto& lot = result.lots[0];
    CHECK(funding_of(lot, "B").funded);
    CHECK(funding_of(lot, "C").reason ==
          "the pot stopped here: request 10000 does not fit the 3000 left (rule stop)");
    CHECK_FALSE(funding_of(lot, "D").funded);
    CHECK(funding_of(lot, "D").reason == "not reached: the pot stopped at rank 3 (rule stop)");
    CHECK(lot.funding->awarded == 27000);
    CHECK(lot.funding->remaining == 3000);
  }

  SUBCASE("a bid below the minimum total is not fundable, whatever the pot")
  {
    // Pot 100000 funds everyone but D, whose total 20 × 2 = 40 is below 50.
    model::Tender t = funded(100000);
    t.funding->minimum_total = at(Rational{50});
    const auto result = score_and_check(t, four());
    const auto& lot = result.lots[0];
    CHECK(funding_of(lot, "C").funded);
    CHECK_FALSE(funding_of(lot, "D").funded);
    CHECK(funding_of(lot, "D").reason ==
          "total 40.00 is below the minimum total of 50 for funding");
    CHECK(lot.funding->awarded == 37000); // 12000 + 15000 + 10000
  }

  SUBCASE("a tie at the pot boundary is undecided, and so is every bid below it")
  {
    // Pot 20000: A 12000 funded, 8000 left. B and C tie on 80 points (rank 2) asking 5000 and
    // 6000: each fits alone, both (11000) do not, so neither is funded by chance. D waits.
    const std::vector<model::Bid> bids{applicant("A", 12000, 5), applicant("B", 5000, 4),
                                       applicant("C", 6000, 4), applicant("D", 1000, 3)};
    const auto result = score_and_check(funded(20000), bids);
    const auto& lot = result.lots[0];
    for (const char* name : {"B", "C"}) {
      CHECK_FALSE(funding_of(lot, name).funded);
      CHECK(funding_of(lot, name).undecided);
      CHECK(funding_of(lot, name).reason ==
            "undecided: tie at the pot boundary at rank 2: the 8000 left cannot fund every tied "
            "request ('B' (5000) and 'C' (6000))");
    }
    CHECK(funding_of(lot, "D").undecided);
    CHECK(funding_of(lot, "D").reason == "undecided: the tie at rank 2 must be resolved first");
    CHECK(lot.funding->awarded == 12000);

    // With 25000 the 13000 left funds both tied requests, and D's 1000 after them.
    const auto roomy = score_and_check(funded(25000), bids);
    CHECK(funding_of(roomy.lots[0], "B").funded);
    CHECK(funding_of(roomy.lots[0], "C").funded);
    CHECK(funding_of(roomy.lots[0], "D").funded);
    CHECK(roomy.lots[0].funding->remaining == 1000); // 25000 − 12000 − 5000 − 6000 − 1000
  }

  SUBCASE("under rule stop, a tie that the pot funds in part is undecided, not split")
  {
    // Pot 100: A (60) and B (200) tie on 80 points. Taken A first, A is funded and B stops the
    // pot; taken B first, B stops it at once and A is not funded: the order decides, so both
    // wait. Under skip the order does not matter: A is funded, B passed over.
    const std::vector<model::Bid> bids{applicant("A", 60, 4), applicant("B", 200, 4),
                                       applicant("C", 10, 3)};
    const auto stop = score_and_check(funded(100, model::FundingRule::stop), bids);
    CHECK(funding_of(stop.lots[0], "A").undecided);
    CHECK(funding_of(stop.lots[0], "B").undecided);
    CHECK(funding_of(stop.lots[0], "A").reason ==
          "undecided: tie at rank 1 under rule stop: the 100 left funds some tied requests but "
          "not all ('A' (60) and 'B' (200))");
    CHECK(funding_of(stop.lots[0], "C").undecided);
    const auto skip = score_and_check(funded(100), bids);
    CHECK(funding_of(skip.lots[0], "A").funded);
    CHECK_FALSE(funding_of(skip.lots[0], "B").undecided);
    CHECK(funding_of(skip.lots[0], "C").funded); // 10 of the 40 left
  }

  SUBCASE("a reason names at most five tied bids")
  {
    // Seven bids tie at 80 points asking 30 each; a pot of 100 cannot fund all 210.
    std::vector<model::Bid> bids;
    for (const char* name : {"A", "B", "C", "D", "E", "F", "G"}) {
      bids.push_back(applicant(name, 30, 4));
    }
    const auto result = score_and_check(funded(100), bids);
    CHECK(funding_of(result.lots[0], "G").reason ==
          "undecided: tie at the pot boundary at rank 1: the 100 left cannot fund every tied "
          "request ('A' (30), 'B' (30), 'C' (30), 'D' (30), 'E' (30) and 2 more)");
  }

  SUBCASE("a tied request that can never fit takes none of its organisation's awards")
  {
    // Cap 1, pot 100: X1 (60) and X2 (200) of one organisation tie. X2 never fits, so X1 is
    // the organisation's only fundable bid: funded; X2 passed over. Nothing is undecided.
    model::Tender t = funded(100);
    t.funding->max_awards_per_organisation = at(Rational{1});
    std::vector<model::Bid> bids{applicant("X1", 60, 4), applicant("X2", 200, 4)};
    bids[0].organisation = at(std::string("X"));
    bids[1].organisation = at(std::string("X"));
    const auto result = score_and_check(t, bids);
    CHECK(funding_of(result.lots[0], "X1").funded);
    CHECK_FALSE(funding_of(result.lots[0], "X2").undecided);
    CHECK(funding_of(result.lots[0], "X2").reason ==
          "request 200 does not fit the 100 left at rank 1");
  }

  SUBCASE("one organisation, however its name is spaced, gets at most its cap")
  {
    // Cap 1: A and C are both "Arts Trust" (C writes it with extra spaces); A is funded first,
    // so C is not, and D is funded in its place.
    model::Tender t = funded(100000);
    t.funding->max_awards_per_organisation = at(Rational{1});
    std::vector<model::Bid> bids = four();
    bids[0].organisation = at(std::string("Arts Trust"));
    bids[2].organisation = at(std::string("  Arts   Trust "));
    const auto result = score_and_check(t, bids);
    const auto& lot = result.lots[0];
    CHECK(funding_of(lot, "A").funded);
    CHECK_FALSE(funding_of(lot, "C").funded);
    CHECK(funding_of(lot, "C").reason == "organisation '  Arts   Trust ' already has 1 award, "
                                         "the most one organisation may receive");
    CHECK(funding_of(lot, "D").funded);
    CHECK(bid_of(lot, "B").organisation == "B"); // none named: the bidder is the organisation
  }

  SUBCASE("a request outside the request range is excluded before ranking")
  {
    // max_request 14000 excludes B (15000); min_request 5000 excludes D (3000).
    model::Tender t = funded(100000);
    t.funding->max_request = at(Rational{14000});
    t.funding->min_request = at(Rational{5000});
    const auto result = score_and_check(t, four());
    const auto& lot = result.lots[0];
    const auto& b = bid_of(lot, "B");
    CHECK(b.status == score::BidStatus::excluded);
    REQUIRE(b.exclusions.size() == 1);
    CHECK(b.exclusions[0].rule == "request");
    CHECK(b.exclusions[0].reason == "request 15000 is above the maximum request of 14000");
    CHECK_FALSE(b.funding.has_value());
    CHECK(bid_of(lot, "D").exclusions[0].reason ==
          "request 3000 is below the minimum request of 5000");
    CHECK(*bid_of(lot, "C").rank == 2);
    CHECK(lot.funding->awarded == 22000); // A 12000 + C 10000
  }
}
