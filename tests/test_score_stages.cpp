// SPDX-License-Identifier: MIT
// Two-stage evaluations: stage-1 gates and shortlist (top N with ties at the cut-off, or a
// threshold), ranked on award criteria or on an expression of interest's own criteria, then
// stage 2 scored as a one-stage evaluation over the bids that reached it.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

using model::Located;

// quality 60 {method 30, staffing 30} on 0–5, price 40 lowest-ratio; gates insurance (stage 1)
// and accreditation (stage 2); stage 1 shortlists on quality. Quality points = 6 × (m + s).
model::Tender staged(std::optional<model::Shortlist> shortlist)
{
  model::Tender t =
      tender({group("quality", 60, {question("method", 30), question("staffing", 30)}),
              price("price", 40, model::PriceMethod::lowest_ratio)},
             {}, {"insurance", "accreditation"});
  t.stages.push_back({"selection",
                      {},
                      {at<std::string>("insurance")},
                      {at<std::string>("quality")},
                      std::move(shortlist),
                      {}});
  t.stages.push_back({"award", {}, {}, {}, std::nullopt, {}});
  return t;
}

model::Shortlist top(int n)
{
  return {at(Rational{n}), std::nullopt, {}};
}

model::Shortlist threshold(Rational share)
{
  return {std::nullopt, at(std::move(share)), {}};
}

BidBuilder scored(const std::string& bidder, const Rational& price, Rational m, Rational s,
                  bool insurance = true, bool accreditation = true)
{
  return bid(bidder, price)
      .gate("insurance", insurance)
      .gate("accreditation", accreditation)
      .score("method", {std::move(m)})
      .score("staffing", {std::move(s)});
}

// A 54 (5, 4) at 100; B 48 (4, 4) at 80, fails accreditation; C 48 (4, 4) at 60; D 36 (3, 3) at
// 50; E 60 (5, 5) at 40, fails insurance.
std::vector<model::Bid> five_bids()
{
  return {scored("A", 100, 5, 4), scored("B", 80, 4, 4, true, false), scored("C", 60, 4, 4),
          scored("D", 50, 3, 3), scored("E", 40, 5, 5, false)};
}

const std::string& first_reason(const score::BidResult& bid)
{
  REQUIRE_FALSE(bid.exclusions.empty());
  return bid.exclusions.front().reason;
}

} // namespace

