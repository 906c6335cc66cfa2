// SPDX-License-Identifier: MIT
// report::evaluate: the analyses a report carries, and where a large round stops them.
#include <tenderscore/report/evaluation.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace tenderscore;
using namespace tenderscore::score::test;
using model::PriceMethod;

TEST_CASE("report::evaluate: over 100 ranked bids, no weight draws, price formulas or reversal")
{
  // 101 bids priced 100..200 with the same quality: all ranked, by price
  std::vector<model::Bid> bids;
  for (int i = 0; i <= 100; ++i) {
    bids.push_back(bid(fmt::format("B{}", i), 100 + i).score("quality", {3, 3}));
  }
  const model::Tender tender =
      score::test::tender({price("price", 40, PriceMethod::lowest_ratio), question("quality", 60)});
  const model::BidsFile file = bids_file(bids);
  const auto e = report::evaluate(tender, {&file}, {});
  REQUIRE(e.result.lots.size() == 1);
  CHECK(e.draws[0].draws == 0);
  CHECK(e.draws[0].note == "101 bids are ranked, over the 100 drawn for here (`tenderscore "
                           "sensitivity` draws for any number)");
  CHECK(e.methods.empty());
  CHECK(e.methods_note.find("a lot has 101 ranked bids, over the 100") == 0);
  CHECK_FALSE(e.sensitivity[0].reversal_checked);
  // the sweep needs no rescoring and is kept: no social value criterion here, so a note
  CHECK(e.sweep[0].note == "no criterion is marked social value, so there is no share to move");

  // at 100 bids everything runs: 10,000 draws, and the three formulas the tender supports
  bids.pop_back();
  const model::BidsFile hundred = bids_file(bids);
  const auto full = report::evaluate(tender, {&hundred}, {});
  CHECK(full.draws[0].draws == 10000);
  CHECK(full.methods.size() == 3);
  CHECK(full.methods_note.empty());
  CHECK(full.sensitivity[0].reversal_checked);
}
