// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check;
using test::dec;
using test::rendered;

TEST_CASE("validate::check_tender")
{
  model::Tender t = test::waste_tender();
  model::Criterion& price = t.criteria[0];
  model::Criterion& quality = t.criteria[1];
  model::Criterion& service = quality.children[0];
  model::Criterion& mobilisation = quality.children[2];
  model::Scale& scale = t.scales[0];

  SUBCASE("the FORMAT.md waste tender draws the lowest-ratio note and the s.52 warning")
  {
    // £50m with two KPIs: the Procurement Act 2023 s.52 asks for at least three.
    const auto d = check(t);
    CHECK(d.count(diag::Severity::error) == 0);
    CHECK(d.count(diag::Severity::warning) == 1);
    CHECK(rendered(d, "outcomes.too-few-kpis") ==
          "t.yaml:8:20: warning: the estimated value is over £5m (£50000000) but the tender sets "
          "2 KPIs; the Procurement Act 2023 s.52 requires at least three [outcomes.too-few-kpis]");
    CHECK(d.count(diag::Severity::note) == 1);
    CHECK(rendered(d, "price.method-risk").size() > 0);
  }
  SUBCASE("weights.total")
  {
    CHECK(rendered(check(t), "weights.total").empty());
    price.weight.value = 35;
    CHECK(rendered(check(t), "weights.total") ==
          "t.yaml:35:13: error: top-level weights sum to 95, not 100 [weights.total]");
    price.weight.value = dec("40.000000001"); // exact: no tolerance
    CHECK(rendered(check(t), "weights.total") ==
          "t.yaml:35:13: error: top-level weights sum to 100.000000001, not 100 "
          "[weights.total]");
  }
  SUBCASE("weights.total of a lot's own criteria")
  {
    t = test::waste_tender_with_lots();
    CHECK(rendered(check(t), "weights.total").empty());
    t.lots[1].criteria->at(0).weight.value = 25;
    CHECK(rendered(check(t), "weights.total") ==
          "t.yaml:83:17: error: top-level weights of lot 'south' sum to 95, not 100 "
          "[weights.total]");
  }
  SUBCASE("weights.sum")
  {
    CHECK(rendered(check(t), "weights.sum").empty());
    service.weight.value = 20;
    CHECK(rendered(check(t), "weights.sum") ==
          "t.yaml:40:13: error: children of 'quality' sum to 50, but its weight is 55 "
          "[weights.sum]");
  }
  SUBCASE("weights.range")
  {
    CHECK(rendered(check(t), "weights.range").empty());
    mobilisation.weight.value = 0;
    service.weight.value = 35;
    CHECK(rendered(check(t), "weights.range") ==
          "t.yaml:45:36: error: weight of 'mobilisation' must be greater than zero, got 0 "
          "[weights.range]");
    mobilisation.weight.value = -5;
    service.weight.value = 40;
    CHECK(rendered(check(t), "weights.range") ==
          "t.yaml:45:36: error: weight of 'mobilisation' must be greater than zero, got -5 "
          "[weights.range]");
    CHECK(rendered(check(t), "weights.sum").empty());
  }
  SUBCASE("id.duplicate")
  {
    CHECK(rendered(check(t), "id.duplicate").empty());
    t.criteria[2].children[0].id = "mobilisation";
    t.gates[1].id = "insurance";
    t.panel.evaluators[1].id = "ev-procurement";
    t.outcomes[0].kpis[1].id = "recycling-rate";
    CHECK(rendered(check(t), "id.duplicate") ==
          "t.yaml:26:12: error: duplicate evaluator id 'ev-procurement' (first defined at line "
          "25) [id.duplicate]\n"
          "t.yaml:32:10: error: duplicate gate id 'insurance' (first defined at line 31) "
          "[id.duplicate]\n"
          "t.yaml:50:13: error: duplicate criterion id 'mobilisation' (first defined at line 45) "
          "[id.duplicate]\n"
          "t.yaml:70:13: error: duplicate KPI id 'recycling-rate' (first defined at line 64) "
          "[id.duplicate]");
  }
  SUBCASE("id.duplicate among lots and within a lot's own criteria")
  {
    t = test::waste_tender_with_lots();
    CHECK(rendered(check(t), "id.duplicate").empty()); // a lot's tree is its own namespace
    t.lots[1].id = "north";
    t.lots[1].criteria->at(1).children[1].id = "service-delivery";
    CHECK(rendered(check(t), "id.duplicate") ==
          "t.yaml:79:9: error: duplicate lot id 'north' (first defined at line 77) "
          "[id.duplicate]\n"
          "t.yaml:89:18: error: duplicate criterion id 'service-delivery' (first defined at line "
          "88) [id.duplicate]");
  }
  SUBCASE("criterion.kind: a question without a scale")
  {
    CHECK(rendered(check(t), "criterion.kind").empty());
    mobilisation.scale.reset();
    CHECK(rendered(check(t), "criterion.kind") ==
          "t.yaml:45:14: error: question 'mobilisation' has no scale [criterion.kind]");
  }
  SUBCASE("criterion.kind: a price criterion with children")
  {
    price.children.push_back(mobilisation);
    quality.children.pop_back();
    CHECK(rendered(check(t), "criterion.kind") ==
          "t.yaml:34:9: error: price criterion 'price' has children; the price criterion must "
          "be a leaf [criterion.kind]");
  }
  SUBCASE("criterion.kind: two price criteria in one tree")
  {
    mobilisation.price = price.price;
    CHECK(rendered(check(t), "criterion.kind") ==
          "t.yaml:45:14: error: 'mobilisation' is a second price criterion: 'price' (line 34) "
          "already scores price [criterion.kind]");
  }
  SUBCASE("ref.scale")
  {
    CHECK(rendered(check(t), "ref.scale").empty());
    mobilisation.scale->value = "quality-05";
    CHECK(rendered(check(t), "ref.scale") ==
          "t.yaml:45:47: error: question 'mobilisation' names scale 'quality-05', which is not "
          "defined; did you mean 'quality-0-5'? [ref.scale]");
  }
  SUBCASE("scale.invalid: range and step")
  {
    CHECK(rendered(check(t), "scale.invalid").empty());
    scale.min.value = 5;
    CHECK(rendered(check(t), "scale.invalid") ==
          "t.yaml:13:10: error: scale 'quality-0-5' has min 5, which is not below its max 5 "
          "[scale.invalid]");
    scale.min.value = -1;
    CHECK(rendered(check(t), "scale.invalid") ==
          "t.yaml:13:10: error: min of scale 'quality-0-5' must not be negative, got -1 "
          "[scale.invalid]");
    scale.min.value = 0;
    scale.step.value = 0;
    CHECK(rendered(check(t), "scale.invalid") ==
          "t.yaml:15:11: error: step of scale 'quality-0-5' must be greater than zero, got 0 "
          "[scale.invalid]");
    scale.step.value = dec("1.5");
    scale.labels.clear();
    CHECK(rendered(check(t), "scale.invalid") ==
          "t.yaml:15:11: error: scale 'quality-0-5' runs from 0 to 5, which is not a whole "
          "number of steps of 1.5 [scale.invalid]");
    scale.step.value = dec("0.5");
    CHECK(rendered(check(t), "scale.invalid").empty());
  }
  SUBCASE("scale.invalid: labels")
  {
    scale.labels[2].point = dec("2.5");
    scale.labels[5].point = 6;
    CHECK(rendered(check(t), "scale.invalid") ==
          "t.yaml:19:7: error: label 2.5 of scale 'quality-0-5' is not on its step of 1 "
          "[scale.invalid]\n"
          "t.yaml:22:7: error: label 6 of scale 'quality-0-5' is outside its range (0 to 5) "
          "[scale.invalid]");
  }
  SUBCASE("criterion.minimum")
  {
    service.minimum->value = 0;
    quality.children[1].minimum->value = 5;
    CHECK(rendered(check(t), "criterion.minimum").empty());
    service.minimum->value = 6;
    quality.children[1].minimum->value = dec("2.5");
    CHECK(rendered(check(t), "criterion.minimum") ==
          "t.yaml:43:73: error: minimum 6 of 'service-delivery' is outside the scale "
          "'quality-0-5' (0 to 5) [criterion.minimum]\n"
          "t.yaml:44:78: error: minimum 2.5 of 'recycling-performance' is not on the step of 1 "
          "of scale 'quality-0-5' [criterion.minimum]");
  }
  SUBCASE("criterion.minimum on a group")
  {
    quality.minimum = quality.threshold; // as if line 41 read `minimum: 0.6`
    quality.threshold.reset();
    CHECK(rendered(check(t), "criterion.minimum") ==
          "t.yaml:41:16: error: 'quality' is not a question, so it cannot have a minimum score "
          "[criterion.minimum]");
  }
  SUBCASE("criterion.threshold")
  {
    quality.threshold->value = 1;
    CHECK(rendered(check(t), "criterion.threshold").empty());
    quality.threshold->value = 60;
    CHECK(rendered(check(t), "criterion.threshold") ==
          "t.yaml:41:16: error: threshold of 'quality' must be a share greater than 0 and at "
          "most 1, got 60 [criterion.threshold]");
    quality.threshold->value = 0;
    CHECK(rendered(check(t), "criterion.threshold") ==
          "t.yaml:41:16: error: threshold of 'quality' must be a share greater than 0 and at "
          "most 1, got 0 [criterion.threshold]");
  }
  SUBCASE("criterion.threshold on the price criterion")
  {
    price.threshold = quality.threshold; // as if the threshold on line 41 were the price's
    quality.threshold.reset();
    const auto d = check(t);
    CHECK(rendered(d, "criterion.threshold") ==
          "t.yaml:41:16: error: 'price' is the price criterion; a quality threshold cannot apply "
          "to it [criterion.threshold]");
    CHECK(d.count(diag::Severity::error) == 1);
  }
  SUBCASE("criterion.threshold on a group holding the price criterion")
  {
    // commercial 95 {price 40, service-delivery 25, recycling-performance 20, mobilisation 10}
    // with quality's threshold, then social-value 5: the weights still add up.
    quality.id = "commercial";
    quality.weight.value = 95;
    quality.children.insert(quality.children.begin(), price);
    t.criteria.erase(t.criteria.begin());
    t.tie_break[0].value = "commercial";
    const auto d = check(t);
    CHECK(rendered(d, "criterion.threshold") ==
          "t.yaml:41:16: error: threshold of 'commercial' covers the price criterion 'price'; "
          "put the threshold on a group of questions only [criterion.threshold]");
    CHECK(d.count(diag::Severity::error) == 1);
  }
  SUBCASE("criterion.threshold on a group two levels above the price criterion, in a lot")
  {
    t = test::waste_tender_with_lots();
    auto& south = *t.lots[1].criteria;
    // south: value 90 {money 30 {price 30}, quality 60 {...}}, social-value 10
    model::Criterion money = south[0];
    money.id = "money";
    money.price.reset();
    money.children = {south[0]};
    model::Criterion value = south[1];
    value.id = "value";
    value.weight.value = 90;
    value.threshold = t.criteria[1].threshold; // as if line 41's threshold were value's
    value.children = {money, south[1]};
    south.erase(south.begin(), south.begin() + 2);
    south.insert(south.begin(), value);
    CHECK(rendered(check(t), "criterion.threshold") ==
          "t.yaml:41:16: error: threshold of 'value' covers the price criterion 'price'; put the "
          "threshold on a group of questions only [criterion.threshold]");
  }
  SUBCASE("criterion.ignored-key: scale and normalise on a group or the price criterion")
  {
    // keys.yaml holds the keys as if written under `quality:` and `price:`
    const auto source = std::make_shared<diag::SourceFile>(
        "keys.yaml", "quality:\n  scale: quality-0-5\n  normalise: relative-to-best\n"
                     "price:\n  scale: quality-0-5\n  normalise: relative-to-best\n");
    test::Locator at(source);
    quality.scale = model::Located<std::string>{"quality-0-5", at.value("scale")};
    const diag::Location quality_normalise = at.value("normalise");
    quality.normalise = {model::Normalise::relative_to_best, quality_normalise};
    price.scale = model::Located<std::string>{"quality-0-5", at.value("scale")};
    price.normalise = {model::Normalise::relative_to_best, at.value("normalise")};
    auto d = check(t);
    CHECK(rendered(d, "criterion.ignored-key") ==
          "keys.yaml:2:10: warning: 'quality' is a group, so its 'scale' is ignored "
          "[criterion.ignored-key]\n"
          "keys.yaml:3:14: warning: 'quality' is a group, so its 'normalise' is ignored "
          "[criterion.ignored-key]\n"
          "keys.yaml:5:10: warning: 'price' is the price criterion, so its 'scale' is ignored "
          "[criterion.ignored-key]\n"
          "keys.yaml:6:14: warning: 'price' is the price criterion, so its 'normalise' is "
          "ignored [criterion.ignored-key]");
    CHECK(d.count(diag::Severity::error) == 0);

    // The default normalise is no change; a non-default one read from nowhere points at the id.
    quality.scale.reset();
    quality.normalise = {model::Normalise::scale_max, quality_normalise};
    price.scale.reset();
    price.normalise = {model::Normalise::relative_to_best, {}};
    CHECK(rendered(check(t), "criterion.ignored-key") ==
          "t.yaml:34:9: warning: 'price' is the price criterion, so its 'normalise' is ignored "
          "[criterion.ignored-key]");

    // A question uses both keys; a minimum on the price criterion stays an error.
    mobilisation.normalise = {model::Normalise::relative_to_best, {}};
    price.normalise = {model::Normalise::scale_max, {}};
    price.minimum = service.minimum;
    d = check(t);
    CHECK(rendered(d, "criterion.ignored-key").empty());
    CHECK(rendered(d, "criterion.minimum") ==
          "t.yaml:43:73: error: 'price' is not a question, so it cannot have a minimum score "
          "[criterion.minimum]");
  }
  SUBCASE("panel.explanation-from")
  {
    // Placed where the fixture's spread_flag is (29:16), so the message has a place to show.
    t.panel.explanation_from = model::Located<std::string>{"ev-arts", t.panel.spread_flag.where};
    CHECK(rendered(check(t), "panel.explanation-from").empty());
    t.panel.explanation_from->value = "ev-art";
    CHECK(rendered(check(t), "panel.explanation-from") ==
          "t.yaml:29:16: error: explanation_from names 'ev-art', which is not an evaluator of the "
          "panel; did you mean 'ev-arts'? [panel.explanation-from]");
  }
  SUBCASE("tie-break.unknown")
  {
    t.tie_break[1].value = "mobilisation"; // any node of the tree may break a tie
    CHECK(rendered(check(t), "tie-break.unknown").empty());
    t.tie_break[0].value = "qualty";
    CHECK(rendered(check(t), "tie-break.unknown") ==
          "t.yaml:57:13: error: tie_break names 'qualty', which is not a criterion; did you mean "
          "'quality'? [tie-break.unknown]");
  }
  SUBCASE("panel.spread-flag")
  {
    t.panel.spread_flag.value = dec("0.5");
    CHECK(rendered(check(t), "panel.spread-flag").empty());
    t.panel.spread_flag.value = 0;
    CHECK(rendered(check(t), "panel.spread-flag") ==
          "t.yaml:29:16: error: spread_flag must be greater than zero, got 0 [panel.spread-flag]");
  }
  SUBCASE("tender.ringfence")
  {
    t.ringfence->share.value = 1;
    CHECK(rendered(check(t), "tender.ringfence").empty());
    t.ringfence->share.value = 0;
    CHECK(rendered(check(t), "tender.ringfence") ==
          "t.yaml:59:22: error: ringfence share must be greater than 0 and at most 1, got 0 "
          "[tender.ringfence]");
    t.ringfence->share.value = dec("1.5");
    CHECK(rendered(check(t), "tender.ringfence") ==
          "t.yaml:59:22: error: ringfence share must be greater than 0 and at most 1, got 1.5 "
          "[tender.ringfence]");
  }
}
