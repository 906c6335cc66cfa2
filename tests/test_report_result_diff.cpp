// SPDX-License-Identifier: MIT
// `diff`: two results compared bid by bid, exactly, with JSON Pointers into both files.
#include <tenderscore/report/result_diff.hpp>

#include "cli_test_support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

using namespace tenderscore;
using nlohmann::ordered_json;
using report::Difference;

namespace {

ordered_json bid(const std::string& bidder, int rank, const std::string& total_exact, double total)
{
  return ordered_json{{"bidder", bidder},
                      {"rank", rank},
                      {"status", "ranked"},
                      {"total", total},
                      {"criteria", {{"price", 30}, {"quality", total - 30}}},
                      {"flags", ordered_json::array()},
                      {"total_exact", total_exact}};
}

// A list of one item. Not ordered_json::array({item}): clang reads a braced single json as a
// copy of it, so the "list" would be the item itself.
ordered_json one(ordered_json item)
{
  ordered_json out = ordered_json::array();
  out.push_back(std::move(item));
  return out;
}

// A result of one lot holding `bids` (a vector: `{bid(...)}` as a json would be the bid itself
// under clang, as above).
ordered_json result(const std::vector<ordered_json>& bids, const std::string& lot_name = "")
{
  ordered_json list = ordered_json::array();
  for (const auto& b : bids) {
    list.push_back(b);
  }
  ordered_json lot{{"lot", lot_name.empty() ? ordered_json(nullptr) : ordered_json(lot_name)},
                   {"bids", std::move(list)}};
  return ordered_json{
      {"format", "tenderscore/result@1"}, {"tender", "t-1"}, {"lots", one(std::move(lot))}};
}

std::string text_of(const report::ResultDiff& diff)
{
  std::ostringstream out;
  report::write_diff_text(diff, out);
  return out.str();
}

} // namespace

TEST_CASE("report::diff_results: the same result has no differences")
{
  const ordered_json a = result({bid("Alpha", 1, "80", 80), bid("Beta", 2, "70", 70)});
  const auto diff = report::diff_results(a, "", a, "");
  CHECK(diff.equal());
  CHECK(text_of(diff) == "A: \nB: \nno differences: the results are the same\n");
}

TEST_CASE("report::diff_results: a bid that moves is matched by bidder, not by position")
{
  // A: Alpha first on 80, Beta second on 70. B: Beta's quality rises by 15 to 85 and it
  // overtakes Alpha (still 80). Four differences, in A's order: Alpha's rank 1 → 2; Beta's
  // rank 2 → 1, total 70 → 85 and quality 40 → 55 (= 85 − 30).
  const ordered_json a = result({bid("Alpha", 1, "80", 80), bid("Beta", 2, "70", 70)});
  const ordered_json b = result({bid("Beta", 1, "85", 85), bid("Alpha", 2, "80", 80)});
  const auto diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 4);

  const Difference& alpha_rank = diff.differences[0];
  CHECK(alpha_rank.change == Difference::Change::changed);
  CHECK(alpha_rank.bidder == "Alpha");
  CHECK_FALSE(alpha_rank.lot.has_value());
  CHECK(alpha_rank.field == "rank");
  CHECK(alpha_rank.pointer_a == "/lots/0/bids/0/rank");
  CHECK(alpha_rank.pointer_b == "/lots/0/bids/1/rank");
  CHECK(alpha_rank.before == "1");
  CHECK(alpha_rank.after == "2");

  CHECK(diff.differences[1].field == "rank");
  CHECK(diff.differences[1].pointer_a == "/lots/0/bids/1/rank");
  CHECK(diff.differences[1].pointer_b == "/lots/0/bids/0/rank");

  const Difference& total = diff.differences[2];
  CHECK(total.field == "total");
  CHECK(total.before == "70.0");
  CHECK(total.after == "85.0");
  CHECK(total.exact_before == "70");
  CHECK(total.exact_after == "85");

  CHECK(diff.differences[3].field == "criteria/quality");
  CHECK(diff.differences[3].pointer_b == "/lots/0/bids/0/criteria/quality");

  CHECK(text_of(diff) ==
        "A: \nB: \n"
        "bid 'Alpha': rank: 1 → 2 (A /lots/0/bids/0/rank, B /lots/0/bids/1/rank)\n"
        "bid 'Beta': rank: 2 → 1 (A /lots/0/bids/1/rank, B /lots/0/bids/0/rank)\n"
        "bid 'Beta': total: 70.0 (= 70) → 85.0 (= 85) (A /lots/0/bids/1/total, B "
        "/lots/0/bids/0/total)\n"
        "bid 'Beta': criteria/quality: 40.0 → 55.0 (A /lots/0/bids/1/criteria/quality, B "
        "/lots/0/bids/0/criteria/quality)\n"
        "4 differences\n");
}

