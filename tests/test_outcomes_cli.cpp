// SPDX-License-Identifier: MIT
// `tenderscore outcomes` on the mental-health-wellbeing example (worked by hand in its README).
#include "cli_test_support.hpp"

#include <tenderscore/cli/app.hpp>
#include <tenderscore/report/outcomes_writers.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;

namespace {

const std::string k_dir = "examples/mental-health-wellbeing/";

std::vector<std::string> example(std::vector<std::string> extra = {})
{
  std::vector<std::string> args{"outcomes",
                                k_dir + "tender.yaml",
                                k_dir + "monitoring-2026-q1.yaml",
                                k_dir + "monitoring-2026-q2.yaml",
                                k_dir + "monitoring-2026-q3.yaml",
                                k_dir + "monitoring-2026-q4.csv"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

} // namespace

TEST_CASE("outcomes::cli the example's four quarters")
{
  const auto r = test::run_cli(example({"--bids", k_dir + "bids.yaml", "--format", "json"}));
  CHECK(r.code == cli::k_exit_ok);
  CHECK(r.err.empty());
  const auto doc = nlohmann::json::parse(r.out);
  CHECK(doc["format"] == "tenderscore/outcomes@1");
  CHECK(doc["periods"] == nlohmann::json{"2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"});
  const auto& arts = doc["kpis"][0];
  // arts-access, sum: 90 + 110 + 120 + 140 = 460 → 100 + 20 × 10 ÷ 150 = 304/3 → Good.
  CHECK(arts["kpi"] == "arts-access");
  CHECK(arts["to_date"] == 460);
  CHECK(arts["attainment_formula"] ==
        "100 + (120 − 100) × (460 − 450) ÷ (600 − 450) = 101.333333…");
  CHECK(arts["rating"] == "good");
  // Q3's running total 320 → 50 + 50 × 20 ÷ 150 = 56.67, position 2/15: Approaching target.
  CHECK(arts["periods"][2]["assessed"] == 320);
  CHECK(arts["periods"][2]["rating"] == "approaching-target");
  CHECK(arts["promise"]["gap"] == -40);
  CHECK(arts["promise"]["met"] == false);
  // loneliness, lower, mean: (31 + 28 + 26 + 23) ÷ 4 = 27 → 50 + 50 × 3 ÷ 5 = 80.
  const auto& lonely = doc["kpis"][1];
  CHECK(lonely["to_date"] == 27);
  CHECK(lonely["attainment"] == 80);
  CHECK(lonely["rating"] == "approaching-target");
  CHECK(lonely["promise"]["gap"] == 5); // 27 − 22: short of the promise (lower is better)
  // wellbeing-change, latest: 52 → 104.
  CHECK(doc["kpis"][2]["attainment"] == 104);
  // Portfolio 40 × 304/3 ÷ 100 + 20 × 80 ÷ 100 + 40 × 104 ÷ 100 = 1472/15 = 98.13.
  CHECK(doc["portfolio"]["score_formula"] == "40.533333… + 16 + 41.6 = 98.133333…");
  CHECK(doc["portfolio"]["rating"] == "good");
  // Curve payment: 36000 × 304/3 % + 18000 × 80% + 36000 × 104% = 36480 + 14400 + 37440.
  CHECK(doc["payment"]["total"] == 88320);
  CHECK(doc["total_cost"] == 450000); // the CSV quarter reports no cost
  CHECK(doc["matched_bid"]["bidder"] == "Mindful Communities Partnership");
  CHECK(doc["matched_bid"]["line"] == 5);
}

TEST_CASE("outcomes::cli formats, errors and usage")
{
  for (const std::string format : {"table", "csv", "md"}) {
    const auto r = test::run_cli(example({"--format", format}));
    CHECK(r.code == cli::k_exit_ok);
    CHECK(!r.out.empty());
  }
  const auto csv = test::run_cli(example({"--format", "csv"}));
  CHECK(
      csv.out.find("portfolio,to-date,,,98.13333333333334,good,100,98.13333333333334,88320,,\n") !=
      std::string::npos);
  // A bids file where a monitoring return goes.
  const auto wrong = test::run_cli({"outcomes", k_dir + "tender.yaml", k_dir + "bids.yaml"});
  CHECK(wrong.code == cli::k_exit_invalid);
  CHECK(wrong.err.find("[usage.monitoring]") != std::string::npos);
  // The provider is matched against bids; none from another tender's file.
  const auto none = test::run_cli({"outcomes", k_dir + "tender.yaml"});
  CHECK(none.code == cli::k_exit_usage);
}

TEST_CASE("outcomes::cli schema and untrusted text")
{
  const auto schema = test::run_cli({"schema", "monitoring"});
  CHECK(schema.code == cli::k_exit_ok);
  CHECK(nlohmann::json::parse(schema.out)["$id"] == "urn:tenderscore:schema:monitoring:1");
  // A provider's name is the provider's own text: escaped for the terminal and for Markdown.
  tenderscore::outcomes::Assessment a;
  a.tender = "t1";
  a.title = "Title\x1b[2J";
  a.provider = "Evil *Ltd*\x1b[31m";
  std::ostringstream table;
  std::ostringstream md;
  tenderscore::report::write_outcomes_table(a, table);
  tenderscore::report::write_outcomes_md(a, md);
  CHECK(table.str().find('\x1b') == std::string::npos);
  CHECK(md.str().find('\x1b') == std::string::npos);
  CHECK(md.str().find("Evil \\*Ltd\\*") != std::string::npos);
}
