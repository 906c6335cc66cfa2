// SPDX-License-Identifier: MIT
// Ranking: total first, then the tender's tie-break criteria; a surviving tie shares its rank.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;

namespace {

// price 40 (lowest-ratio), quality 50 {q 50}, social value 10 {sv 10}; tie-break quality, then
// social value. Points: q = 50 × s ÷ 5 = 10 s; sv = 10 × s ÷ 5 = 2 s.
model::Tender tie_tender()
{
  return tender({price("price", 40, model::PriceMethod::lowest_ratio),
                 group("quality", 50, {question("q", 50)}),
                 group("social-value", 10, {question("sv", 10)}).social_value()},
                {"quality", "social-value"});
}

BidBuilder scored(const std::string& bidder, const Rational& price, Rational q, Rational sv)
{
  return bid(bidder, price).score("q", {std::move(q)}).score("sv", {std::move(sv)});
}

} // namespace

TEST_CASE("score::rank_bids")
{
  SUBCASE("the first tie-break criterion separates equal totals")
  {
    // Acme: 40 × 40,000 ÷ 40,000 + 10 × 3 + 2 × 5 = 40 + 30 + 10 = 80
    // Bravo: 40 × 40,000 ÷ 50,000 + 10 × 4 + 2 × 4 = 32 + 40 + 8 = 80; quality 40 > 30
    const auto result = score_and_check(
        tie_tender(), {scored("Acme Ltd", 40000, 3, 5), scored("Bravo Ltd", 50000, 4, 4)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Bravo Ltd", "Acme Ltd"});
    CHECK(*lot.bids[0].total == 80);
    CHECK(*lot.bids[1].total == 80);
    CHECK(*lot.bids[0].rank == 1);
    CHECK(*lot.bids[1].rank == 2);
    CHECK_FALSE(lot.bids[0].tied);
    CHECK(lot.bids[0].tie_note ==
          "level on total with 'Acme Ltd'; ranked by tie-break on 'quality' (40 vs 30)");
    CHECK(lot.bids[1].tie_note ==
          "level on total with 'Bravo Ltd'; ranked by tie-break on 'quality' (30 vs 40)");
  }
  SUBCASE("the second tie-break criterion decides when the first is level")
  {
    // Acme: 40 × 45,000 ÷ 45,000 + 10 × 4 + 2 × 3 = 40 + 40 + 6 = 86
    // Bravo: 40 × 45,000 ÷ 50,000 + 10 × 4 + 2 × 5 = 36 + 40 + 10 = 86; quality level at 40,
    // social value 10 > 6
    const auto result = score_and_check(
        tie_tender(), {scored("Acme Ltd", 45000, 4, 3), scored("Bravo Ltd", 50000, 4, 5)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Bravo Ltd", "Acme Ltd"});
    CHECK(*lot.bids[1].rank == 2);
    CHECK(lot.bids[0].tie_note ==
          "level on total with 'Acme Ltd'; ranked by tie-break on 'social-value' (10 vs 6)");
  }
  SUBCASE("a true tie shares its rank (1, 1, 3), in input order")
  {
    // Bravo and Acme: 40 + 10 × 4 + 2 × 4 = 88 with equal quality and social value;
    // Charlie: 40 × 40,000 ÷ 50,000 + 40 + 8 = 80
    const auto result = score_and_check(tie_tender(), {scored("Bravo Ltd", 40000, 4, 4),
                                                       scored("Charlie Ltd", 50000, 4, 4),
                                                       scored("Acme Ltd", 40000, 4, 4)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Bravo Ltd", "Acme Ltd", "Charlie Ltd"});
    CHECK(*lot.bids[0].rank == 1);
    CHECK(*lot.bids[1].rank == 1);
    CHECK(*lot.bids[2].rank == 3);
    CHECK(lot.bids[0].tied);
    CHECK(lot.bids[1].tied);
    CHECK_FALSE(lot.bids[2].tied);
    CHECK(lot.bids[0].tie_note == "tied with 'Acme Ltd' on total and every tie-break criterion");
    CHECK(lot.bids[1].tie_note == "tied with 'Bravo Ltd' on total and every tie-break criterion");
    CHECK(lot.bids[2].tie_note.empty());
  }
  SUBCASE("each tie note names only the bids level with it")
  {
    // Bravo and Acme: 88 as above; Charlie and Delta: 80, tied with each other only
    const auto result = score_and_check(
        tie_tender(), {scored("Charlie Ltd", 50000, 4, 4), scored("Bravo Ltd", 40000, 4, 4),
                       scored("Delta Ltd", 50000, 4, 4), scored("Acme Ltd", 40000, 4, 4)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) ==
          std::vector<std::string>{"Bravo Ltd", "Acme Ltd", "Charlie Ltd", "Delta Ltd"});
    CHECK(*lot.bids[2].rank == 3);
    CHECK(*lot.bids[3].rank == 3);
    CHECK(lot.bids[0].tie_note == "tied with 'Acme Ltd' on total and every tie-break criterion");
    CHECK(lot.bids[2].tie_note == "tied with 'Delta Ltd' on total and every tie-break criterion");
    CHECK(lot.bids[3].tie_note == "tied with 'Charlie Ltd' on total and every tie-break criterion");
  }
  SUBCASE("without tie-break criteria an equal total is a tie")
  {
    auto t = tie_tender();
    t.tie_break.clear();
    // Acme 80 and Bravo 80 as in the first subcase, but nothing separates them
    const auto result =
        score_and_check(t, {scored("Acme Ltd", 40000, 3, 5), scored("Bravo Ltd", 50000, 4, 4)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Acme Ltd", "Bravo Ltd"});
    CHECK(*lot.bids[1].rank == 1);
    CHECK(lot.bids[0].tie_note == "tied with 'Bravo Ltd' on total; no tie-break criterion applies");
  }
  SUBCASE("ranked bids come first, excluded ones after in input order")
  {
    auto t = tie_tender();
    t.criteria[1].children[0].minimum = at(Rational{2});
    // Zed and Alpha: q 1 < 2, excluded; Mid: 32 + 30 + 6 = 68; Top: 40 + 40 + 8 = 88
    const auto result =
        score_and_check(t, {scored("Zed Ltd", 30000, 1, 5), scored("Mid Ltd", 50000, 3, 3),
                            scored("Alpha Ltd", 30000, 1, 5), scored("Top Ltd", 40000, 4, 4)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Top Ltd", "Mid Ltd", "Zed Ltd", "Alpha Ltd"});
    CHECK(*lot.bids[1].total == 68);
  }
}

namespace {

// Price per quality point: no price criterion; quality 80 {q 80} with a 50% threshold, social
// value 20 {sv 20}; tie-break quality, then social value. Points: q = 80 × s ÷ 5 = 16 s;
// sv = 20 × s ÷ 5 = 4 s.
model::Tender per_point_tender()
{
  model::Tender t = tender({group("quality", 80, {question("q", 80)}).threshold(Rational{1, 2}),
                            group("social-value", 20, {question("sv", 20)}).social_value()},
                           {"quality", "social-value"});
  t.award = at(model::Award::price_per_quality_point);
  return t;
}

} // namespace

TEST_CASE("score::award_price_per_point")
{
  SUBCASE("worked example: lowest price per point wins; a threshold still excludes")
  {
    // Bravo: 16 × 3 + 4 × 3 = 48 + 12 = 60 points; 9,000 ÷ 60 = 150
    // Cobalt: 16 × 4 + 4 × 4 = 64 + 16 = 80 points; 12,000 ÷ 80 = 150, level with Bravo;
    //   tie-break on quality: 64 > 48, so Cobalt ranks first
    // Dunn: quality 16 × 2 = 32 of 80 = 40% < 50%: excluded by the threshold, although its
    //   1,000 ÷ (32 + 20) = 19.23… would otherwise have won
    const auto result = score_and_check(per_point_tender(), {scored("Bravo Ltd", 9000, 3, 3),
                                                             scored("Cobalt Ltd", 12000, 4, 4),
                                                             scored("Dunn Ltd", 1000, 2, 5)});
    CHECK(result.award == "price-per-quality-point");
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Cobalt Ltd", "Bravo Ltd", "Dunn Ltd"});
    const auto& cobalt = lot.bids[0];
    const auto& bravo = lot.bids[1];
    const auto& dunn = lot.bids[2];
    CHECK(*cobalt.total == 80);
    CHECK(*cobalt.price_per_point == 150);
    CHECK(cobalt.price_per_point_formula == "price 12000 ÷ 80 points = 150");
    CHECK(*cobalt.rank == 1);
    CHECK(*bravo.total == 60);
    CHECK(*bravo.price_per_point == 150);
    CHECK(bravo.price_per_point_formula == "price 9000 ÷ 60 points = 150");
    CHECK(*bravo.rank == 2);
    CHECK_FALSE(cobalt.tied);
    CHECK(cobalt.tie_note == "level on price per point with 'Bravo Ltd'; ranked by tie-break on "
                             "'quality' (64 vs 48)");
    CHECK(bravo.tie_note == "level on price per point with 'Cobalt Ltd'; ranked by tie-break on "
                            "'quality' (48 vs 64)");
    CHECK(dunn.status == score::BidStatus::excluded);
    CHECK(dunn.exclusions.front().rule == "threshold");
  }
  SUBCASE("a lower price per point beats a higher total")
  {
    // Acme: 16 × 3 + 4 × 5 = 68 points; 10,000 ÷ 68 = 147.058823…
    // Cobalt: 80 points; 12,000 ÷ 80 = 150 (higher total, but dearer per point)
    const auto result = score_and_check(
      per_point_tender(), {scored("Cobalt Ltd", 12000, 4, 4), scored("Acme Ltd", 10000, 3, 5)});
    const auto& lot = result.lots[0];
    CHECK(bidders(lot) == std::vector<std::string>{"Acme Ltd", "Cobalt Ltd"});
    CHECK(*lot.bids[0].price_per_point == Rational(2500) / 17);
    CHECK(lot.bids[0].price_per_point_formula == "price 10000 ÷ 68 points = 147.058824…");
    CHECK(lot.bids[0].tie_note.empty());
  }
  SUBCASE("a tie that survives the tie-break shares the rank")
  {
    const auto result = score_and_check(
      per_point_tender(), {scored("Acme Ltd", 9000, 3, 3), scored("Bravo Ltd", 9000, 3, 3)});
    const auto& lot = result.lots[0];
    CHECK(*lot.bids[0].rank == 1);
    CHECK(*lot.bids[1].rank == 1);
    CHECK(lot.bids[0].tied);
    CHECK(lot.bids[0].tie_note ==
          "tied with 'Bravo Ltd' on price per point and every tie-break criterion");
  }
  SUBCASE("a bid with no quality points is excluded")
  {
    // Acme: 16 × 0 + 4 × 0 = 0 points (no threshold here): price ÷ 0 is undefined
    model::Tender t = tender({question("q", 80), question("sv", 20)});
    t.award = at(model::Award::price_per_quality_point);
    const auto result =
      score_and_check(t, {scored("Acme Ltd", 500, 0, 0), scored("Bravo Ltd", 9000, 3, 3)});
    const auto& acme = bid_of(result.lots[0], "Acme Ltd");
    CHECK(acme.status == score::BidStatus::excluded);
    REQUIRE(acme.exclusions.size() == 1);
    CHECK(acme.exclusions[0].rule == "no-quality-points");
    CHECK(acme.exclusions[0].reason ==
          "0 quality points, so price per quality point cannot be computed");
    CHECK(*bid_of(result.lots[0], "Bravo Ltd").rank == 1);
  }
}
