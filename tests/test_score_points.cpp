// SPDX-License-Identifier: MIT
// Weighted points: questions on the scale max or relative to the best in contention, groups,
// totals and social value points.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;

TEST_CASE("score::award_points")
{
  SUBCASE("question points on the scale max")
  {
    const auto t = tender({question("a", 25), question("b", 75)});
    const auto result = score_and_check(t, {bid("Acme Ltd", 100).score("a", {4}).score("b", {3})});
    const auto& acme = result.lots[0].bids[0];
    const auto& a = points_of(acme, "a");
    CHECK(a.kind == "question");
    CHECK(a.depth == 0);
    CHECK(a.weight == 25);
    CHECK(a.points == 20); // 25 × 4 ÷ 5 = 20
    CHECK(*a.divisor == 5);
    CHECK(a.formula == "25 × 4 ÷ 5 = 20");
    CHECK(points_of(acme, "b").points == 45); // 75 × 3 ÷ 5 = 45
    CHECK(*acme.total == 65);                 // a question may be top-level: 20 + 45
  }
  SUBCASE("relative-to-best divides by the best score in contention")
  {
    const auto t =
        tender({question("q", 10).relative_to_best(), question("r", 90)}, {}, {"insurance"});
    // Star Ltd scores 5 but fails the gate, so the best in contention is Acme's 4
    const auto result = score_and_check(
        t, {bid("Acme Ltd", 100).gate("insurance", true).score("q", {4}).score("r", {5}),
            bid("Bravo Ltd", 100).gate("insurance", true).score("q", {3}).score("r", {5}),
            bid("Star Ltd", 100).gate("insurance", false).score("q", {5}).score("r", {5})});
    const auto& lot = result.lots[0];
    const auto& acme = points_of(bid_of(lot, "Acme Ltd"), "q");
    CHECK(acme.points == 10); // 10 × 4 ÷ best 4 = 10
    CHECK(*acme.divisor == 4);
    const auto& bravo = points_of(bid_of(lot, "Bravo Ltd"), "q");
    CHECK(bravo.points == Rational{15, 2}); // 10 × 3 ÷ best 4 = 7.5
    CHECK(bravo.formula == "10 × 3 ÷ best 4 = 7.5");
    CHECK(*bid_of(lot, "Bravo Ltd").total == Rational{195, 2}); // 7.5 + 90 × 5 ÷ 5 = 97.5
  }
  SUBCASE("relative-to-best with a best of 0 gives 0 points")
  {
    const auto t = tender({question("q", 10).relative_to_best(), question("r", 90)});
    const auto result =
        score_and_check(t, {bid("Acme Ltd", 100).score("q", {0}).score("r", {5}),
                            bid("Bravo Ltd", 100).score("q", {0, 0}).score("r", {4})});
    const auto& q = points_of(bid_of(result.lots[0], "Acme Ltd"), "q");
    CHECK(q.points == 0);
    CHECK(*q.divisor == 0);
    CHECK(q.formula == "10 × 0 ÷ best 0 = 0 (best score in contention is 0)");
    CHECK(*bid_of(result.lots[0], "Bravo Ltd").total == 72); // 0 + 90 × 4 ÷ 5
  }
  SUBCASE("groups sum their children; social value counts the outermost marked criteria")
  {
    // quality 60 {a 30, b 30}; wider 40 {community 10 (social value, nested in an unmarked
    // group), local 30}
    const auto t = tender({group("quality", 60, {question("a", 30), question("b", 30)}),
                           group("wider", 40,
                                 {question("community", 10).social_value(),
                                  group("local", 30, {question("jobs", 30)})})});
    const auto result = score_and_check(t, {bid("Acme Ltd", 100)
                                                .score("a", {5})
                                                .score("b", {Rational{7, 2}})
                                                .score("community", {2})
                                                .score("jobs", {1})});
    const auto& acme = result.lots[0].bids[0];
    const auto& quality = points_of(acme, "quality");
    CHECK(quality.kind == "group");
    CHECK(quality.points == 51); // 30 × 5 ÷ 5 + 30 × 3.5 ÷ 5 = 30 + 21
    CHECK(quality.formula == "sum of children = 30 + 21 = 51");
    CHECK(points_of(acme, "jobs").depth == 2);
    CHECK(points_of(acme, "local").points == 6);  // 30 × 1 ÷ 5
    CHECK(points_of(acme, "wider").points == 10); // 10 × 2 ÷ 5 + 6 = 4 + 6
    CHECK(*acme.total == 61);                     // 51 + 10
    CHECK(acme.social_value_points == 4);         // community only
    CHECK(result.social_value_share == 10);       // its weight
    CHECK(result.price_method.empty());           // no price criterion
    CHECK(result.lots[0].criteria_order ==
          std::vector<std::string>{"quality", "a", "b", "wider", "community", "local", "jobs"});
    CHECK(result.lots[0].top_level == std::vector<std::string>{"quality", "wider"});
  }
}
