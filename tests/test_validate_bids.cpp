// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check;
using test::dec;
using test::rendered;

TEST_CASE("validate::check_bids")
{
  model::Tender t = test::waste_tender();
  model::BidsFile b = test::waste_bids();
  model::Bid& greenway = b.bids[0];
  model::Bid& riverside = b.bids[1];
  const auto lot_value = [&] { return test::Locator(b.source).value("lot"); };

  SUBCASE("the FORMAT.md bids are valid")
  {
    CHECK(rendered(check(b, t)).empty());
  }
  SUBCASE("bids.lot: a lot for a tender without lots")
  {
    greenway.lot = model::Located<std::string>{"north", lot_value()};
    CHECK(rendered(check(b, t), "bids.lot") ==
          "b.yaml:5:10: error: bid 'Greenway Services Ltd' names lot 'north', but tender "
          "'waste-2015' has no lots [bids.lot]");
  }
  SUBCASE("bids.lot: a tender with lots")
  {
    t = test::waste_tender_with_lots();
    greenway.lot = model::Located<std::string>{"nort", lot_value()};
    CHECK(rendered(check(b, t), "bids.lot") ==
          "b.yaml:5:10: error: bid 'Greenway Services Ltd' names lot 'nort', which tender "
          "'waste-2015' does not have; did you mean 'north'? [bids.lot]\n"
          "b.yaml:23:13: error: bid 'Riverside Community Arts CIC' names no lot, but tender "
          "'waste-2015' is divided into lots [bids.lot]");
    greenway.lot->value = "north";
    riverside.lot = model::Located<std::string>{"south", riverside.bidder.where};
    const auto d = check(b, t);
    CHECK(rendered(d, "bids.lot").empty());
    // Lot "south" has its own criteria, without recycling-performance.
    CHECK(rendered(d) ==
          "b.yaml:29:7: error: bid 'Riverside Community Arts CIC' has a score for "
          "'recycling-performance', which is not a criterion [ref.criterion]");
  }
  SUBCASE("bids.duplicate")
  {
    riverside.bidder.value = "Greenway Services Ltd";
    CHECK(rendered(check(b, t), "bids.duplicate") ==
          "b.yaml:23:13: error: duplicate bid from 'Greenway Services Ltd' (first at line 4) "
          "[bids.duplicate]");
    t = test::waste_tender_with_lots();
    greenway.lot = model::Located<std::string>{"north", lot_value()};
    riverside.lot = model::Located<std::string>{"south", riverside.bidder.where};
    CHECK(rendered(check(b, t), "bids.duplicate").empty()); // one bid per lot
    riverside.lot->value = "north";
    CHECK(rendered(check(b, t), "bids.duplicate") ==
          "b.yaml:23:13: error: duplicate bid from 'Greenway Services Ltd' for lot 'north' "
          "(first at line 4) [bids.duplicate]");
  }
  SUBCASE("price.missing")
  {
    greenway.price.reset();
    CHECK(rendered(check(b, t), "price.missing") ==
          "b.yaml:4:13: error: bid 'Greenway Services Ltd' has no price, but criterion 'price' "
          "scores price [price.missing]");
    t.criteria.erase(t.criteria.begin());
    CHECK(rendered(check(b, t), "price.missing").empty()); // a tender that does not score price
  }
  SUBCASE("price.unused")
  {
    CHECK(rendered(check(b, t), "price.unused").empty());
    t.criteria.erase(t.criteria.begin()); // the tender no longer scores price
    CHECK(rendered(check(b, t), "price.unused") ==
          "b.yaml:6:12: warning: bid 'Greenway Services Ltd' has a price, but no criterion "
          "scores price; it is ignored [price.unused]\n"
          "b.yaml:24:12: warning: bid 'Riverside Community Arts CIC' has a price, but no "
          "criterion scores price; it is ignored [price.unused]");
    greenway.price.reset();
    riverside.price.reset();
    CHECK(rendered(check(b, t)).empty());
  }
  SUBCASE("price.missing and no price.unused under price per quality point")
  {
    t.criteria.erase(t.criteria.begin()); // no price criterion: price is the award's numerator
    t.award = {model::Award::price_per_quality_point, {}};
    greenway.price.reset();
    const diag::Diagnostics d = check(b, t);
    CHECK(rendered(d, "price.missing") ==
          "b.yaml:4:13: error: bid 'Greenway Services Ltd' has no price, but the tender awards "
          "on price per quality point [price.missing]");
    CHECK(rendered(d, "price.unused").empty());
  }
  SUBCASE("price.unused: judged by the criteria of the bid's lot")
  {
    t = test::waste_tender_with_lots();
    auto& south = *t.lots[1].criteria;
    south.erase(south.begin()); // south does not score price; north (the tender's) does
    greenway.lot = model::Located<std::string>{"north", lot_value()};
    riverside.lot = model::Located<std::string>{"south", riverside.bidder.where};
    const auto d = check(b, t);
    CHECK(rendered(d, "price.unused") ==
          "b.yaml:24:12: warning: bid 'Riverside Community Arts CIC' has a price, but no "
          "criterion scores price; it is ignored [price.unused]");
    CHECK(rendered(d, "price.missing").empty());
  }
  SUBCASE("price.non-positive")
  {
    greenway.price->value = dec("0.01");
    CHECK(rendered(check(b, t), "price.non-positive").empty());
    greenway.price->value = -5;
    CHECK(rendered(check(b, t), "price.non-positive") ==
          "b.yaml:6:12: error: price must be greater than zero, got -5 [price.non-positive]");
    greenway.price->value = 0;
    CHECK(rendered(check(b, t), "price.non-positive") ==
          "b.yaml:6:12: error: price must be greater than zero, got 0 [price.non-positive]");
  }
  SUBCASE("gate.unanswered and ref.gate")
  {
    greenway.gates[1].pass = false; // a fail is an answer
    CHECK(rendered(check(b, t)).empty());
    greenway.gates[0].gate = "insurence";
    const auto d = check(b, t);
    CHECK(rendered(d, "gate.unanswered") ==
          "b.yaml:4:13: error: bid 'Greenway Services Ltd' does not answer gate 'insurance' "
          "[gate.unanswered]");
    CHECK(rendered(d, "ref.gate") ==
          "b.yaml:7:24: error: bid 'Greenway Services Ltd' answers gate 'insurence', which the "
          "tender does not have; did you mean 'insurance'? [ref.gate]");
  }
  SUBCASE("score.missing")
  {
    greenway.scores.erase(greenway.scores.begin() + 2);
    riverside.scores[2].evaluators.clear();
    CHECK(rendered(check(b, t), "score.missing") ==
          "b.yaml:4:13: error: bid 'Greenway Services Ltd' has no score for question "
          "'mobilisation' [score.missing]\n"
          "b.yaml:31:7: error: bid 'Riverside Community Arts CIC' has no score for question "
          "'mobilisation' [score.missing]");
  }
  SUBCASE("score.missing when every evaluator who scored declared a conflict")
  {
    model::QuestionScore& mobilisation = riverside.scores[2];
    mobilisation.evaluators.resize(1);
    mobilisation.evaluators[0].evaluator = "ev-arts"; // riverside's conflicts: [ev-arts]
    CHECK(rendered(check(b, t), "score.missing") ==
          "b.yaml:31:7: error: bid 'Riverside Community Arts CIC' has no score for question "
          "'mobilisation': every evaluator who scored it declared a conflict [score.missing]");
    mobilisation.moderated = model::Located<model::Rational>{3, mobilisation.where};
    CHECK(rendered(check(b, t), "score.missing").empty());
  }
  SUBCASE("panel.few-evaluators: one evaluator scored the question")
  {
    riverside.scores[2].evaluators.resize(1); // mobilisation: ev-procurement only
    const diag::Diagnostics d = check(b, t);
    CHECK(rendered(d) ==
          "b.yaml:31:7: warning: bid 'Riverside Community Arts CIC' has only 1 evaluator score "
          "for question 'mobilisation'; the panel needs at least 2 [panel.few-evaluators]");
  }
  SUBCASE("panel.few-evaluators: one evaluator left after conflicts of interest")
  {
    const diag::Location at = greenway.bidder.where;
    greenway.conflicts = {{"ev-service", at}, {"ev-arts", at}};
    // service-delivery and community-engagement are moderated: no warning for them.
    CHECK(rendered(check(b, t)) ==
          "b.yaml:13:7: warning: bid 'Greenway Services Ltd' has only 1 evaluator score for "
          "question 'recycling-performance' after conflicts of interest (ev-service, ev-arts "
          "declared); the panel needs at least 2 [panel.few-evaluators]\n"
          "b.yaml:15:7: warning: bid 'Greenway Services Ltd' has only 1 evaluator score for "
          "question 'mobilisation' after conflicts of interest (ev-service, ev-arts declared); "
          "the panel needs at least 2 [panel.few-evaluators]");
  }
  SUBCASE("panel.few-evaluators: none left is the score.missing error, not a warning")
  {
    const diag::Location at = greenway.bidder.where;
    greenway.conflicts = {{"ev-procurement", at}, {"ev-service", at}, {"ev-arts", at}};
    greenway.scores.erase(greenway.scores.begin() + 1, greenway.scores.begin() + 2);
    CHECK(rendered(check(b, t)) ==
          "b.yaml:4:13: error: bid 'Greenway Services Ltd' has no score for question "
          "'recycling-performance' [score.missing]\n"
          "b.yaml:15:7: error: bid 'Greenway Services Ltd' has no score for question "
          "'mobilisation': every evaluator who scored it declared a conflict [score.missing]");
  }
  SUBCASE("ref.criterion and score.not-question")
  {
    greenway.scores[2].question = "mobilsation";
    riverside.scores[2].question = "quality";
    riverside.scores[3].question = "price";
    const auto d = check(b, t);
    CHECK(rendered(d, "ref.criterion") ==
          "b.yaml:15:7: error: bid 'Greenway Services Ltd' has a score for 'mobilsation', which "
          "is not a criterion; did you mean 'mobilisation'? [ref.criterion]");
    CHECK(rendered(d, "score.not-question") ==
          "b.yaml:31:7: error: bid 'Riverside Community Arts CIC' has a score for 'quality', "
          "which is a group, not a question [score.not-question]\n"
          "b.yaml:33:7: error: bid 'Riverside Community Arts CIC' has a score for 'price', which "
          "is the price criterion, not a question [score.not-question]");
  }
  SUBCASE("ref.evaluator")
  {
    greenway.scores[0].evaluators[0].evaluator = "ev-procurment";
    riverside.conflicts[0].value = "ev-artz";
    CHECK(rendered(check(b, t), "ref.evaluator") ==
          "b.yaml:10:22: error: evaluator 'ev-procurment' is not on the panel; did you mean "
          "'ev-procurement'? [ref.evaluator]\n"
          "b.yaml:35:17: error: evaluator 'ev-artz' is not on the panel; did you mean "
          "'ev-arts'? [ref.evaluator]");
  }
  SUBCASE("score.range")
  {
    greenway.scores[0].evaluators[0].score.value = 0;
    greenway.scores[0].moderated->value = 5;
    CHECK(rendered(check(b, t), "score.range").empty());
    greenway.scores[0].evaluators[0].score.value = 6;
    greenway.scores[0].moderated->value = -1;
    CHECK(rendered(check(b, t), "score.range") ==
          "b.yaml:10:38: error: score 6 is outside the scale 'quality-0-5' (0 to 5) "
          "[score.range]\n"
          "b.yaml:11:20: error: moderated score -1 is outside the scale 'quality-0-5' (0 to 5) "
          "[score.range]");
  }
  SUBCASE("score.step")
  {
    greenway.scores[0].evaluators[0].score.value = dec("3.5");
    CHECK(rendered(check(b, t), "score.step") ==
          "b.yaml:10:38: error: score 3.5 is not on the step of 1 of scale 'quality-0-5' "
          "[score.step]");
    t.scales[0].step.value = dec("0.5");
    CHECK(rendered(check(b, t), "score.step").empty());
  }
  SUBCASE("ref.kpi")
  {
    greenway.kpi_commitments[0].kpi = "recyling-rate";
    CHECK(rendered(check(b, t), "ref.kpi") ==
          "b.yaml:22:14: error: bid 'Greenway Services Ltd' commits to KPI 'recyling-rate', "
          "which the tender does not have; did you mean 'recycling-rate'? [ref.kpi]");
  }
  SUBCASE("bidder names are untrusted: control characters are escaped")
  {
    greenway.bidder.value = "Evil\x1B[2J Ltd";
    greenway.price.reset();
    CHECK(rendered(check(b, t), "price.missing") ==
          "b.yaml:4:13: error: bid 'Evil\\x1B[2J Ltd' has no price, but criterion 'price' scores "
          "price [price.missing]");
  }
  SUBCASE("ref.tender when checked against another tender")
  {
    t.info.id = "waste-2016";
    CHECK(rendered(check(b, t), "ref.tender") ==
          "b.yaml:2:9: error: bids file names tender 'waste-2015', but is checked against "
          "tender 'waste-2016' [ref.tender]");
  }
}
