// SPDX-License-Identifier: MIT
// Quantitative criteria: the quantity.* rules on the tender's quantity rules and on the values
// bids state, read through the loader and the whole check (app::check_loaded) from inline YAML.
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;

namespace {

const std::string k_tender = R"(format: tenderscore/tender@1
tender: {id: t, title: T}
scales:
  q05: {min: 0, max: 5, step: 1}
panel:
  evaluators: [{id: ev-a}, {id: ev-b}]
criteria:
  - {id: quality, weight: 50, scale: q05}
  - id: delivery
    weight: 30
    quantity: {unit: days, direction: lower, method: ratio-to-best}
  - id: volunteering
    weight: 20
    social_value: true
    quantity: {direction: higher, method: range}
)";

const std::string k_bids_head = "format: tenderscore/bids@1\ntender: t\nbids:\n";
const std::string k_scored = "scores: {quality: {evaluators: {ev-a: 3, ev-b: 3}}}";

// The rendered errors and warnings of checking `tender` and `bids` as check_files would.
std::string diagnostics_of(const std::string& tender, const std::string& bids = "")
{
  return test::check_inline(tender, bids, diag::Severity::warning);
}

} // namespace

TEST_CASE("validate: the values bids state for quantitative criteria")
{
  SUBCASE("valid values")
  {
    CHECK(diagnostics_of(k_tender, k_bids_head +
                                       "  - {bidder: A, values: {delivery: 4, "
                                       "volunteering: 0}, " +
                                       k_scored + "}\n") == "");
  }

  SUBCASE("not positive where the method divides by the lowest; negative; unknown; not a "
          "quantity; missing")
  {
    // Bid A: delivery 0 (ratio-to-best, lower better, divides by the lowest value) and a
    // negative volunteering. Bid B: a misspelt criterion, a value for a question, and so no
    // value for either quantitative criterion.
    CHECK(diagnostics_of(k_tender,
                         k_bids_head + "  - {bidder: A, values: {delivery: 0, volunteering: -5}, " +
                             k_scored + "}\n  - {bidder: B, values: {delivry: 3, quality: 2}, " +
                             k_scored + "}\n") ==
          "b.yaml:4:36: error: value 0 for 'delivery' must be greater than 0: the ratio-to-best "
          "method divides by the lowest value [quantity.not-positive]\n"
          "b.yaml:4:53: error: value -5 for 'volunteering' is negative; 'volunteering' does not "
          "allow negative values (allow_negative: true in its quantity rule) "
          "[quantity.negative]\n"
          "b.yaml:5:14: error: bid 'B' states no value for the quantitative criterion "
          "'delivery' [quantity.missing]\n"
          "b.yaml:5:14: error: bid 'B' states no value for the quantitative criterion "
          "'volunteering' [quantity.missing]\n"
          "b.yaml:5:26: error: bid 'B' has a value for 'delivry', which is not a criterion; did "
          "you mean 'delivery'? [ref.criterion]\n"
          "b.yaml:5:38: error: bid 'B' has a value for 'quality', which is a question, not a "
          "quantitative criterion (one with a quantity rule) [quantity.not-quantity]");
  }

  SUBCASE("a value must be a number (the schema)")
  {
    CHECK(diagnostics_of(k_tender, k_bids_head +
                                       "  - {bidder: A, values: {delivery: soon, "
                                       "volunteering: 1}, " +
                                       k_scored + "}\n") ==
          "b.yaml:4:36: error: expected a number, got string 'soon' [schema.type]");
  }
}

