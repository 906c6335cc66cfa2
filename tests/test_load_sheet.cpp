// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace tenderscore;
using load::FileKind;
using test::Lines;
using util::Rational;

namespace {

struct Sheet
{
  load::LoadedFile file;
  Lines errors;
};

Sheet sheet(std::string text)
{
  diag::Diagnostics diags;
  auto file = load::load_text("s.csv", std::move(text), diags);
  return {std::move(file), test::render(diags)};
}

Lines errors(std::string text)
{
  return sheet(std::move(text)).errors;
}

const char* const k_header = "bidder,lot,question,evaluator,score,comment\n";

} // namespace

TEST_CASE("load::is_sheet_path")
{
  CHECK(load::is_sheet_path("scores.csv"));
  CHECK(load::is_sheet_path("dir/SCORES.CSV"));
  CHECK_FALSE(load::is_sheet_path("bids.yaml"));
  CHECK_FALSE(load::is_sheet_path("csv"));
}

TEST_CASE("load::load_sheet keeps every comment")
{
  // The same three rows in two orders: each evaluator's comment stays with its score, and the
  // moderated row's comment is the explanation whichever row comes first.
  const std::string evaluator_a = "Acme Ltd,,q1,ev-a,4,Strong plan\n";
  const std::string evaluator_b = "Acme Ltd,,q1,ev-b,2,Weak on costs\n";
  const std::string moderated = "Acme Ltd,,q1,moderated,3,Agreed: plan strong and costs weak\n";
  for (const auto& rows :
       {evaluator_a + evaluator_b + moderated, moderated + evaluator_b + evaluator_a}) {
    const Sheet s = sheet(k_header + rows);
    REQUIRE(s.errors.empty());
    REQUIRE(s.file.sheet);
    const auto& q = s.file.sheet->bids.at(0).scores.at(0);
    REQUIRE(q.comment);
    CHECK(q.comment->value == "Agreed: plan strong and costs weak");
    REQUIRE(q.evaluators.size() == 2);
    for (const auto& e : q.evaluators) {
      REQUIRE(e.comment);
      CHECK(e.comment->value == (e.evaluator == "ev-a" ? "Strong plan" : "Weak on costs"));
    }
  }
}

