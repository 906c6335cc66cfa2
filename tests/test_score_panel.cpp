// SPDX-License-Identifier: MIT
// Question scores from a panel: mean, exact median, moderation, conflicts and panel flags.
#include "score_test_support.hpp"

#include <tenderscore/score/engine.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using namespace tenderscore::score::test;
using score::Flag;

namespace {

// One question "q" worth 100 on the 0–5 scale: points = 100 × score ÷ 5 = 20 × score.
model::Tender one_question(model::Aggregate aggregate = model::Aggregate::mean)
{
  model::Tender t = tender({question("q", 100)});
  t.panel.aggregate = at(aggregate);
  return t;
}

const score::CriterionPoints& q_of(const score::Result& result)
{
  return points_of(result.lots.at(0).bids.at(0), "q");
}

bool same(const Flag& a, const Flag& b)
{
  return a.code == b.code && a.criterion == b.criterion && a.message == b.message;
}

} // namespace

TEST_CASE("score::score_questions")
{
  SUBCASE("mean of the evaluators")
  {
    const auto result =
        score_and_check(one_question(), {bid("Acme Ltd", 1000).score("q", {4, 4, 3})});
    const auto& q = q_of(result);
    CHECK(q.score_source == "mean");
    CHECK(*q.score == Rational{11, 3});  // (4 + 4 + 3) ÷ 3 = 11/3
    CHECK(q.points == Rational{220, 3}); // 100 × 11/3 ÷ 5 = 220/3 = 73.333…
    CHECK(*q.divisor == 5);
    CHECK(q.formula == "100 × 3.666667… ÷ 5 = 73.333333…");
    CHECK(result.aggregate == "mean");
  }
  SUBCASE("exact median, even count: mean of the two middle values")
  {
    const auto result = score_and_check(one_question(model::Aggregate::median),
                                        {bid("Acme Ltd", 1000).score("q", {3, 4, 4, 2})});
    const auto& q = q_of(result);
    CHECK(q.score_source == "median");
    CHECK(*q.score == Rational{7, 2}); // sorted 2, 3, 4, 4 → (3 + 4) ÷ 2 = 7/2 (the mean is 13/4)
    CHECK(q.points == 70);             // 100 × 7/2 ÷ 5 = 70
    CHECK(q.formula == "100 × 3.5 ÷ 5 = 70");
    CHECK(result.aggregate == "median");
  }
  SUBCASE("exact median, odd count: the middle value")
  {
    auto t = one_question(model::Aggregate::median);
    t.panel.spread_flag = at(Rational{5});
    const auto result = score_and_check(t, {bid("Acme Ltd", 1000).score("q", {1, 5, 4})});
    CHECK(*q_of(result).score == 4);             // sorted 1, 4, 5 → 4 (the mean would be 10/3)
    CHECK(q_of(result).points == 80);            // 100 × 4 ÷ 5 = 80
    CHECK(result.lots[0].bids[0].flags.empty()); // spread 4 < flag at 5
  }
  SUBCASE("a moderated score overrides the aggregate; individual scores are kept")
  {
    const auto result = score_and_check(
        one_question(),
        {bid("Acme Ltd", 1000).score("q", {3, 4, 4}).moderated("q", 4, "Consensus: strong plan.")});
    const auto& q = q_of(result);
    CHECK(q.score_source == "moderated");
    CHECK(*q.score == 4);  // moderated 4, not the mean 11/3
    CHECK(q.points == 80); // 100 × 4 ÷ 5 = 80
    CHECK(q.formula == "100 × 4 ÷ 5 = 80");
    REQUIRE(q.evaluators.size() == 3);
    CHECK(q.evaluators[0].evaluator == "ev-a");
    CHECK(q.evaluators[0].score == 3);
    CHECK(q.evaluators[1].score == 4);
    CHECK(q.evaluators[2].score == 4);
    CHECK_FALSE(q.evaluators[0].conflicted);
    CHECK(q.comment == "Consensus: strong plan.");
    CHECK(result.lots[0].bids[0].flags.empty()); // spread 1; 4 lies within 3–4
  }
  SUBCASE("a conflicted evaluator is listed but not used")
  {
    const auto result = score_and_check(
        one_question(), {bid("Acme Ltd", 1000).score("q", {5, 2, 3}).conflict("ev-a")});
    const auto& q = q_of(result);
    CHECK(*q.score == Rational{5, 2}); // ev-a's 5 set aside: (2 + 3) ÷ 2 = 5/2, not 10/3
    CHECK(q.points == 50);             // 100 × 5/2 ÷ 5 = 50
    REQUIRE(q.evaluators.size() == 3);
    CHECK(q.evaluators[0].evaluator == "ev-a");
    CHECK(q.evaluators[0].score == 5);
    CHECK(q.evaluators[0].conflicted);
    CHECK_FALSE(q.evaluators[1].conflicted);
    CHECK(result.lots[0].bids[0].flags.empty()); // spread of the used scores is 3 − 2 = 1
  }
  SUBCASE("panel-spread flag at max − min ≥ spread_flag; the score is unchanged")
  {
    const auto result =
        score_and_check(one_question(), {bid("Wide Ltd", 1000).score("q", {2, 5, 3}),
                                         bid("Edge Ltd", 1000).score("q", {3, 5, 4}),
                                         bid("Close Ltd", 1000).score("q", {3, 4, 4})});
    const auto& lot = result.lots[0];
    const auto& wide = bid_of(lot, "Wide Ltd");
    REQUIRE(wide.flags.size() == 1);
    CHECK(same(wide.flags[0], {"panel-spread", "q",
                               "evaluators' scores range from 2 to 5 (spread 3, flag at 2)"}));
    CHECK(wide.flags[0].name() == "panel-spread:q");
    CHECK(*points_of(wide, "q").score == Rational{10, 3});  // (2 + 5 + 3) ÷ 3, flag or not
    CHECK(points_of(wide, "q").points == Rational{200, 3}); // 100 × 10/3 ÷ 5 = 200/3
    const auto& edge = bid_of(lot, "Edge Ltd");
    REQUIRE(edge.flags.size() == 1); // 5 − 3 = 2 ≥ 2: flagged at the boundary
    CHECK(edge.flags[0].message == "evaluators' scores range from 3 to 5 (spread 2, flag at 2)");
    CHECK(bid_of(lot, "Close Ltd").flags.empty()); // 4 − 3 = 1 < 2
  }
  SUBCASE("moderated-outside-range flag")
  {
    const auto result = score_and_check(
        one_question(), {bid("Acme Ltd", 1000).score("q", {2, 4, 3}).moderated("q", 5)});
    const auto& acme = result.lots[0].bids[0];
    CHECK(*points_of(acme, "q").score == 5); // the moderated score still counts: 100 × 5 ÷ 5
    CHECK(points_of(acme, "q").points == 100);
    REQUIRE(acme.flags.size() == 2); // spread 4 − 2 = 2 also reaches the flag
    CHECK(same(acme.flags[0], {"panel-spread", "q",
                               "evaluators' scores range from 2 to 4 (spread 2, flag at 2)"}));
    CHECK(same(acme.flags[1], {"moderated-outside-range", "q",
                               "moderated score 5 lies outside the evaluators' range 2–4"}));
  }
}