TEST_CASE("validate: quantity rules in the tender")
{
  const std::string head = "format: tenderscore/tender@1\ntender: {id: t, title: T}\n"
                           "criteria:\n";

  SUBCASE("fixed-bounds needs a floor below its ceiling; a parameter its method does not use")
  {
    CHECK(diagnostics_of(head + "  - id: a\n    weight: 50\n    social_value: true\n"
                                "    quantity: {direction: lower, method: fixed-bounds, floor: 10, "
                                "ceiling: 5, k: 2}\n"
                                "  - id: b\n    weight: 50\n"
                                "    quantity: {direction: lower, method: fixed-bounds}\n") ==
          "t.yaml:7:76: error: ceiling 5 of 'a' must be above its floor 10 [quantity.params]\n"
          "t.yaml:7:82: warning: 'k' is not used by the fixed-bounds method of 'a' "
          "[quantity.params]\n"
          "t.yaml:10:42: error: the fixed-bounds method of 'b' needs a floor and a ceiling "
          "[quantity.params]");
  }

  SUBCASE("bands: points within the weight, no overlap")
  {
    CHECK(diagnostics_of(head + "  - id: b\n    weight: 100\n    social_value: true\n"
                                "    quantity:\n      direction: higher\n      method: bands\n"
                                "      bands:\n"
                                "        - {to: 10, points: 0}\n"
                                "        - {from: 5, to: 20, points: 160}\n") ==
          "t.yaml:12:11: error: bands of 'b' overlap: a value can be in only one band (a band "
          "covers from its from up to, not including, its to) [quantity.bands]\n"
          "t.yaml:12:37: error: band points of 'b' must be from 0 to its weight 100, got 160 "
          "[quantity.bands]");
  }

  SUBCASE("bands: a gap between two bands")
  {
    CHECK(diagnostics_of(head + "  - id: b\n    weight: 100\n    social_value: true\n"
                                "    quantity:\n      direction: higher\n      method: bands\n"
                                "      bands:\n"
                                "        - {from: 20, points: 100}\n"
                                "        - {to: 10, points: 0}\n") ==
          "t.yaml:11:11: error: bands of 'b' leave a gap from 10 up to 20: say what a value "
          "there earns with a band of its own (points: 0 if it earns nothing) [quantity.bands]");
  }

  SUBCASE("bands needs bands; a quantitative criterion must be a leaf")
  {
    CHECK(diagnostics_of(head + "  - id: b\n    weight: 100\n    social_value: true\n"
                                "    quantity: {direction: higher, method: bands}\n"
                                "    children:\n"
                                "      - {id: c, weight: 100, quantity: {direction: higher, "
                                "method: range}}\n") ==
          "t.yaml:4:9: error: quantitative criterion 'b' has children; it must be a leaf "
          "[criterion.kind]\n"
          "t.yaml:7:43: error: the bands method of 'b' needs bands [quantity.params]");
  }

  SUBCASE("ratio-to-best cannot allow negative values; a quantity with price or children")
  {
    CHECK(diagnostics_of(head + "  - id: a\n    weight: 100\n    social_value: true\n"
                                "    quantity: {direction: higher, method: ratio-to-best, "
                                "allow_negative: true}\n") ==
          "t.yaml:7:43: error: ratio-to-best cannot score negative values (it divides by the "
          "best value, which must be above 0), but 'a' allows them; use range, fixed-bounds or "
          "bands [quantity.params]");
    CHECK(diagnostics_of(head + "  - id: a\n    weight: 100\n    social_value: true\n"
                                "    price: {method: lowest-ratio}\n"
                                "    quantity: {direction: lower, method: range}\n")
              .find("'a' has both a price and a quantity rule; give one [criterion.kind]") !=
          std::string::npos);
  }
}