TEST_CASE("load::load_sheet")
{
  SUBCASE("a score sheet, columns in any order")
  {
    const Sheet s = sheet("score,evaluator,question,bidder,lot,comment\n"
                          "4,ev-a,q1,Acme Ltd,,\"Clear, costed plan\"\n"
                          "3,ev-b,q1,Acme Ltd,,Another comment\n"
                          "3.5,moderated,q1,Acme Ltd,,\n"
                          "2,ev-a,q1,Beta plc,north,\n");
    REQUIRE(s.errors.empty());
    CHECK(s.file.kind == FileKind::score_sheet);
    REQUIRE(s.file.sheet);
    const auto& bids = s.file.sheet->bids;
    REQUIRE(bids.size() == 2);
    CHECK(bids[0].bidder.value == "Acme Ltd");
    CHECK_FALSE(bids[0].lot);
    CHECK(bids[0].where.line == 2);
    CHECK(bids[0].where.column == 11);
    REQUIRE(bids[0].scores.size() == 1);
    const auto& q = bids[0].scores[0];
    CHECK(q.question == "q1");
    REQUIRE(q.evaluators.size() == 2);
    CHECK(q.evaluators[1].evaluator == "ev-b");
    CHECK(q.evaluators[1].score.value == Rational(3));
    CHECK(q.evaluators[1].where.line == 3);
    CHECK(q.evaluators[1].where.column == 3);
    REQUIRE(q.moderated);
    CHECK(q.moderated->value == Rational(7, 2));
    // Each evaluator keeps its own comment; the moderated row gave none, so the question has
    // no explanation (never the first evaluator's comment in its place).
    CHECK_FALSE(q.comment);
    REQUIRE(q.evaluators[0].comment);
    CHECK(q.evaluators[0].comment->value == "Clear, costed plan");
    CHECK(q.evaluators[0].comment->where.line == 2);
    CHECK(q.evaluators[0].comment->where.column == 21);
    REQUIRE(q.evaluators[1].comment);
    CHECK(q.evaluators[1].comment->value == "Another comment");
    REQUIRE(bids[1].lot);
    CHECK(bids[1].lot->value == "north");
    CHECK_FALSE(s.file.bids);
  }
  SUBCASE("a price sheet with no lot column")
  {
    const Sheet s = sheet("bidder,price\nAcme Ltd,100.25\n\"Beta, plc\",99\n");
    REQUIRE(s.errors.empty());
    CHECK(s.file.kind == FileKind::price_sheet);
    REQUIRE(s.file.sheet);
    REQUIRE(s.file.sheet->bids.size() == 2);
    CHECK(s.file.sheet->bids[0].price->value == Rational(401, 4));
    CHECK(s.file.sheet->bids[1].bidder.value == "Beta, plc");
  }
  SUBCASE("a value sheet for quantitative criteria, and its duplicates")
  {
    const Sheet s = sheet("bidder,lot,criterion,value\nAcme Ltd,,delivery,20\n"
                          "Acme Ltd,,co2e,12.5\nBeta plc,north,delivery,18\n");
    REQUIRE(s.errors.empty());
    CHECK(s.file.kind == FileKind::value_sheet);
    REQUIRE(s.file.sheet);
    const auto& bids = s.file.sheet->bids;
    REQUIRE(bids.size() == 2);
    REQUIRE(bids[0].values.size() == 2);
    CHECK(bids[0].values[1].criterion == "co2e");
    CHECK(bids[0].values[1].value.value == Rational(25, 2));
    CHECK(bids[1].lot->value == "north");
    CHECK(bids[1].find_value("delivery")->value.value == 18);
    CHECK(errors("bidder,criterion,value\nAcme Ltd,delivery,20\nAcme Ltd,delivery,21\n") ==
          Lines{"s.csv:3:1: error: duplicate value for 'Acme Ltd', criterion 'delivery' (first "
                "at line 2) [csv.duplicate]"});
    CHECK(errors("bidder,criterion,value\nAcme Ltd,delivery,soon\n") ==
          Lines{"s.csv:2:19: error: value 'soon' is not a number [csv.value]"});
  }
  SUBCASE("missing columns")
  {
    CHECK(errors("bidder,question,score\n") ==
          Lines{"s.csv:1:1: error: missing column 'evaluator' [csv.header]"});
    CHECK(errors("bidder,lot\n") ==
          Lines{"s.csv:1:1: error: not a score sheet, price sheet, value sheet or monitoring "
                "return: the first line must name the columns "
                "'bidder,lot,question,evaluator,score,comment', 'bidder,lot,price', "
                "'bidder,lot,criterion,value' or 'period,kpi,value' [csv.header]"});
    CHECK(errors("lot,price\n") == Lines{"s.csv:1:1: error: missing column 'bidder' [csv.header]"});
    CHECK(errors("\n") == Lines{"s.csv:1:1: error: empty sheet: the first line must name the "
                                "columns 'bidder,lot,question,evaluator,score,comment', "
                                "'bidder,lot,price', 'bidder,lot,criterion,value' or "
                                "'period,kpi,value' [csv.header]"});
  }
  SUBCASE("unknown and duplicate columns")
  {
    CHECK(errors("bidder,lot,question,evaluater,score\n") ==
          Lines{"s.csv:1:1: error: missing column 'evaluator' [csv.header]",
                "s.csv:1:21: error: unknown column 'evaluater'; did you mean 'evaluator'? "
                "[csv.header]"});
    CHECK(errors("bidder,price,price\n") ==
          Lines{"s.csv:1:14: error: duplicate column 'price' [csv.header]"});
  }
  SUBCASE("values")
  {
    CHECK(errors(std::string(k_header) + "Acme Ltd,,q1,ev-a,four,\n") ==
          Lines{"s.csv:2:19: error: score 'four' is not a number [csv.value]"});
    CHECK(errors(std::string(k_header) + ",,q1,ev-a,4,\n") ==
          Lines{"s.csv:2:1: error: empty bidder [csv.value]"});
    CHECK(errors("bidder,price\nAcme Ltd,£100\n") ==
          Lines{"s.csv:2:10: error: price '£100' is not a number [csv.value]"});
    CHECK(errors(std::string(k_header) + "Acme Ltd,,q1,ev-a,4\n") ==
          Lines{"s.csv:2:1: error: this row has 5 fields but the header has 6 [csv.syntax]"});
  }
  SUBCASE("duplicate rows")
  {
    CHECK(errors(std::string(k_header) + "Acme Ltd,,q1,ev-b,3,\nAcme Ltd,,q1,ev-a,4,\n"
                                         "Acme Ltd,,q1,ev-a,5,\n") ==
          Lines{"s.csv:4:1: error: duplicate score for 'Acme Ltd', question 'q1', evaluator "
                "'ev-a' (first at line 3) [csv.duplicate]"});
    CHECK(errors(std::string(k_header) +
                 "Acme Ltd,n,q1,moderated,3,\nAcme Ltd,n,q1,moderated,4,\n") ==
          Lines{"s.csv:3:1: error: duplicate score for 'Acme Ltd', lot 'n', question 'q1', "
                "evaluator 'moderated' (first at line 2) [csv.duplicate]"});
    CHECK(errors("bidder,lot,price\nAcme Ltd,,1\nAcme Ltd,,2\n") ==
          Lines{"s.csv:3:1: error: duplicate price for 'Acme Ltd' (first at line 2) "
                "[csv.duplicate]"});
  }
  SUBCASE("a syntax error stops the sheet")
  {
    const Sheet s = sheet(std::string(k_header) + "Acme Ltd,,q1,ev-a,\"4\n");
    CHECK(s.errors == Lines{"s.csv:2:19: error: unterminated quoted field: no closing '\"' "
                            "before the end of the file [csv.syntax]"});
    CHECK(s.file.kind == FileKind::unknown);
    CHECK_FALSE(s.file.sheet);
  }
}