TEST_CASE("score::apply_stage_one")
{
  SUBCASE("top 2 with a tie at the cut-off: both tied bids go through")
  {
    // Stage 1: E fails insurance. A 54 ranks 1st; B and C 48 tie at 2nd, both kept; D 36 ranks
    // 4th of 4. Stage 2: B fails accreditation. Benchmarks over A and C: lowest 60 (not D's 50
    // or E's 40). A: 54 + 40 × 60 ÷ 100 = 54 + 24 = 78; C: 48 + 40 × 60 ÷ 60 = 88.
    const auto result = score_and_check(staged(top(2)), five_bids());
    CHECK(result.stages == std::vector<std::string>{"selection", "award"});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"C", "A", "B", "D", "E"});
    CHECK(*lot.benchmarks.lowest == 60);
    CHECK(*lot.benchmarks.highest == 100);
    CHECK(*bid_of(lot, "C").total == 88);
    CHECK(*bid_of(lot, "A").total == 78);
    CHECK(points_of(bid_of(lot, "A"), "price").points == 24);
    CHECK(bid_of(lot, "A").stage_reached == "award");
    CHECK(bid_of(lot, "C").stage_reached == "award");

    const auto& b = bid_of(lot, "B");
    CHECK(b.stage_reached == "award");
    CHECK(b.exclusions.size() == 1);
    CHECK(b.exclusions.front().rule == "gate");
    CHECK(first_reason(b) == "gate 'accreditation' answered fail");

    const auto& d = bid_of(lot, "D");
    CHECK(d.stage_reached == "selection");
    CHECK(d.exclusions.front().rule == "shortlist");
    CHECK(first_reason(d) == "not shortlisted at stage 'selection': ranked 4th of 4 on selection "
                             "points (36 of 60 available), the shortlist takes the top 2");

    const auto& e = bid_of(lot, "E");
    CHECK(e.stage_reached == "selection");
    CHECK(e.exclusions.size() == 1); // stage 2's accreditation gate is never reached
    CHECK(e.exclusions.front().rule == "gate");
    CHECK(first_reason(e) == "gate 'insurance' answered fail at stage 'selection'");

    CHECK(lot.stage_note == "'B' and 'C' tie at 2nd on selection points; ties at the cut-off all "
                            "go through, so 3 bids are shortlisted at stage 'selection' for a "
                            "top 2");
  }

  SUBCASE("top 1 without a tie")
  {
    // A 54 is 1st; B and C 48 are 2nd of 4, D 36 is 4th. Only A reaches stage 2: 54 + 40 = 94.
    const auto result = score_and_check(staged(top(1)), five_bids());
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"A", "B", "C", "D", "E"});
    CHECK(*bid_of(lot, "A").total == 94);
    CHECK(*lot.benchmarks.lowest == 100);
    CHECK(first_reason(bid_of(lot, "C")) ==
          "not shortlisted at stage 'selection': ranked 2nd of 4 on selection points (48 of 60 "
          "available), the shortlist takes the top 1");
    CHECK(lot.stage_note.empty());
  }

  SUBCASE("no criteria named: the shortlist ranks on every quality point (FORMAT.md's form)")
  {
    // Quality is the only non-price criterion, so this is the top-1 case above: A 54 of 60 goes
    // through alone and scores 54 + 40 × 100 ÷ 100 = 94.
    auto t = staged(top(1));
    t.stages[0].criteria.clear();
    const auto result = score_and_check(t, five_bids());
    const auto& lot = result.lots[0];
    CHECK(*bid_of(lot, "A").total == 94);
    CHECK(first_reason(bid_of(lot, "D")) ==
          "not shortlisted at stage 'selection': ranked 4th of 4 on selection points (36 of 60 "
          "available), the shortlist takes the top 1");
  }

  SUBCASE("threshold")
  {
    // Shares of 60: A 0.9, B 0.8, C 0.8, D 0.6 < 0.7. A, B and C reach stage 2; B then fails
    // accreditation. Same totals as the top-2 case.
    const auto result = score_and_check(staged(threshold(Rational{7, 10})), five_bids());
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"C", "A", "B", "D", "E"});
    CHECK(*bid_of(lot, "C").total == 88);
    CHECK(first_reason(bid_of(lot, "D")) ==
          "not shortlisted at stage 'selection': scored 36 of 60 available selection points "
          "(60.0%), below the shortlist threshold of 70%");
    CHECK(bid_of(lot, "B").stage_reached == "award");
  }

  SUBCASE("a gate not listed at stage 1 applies at stage 2; no shortlist keeps every bid")
  {
    // Without a shortlist D reaches stage 2 and sets the lowest price: 50. C: 48 + 40 × 50 ÷ 60
    // = 48 + 100/3; D: 36 + 40 = 76; A: 54 + 20 = 74.
    const auto result = score_and_check(staged(std::nullopt), five_bids());
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"C", "D", "A", "B", "E"});
    CHECK(*bid_of(lot, "C").total == Rational{244, 3});
    CHECK(bid_of(lot, "D").stage_reached == "award");
    CHECK(bid_of(lot, "E").stage_reached == "selection");
  }

  SUBCASE("without stages nothing is said about stages")
  {
    auto t = staged(std::nullopt);
    t.stages.clear();
    const auto result = score_and_check(t, five_bids());
    const auto& lot = result.lots[0];
    CHECK(result.stages.empty());
    CHECK(bid_of(lot, "E").stage_reached.empty());
    CHECK(first_reason(bid_of(lot, "E")) == "gate 'insurance' answered fail");
    CHECK(lot.stage_note.empty());
  }
}

