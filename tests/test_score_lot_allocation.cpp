// SPDX-License-Identifier: MIT
// The cap on lots per bidder as a property over random lot tenders (seeded, reproducible): the
// final allocation must be consistent, whatever the scores, prices and lot values.
//   1. no bidder wins more lots than the cap;
//   2. no bidder is capped out of a lot unless it finally wins as many lots as the cap allows
//      (never because of a lot it does not finally win);
// where the cap counts organisations: some bidders share one, and their lots count together.
//   3. every lot with a bid in contention has a winner, and it is the best bid of those the cap
//      did not remove (the lot's rank 1).
// Prices are scored relative to the lowest in contention, so removing a capped bid moves the
// benchmarks of its lot and can change who the cap applies to next.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

struct Generated
{
  model::Tender tender;
  std::vector<model::Bid> bids;
};

Generated generate(std::mt19937_64& rng, model::Allocation allocation)
{
  auto pick = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  Generated g{tender({question("q", 60), price("price", 40, model::PriceMethod::lowest_ratio)}),
              {}};
  const int lots = pick(2, 4);
  const int bidders = pick(2, 5);
  for (int l = 0; l < lots; ++l) {
    const std::string id = "lot-" + std::to_string(l);
    g.tender.lots.push_back({id, {}, id, std::nullopt, at(Rational{pick(1, 4) * 100})});
  }
  g.tender.lot_rules =
      model::LotRules{at(Rational{pick(1, std::max(1, lots - 1))}), at(allocation), {}};
  for (int b = 0; b < bidders; ++b) {
    // about one bidder in three belongs to the organisation of bidder 0
    const std::string organisation = pick(0, 2) == 0 ? "Bidder 0" : "Bidder " + std::to_string(b);
    for (int l = 0; l < lots; ++l) {
      if (pick(0, 5) == 0) {
        continue; // not every bidder bids for every lot
      }
      model::Bid one = bid("Bidder " + std::to_string(b), pick(5, 12) * 1000)
                           .lot("lot-" + std::to_string(l))
                           .score("q", {Rational{pick(0, 5)}});
      one.organisation = at(organisation);
      g.bids.push_back(std::move(one));
    }
  }
  return g;
}

// The organisation of the sole rank-1 bid of `lot`, or "" (no bid in contention, or a tie for
// first).
std::string winner(const score::LotResult& lot)
{
  std::string found;
  int firsts = 0;
  for (const auto& bid : lot.bids) {
    if (bid.rank == 1) {
      found = bid.organisation;
      ++firsts;
    }
  }
  return firsts == 1 ? found : std::string{};
}

} // namespace

TEST_CASE("score::score_tender lot caps give a consistent allocation (property, seeded)")
{
  for (const auto allocation :
       {model::Allocation::by_lot_value, model::Allocation::best_combination}) {
    std::mt19937_64 rng(20261207);
    int checked = 0;
    int capped_out = 0;
    for (int round = 0; round < 400; ++round) {
      const Generated g = generate(rng, allocation);
      const score::Result result = score_and_check(g.tender, g.bids);
      const Rational& cap = g.tender.lot_rules->max_lots_per_bidder.value;
      std::map<std::string, int> won;
      bool tie_for_first = false;
      for (const auto& lot : result.lots) {
        const std::string w = winner(lot);
        won[w] += w.empty() ? 0 : 1;
        const bool contended = std::any_of(lot.bids.begin(), lot.bids.end(), [](const auto& b) {
          return b.status == score::BidStatus::ranked;
        });
        tie_for_first = tie_for_first || (contended && w.empty());
      }
      if (tie_for_first) {
        continue; // a tie for first decides no winner: the cap has nothing to count
      }
      ++checked;
      INFO("allocation ",
           std::string(allocation == model::Allocation::by_lot_value ? "by-lot-value"
                                                                     : "best-combination"),
           ", round ", round);
      for (const auto& entry : won) { // (no structured binding: clang 14 cannot capture it)
        const std::string& organisation = entry.first;
        if (!organisation.empty()) {
          INFO(organisation);
          CHECK(Rational{entry.second} <= cap); // 1
        }
      }
      for (const auto& lot : result.lots) {
        for (const auto& bid : lot.bids) {
          if (bid.exclusions.empty() || bid.exclusions.front().rule != "lot-cap") {
            continue;
          }
          INFO(bid.bidder, " capped out of ", lot.lot.value_or(""), ": ",
               bid.exclusions.front().reason);
          CHECK(Rational{won[bid.organisation]} == cap); // 2
          ++capped_out;
        }
      }
    }
    // Not vacuous: most rounds have a winner in every lot, and the cap bites often.
    MESSAGE(checked, " tenders checked, ", capped_out, " bids capped out");
    CHECK(checked > 250);
    CHECK(capped_out > 100);
  }
}
