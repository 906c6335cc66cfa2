// SPDX-License-Identifier: MIT
// Two-stage evaluations: the stages.* rules, read through the loader from inline YAML, and the
// scores a bid needs at each stage (app::check_loaded, once the shortlist is known).
#include "validate_test_support.hpp"

#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check;

namespace {

const std::string k_head = R"(format: tenderscore/tender@1
tender: {id: t, title: T}
scales:
  q05: {min: 0, max: 5, step: 1}
gates:
  - {id: insurance, text: Insurance}
criteria:
  - id: quality
    weight: 60
    children:
      - {id: method, weight: 30, scale: q05}
      - {id: staffing, weight: 30, scale: q05}
  - {id: price, weight: 40, price: {method: lowest-ratio}}
stages:
)";

// Return the stages.* diagnostics (only those of `rule` when given) of loading and checking
// the tender whose `stages:` list is `stages`, rendered in source order.
std::string diagnostics(const std::string& stages, std::string_view rule = "")
{
  diag::Diagnostics diags;
  const auto file = load::load_text("t.yaml", k_head + stages, diags);
  REQUIRE(file.tender);
  validate::check_tender(*file.tender, validate::Options{}, diags);
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (d.rule.rfind("stages.", 0) == 0 && (rule.empty() || d.rule == rule)) {
      if (!out.empty()) {
        out += '\n';
      }
      out += test::render(d);
    }
  }
  return out;
}

// Return every error and warning of loading and checking the tender whose `stages:` list is
// `stages`, rendered in source order, but the warning that k_head has no social value criterion.
std::string all_diagnostics(const std::string& stages)
{
  diag::Diagnostics diags;
  const auto file = load::load_text("t.yaml", k_head + stages, diags);
  REQUIRE(file.tender);
  validate::check_tender(*file.tender, validate::Options{}, diags);
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (d.severity == diag::Severity::note || d.rule == "social-value.missing") {
      continue;
    }
    if (!out.empty()) {
      out += '\n';
    }
    out += test::render(d);
  }
  return out;
}

} // namespace

TEST_CASE("validate::check_stages: an expression of interest with criteria of its own")
{
  // Line 15 is the first stage's line (k_head has 14 lines).
  SUBCASE("valid: its own weights sum to 100 among themselves, apart from the award's 100")
  {
    CHECK(all_diagnostics("  - id: eoi\n    gates: [insurance]\n    criteria:\n"
                          "      - {id: fit, weight: 70, scale: q05, minimum: 1}\n"
                          "      - {id: reach, weight: 30, scale: q05}\n"
                          "    shortlist: {top: 2}\n  - {id: award}\n") == "");
  }

  SUBCASE("its own weights must sum to 100; no price; ids distinct from the award criteria's")
  {
    CHECK(all_diagnostics("  - id: eoi\n    criteria:\n"
                          "      - {id: fit, weight: 50, scale: q05}\n"
                          "      - {id: method, weight: 20, scale: q05}\n"
                          "      - {id: cost, weight: 20, price: {method: lowest-ratio}}\n"
                          "    shortlist: {top: 2}\n  - {id: award}\n") ==
          "t.yaml:17:27: error: top-level weights of stage 'eoi' sum to 90, not 100 "
          "[weights.total]\n"
          "t.yaml:18:14: error: duplicate criterion id 'method' (first defined at line 11) "
          "[id.duplicate]\n"
          "t.yaml:19:14: error: 'cost' scores price, but stage 'eoi' ranks on quality points "
          "only; price is scored at the award stage [stages.price-criterion]");
  }

  SUBCASE("stages.quantity-criterion: a stated value among stage 1's own criteria")
  {
    CHECK(diagnostics("  - id: eoi\n    criteria:\n"
                      "      - {id: fit, weight: 50, scale: q05}\n"
                      "      - {id: reach, weight: 50, quantity: {direction: higher, method: "
                      "range}}\n"
                      "    shortlist: {top: 2}\n  - {id: award}\n",
                      "stages.quantity-criterion") ==
          "t.yaml:18:14: error: 'reach' scores a stated value, but stage 'eoi' ranks on quality "
          "points only; quantitative criteria are scored at the award stage "
          "[stages.quantity-criterion]");
  }

  SUBCASE("stages.mixed-criteria: award ids and criteria of its own together")
  {
    CHECK(diagnostics("  - id: eoi\n    criteria:\n      - quality\n"
                      "      - {id: fit, weight: 100, scale: q05}\n"
                      "    shortlist: {top: 2}\n  - {id: award}\n") ==
          "t.yaml:18:14: error: stage 'eoi' both names award criteria ('quality') and defines "
          "criteria of its own; list either ids of award criteria or criteria with their own "
          "weights (an expression of interest), not both [stages.mixed-criteria]");
  }

  SUBCASE("stages.ignored-key: normalise and social_value mean nothing on stage 1's criteria")
  {
    CHECK(diagnostics("  - id: eoi\n    criteria:\n"
                      "      - {id: fit, weight: 100, scale: q05, normalise: relative-to-best, "
                      "social_value: true}\n"
                      "    shortlist: {top: 2}\n  - {id: award}\n",
                      "stages.ignored-key") ==
          "t.yaml:17:14: warning: 'fit' is one of the own criteria of stage 'eoi', which carry "
          "no award weight, so its social_value counts for nothing [stages.ignored-key]\n"
          "t.yaml:17:55: warning: stage 'eoi' ranks on points over the scale maximum, so "
          "'normalise' of 'fit' is ignored [stages.ignored-key]");
  }

  SUBCASE("stages.unused-criteria: no shortlist, minimum or threshold")
  {
    CHECK(diagnostics("  - id: eoi\n    criteria:\n      - {id: fit, weight: 100, scale: q05}\n"
                      "  - {id: award}\n") ==
          "t.yaml:17:14: warning: stage 'eoi' defines criteria of its own but has no shortlist "
          "and no minimum or threshold on them, so their scores decide nothing "
          "[stages.unused-criteria]");
  }

  SUBCASE("the award stage cannot have criteria of its own")
  {
    CHECK(diagnostics("  - {id: eoi}\n  - id: award\n    criteria:\n"
                      "      - {id: fit, weight: 100, scale: q05}\n") ==
          "t.yaml:16:9: error: stage 'award' is the award stage: gates, criteria and shortlist "
          "belong to stage 1 (the gates stage 1 does not list apply here) [stages.award-stage]");
  }
}

