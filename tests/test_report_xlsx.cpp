// SPDX-License-Identifier: MIT
// The XLSX report: untrusted text made inert, cell references, and identical bytes for
// identical inputs. Formulas and their recalculated values are checked by
// tests/xlsx/check_xlsx_recalc.py with LibreOffice.
#include <tenderscore/app/report_run.hpp>
#include <tenderscore/report/report_xlsx.hpp>
#include <tenderscore/report/xlsx_book.hpp>

#include <tenderscore/score/engine.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <thread>

using namespace tenderscore;

namespace {

std::string example(const std::string& name, const std::string& file)
{
  return std::string(TENDERSCORE_SOURCE_DIR) + "/examples/" + name + "/" + file;
}

std::string report_bytes(const std::string& name, const std::vector<std::string>& argv)
{
  const app::ReportRun run =
      app::report_files(example(name, "tender.yaml"), {example(name, "bids.yaml")}, {}, argv);
  REQUIRE(run.evaluation);
  return report::xlsx_report(*run.evaluation);
}

} // namespace

TEST_CASE("xlsx_text neutralises text that a spreadsheet would take for a formula")
{
  using report::xlsx_text;
  CHECK(xlsx_text(R"(=HYPERLINK("http://evil","x"))") == R"('=HYPERLINK("http://evil","x"))");
  CHECK(xlsx_text("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0");
  CHECK(xlsx_text("@SUM(1)") == "'@SUM(1)");
  CHECK(xlsx_text("-1+1") == "'-1+1");
  // a leading tab or CR is both prefixed and made visible, like every control character
  CHECK(xlsx_text("\t=1") == "'\\x09=1");
  CHECK(xlsx_text("\r=1") == "'\\x0D=1");
  // markup is plain text in a cell (libxlsxwriter escapes it in the XML)
  CHECK(xlsx_text("<script>alert(1)</script>") == "<script>alert(1)</script>");
  CHECK(xlsx_text("red \x1b[31mtext") == "red \\x1B[31mtext");
  CHECK(xlsx_text("line one\nline two") == "line one\nline two");
  CHECK(xlsx_text("a=b, 1-2") == "a=b, 1-2"); // only a leading sign matters
  CHECK(xlsx_text("") == "");
}

TEST_CASE("xlsx_text escapes the underscore of a literal _xHHHH_ that a spreadsheet would decode")
{
  using report::xlsx_text;
  // Excel and LibreOffice decode _x001B_ into a real ESC and _x003D_ into "=" (behind the
  // formula guard); _x005F_ is the escaped underscore, so the cell reads back as written.
  CHECK(xlsx_text("Evil_x001B_[31mLtd") == "Evil_x005F_x001B_[31mLtd");
  CHECK(xlsx_text("_x003D_HYPERLINK(\"http://evil\")") ==
        "_x005F_x003D_HYPERLINK(\"http://evil\")");
  CHECK(xlsx_text("_x001b_ and _X001B_") == "_x005F_x001b_ and _x005F_X001B_");
  // overlapping: the closing underscore of one opens the next
  CHECK(xlsx_text("_x0041_x0042_") == "_x005F_x0041_x005F_x0042_");
  CHECK(xlsx_text("_x005F_") == "_x005F_x005F_");
  // not four hex digits between "_x" and "_": left alone
  CHECK(xlsx_text("_x001_ _x00G1_ _x00411_ snake_case_x") ==
        "_x001_ _x00G1_ _x00411_ snake_case_x");
  CHECK(xlsx_text("=_x0041_") == "'=_x005F_x0041_");
}

TEST_CASE("xlsx_text cuts text to the 32,767 characters a cell holds")
{
  // 40,000 × "é" (2 bytes each) → 32,766 of them and "…": 32,767 characters.
  std::string long_text;
  for (int i = 0; i < 40000; ++i) {
    long_text += "é";
  }
  const std::string cut = report::xlsx_text(long_text);
  CHECK(cut.size() == 32766 * 2 + 3);
  CHECK(cut.substr(cut.size() - 3) == "…");
  CHECK(cut.substr(0, 4) == "éé");
  const bool kept = report::xlsx_text(std::string(32767, 'a')) == std::string(32767, 'a');
  CHECK(kept); // exactly at the limit: unchanged
  const std::string over = report::xlsx_text(std::string(32768, 'a'));
  CHECK(over.size() == 32766 + 3);
}

TEST_CASE("xlsx cell references count columns in base 26 without a zero")
{
  using report::xlsx::cell;
  CHECK(cell(0, 0) == "A1");
  CHECK(cell(0, 25) == "Z1");
  CHECK(cell(0, 26) == "AA1");   // 26 = 1×26 + 0 → "A","A"
  CHECK(cell(9, 701) == "ZZ10"); // 701 = 26×26 + 25
  CHECK(cell(0, 702) == "AAA1");
  CHECK(cell(0, 16383) == "XFD1"); // the last column of a worksheet
  CHECK(cell(2, 1, true) == "$B$3");
}

TEST_CASE("the XLSX report is a zip whose bytes depend only on the evaluation")
{
  const std::vector<std::string> argv{"tenderscore", "report", "--format", "xlsx"};
  for (const char* name : {"waste-2015", "lots-community-services", "mental-health-wellbeing"}) {
    CAPTURE(name);
    const std::string first = report_bytes(name, argv);
    REQUIRE(first.size() > 4);
    CHECK(first.substr(0, 4) == std::string("PK\x03\x04", 4));
    if (std::string(name) == "waste-2015") {
      // libxlsxwriter stamps a workbook with the current time unless told otherwise; a second
      // later the bytes would differ (checked by setting fixed_created to 0 in xlsx_book.cpp)
      std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    }
    CHECK(report_bytes(name, argv) == first);
    // the command line is in the audit sheet: another one gives other bytes
    CHECK(report_bytes(name, {"tenderscore", "report", "-o", "x.xlsx"}) != first);
  }
}

TEST_CASE("report::xlsx_report: a round wider than a lot sheet is refused with the limit")
{
  // A lot sheet has a column per ranked bid after its 6 label columns; a worksheet holds
  // 16,384 columns, so 16,378 bids fit and 16,379 (the round that once gave "internal error",
  // exit 3) do not. The limit is checked before anything is written.
  namespace st = tenderscore::score::test;
  namespace report = tenderscore::report;
  // Two questions weighted 60/40 and scores that vary with the bid, so that ties stay small.
  const auto t = st::tender({st::question("q1", 60), st::question("q2", 40)});
  const auto round = [&t](int bids) {
    std::vector<tenderscore::model::Bid> all;
    for (int i = 0; i < bids; ++i) {
      std::string name(1, 'B'); // not "B" + ...: GCC 12's false -Wrestrict
      name += std::to_string(i);
      all.push_back(st::bid(name, 100)
                        .score("q1", {i % 6, (i / 6) % 6, (i / 36) % 6})
                        .score("q2", {(i / 216) % 6, i % 5, (i / 7) % 6}));
    }
    const auto file = st::bids_file(std::move(all));
    report::Evaluation evaluation;
    evaluation.tender = t;
    evaluation.result = tenderscore::score::score_tender(t, {&file});
    return evaluation;
  };
  CHECK_THROWS_WITH_AS(report::xlsx_report(round(16379)),
                       "the round has 16379 ranked bids, but an XLSX lot sheet has room for "
                       "16378 (a column per bid; a worksheet holds 16384 columns)",
                       report::XlsxLimitError);
}
