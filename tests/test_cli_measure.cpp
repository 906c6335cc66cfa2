// SPDX-License-Identifier: MIT
#include "cli_test_support.hpp"

#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;
namespace fs = std::filesystem;

namespace {

test::CliRun run(std::vector<std::string> args)
{
  return test::run_cli(std::move(args));
}

} // namespace

TEST_CASE("measure::cli run_measure")
{
  SUBCASE("SWEMWBS end to end: every raw total 7..35 through the compiled-in table")
  {
    const auto r = run({"measure", "swemwbs", "tests/data/measure/swemwbs-every-total.csv"});
    REQUIRE(r.code == cli::k_exit_ok);
    CHECK(r.err.empty());
    const auto doc = nlohmann::json::parse(r.out);
    // The published conversion (Stewart-Brown et al. 2009), raw 7 first.
    const std::vector<std::string> metric{
        "7",        "951/100",  "45/4",   "62/5",     "1333/100", "352/25",   "59/4",    "383/25",
        "396/25",   "409/25",   "422/25", "1743/100", "899/50",   "1859/100", "77/4",    "999/50",
        "2073/100", "1077/50",  "447/20", "2321/100", "2411/100", "2503/100", "1301/50", "2703/100",
        "2813/100", "2931/100", "307/10", "651/20",   "35"};
    REQUIRE(doc["rows"].size() == 29);
    for (std::size_t i = 0; i < 29; ++i) {
      const auto& row = doc["rows"][i];
      CHECK(row["raw"] == static_cast<int>(i) + 7);
      CHECK_MESSAGE(row["score_exact"] == metric[i], row["id"]);
    }
    CHECK(doc["rows"][1]["score"] == 9.51);
    CHECK(doc["time"] == "none");
    CHECK(doc["rows"][0]["time"].is_null());
    CHECK(doc["summary"]["outcomes"][0]["change"].is_null());
  }
  SUBCASE("known labels keep their natural order: a file sorted with post rows first")
  {
    // Raw 7 × 3 = 21 → metric 19.25 (pre), 7 × 4 = 28 → 25.03 (post): change 5.78 = 289/50
    // for both participants, an improvement — measured from pre to post, not post to pre.
    const auto r = run({"measure", "swemwbs", "tests/data/measure/swemwbs-post-first.csv",
                        "--format", "json"});
    REQUIRE(r.code == cli::k_exit_ok);
    const auto change = nlohmann::json::parse(r.out)["summary"]["outcomes"][0]["change"];
    CHECK(change["from"] == "pre");
    CHECK(change["to"] == "post");
    CHECK(change["mean_exact"] == "289/50");
    CHECK(change["meaningful_change"]["improved"] == 2);
  }
  SUBCASE("the WEMWBS example: the summary its README works out")
  {
    const auto r = run({"measure", "wemwbs", "examples/mental-health-wellbeing/wemwbs.csv"});
    REQUIRE(r.code == cli::k_exit_ok);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["measure"] == "wemwbs");
    CHECK(doc["rows"].size() == 80);
    CHECK(doc["summary"]["participants"] == 40);
    const auto& o = doc["summary"]["outcomes"][0];
    // Independent Python (wemwbs_summary.py): pre 1412 / 40, post 1471 / 39 (P17 unscored).
    CHECK(o["by_time"][0]["mean_exact"] == "353/10");
    CHECK(o["by_time"][1]["mean_exact"] == "1471/39");
    CHECK(o["unscored"] == 1);
    const auto& c = o["change"];
    CHECK(c["n"] == 39);
    CHECK(c["excluded"] == 1);
    CHECK(c["mean_exact"] == "31/13");
    CHECK(c["sd"].get<double>() == doctest::Approx(2.1103).epsilon(1e-4));
    CHECK(c["t_quantile"].get<double>() == doctest::Approx(2.024394).epsilon(1e-6));
    CHECK(c["ci95"][0].get<double>() == doctest::Approx(1.7005).epsilon(1e-4));
    CHECK(c["ci95"][1].get<double>() == doctest::Approx(3.0687).epsilon(1e-4));
    CHECK(c["meaningful_change"]["threshold"] == 3);
    CHECK(c["meaningful_change"]["improved"] == 17);
    CHECK(c["meaningful_change"]["improved_share_exact"] == "17/39");
    CHECK(c["meaningful_change"]["deteriorated"] == 0);
  }
  SUBCASE("CSV rows for dated EQ-5D-3L")
  {
    const auto r =
        run({"measure", "eq5d-3l", "tests/data/measure/eq5d-dated.csv", "--format", "csv"});
    REQUIRE(r.code == cli::k_exit_ok);
    CHECK(r.out.rfind("id,time,state,index,note\r\n"
                      "a,2025-01-01,11111,1,\r\n"
                      "a,2025-07-02,22222,0.516,\r\n",
                      0) == 0);
  }
  SUBCASE("bad input: diagnostics with file:line:column, nothing on stdout, exit 1")
  {
    const auto r = run({"measure", "swemwbs", "tests/data/measure/bad/swemwbs-values.csv"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.out.empty());
    CHECK(r.err.find("tests/data/measure/bad/swemwbs-values.csv:2:17: error: item6 '6' is not "
                     "a whole number from 1 to 5 (swemwbs)") != std::string::npos);
    CHECK(r.err.find("swemwbs-values.csv:3:1: error: participant 'a' at time 'pre' appears "
                     "again (first on line 2) [measure.duplicate]") != std::string::npos);
    CHECK(r.err.find("swemwbs-values.csv:4:8: error: item1 'x'") != std::string::npos);
  }
  SUBCASE("usage errors: an unknown instrument, a missing file")
  {
    CHECK(run({"measure", "phq9", "x.csv"}).code == cli::k_exit_usage);
    CHECK(run({"measure", "wemwbs", "tests/data/measure/no-such.csv"}).code == cli::k_exit_usage);
  }
  SUBCASE("-o writes the result atomically")
  {
    const auto out = fs::temp_directory_path() / "tenderscore-measure-test.json";
    fs::remove(out);
    const auto r = run({"measure", "ons4", "tests/data/measure/ons4.csv", "-o", out.string()});
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.out.empty());
    const auto doc = nlohmann::json::parse(test::slurp(out));
    CHECK(doc["rows"][0]["score"]["life_satisfaction"]["band"] == "low");
    CHECK(doc["rows"][2]["score"]["happiness"]["value"].is_null());
    fs::remove(out);
  }
}
