// SPDX-License-Identifier: MIT
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace tenderscore;

namespace {

const std::vector<std::string> k_example{"value", "examples/mental-health-wellbeing/value-map.yaml",
                                         "examples/mental-health-wellbeing/proxies.yaml",
                                         "data/proxies/green-book.yaml"};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more)
{
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

} // namespace

TEST_CASE("cli value")
{
  SUBCASE("table: every number with its formula")
  {
    const auto run = test::run_cli(k_example);
    CHECK(run.code == 0);
    CHECK(run.err.empty());
    // 1169402.97 ÷ 1650000 = 0.7087…
    CHECK(run.out.find("present value ÷ investment = 1169402.97 ÷ 1650000.00 = 0.71 : 1") !=
          std::string::npos);
    CHECK(run.out.find("75 × 13000 × (1 − 0.25) × (1 − 0.2) × (1 − 0) = 585000.00") !=
          std::string::npos);
    CHECK(run.out.find("585000.00 ÷ 1.035^1 + 292500.00 ÷ 1.035^2 = 838269.27") !=
          std::string::npos);
    CHECK(run.out.find("The ratio ranges from 0.32 : 1 (every assumption at its low) to 1.30 : "
                       "1 (every one at its high); duration moves it most (0.49 to 0.83).") !=
          std::string::npos);
  }
  SUBCASE("json: exact structure")
  {
    const auto run = test::run_cli(with(k_example, {"--format", "json"}));
    REQUIRE(run.code == 0);
    const auto doc = nlohmann::json::parse(run.out);
    CHECK(doc["format"] == "tenderscore/value@1");
    CHECK(doc["value_for_money"]["investment"] == 1650000);
    CHECK(doc["value_for_money"]["cost_per_participant"] == 1100);
    CHECK(doc["sroi"]["outcomes"][0]["year_one"] == 585000);
    CHECK(doc["sroi"]["ratio"].get<double>() == doctest::Approx(0.708729).epsilon(1e-6));
    CHECK(doc["sensitivity"]["one_way"][0]["assumption"] == "duration");
  }
  SUBCASE("with the tender and bids: clean, no value-washing warning")
  {
    const auto run =
        test::run_cli(with(k_example, {"--tender", "examples/mental-health-wellbeing/tender.yaml",
                                       "--bids", "examples/mental-health-wellbeing/bids.yaml"}));
    CHECK(run.code == 0);
    CHECK(run.err.empty());
  }
  SUBCASE("a missing proxies file is invalid input")
  {
    const auto run = test::run_cli({"value", "examples/mental-health-wellbeing/value-map.yaml",
                                    "examples/mental-health-wellbeing/proxies.yaml"});
    CHECK(run.code == 1);
    CHECK(run.err.find("names proxy 'wellby', which is in none of the proxies files given "
                       "[ref.proxy]") != std::string::npos);
    CHECK(run.out.empty());
  }
  SUBCASE("a tender in the value map's place")
  {
    const auto run = test::run_cli({"value", "examples/mental-health-wellbeing/tender.yaml"});
    CHECK(run.code == 1);
    CHECK(run.err.find("expected a value map (format tenderscore/value-map@1) here "
                       "[usage.value]") != std::string::npos);
  }
  SUBCASE("schema value-map and proxies print the files in schemas/")
  {
    for (const std::string kind : {"value-map", "proxies"}) {
      const auto run = test::run_cli({"schema", kind});
      CHECK(run.code == 0);
      std::ifstream in(std::string(TENDERSCORE_SOURCE_DIR) + "/schemas/" + kind + ".schema.json");
      std::ostringstream file;
      file << in.rdbuf();
      CHECK(run.out == file.str());
    }
  }
  SUBCASE("--bids needs --tender")
  {
    const auto run =
        test::run_cli(with(k_example, {"--bids", "examples/mental-health-wellbeing/bids.yaml"}));
    CHECK(run.code == 2);
  }
}
