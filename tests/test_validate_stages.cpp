// SPDX-License-Identifier: MIT
// Two-stage evaluations: the stages.* rules, read through the loader from inline YAML.
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

} // namespace

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