TEST_CASE("report::diff_results: totals are compared by their exact fractions")
{
  // 100/3 and 33333333333333333/1000000000000000 both print as 33.333333333333336 as a double,
  // but they are different totals: the exact fraction decides.
  ordered_json a = result({bid("Alpha", 1, "100/3", 100.0 / 3)});
  ordered_json b = result({bid("Alpha", 1, "33333333333333333/1000000000000000", 100.0 / 3)});
  b["lots"][0]["bids"][0]["criteria"] = a["lots"][0]["bids"][0]["criteria"];
  auto diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 1);
  CHECK(diff.differences[0].field == "total");
  CHECK(diff.differences[0].before == diff.differences[0].after);
  CHECK(diff.differences[0].exact_before == "100/3");

  // The same exact total with another decimal beside it (a hand edit) is a difference too.
  b = a;
  b["lots"][0]["bids"][0]["total"] = 33.3;
  diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 1);
  CHECK(diff.differences[0].after == "33.3");
  CHECK(diff.differences[0].exact_after == "100/3");

  // An exact fraction on one side only is compared as a member of its own: its loss is shown.
  b = a;
  b["lots"][0]["bids"][0].erase("total_exact");
  diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 1);
  CHECK(diff.differences[0].change == Difference::Change::removed);
  CHECK(diff.differences[0].field == "total_exact");
}

TEST_CASE("report::result_shape_problem names the first value diff cannot match on")
{
  ordered_json good = result({bid("Alpha", 1, "80", 80)});
  CHECK(report::result_shape_problem(good, "").empty());
  ordered_json bad = good;
  bad["lots"] = 1;
  CHECK(report::result_shape_problem(bad, "/result") == "/result/lots is not a list of lots");
  bad = good;
  bad["lots"][0]["lot"] = 1;
  CHECK(report::result_shape_problem(bad, "") == "/lots/0/lot is not a lot id (a string, or null)");
  bad = good;
  bad["lots"][0]["bids"][0]["bidder"] = 5;
  CHECK(report::result_shape_problem(bad, "") ==
        "/lots/0/bids/0 is not a bid with a \"bidder\" name");
  bad = good;
  bad["lots"][0]["bids"] = ordered_json::array({1});
  CHECK(report::result_shape_problem(bad, "") ==
        "/lots/0/bids/0 is not a bid with a \"bidder\" name");
  CHECK(report::result_shape_problem(ordered_json::array(), "") == "the document is not an object");
}

TEST_CASE("report::diff_results: an object of many members, members looked up by name")
{
  // 2,000 criteria in one bid in reverse order in B, the first of A changed: one difference,
  // found by name however far apart the members are. (Members are looked up through an index;
  // the time is not asserted here.)
  ordered_json a = result({bid("Alpha", 1, "80", 80)});
  ordered_json b = a;
  ordered_json& in_a = a["lots"][0]["bids"][0]["criteria"];
  ordered_json& in_b = b["lots"][0]["bids"][0]["criteria"];
  for (int i = 0; i < 2000; ++i) {
    in_a[fmt::format("c{}", i)] = i;
    in_b[fmt::format("c{}", 1999 - i)] = 1999 - i;
  }
  in_b["c0"] = -1;
  const auto diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 1);
  CHECK(diff.differences[0].field == "criteria/c0");
  CHECK(diff.differences[0].after == "-1");
}

