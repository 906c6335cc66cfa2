// SPDX-License-Identifier: MIT
#include <tenderscore/panel/agreement.hpp>
#include <tenderscore/panel/worksheet.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

namespace panel = tenderscore::panel;
namespace model = tenderscore::model;
namespace st = tenderscore::score::test;
using tenderscore::util::Rational;

namespace {

using Ratings = std::vector<std::vector<Rational>>;

} // namespace

TEST_CASE("panel::average_ranks")
{
  // Sorted: 1 (rank 1), 2 (rank 2), 3 and 3 (ranks 3 and 4, each gets 3.5).
  CHECK(panel::average_ranks({3, 1, 3, 2}) ==
        std::vector<Rational>{Rational{7, 2}, 1, Rational{7, 2}, 2});
  CHECK(panel::average_ranks({2, 2, 2}) == std::vector<Rational>{2, 2, 2});
  CHECK(panel::average_ranks({}).empty());
}

TEST_CASE("panel::kendall_w")
{
  SUBCASE("no ties: 3 raters × 4 items")
  {
    // Ranks:      A: 1 2 3 4   B: 2 1 3 4   C: 1 3 2 4
    // R_i = 4, 6, 8, 12; m(n + 1)/2 = 3 × 5 / 2 = 7.5
    // S = 3.5² + 1.5² + 0.5² + 4.5² = 12.25 + 2.25 + 0.25 + 20.25 = 35
    // W = 12 × 35 / (3² × (4³ − 4)) = 420 / 540 = 7/9; chi-square = 3 × 3 × 7/9 = 7
    const auto a = panel::kendall_w(Ratings{{1, 2, 3, 4}, {2, 1, 3, 4}, {1, 3, 2, 4}});
    CHECK(a.raters == 3);
    CHECK(a.items == 4);
    CHECK(*a.s == 35);
    CHECK(*a.tie_sum == 0);
    CHECK(*a.w == Rational{7, 9});
    CHECK(*a.chi_square == 7);
    CHECK(a.reason.empty());
    CHECK(a.calculation == "W = 12 × 35 / (3² × (4³ − 4) − 3 × 0) = 0.777778…");
    CHECK(a.formula == panel::k_kendall_formula);
  }
  SUBCASE("ties: 3 raters × 4 items")
  {
    // Scores      A: 1 2 3 4   B: 2 2 3 4   C: 1 3 3 3
    // Ranks       A: 1 2 3 4   B: 1.5 1.5 3 4   C: 1 3 3 3
    // T_A = 0; T_B = 2³ − 2 = 6; T_C = 3³ − 3 = 24; Σ T_j = 30
    // R_i = 3.5, 6.5, 9, 11 (sum 30 = m·n(n + 1)/2); deviations from 7.5: −4, −1, 1.5, 3.5
    // S = 16 + 1 + 2.25 + 12.25 = 31.5
    // W = 12 × 31.5 / (9 × 60 − 3 × 30) = 378 / 450 = 21/25 (0.7 without the correction)
    // chi-square = 3 × 3 × 21/25 = 189/25
    const auto a = panel::kendall_w(Ratings{{1, 2, 3, 4}, {2, 2, 3, 4}, {1, 3, 3, 3}});
    CHECK(*a.s == Rational{63, 2});
    CHECK(*a.tie_sum == 30);
    CHECK(*a.w == Rational{21, 25});
    CHECK(*a.chi_square == Rational{189, 25});
    CHECK(a.calculation == "W = 12 × 31.5 / (3² × (4³ − 4) − 3 × 30) = 0.84");
  }
  SUBCASE("perfect agreement on different scores")
  {
    // Same order from every rater: R_i = 2, 4, 6; S = 4 + 0 + 4 = 8; W = 96 / (4 × 24) = 1.
    const auto a = panel::kendall_w(Ratings{{1, 3, 5}, {0, 2, 4}});
    CHECK(*a.w == 1);
    CHECK(*a.chi_square == 4); // m(n − 1)W = 2 × 2 × 1
  }
  SUBCASE("undefined")
  {
    const auto all_tied = panel::kendall_w(Ratings{{3, 3, 3}, {2, 2, 2}});
    CHECK_FALSE(all_tied.w);
    CHECK_FALSE(all_tied.chi_square);
    CHECK(all_tied.reason == "every evaluator gave every complete item the same score: there is "
                             "no ranking to agree on");
    const auto one_item = panel::kendall_w(Ratings{{3}, {2}}, 5);
    CHECK_FALSE(one_item.w);
    CHECK(one_item.items_left_out == 5);
    CHECK(one_item.reason ==
          "fewer than 2 items were scored by every evaluator without a conflict");
    const auto one_rater = panel::kendall_w(Ratings{{1, 2, 3}});
    CHECK_FALSE(one_rater.w);
    CHECK(one_rater.reason == "the panel has fewer than 2 evaluators");
    CHECK_FALSE(panel::kendall_w(Ratings{}).w);
  }
}

TEST_CASE("panel::panel_agreement")
{
  // The no-ties example as bids B1–B4 on one question, plus B5 on which ev-c has a conflict:
  // B5 is not a complete case, so it is left out and W is still 7/9.
  model::Tender t = st::tender({st::question("q1", 100)});
  t.panel.evaluators.pop_back(); // ev-a, ev-b, ev-c
  const auto file = st::bids_file({
      st::bid("B1", 100).score("q1", {1, 2, 1}),
      st::bid("B2", 100).score("q1", {2, 1, 3}),
      st::bid("B3", 100).score("q1", {3, 3, 2}),
      st::bid("B4", 100).score("q1", {4, 4, 4}),
      st::bid("B5", 100).score("q1", {0, 5, 5}).conflict("ev-c"),
  });
  const auto sheet = panel::build_worksheet(t, {&file});
  const auto& a = sheet.agreement;
  CHECK(a.raters == 3);
  CHECK(a.items == 4);
  CHECK(a.items_left_out == 1);
  CHECK(*a.w == Rational{7, 9});

  SUBCASE("an evaluator who scored nothing leaves no complete case")
  {
    model::Tender four = t;
    four.panel.evaluators.push_back({"ev-d", "evaluator", {}});
    const auto none = panel::build_worksheet(four, {&file});
    CHECK(none.agreement.raters == 4);
    CHECK(none.agreement.items == 0);
    CHECK(none.agreement.items_left_out == 5);
    CHECK_FALSE(none.agreement.w);
  }
}