TEST_CASE("score::apply_stage_one: an expression of interest with criteria of its own")
{
  // Award criteria as above: quality 60 {method 30, staffing 30}, price 40 lowest-ratio. Stage 1
  // 'eoi' applies the insurance gate and ranks on its own criteria fit 60 (minimum 2) and
  // reach 40, both 0-5, which carry no award weight: EOI points = 60f/5 + 40r/5 = 12f + 8r.
  model::Tender t =
      tender({group("quality", 60, {question("method", 30), question("staffing", 30)}),
              price("price", 40, model::PriceMethod::lowest_ratio)},
             {}, {"insurance", "accreditation"});
  model::Stage eoi{"eoi", {}, {at<std::string>("insurance")}, {}, top(2), {}};
  model::Criterion fit = question("fit", 60);
  fit.minimum = at(Rational{2});
  eoi.own_criteria = {fit, question("reach", 40)};
  t.stages = {eoi, {"award", {}, {}, {}, std::nullopt, {}}};

  const auto eoi_only = [](const std::string& bidder, const Rational& price, Rational f,
                           Rational r) {
    return bid(bidder, price)
        .gate("insurance", true)
        .gate("accreditation", true)
        .score("fit", {std::move(f)})
        .score("reach", {std::move(r)});
  };
  // A: EOI 12 × 5 + 8 × 4 = 92; B: 48 + 40 = 88; C: 36 + 24 = 60; D: fit 1 is below the
  // minimum of 2 (12 + 40 = 52 would not matter); E fails insurance and was never scored. Only
  // A and B, the shortlist, have award scores. Stage 2 over A and B: lowest price 60 (B).
  // A: 6 × (5 + 4) = 54 + 40 × 60 ÷ 100 = 24 → 78; B: 6 × (4 + 4) = 48 + 40 → 88.
  const auto result =
      score_and_check(t, {eoi_only("A", 100, 5, 4).score("method", {5}).score("staffing", {4}),
                          eoi_only("B", 60, 4, 5).score("method", {4}).score("staffing", {4}),
                          eoi_only("C", 50, 3, 3), eoi_only("D", 40, 1, 5),
                          bid("E", 30).gate("insurance", false).gate("accreditation", true)});
  const auto& lot = result.lots[0];
  CHECK(bidders(lot) == std::vector<std::string>{"B", "A", "C", "D", "E"});
  CHECK(*bid_of(lot, "B").total == 88);
  CHECK(*bid_of(lot, "A").total == 78);
  CHECK(*lot.benchmarks.lowest == 60);
  // The award criteria only: the expression of interest's points are not part of the total.
  CHECK(lot.criteria_order == std::vector<std::string>{"quality", "method", "staffing", "price"});
  CHECK(bid_of(lot, "A").criteria.size() == 4);
  CHECK(bid_of(lot, "A").stage_reached == "award");

  const auto& c = bid_of(lot, "C");
  CHECK(c.stage_reached == "eoi");
  CHECK(c.criteria.empty());
  CHECK(first_reason(c) == "not shortlisted at stage 'eoi': ranked 3rd of 3 on eoi points (60 "
                           "of 100 available), the shortlist takes the top 2");
  const auto& d = bid_of(lot, "D");
  CHECK(d.stage_reached == "eoi");
  REQUIRE(d.exclusions.size() == 1);
  CHECK(d.exclusions.front().rule == "minimum");
  CHECK(d.exclusions.front().criterion == "fit");
  CHECK(first_reason(d) == "score 1 on 'fit' is below the minimum of 2 at stage 'eoi'");
  CHECK(first_reason(bid_of(lot, "E")) == "gate 'insurance' answered fail at stage 'eoi'");
  CHECK(lot.stage_note.empty());
}