TEST_CASE("report::diff_results: bids and lots only in one result")
{
  ordered_json a = result({bid("Alpha", 1, "80", 80), bid("Gamma", 2, "60", 60)}, "north");
  ordered_json b = result({bid("Alpha", 1, "80", 80), bid("Delta", 2, "65", 65)}, "north");
  b["lots"].push_back(ordered_json{{"lot", "south"}, {"bids", ordered_json::array()}});
  const auto diff = report::diff_results(a, "", b, "");
  REQUIRE(diff.differences.size() == 3);

  CHECK(diff.differences[0].change == Difference::Change::removed);
  CHECK(diff.differences[0].bidder == "Gamma");
  CHECK(diff.differences[0].lot == "north");
  CHECK(diff.differences[0].field.empty());
  CHECK(diff.differences[0].pointer_a == "/lots/0/bids/1");
  CHECK(diff.differences[0].pointer_b.empty());

  CHECK(diff.differences[1].change == Difference::Change::added);
  CHECK(diff.differences[1].bidder == "Delta");
  CHECK(diff.differences[1].pointer_b == "/lots/0/bids/1");

  CHECK(diff.differences[2].change == Difference::Change::added);
  CHECK_FALSE(diff.differences[2].bidder.has_value());
  CHECK(diff.differences[2].lot == "south");
  CHECK(diff.differences[2].pointer_b == "/lots/1");

  const std::string text = text_of(diff);
  CHECK(text.find("bid 'Gamma' in lot 'north': only in A (A /lots/0/bids/1)\n") !=
        std::string::npos);
  CHECK(text.find("bid 'Delta' in lot 'north': only in B (B /lots/0/bids/1)\n") !=
        std::string::npos);
  CHECK(text.find("lot 'south': only in B (B /lots/1)\n") != std::string::npos);
}

TEST_CASE("report::diff_results: lots are matched by id, in any order")
{
  ordered_json a = result({bid("Alpha", 1, "80", 80)}, "north");
  a["lots"].push_back(ordered_json{{"lot", "south"}, {"bids", ordered_json::array()}});
  ordered_json b = ordered_json::object();
  b["format"] = a["format"];
  b["tender"] = a["tender"];
  b["lots"] = ordered_json::array();
  b["lots"].push_back(a["lots"][1]);
  b["lots"].push_back(a["lots"][0]);
  CHECK(report::diff_results(a, "", b, "").equal());
}

TEST_CASE("report::diff_results: pointers escape member names and start at the base")
{
  ordered_json a = result({bid("Alpha", 1, "80", 80)});
  ordered_json b = a;
  a["lots"][0]["bids"][0]["criteria"]["a/b~c"] = 1;
  b["lots"][0]["bids"][0]["criteria"]["a/b~c"] = 2;
  const auto diff = report::diff_results(a, "/result", b, "");
  REQUIRE(diff.differences.size() == 1);
  CHECK(diff.differences[0].field == "criteria/a/b~c");
  CHECK(diff.differences[0].pointer_a == "/result/lots/0/bids/0/criteria/a~1b~0c");
  CHECK(diff.differences[0].pointer_b == "/lots/0/bids/0/criteria/a~1b~0c");
}