TEST_CASE("validate: where quantitative criteria cannot go")
{
  const std::string head = "format: tenderscore/tender@1\ntender: {id: t, title: T}\n"
                           "scales:\n  q05: {min: 0, max: 5, step: 1}\ncriteria:\n";

  SUBCASE("a threshold on one is an error; over a group holding one, a warning")
  {
    CHECK(diagnostics_of(head + "  - id: g\n    weight: 60\n    threshold: 0.5\n"
                                "    children:\n"
                                "      - {id: q, weight: 30, scale: q05}\n"
                                "      - {id: r, weight: 30, quantity: {direction: lower, "
                                "method: range}}\n"
                                "  - id: v\n    weight: 40\n    social_value: true\n"
                                "    threshold: 0.5\n"
                                "    quantity: {direction: higher, method: range}\n") ==
          "t.yaml:8:16: warning: the threshold of 'g' leaves out its quantitative criterion 'r': "
          "a threshold measures quality points only [criterion.threshold]\n"
          "t.yaml:15:16: error: 'v' is a quantitative criterion; a quality threshold cannot "
          "apply to a stated value (exclude on it with fixed-bounds or bands points instead) "
          "[criterion.threshold]");
  }

  SUBCASE("price per quality point takes fixed-bounds and bands only")
  {
    CHECK(diagnostics_of("format: tenderscore/tender@1\ntender: {id: t, title: T}\n"
                         "award: price-per-quality-point\ncriteria:\n"
                         "  - id: r\n    weight: 50\n    social_value: true\n"
                         "    quantity: {direction: lower, method: range}\n"
                         "  - id: e\n    weight: 50\n"
                         "    quantity: {direction: lower, method: fixed-bounds, floor: 1, "
                         "ceiling: 2}\n") ==
          "t.yaml:8:42: error: quantitative criterion 'r' is scored against the other bids "
          "(range), but the tender awards on price per quality point, which drops a bid with no "
          "quality points after scoring and so would move the best and worst values; use "
          "fixed-bounds or bands [award.quantity-relative]");
  }

  SUBCASE("a stage-1 group holding one: it does not count at stage 1")
  {
    const std::string text =
        head + "  - id: g\n    weight: 100\n    social_value: true\n    children:\n"
               "      - {id: q, weight: 50, scale: q05}\n"
               "      - {id: r, weight: 50, quantity: {direction: lower, method: range}}\n"
               "stages:\n  - {id: s, criteria: [g], shortlist: {top: 1}}\n  - {id: award}\n";
    CHECK(diagnostics_of(text) ==
          "t.yaml:13:24: warning: stage 's' ranks on quality points only, so the quantitative "
          "criterion 'r' under 'g' does not count at stage 1 [stages.quantity-criterion]");
  }
}

TEST_CASE("validate: values at the award stage of a two-stage evaluation")
{
  // Stage 1 shortlists one bid on 'fit'; A (fit 5) goes on and must state 'delivery'; B (fit 3)
  // stops at stage 1 and needs no value.
  const std::string tender = R"(format: tenderscore/tender@1
tender: {id: t, title: T}
scales:
  q05: {min: 0, max: 5, step: 1}
panel:
  evaluators: [{id: ev-a}, {id: ev-b}]
criteria:
  - {id: quality, weight: 50, scale: q05, social_value: true}
  - {id: delivery, weight: 50, quantity: {unit: days, direction: lower, method: range}}
stages:
  - id: eoi
    criteria: [{id: fit, weight: 100, scale: q05}]
    shortlist: {top: 1}
  - {id: award}
)";
  const std::string a_scores = "scores: {fit: {evaluators: {ev-a: 5, ev-b: 5}}, "
                               "quality: {evaluators: {ev-a: 4, ev-b: 4}}}";
  const std::string b = "  - {bidder: B, scores: {fit: {evaluators: {ev-a: 3, ev-b: 3}}}}\n";
  CHECK(test::check_inline(
            tender, k_bids_head + "  - {bidder: A, values: {delivery: 9}, " + a_scores + "}\n" + b,
            diag::Severity::error) == "");
  CHECK(test::check_inline(tender, k_bids_head + "  - {bidder: A, " + a_scores + "}\n" + b,
                           diag::Severity::error) ==
        "b.yaml:4:14: error: bid 'A' states no value for the quantitative criterion 'delivery'; "
        "it reached stage 'award', which scores it [quantity.missing]");
}
