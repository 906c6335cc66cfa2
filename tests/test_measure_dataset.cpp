// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/measure/dataset.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>

using namespace tenderscore;
using measure::Instrument;
using test::Lines;

namespace {

struct Read
{
  std::optional<measure::Dataset> data;
  Lines errors;
};

Read read(std::string text, Instrument instrument = Instrument::eq5d_3l)
{
  diag::Diagnostics diags;
  auto source = std::make_shared<diag::SourceFile>("m.csv", std::move(text));
  auto data = measure::read_dataset(source, instrument, diags);
  return {std::move(data), test::render(diags)};
}

Lines errors(std::string text, Instrument instrument = Instrument::eq5d_3l)
{
  return read(std::move(text), instrument).errors;
}

} // namespace

TEST_CASE("measure::read_dataset")
{
  SUBCASE("a valid EQ-5D-3L file with labels keeps their order of first appearance")
  {
    const auto r = read("id,time,mo,sc,ua,pd,ad\n"
                        "a,pre,1,1,1,1,1\n"
                        "a,post,2,2,2,2,2\n"
                        "b,pre,1,,1,1,1\n");
    REQUIRE(r.data);
    CHECK(r.errors.empty());
    CHECK(r.data->time == measure::TimeKind::labels);
    CHECK(r.data->time_points == std::vector<std::string>{"pre", "post"});
    REQUIRE(r.data->rows.size() == 3);
    CHECK(r.data->rows[2].items[1] == std::nullopt);
    CHECK(r.data->rows[2].items[0] == 1);
    CHECK(r.data->rows[1].where.line == 3);
  }
  SUBCASE("columns in any order; dates are sorted by date")
  {
    const auto r = read("ad,pd,ua,sc,mo,time,id\n"
                        "1,1,1,1,2,2025-06-30,a\n"
                        "1,1,1,1,1,2025-01-01,a\n");
    REQUIRE(r.data);
    CHECK(r.data->time == measure::TimeKind::dates);
    CHECK(r.data->time_points == std::vector<std::string>{"2025-01-01", "2025-06-30"});
    CHECK(r.data->rows[0].items[0] == 2); // mo, read from the fifth column
    CHECK(r.data->rows[0].day == measure::parse_iso_date("2025-06-30"));
  }
  SUBCASE("misspelt, duplicate and missing columns")
  {
    CHECK(errors("id,tme,mo,sc,ua,pd,ax\n") ==
          Lines{"m.csv:1:1: error: missing eq5d-3l column ad (the eq5d-3l items are "
                "mo,sc,ua,pd,ad) [csv.header]",
                "m.csv:1:4: error: unknown column 'tme' for eq5d-3l; did you mean 'time'? "
                "[csv.header]",
                "m.csv:1:20: error: unknown column 'ax' for eq5d-3l; did you mean 'ad'? "
                "[csv.header]"});
    CHECK(errors("id,mo,sc,ua,pd,ad,mo\n") ==
          Lines{"m.csv:1:19: error: duplicate column 'mo' (first in column 4) [csv.header]"});
    CHECK(errors("id,item1,item2,item3,item4,item5,item6,item7,item8\n", Instrument::swemwbs) ==
          Lines{"m.csv:1:46: error: unknown column 'item8' for swemwbs; it is a wemwbs item: "
                "is this a wemwbs file? [csv.header]"});
    CHECK(errors("mo,sc,ua,pd,ad\n1,1,1,1,1\n") ==
          Lines{"m.csv:1:1: error: missing column 'id' [csv.header]"});
  }
  SUBCASE("out-of-range, non-integer values and a short row, each where it is")
  {
    CHECK(errors("id,mo,sc,ua,pd,ad\n"
                 "a,1,4,1,1,1\n"
                 "b,1,1,x,1,1\n"
                 "c,1,1,1,1\n"
                 "d,1.0,1,1,1, 1\n") == // "1.0" is columns 3-5, so " 1" starts at 13
          Lines{"m.csv:2:5: error: sc '4' is not a whole number from 1 to 3 (eq5d-3l); leave the "
                "cell empty for a missing answer [measure.value]",
                "m.csv:3:7: error: ua 'x' is not a whole number from 1 to 3 (eq5d-3l); leave the "
                "cell empty for a missing answer [measure.value]",
                "m.csv:4:1: error: this row has 5 fields but the header has 6 [csv.syntax]",
                "m.csv:5:3: error: mo '1.0' is not a whole number from 1 to 3 (eq5d-3l); leave "
                "the cell empty for a missing answer [measure.value]",
                "m.csv:5:13: error: ad ' 1' is not a whole number from 1 to 3 (eq5d-3l); leave "
                "the cell empty for a missing answer [measure.value]"});
  }
  SUBCASE("ONS4 takes 0-10; a negative number is out of range")
  {
    CHECK(errors("id,life_satisfaction,worthwhile,happiness,anxiety\n"
                 "a,0,10,-1,11\n",
                 Instrument::ons4) ==
          Lines{"m.csv:2:8: error: happiness '-1' is not a whole number from 0 to 10 (ons4); "
                "leave the cell empty for a missing answer [measure.value]",
                "m.csv:2:11: error: anxiety '11' is not a whole number from 0 to 10 (ons4); "
                "leave the cell empty for a missing answer [measure.value]"});
  }
  SUBCASE("duplicate (id, time) rows and duplicate ids without a time column")
  {
    CHECK(errors("id,time,mo,sc,ua,pd,ad\n"
                 "a,pre,1,1,1,1,1\n"
                 "a,post,1,1,1,1,1\n"
                 "a,pre,1,1,1,1,2\n") ==
          Lines{"m.csv:4:1: error: participant 'a' at time 'pre' appears again (first on line "
                "2) [measure.duplicate]"});
    CHECK(errors("id,mo,sc,ua,pd,ad\n"
                 "a,1,1,1,1,1\n"
                 "a,1,1,1,1,2\n") ==
          Lines{"m.csv:3:1: error: participant 'a' appears again (first on line 2); without a "
                "time column each participant has one row [measure.duplicate]"});
  }
  SUBCASE("empty ids and times, impossible dates, dates mixed with labels")
  {
    CHECK(errors("id,time,mo,sc,ua,pd,ad\n"
                 ",pre,1,1,1,1,1\n"
                 "a,,1,1,1,1,1\n") ==
          Lines{"m.csv:2:1: error: empty id: every row needs a participant id [measure.value]",
                "m.csv:3:3: error: empty time: with a time column every row needs one (e.g. "
                "pre, post or a date YYYY-MM-DD) [measure.time]"});
    CHECK(errors("id,time,mo,sc,ua,pd,ad\n"
                 "a,2025-01-01,1,1,1,1,1\n"
                 "a,2025-02-29,1,1,1,1,1\n"
                 "a,post,1,1,1,1,1\n") ==
          Lines{"m.csv:3:3: error: time '2025-02-29' is not a calendar date YYYY-MM-DD; the "
                "first time in the file (line 2) is a date, so every time must be one "
                "[measure.time]",
                "m.csv:4:3: error: time 'post' is not a calendar date YYYY-MM-DD; the first time "
                "in the file (line 2) is a date, so every time must be one [measure.time]"});
    CHECK(errors("id,time,mo,sc,ua,pd,ad\n"
                 "a,pre,1,1,1,1,1\n"
                 "a,2025-01-01,1,1,1,1,1\n") ==
          Lines{"m.csv:3:3: error: time '2025-01-01' looks like a date but the first time in the "
                "file (line 2) is a label; use dates or labels, not both [measure.time]"});
  }
  SUBCASE("empty files, a header alone, broken quoting")
  {
    CHECK(errors("") == Lines{"m.csv:1:1: error: empty file: the first line must name the "
                              "columns (id, optional time, then the eq5d-3l items) [csv.header]"});
    CHECK(errors("id,mo,sc,ua,pd,ad\n") ==
          Lines{"m.csv:1:1: error: no responses: the file has only a header [measure.value]"});
    CHECK(errors("id,mo,sc,ua,pd,ad\n\"a,1,1,1,1,1\n") ==
          Lines{"m.csv:2:1: error: unterminated quoted field: no closing '\"' before the end of "
                "the file [csv.syntax]"});
  }
}

TEST_CASE("measure::parse_iso_date")
{
  CHECK(measure::parse_iso_date("1970-01-01") == 0);
  CHECK(measure::parse_iso_date("1970-03-01") == 59); // 31 + 28
  CHECK(measure::parse_iso_date("2024-02-29") == 19782);
  CHECK(measure::parse_iso_date("2025-01-01") == 20089); // 55 years, 14 leap days: 55*365+14
  CHECK_FALSE(measure::parse_iso_date("2023-02-29"));
  CHECK_FALSE(measure::parse_iso_date("2025-13-01"));
  CHECK_FALSE(measure::parse_iso_date("2025-1-01"));
  CHECK_FALSE(measure::parse_iso_date("0999-01-01"));
  CHECK_FALSE(measure::parse_iso_date("2025-00-10"));
}