TEST_CASE("validate::check_stages")
{
  SUBCASE("a valid two-stage tender")
  {
    CHECK(diagnostics("  - {id: selection, gates: [insurance], criteria: [quality], "
                      "shortlist: {top: 2}}\n  - {id: award}\n") == "");
    CHECK(diagnostics("  - {id: selection, criteria: [method], shortlist: {threshold: 1}}\n"
                      "  - {id: award}\n") == "");
  }

  SUBCASE("stages.count")
  {
    CHECK(diagnostics("  - {id: selection}\n", "stages.count") ==
          "t.yaml:14:1: error: stages must list exactly 2 stages (stage 1, then the award "
          "stage), got 1 [stages.count]");
  }

  SUBCASE("unknown gate and criterion ids, with did-you-mean")
  {
    const std::string stages = "  - {id: selection, gates: [insurence], criteria: [qualty]}\n"
                               "  - {id: award}\n";
    CHECK(diagnostics(stages, "stages.unknown-gate") ==
          "t.yaml:15:29: error: stage 'selection' names gate 'insurence', which is not a gate; "
          "did you mean 'insurance'? [stages.unknown-gate]");
    CHECK(diagnostics(stages, "stages.unknown-criterion") ==
          "t.yaml:15:52: error: stage 'selection' names criterion 'qualty', which is not a "
          "criterion; did you mean 'quality'? [stages.unknown-criterion]");
  }

  SUBCASE("stages.price-criterion")
  {
    CHECK(diagnostics("  - {id: selection, criteria: [price], shortlist: {top: 1}}\n"
                      "  - {id: award}\n") ==
          "t.yaml:15:32: error: stage 'selection' names the price criterion 'price'; a shortlist "
          "is ranked on quality points only [stages.price-criterion]");
  }

  SUBCASE("stages.top, stages.threshold and stages.shortlist")
  {
    const std::string both = "  - id: selection\n    criteria: [quality]\n"
                             "    shortlist: {top: 0, threshold: 1.5}\n  - {id: award}\n";
    CHECK(diagnostics(both) ==
          "t.yaml:17:5: error: the shortlist of stage 'selection' gives both top and threshold; "
          "give one [stages.shortlist]\n"
          "t.yaml:17:22: error: shortlist top of stage 'selection' must be a whole number of at "
          "least 1, got 0 [stages.top]\n"
          "t.yaml:17:36: error: shortlist threshold of stage 'selection' must be greater than 0 "
          "and at most 1, got 1.5 [stages.threshold]");
    CHECK(diagnostics("  - {id: selection, criteria: [quality], shortlist: {top: 2.5}}\n"
                      "  - {id: award}\n",
                      "stages.top") ==
          "t.yaml:15:59: error: shortlist top of stage 'selection' must be a whole number of at "
          "least 1, got 2.5 [stages.top]");
    CHECK(diagnostics("  - {id: selection, shortlist: {}}\n  - {id: award}\n") ==
          "t.yaml:15:21: error: the shortlist of stage 'selection' gives neither top nor "
          "threshold; give one [stages.shortlist]");
    // FORMAT.md's own form: no criteria named, so the shortlist ranks on all quality points.
    CHECK(diagnostics("  - {id: selection, gates: [insurance], shortlist: {top: 5}}\n"
                      "  - {id: award}\n")
              .empty());
  }

  SUBCASE("stages.award-stage")
  {
    CHECK(diagnostics("  - {id: selection}\n  - {id: award, gates: [insurance]}\n") ==
          "t.yaml:16:10: error: stage 'award' is the award stage: gates, criteria and shortlist "
          "belong to stage 1 (the gates stage 1 does not list apply here) [stages.award-stage]");
  }
}