TEST_CASE("report::write_diff_text escapes text from the files; JSON keeps values as JSON")
{
  const std::string hostile = "Evil\x1b[2J Ltd\xe2\x80\xae";
  const ordered_json a = result({bid(hostile, 1, "80", 80)});
  ordered_json b = a;
  b["lots"][0]["bids"][0]["flags"] = ordered_json::array({"panel-spread:q1"});
  auto diff = report::diff_results(a, "", b, "");
  diff.a = "a\x1b.json";
  diff.b = "b.json";
  const std::string text = text_of(diff);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("\xe2\x80\xae") == std::string::npos);
  CHECK(text.find("A: a\\x1B.json\n") == 0);

  // A member name is part of the pointers as well as the field: escaped in both.
  ordered_json c = a;
  ordered_json e = a;
  c["lots"][0]["bids"][0]["criteria"]["k\x1b]0;pwned\x07"] = 1;
  e["lots"][0]["bids"][0]["criteria"]["k\x1b]0;pwned\x07"] = 2;
  const std::string keyed = text_of(report::diff_results(c, "", e, ""));
  CHECK(keyed.find('\x1b') == std::string::npos);
  CHECK(keyed.find('\x07') == std::string::npos);
  CHECK(keyed.find("(A /lots/0/bids/0/criteria/k\\x1B]0;pwned\\x07, B ") != std::string::npos);

  std::ostringstream json_out;
  report::write_diff_json(diff, json_out);
  const ordered_json doc = ordered_json::parse(json_out.str());
  CHECK(json_out.str().find("\\u202e") != std::string::npos); // bidi override escaped
  CHECK(doc["format"] == "tenderscore/diff@1");
  CHECK(doc["equal"] == false);
  REQUIRE(doc["differences"].size() == 1);
  const ordered_json& d = doc["differences"][0];
  CHECK(d["change"] == "changed");
  CHECK(d["scope"] == "bid");
  CHECK(d["lot"].is_null());
  CHECK(d["bidder"] == hostile);
  CHECK(d["field"] == "flags");
  CHECK(d["a"]["pointer"] == "/lots/0/bids/0/flags");
  CHECK(d["a"]["value"] == ordered_json::array());
  CHECK(d["b"]["value"] == ordered_json::array({"panel-spread:q1"}));
}

TEST_CASE("cli::run diff: a result against a changed result and against its own report")
{
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "tenderscore_diff_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string tender = "examples/waste-2015/tender.yaml";
  const std::string bids = "examples/waste-2015/bids.yaml";
  const std::string result_a = (dir / "a.json").string();
  const std::string report_a = (dir / "report.json").string();
  REQUIRE(test::run_cli({"score", tender, bids, "--format", "json", "-q", "-o", result_a}).code ==
          0);
  REQUIRE(test::run_cli({"report", tender, bids, "--format", "json", "-q", "-o", report_a}).code ==
          0);

  // A report holds the score result unchanged under /result: the same.
  const auto same = test::run_cli({"diff", result_a, report_a});
  CHECK(same.code == 0);
  CHECK(same.out.find("no differences: the results are the same\n") != std::string::npos);

  // B: Northfield's price (44,000,000) written as 50,000,000. Its price points under
  // lowest-ratio pricing fall from 40 × 34,000,000 ÷ 44,000,000 = 340/11 to
  // 40 × 34,000,000 ÷ 50,000,000 = 136/5, so its total falls by 340/11 − 136/5 = 204/55,
  // from 2626/33 to 2626/33 − 204/55 = (13130 − 612)/165 = 12518/165 = 1138/15.
  std::string bids_text = test::slurp(fs::path(TENDERSCORE_SOURCE_DIR) / bids);
  const std::string from = "price: 44000000";
  REQUIRE(bids_text.find(from) != std::string::npos);
  bids_text.replace(bids_text.find(from), from.size(), "price: 50000000");
  const std::string bids_b = (dir / "bids.yaml").string();
  std::ofstream(bids_b) << bids_text;
  const std::string result_b = (dir / "b.json").string();
  REQUIRE(test::run_cli({"score", tender, bids_b, "--format", "json", "-q", "-o", result_b}).code ==
          0);

  const auto changed = test::run_cli({"diff", result_a, result_b, "--format", "json"});
  CHECK(changed.code == 1);
  const ordered_json doc = ordered_json::parse(changed.out);
  bool saw_total = false;
  for (const auto& d : doc["differences"]) {
    // lot-scope differences have no "bidder": value(), not a const operator[] on a missing key
    if (d.value("bidder", "") == "Northfield Recycling Co-operative" &&
        d.value("field", "") == "total") {
      saw_total = true;
      CHECK(d["a"]["exact"] == "2626/33");
      CHECK(d["b"]["exact"] == "1138/15");
    }
  }
  CHECK(saw_total);
  fs::remove_all(dir);
}

