// SPDX-License-Identifier: MIT
#include <tenderscore/panel/worksheet.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

namespace panel = tenderscore::panel;
namespace model = tenderscore::model;
namespace st = tenderscore::score::test;
using tenderscore::util::Rational;

namespace {

// The worksheet of one question q1 (0–5) answered by `bids`, panel ev-a … ev-d.
panel::Worksheet sheet_of(std::vector<model::Bid> bids, model::Aggregate aggregate = {})
{
  model::Tender t = st::tender({st::question("q1", 100)});
  t.panel.aggregate.value = aggregate;
  const auto file = st::bids_file(std::move(bids));
  return panel::build_worksheet(t, {&file});
}

std::vector<std::string> codes(const panel::Item& item)
{
  std::vector<std::string> result;
  for (const auto& f : item.flags) {
    result.push_back(f.code);
  }
  return result;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("panel::build_worksheet statistics")
{
  SUBCASE("mean, exact median, spread and the engine's score")
  {
    // 4, 4, 3: mean 11/3, median 4, spread 4 − 3 = 1; the mean panel uses 11/3.
    const auto sheet = sheet_of({st::bid("A", 100).score("q1", {4, 4, 3})});
    REQUIRE(sheet.items.size() == 1);
    const auto& item = sheet.items[0];
    CHECK(item.question == "q1");
    CHECK(item.bidder == "A");
    CHECK_FALSE(item.lot);
    CHECK(item.used == 3);
    CHECK(*item.mean == Rational{11, 3});
    CHECK(*item.median == 4);
    CHECK(*item.low == 3);
    CHECK(*item.high == 4);
    CHECK(*item.spread == 1);
    CHECK(*item.score == Rational{11, 3});
    CHECK(item.score_source == "mean");
    CHECK(item.flags.empty());
    CHECK(sheet.tender == "t");
    CHECK(sheet.aggregate == "mean");
    CHECK(sheet.spread_flag == 2);
  }
  SUBCASE("median panel, even count: the mean of the middle two")
  {
    // 1, 4, 2, 3 sorted 1 2 3 4: median (2 + 3) / 2 = 5/2; mean 10/4 = 5/2; spread 3.
    const auto sheet =
        sheet_of({st::bid("A", 100).score("q1", {1, 4, 2, 3})}, model::Aggregate::median);
    const auto& item = sheet.items[0];
    CHECK(*item.median == Rational{5, 2});
    CHECK(*item.score == Rational{5, 2});
    CHECK(item.score_source == "median");
    CHECK(sheet.aggregate == "median");
  }
  SUBCASE("a conflicted evaluator is shown but not used")
  {
    // ev-a (5) declared a conflict: used 1 and 3 → mean 2, median 2, spread 2 (4 with ev-a).
    const auto sheet = sheet_of({st::bid("A", 100).score("q1", {5, 1, 3}).conflict("ev-a")});
    const auto& item = sheet.items[0];
    REQUIRE(item.scores.size() == 3);
    CHECK(item.scores[0].evaluator == "ev-a");
    CHECK(item.scores[0].conflicted);
    CHECK(item.scores[0].score == 5);
    CHECK_FALSE(item.scores[1].conflicted);
    CHECK(item.used == 2);
    CHECK(*item.mean == 2);
    CHECK(*item.median == 2);
    CHECK(*item.spread == 2);
    CHECK(*item.score == 2);
    CHECK(*item.scores[1].deviation == -2); // 1 − 3
    CHECK(*item.scores[2].deviation == 2);  // 3 − 1
  }
  SUBCASE("every evaluator conflicted: nothing to use")
  {
    const auto sheet =
        sheet_of({st::bid("A", 100).score("q1", {4, 2}).conflict("ev-a").conflict("ev-b")});
    const auto& item = sheet.items[0];
    CHECK(item.used == 0);
    CHECK_FALSE(item.mean);
    CHECK_FALSE(item.spread);
    CHECK_FALSE(item.score);
    CHECK(item.score_source.empty());
  }
}

TEST_CASE("panel::build_worksheet order")
{
  // Lots north and south; south overrides the criteria. Items: per lot, questions in tree
  // order (q1 then q2 inside group g), then bids in input order within the lot.
  model::Tender t =
      st::tender({st::group("g", 100, {st::question("q1", 60), st::question("q2", 40)})});
  t.lots.push_back({"north", {}, "North", std::nullopt});
  t.lots.push_back({"south", {}, "South", std::vector<model::Criterion>{st::question("q3", 100)}});
  const auto file = st::bids_file({
      st::bid("X", 100).lot("north").score("q1", {1}).score("q2", {2}),
      st::bid("Y", 100).lot("south").score("q3", {3}),
      st::bid("Z", 100).lot("north").score("q1", {4}).score("q2", {5}),
  });
  const auto sheet = panel::build_worksheet(t, {&file});
  std::vector<std::string> order;
  for (const auto& item : sheet.items) {
    order.push_back(*item.lot + "/" + item.question + "/" + item.bidder);
  }
  CHECK(order == std::vector<std::string>{"north/q1/X", "north/q1/Z", "north/q2/X", "north/q2/Z",
                                          "south/q3/Y"});
  CHECK(*sheet.items[3].score == 5);
}

TEST_CASE("panel::build_worksheet flags")
{
  SUBCASE("panel-spread at the flag, not below it")
  {
    const auto sheet = sheet_of(
        {st::bid("A", 100).score("q1", {3, 5, 4}), st::bid("B", 100).score("q1", {3, 4, 4})});
    CHECK(codes(sheet.items[0]) == Codes{"panel-spread"});
    CHECK(sheet.items[0].flags[0].message ==
          "evaluators' scores range from 3 to 5 (spread 2, flag at 2)");
    CHECK(sheet.items[1].flags.empty());
    const auto flagged = panel::needing_moderation(sheet.items);
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0]->bidder == "A");
  }
  SUBCASE("moderated outside the range, with a comment")
  {
    const auto sheet =
        sheet_of({st::bid("A", 100).score("q1", {3, 4}).moderated("q1", 5, "Evidence missed")});
    const auto& item = sheet.items[0];
    CHECK(codes(item) == Codes{"moderated-outside-range"});
    CHECK(item.flags[0].message == "moderated score 5 lies outside the evaluators' range 3–4");
    CHECK(*item.score == 5);
    CHECK(item.score_source == "moderated");
    CHECK(*item.comment == "Evidence missed");
  }
  SUBCASE("moderated with no comment: missing rationale")
  {
    const auto sheet = sheet_of({st::bid("A", 100).score("q1", {3, 4}).moderated("q1", 4)});
    CHECK(codes(sheet.items[0]) == Codes{"missing-rationale"});
    CHECK(sheet.items[0].flags[0].message == "moderated score 4 has no comment explaining it");
  }
  SUBCASE("a blank comment is no rationale")
  {
    const auto sheet = sheet_of({st::bid("A", 100).score("q1", {3, 4}).moderated("q1", 4, " \n")});
    CHECK(codes(sheet.items[0]) == Codes{"missing-rationale"});
  }
  SUBCASE("every flag at once, in order")
  {
    const auto sheet = sheet_of({st::bid("A", 100).score("q1", {1, 3}).moderated("q1", 5)});
    CHECK(codes(sheet.items[0]) ==
          Codes{"panel-spread", "moderated-outside-range", "missing-rationale"});
  }
  SUBCASE("moderated inside the range with a comment: nothing to do")
  {
    const auto sheet =
        sheet_of({st::bid("A", 100).score("q1", {3, 4}).moderated("q1", 4, "Agreed")});
    CHECK(sheet.items[0].flags.empty());
    CHECK(panel::needing_moderation(sheet.items).empty());
  }
}
