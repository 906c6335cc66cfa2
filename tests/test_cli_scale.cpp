// SPDX-License-Identifier: MIT
// Rounds at scale through the command line (issue 11): compact JSON, results streamed into the
// output file, --quiet.
#include "hostile_test_support.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

namespace test = tenderscore::test;
namespace fs = std::filesystem;

namespace {

// A quality-only round of `bids` applicants scored 3 and 2 by two assessors on one question,
// from a score sheet: every bid totals (3 + 2) / 2 / 4 × 100 = 62.5 points.
void write_round(const test::ScratchDir& dir, int bids)
{
  std::ofstream(dir / "tender.yaml")
      << "format: tenderscore/tender@1\n"
         "tender: {id: wide, title: Wide round, authority: Test, "
         "currency: GBP, estimated_value: 100000, procedure: grant}\n"
         "scales:\n  s: {min: 0, max: 4, step: 1}\n"
         "panel:\n  evaluators:\n"
         "    - {id: a, role: assessor}\n"
         "    - {id: b, role: assessor}\n"
         "criteria:\n"
         "  - {id: quality, weight: 100, children: "
         "[{id: q1, weight: 100, scale: s}]}\n";
  std::ofstream bids_yaml(dir / "bids.yaml");
  bids_yaml << "format: tenderscore/bids@1\ntender: wide\nbids:\n";
  std::ofstream sheet(dir / "scores.csv");
  sheet << "bidder,lot,question,evaluator,score,comment\n";
  for (int i = 0; i < bids; ++i) {
    bids_yaml << fmt::format("  - {{bidder: B{:05}}}\n", i);
    sheet << fmt::format("B{:05},,q1,a,3,\nB{:05},,q1,b,2,\n", i, i);
  }
}

} // namespace

TEST_CASE("score --compact: the same document on one line")
{
  const test::ScratchDir dir("compact");
  write_round(dir, 3);
  const std::vector<std::string> inputs{dir / "tender.yaml", dir / "bids.yaml", dir / "scores.csv"};
  auto args = inputs;
  args.insert(args.begin(), "score");
  args.insert(args.end(), {"--format", "json"});
  const auto pretty = test::run_binary(args);
  args.push_back("--compact");
  const auto compact = test::run_binary(args);
  REQUIRE(pretty.code == 0);
  REQUIRE(compact.code == 0);
  // One line plus its newline, and the same document as the pretty output.
  CHECK(compact.out.find('\n') == compact.out.size() - 1);
  const auto doc = nlohmann::ordered_json::parse(pretty.out);
  CHECK(nlohmann::ordered_json::parse(compact.out) == doc);
  // (3 + 2) / 2 = 2.5 of 4 on a question of weight 100: 62.5 points each, all tied first.
  CHECK(doc["lots"][0]["bids"][0]["total"] == 62.5);
  CHECK(doc["lots"][0]["bids"][2]["total"] == 62.5);

  // --compact belongs to JSON: with a table or CSV it is a usage error.
  args = inputs;
  args.insert(args.begin(), "score");
  args.push_back("--compact");
  const auto table = test::run_binary(args);
  CHECK(table.code == 2);
  CHECK(table.err == "tenderscore: error: --compact applies only to --format json\n");
}

TEST_CASE("score -o: the result streamed into the file is the one written to standard output")
{
  const test::ScratchDir dir("streamed");
  write_round(dir, 50);
  for (const std::string format : {"json", "csv", "table"}) {
    CAPTURE(format);
    const std::vector<std::string> base{
        "score", dir / "tender.yaml", dir / "bids.yaml", dir / "scores.csv", "--format", format};
    const auto to_stdout = test::run_binary(base);
    auto args = base;
    args.insert(args.end(), {"-o", dir / ("out." + format)});
    const auto to_file = test::run_binary(args);
    REQUIRE(to_stdout.code == 0);
    REQUIRE(to_file.code == 0);
    CHECK(to_file.out.empty());
    CHECK(test::slurp(dir / ("out." + format)) == to_stdout.out);
  }
}

TEST_CASE("score --quiet: no warnings on standard error, the same result")
{
  // The waste tender draws a warning (over £5m with two KPIs, outcomes.too-few-kpis).
  const std::vector<std::string> args{"score", "examples/waste-2015/tender.yaml",
                                      "examples/waste-2015/bids.yaml"};
  const auto loud = test::run_binary(args);
  auto quiet_args = args;
  quiet_args.push_back("--quiet");
  const auto quiet = test::run_binary(quiet_args);
  REQUIRE(loud.code == 0);
  CHECK(loud.err.find("warning: ") != std::string::npos);
  CHECK(quiet.code == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out == loud.out);
  // Errors are still printed: a bid file that names no tender is refused, loudly.
  const auto refused = test::run_binary(
      {"score", "examples/waste-2015/tender.yaml", "tests/data/csv/bad-refs.csv", "-q"});
  CHECK(refused.code == 1);
  CHECK(refused.err.find(": error: ") != std::string::npos);
  CHECK(refused.err.find(": warning: ") == std::string::npos);
}