TEST_CASE("cli::run diff: files that cannot be compared")
{
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "tenderscore_diff_bad";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string broken = (dir / "broken.json").string();
  std::ofstream(broken) << "{\n  \"format\": \"tenderscore/result@1\",\n  \"lots\": [\n}\n";
  const std::string other = (dir / "other.json").string();
  std::ofstream(other) << "{\"format\": \"something/else@1\"}\n";

  const auto run = test::run_cli({"diff", broken, other});
  CHECK(run.code == 2);
  CHECK(run.out.empty());
  CHECK(run.err.find(broken + ":4:1: error: the file is not valid JSON") != std::string::npos);
  CHECK(run.err.find(other + ":1:1: error: not a tenderscore result or report: expected "
                             "\"format\": \"tenderscore/result@1\"") != std::string::npos);
  CHECK(test::run_cli({"diff", (dir / "missing.json").string(), other}).code == 2);

  // Nesting deeper than --max-depth is refused before parsing (no deep recursion anywhere):
  // the text before the first '[' is 40 bytes and the object is level 1, so the 64th '[' (byte
  // 40 + 63, column 104) opens level 65.
  const std::string deep = (dir / "deep.json").string();
  std::ofstream(deep) << "{\"format\": \"tenderscore/result@1\", \"x\": "
                      << std::string(100000, '[') << std::string(100000, ']') << "}\n";
  const auto too_deep = test::run_cli({"diff", deep, deep});
  CHECK(too_deep.code == 2);
  CHECK(too_deep.err.find(deep + ":1:104: error: the file is not valid JSON: nested deeper than "
                                 "64 levels (raise it with --max-depth)") != std::string::npos);

  // Valid JSON of the wrong shape, and a number out of range: clear errors, exit 2.
  const std::string odd = (dir / "odd.json").string();
  std::ofstream(odd) << "{\"format\": \"tenderscore/report@1\", \"result\": {\"format\": "
                        "\"tenderscore/result@1\", \"lots\": [{\"lot\": 1, \"bids\": []}]}}\n";
  const auto shape = test::run_cli({"diff", odd, odd});
  CHECK(shape.code == 2);
  CHECK(shape.err.find(odd + ":1:1: error: not a tenderscore result: /result/lots/0/lot is not a "
                             "lot id (a string, or null)") != std::string::npos);
  const std::string huge = (dir / "huge.json").string();
  std::ofstream(huge) << "{\"format\": \"tenderscore/result@1\", \"x\": 1e999}\n";
  const auto overflow = test::run_cli({"diff", huge, huge});
  CHECK(overflow.code == 2);
  CHECK(overflow.err.find(huge + ":1:1: error: the file is not valid JSON: ") != std::string::npos);
  const auto too_big = test::run_cli({"diff", broken, other, "--max-file-size", "16"});
  CHECK(too_big.code == 2);
  CHECK(too_big.err.find("over the 16 bytes limit (raise it with --max-file-size)") !=
        std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("cli::run verify: a report nested deeper than --max-depth is refused before parsing")
{
  // verify reads its report through the same app::read_json as diff: the text before the first
  // '[' is 40 bytes, the object is level 1, so the 64th '[' (column 104) opens level 65.
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "tenderscore_verify_deep";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string deep = (dir / "deep.json").string();
  std::ofstream(deep) << "{\"format\": \"tenderscore/report@1\", \"x\": "
                      << std::string(100000, '[') << std::string(100000, ']') << "}\n";
  const auto run = test::run_cli(
      {"verify", deep, "examples/waste-2015/tender.yaml", "examples/waste-2015/bids.yaml"});
  CHECK(run.code == 1);
  CHECK(run.err.find(deep + ":1:104: error: the report is not valid JSON: nested deeper than 64 "
                            "levels (raise it with --max-depth) [verify.json]") !=
        std::string::npos);
  fs::remove_all(dir);
}