namespace {

const std::string k_eoi_tender = R"(format: tenderscore/tender@1
tender: {id: t, title: T}
scales:
  q05: {min: 0, max: 5, step: 1}
panel:
  evaluators: [{id: ev-a}, {id: ev-b}]
gates:
  - {id: insurance, text: Insurance}
criteria:
  - {id: quality, weight: 60, scale: q05}
  - {id: price, weight: 40, price: {method: lowest-ratio}}
stages:
  - id: eoi
    gates: [insurance]
    criteria:
      - {id: fit, weight: 100, scale: q05}
    shortlist: {top: 1}
  - {id: award}
)";

// The rendered errors of checking `bids` (a bids file for tender t) with k_eoi_tender as
// check_files would.
std::string errors_of(const std::string& bids)
{
  return test::check_inline(k_eoi_tender, bids, diag::Severity::error);
}

const std::string k_bids_head = "format: tenderscore/bids@1\ntender: t\nbids:\n";

} // namespace

TEST_CASE("app::check_loaded: the scores each stage needs")
{
  // A (fit 5) is the shortlist of one; B (fit 3) stops at stage 1; C fails the stage-1 gate.
  const std::string b = "  - {bidder: B, price: 80, gates: {insurance: pass}, scores: "
                        "{fit: {evaluators: {ev-a: 3, ev-b: 3}}}}\n";
  const std::string c = "  - {bidder: C, price: 70, gates: {insurance: fail}}\n";

  SUBCASE("a bid stopped at stage 1 needs no award scores; one that goes on needs them all")
  {
    CHECK(errors_of(k_bids_head +
                    "  - {bidder: A, price: 100, gates: {insurance: pass}, scores: "
                    "{fit: {evaluators: {ev-a: 5, ev-b: 5}}, "
                    "quality: {evaluators: {ev-a: 4, ev-b: 4}}}}\n" +
                    b + c) == "");
  }

  SUBCASE("score.missing for an award question of a shortlisted bid")
  {
    CHECK(errors_of(k_bids_head +
                    "  - {bidder: A, price: 100, gates: {insurance: pass}, scores: "
                    "{fit: {evaluators: {ev-a: 5, ev-b: 5}}}}\n" +
                    b + c) ==
          "b.yaml:4:14: error: bid 'A' has no score for question 'quality'; it reached stage "
          "'award', which scores it [score.missing]");
  }

  SUBCASE("a price only from a bid that reaches the award stage, which scores price")
  {
    const std::string a_scores = "scores: {fit: {evaluators: {ev-a: 5, ev-b: 5}}, "
                                 "quality: {evaluators: {ev-a: 4, ev-b: 4}}}";
    const std::string stopped = "  - {bidder: B, gates: {insurance: pass}, scores: "
                                "{fit: {evaluators: {ev-a: 3, ev-b: 3}}}}\n"
                                "  - {bidder: C, gates: {insurance: fail}}\n";
    CHECK(errors_of(k_bids_head + "  - {bidder: A, price: 100, gates: {insurance: pass}, " +
                    a_scores + "}\n" + stopped) == "");
    CHECK(errors_of(k_bids_head + "  - {bidder: A, gates: {insurance: pass}, " + a_scores + "}\n" +
                    stopped) ==
          "b.yaml:4:14: error: bid 'A' has no price, but criterion 'price' scores price; it "
          "reached stage 'award', which scores it [price.missing]");
  }

  SUBCASE("stages.unchecked: another error keeps the award-stage check from running")
  {
    // A's score 7 is off the 0-5 scale, so stage 1 is not scored and A's missing 'quality'
    // score is not yet reported; a note says why.
    CHECK(test::check_inline(k_eoi_tender,
                             k_bids_head +
                                 "  - {bidder: A, price: 100, gates: {insurance: pass}, scores: "
                                 "{fit: {evaluators: {ev-a: 7, ev-b: 5}}}}\n" +
                                 b + c,
                             diag::Severity::note) ==
          "t.yaml:2:14: warning: no criterion is marked social_value: the Public Services "
          "(Social Value) Act 2012 requires commissioners to consider social value "
          "[social-value.missing]\n"
          "t.yaml:11:45: note: lowest-ratio scoring of 'price' is non-linear and can reverse the "
          "ranking of other bids when a bid is added or removed; consider fixed-bounds, which "
          "scores each price against bounds published in advance [price.method-risk]\n"
          "t.yaml:12:1: note: the scores, values and prices that the award stage needs are "
          "checked once the other errors are fixed: who reaches it is known only by scoring "
          "stage 1 [stages.unchecked]\n"
          "b.yaml:4:89: error: score 7 is outside the scale 'q05' (0 to 5) [score.range]");
  }

  SUBCASE("score.missing for a stage-1 question, before the shortlist can be drawn")
  {
    CHECK(errors_of(k_bids_head +
                    "  - {bidder: A, price: 100, gates: {insurance: pass}, scores: "
                    "{quality: {evaluators: {ev-a: 4, ev-b: 4}}}}\n" +
                    b + c) ==
          "b.yaml:4:14: error: bid 'A' has no score for question 'fit' [score.missing]");
  }
}
