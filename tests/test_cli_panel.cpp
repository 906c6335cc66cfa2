// SPDX-License-Identifier: MIT
#include "cli_test_support.hpp"

#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;
namespace fs = std::filesystem;

namespace {

using test::slurp;

// Run the command line in-process from the source root.
test::CliRun run(std::vector<std::string> args)
{
  return test::run_cli(std::move(args));
}

const std::string k_tender = "examples/arts-grants/tender.yaml";
const std::string k_bids = "examples/arts-grants/bids.yaml";

} // namespace

TEST_CASE("panel::cli run_panel")
{
  SUBCASE("JSON worksheet of the arts grants example")
  {
    const auto r = run({"panel", k_tender, k_bids, "--format", "json"});
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.err.empty());
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["format"] == "tenderscore/panel@1");
    CHECK(doc["tender"] == "arts-grants-2026");
    CHECK(doc["items"].size() == 36); // 4 questions × 9 bids
    CHECK(doc["moderation"].size() == 3);
    // Checked independently (Python, fractions) over the 36 items: S = 37922, Σ T_j = 42468.
    CHECK(doc["agreement"]["w_exact"] == "18961/24002");
    CHECK(doc["agreement"]["m"] == 4);
  }
  SUBCASE("every format exits 0")
  {
    for (const std::string format : {"table", "csv", "md"}) {
      const auto r = run({"panel", k_tender, k_bids, "--format", format});
      CHECK(r.code == cli::k_exit_ok);
      CHECK_FALSE(r.out.empty());
    }
  }
  SUBCASE("invalid input: diagnostics on stderr, nothing on stdout, exit 1")
  {
    const auto r =
        run({"panel", "examples/waste-2015/tender.yaml", "tests/data/bad/scores.bids.yaml"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.out.empty());
    CHECK(r.err.find("no worksheet was made") != std::string::npos);
  }
  SUBCASE("the tender must come first")
  {
    const auto r = run({"panel", k_bids, k_tender});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.err.find("[usage.tender]") != std::string::npos);
  }
  SUBCASE("an unknown format is a usage error")
  {
    CHECK(run({"panel", k_tender, k_bids, "--format", "xml"}).code == cli::k_exit_usage);
  }
  SUBCASE("-o writes the worksheet atomically, nothing to stdout")
  {
    const fs::path dir = fs::temp_directory_path() / "tenderscore-cli-panel";
    fs::create_directories(dir);
    const auto target = (dir / "worksheet.md").string();
    const auto r = run({"panel", k_tender, k_bids, "--format", "md", "-o", target});
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.out.empty());
    CHECK(slurp(target).rfind("# Moderation worksheet: arts-grants-2026", 0) == 0);
    fs::remove_all(dir);
  }
}