TEST_CASE("score::score_questions explanation")
{
  // ev-a scores 4 ("Strong plan"), ev-b 2 ("Weak on costs"), ev-c 3 (no comment): the mean is 3.
  const auto scored = [](const model::Tender& t, BidBuilder b) {
    return q_of(score_and_check(t, {std::move(b)})).comment;
  };
  const auto acme = [] {
    return bid("Acme Ltd", 1000)
        .score("q", {4, 2, 3})
        .comment("q", "ev-a", "Strong plan")
        .comment("q", "ev-b", "Weak on costs");
  };
  SUBCASE("no moderated comment and no designated evaluator: no explanation")
  {
    CHECK(scored(one_question(), acme()) == "");
    const auto result = score_and_check(one_question(), {acme()});
    const auto& q = q_of(result);
    REQUIRE(q.evaluators.size() == 3);
    CHECK(q.evaluators[0].comment == "Strong plan");
    CHECK(q.evaluators[1].comment == "Weak on costs");
    CHECK(q.evaluators[2].comment == "");
  }
  SUBCASE("the panel's explanation_from evaluator explains it")
  {
    model::Tender t = one_question();
    t.panel.explanation_from = at(std::string("ev-b"));
    CHECK(scored(t, acme()) == "Weak on costs");
    // ... unless that evaluator declared a conflict for the bidder
    CHECK(scored(t, acme().conflict("ev-b")) == "");
  }
  SUBCASE("a moderated comment comes first")
  {
    model::Tender t = one_question();
    t.panel.explanation_from = at(std::string("ev-b"));
    CHECK(scored(t, acme().moderated("q", 3, "Agreed at moderation")) == "Agreed at moderation");
  }
}
