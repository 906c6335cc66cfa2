// SPDX-License-Identifier: MIT
#include "cli_test_support.hpp"

#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>

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

} // namespace

TEST_CASE("cli::run exit codes")
{
  SUBCASE("--version")
  {
    const auto r = run({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out == std::string(TENDERSCORE_VERSION) + "\n");
  }
  SUBCASE("no subcommand is a usage error (CLI11's own code is mapped to 2)")
  {
    const auto r = run({});
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err.find("A subcommand is required") != std::string::npos);
  }
  SUBCASE("an unknown option is a usage error")
  {
    CHECK(run({"validate", "--bogus", "x.yaml"}).code == cli::k_exit_usage);
  }
  SUBCASE("an unreadable file is an I/O error")
  {
    const auto r = run({"validate", "tests/data/does-not-exist.yaml"});
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err.rfind("tenderscore: error: cannot read 'tests/data/does-not-exist.yaml'", 0) == 0);
  }
  SUBCASE("valid input exits 0, invalid 1")
  {
    CHECK(run({"validate", "examples/waste-2015/tender.yaml"}).code == cli::k_exit_ok);
    CHECK(run({"validate", "tests/data/bad/weights.tender.yaml"}).code == cli::k_exit_invalid);
  }
  SUBCASE("--strict fails on warnings: a tender with no social value criterion")
  {
    const fs::path dir = fs::temp_directory_path() / "tenderscore-cli-strict";
    fs::create_directories(dir);
    std::string tender = slurp(fs::path(TENDERSCORE_SOURCE_DIR) / "examples/waste-2015/tender.yaml");
    tender.replace(tender.find("    social_value: true\n"), 23, "");
    const auto path = (dir / "tender.yaml").string();
    std::ofstream(path) << tender;
    CHECK(run({"validate", path}).code == cli::k_exit_ok);
    CHECK(run({"validate", "--strict", path}).code == cli::k_exit_invalid);
    fs::remove_all(dir);
  }
}

TEST_CASE("cli::run schema")
{
  // The embedded schemas are the files in schemas/, byte for byte.
  for (const std::string kind : {"tender", "bids"}) {
    const auto r = run({"schema", kind});
    CHECK(r.code == 0);
    CHECK(r.out == slurp(fs::path(TENDERSCORE_SOURCE_DIR) / "schemas" / (kind + ".schema.json")));
  }
}

TEST_CASE("cli::run score -o")
{
  const fs::path dir = fs::temp_directory_path() / "tenderscore-cli-output";
  fs::create_directories(dir);
  const auto target = (dir / "result.json").string();
  SUBCASE("writes the JSON result to the file, nothing to stdout")
  {
    const auto r = run({"score", "examples/waste-2015/tender.yaml",
                        "examples/waste-2015/bids.yaml", "--format", "json", "-o", target});
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(slurp(target).rfind("{\n  \"format\": \"tenderscore/result@1\",", 0) == 0);
  }
  SUBCASE("invalid input leaves no output file")
  {
    fs::remove(target);
    const auto r = run({"score", "examples/waste-2015/tender.yaml",
                        "tests/data/bad/scores.bids.yaml", "-o", target});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK_FALSE(fs::exists(target));
  }
  SUBCASE("refuses to write over an input")
  {
    const auto r = run({"score", "examples/waste-2015/tender.yaml",
                        "examples/waste-2015/bids.yaml", "-o", "examples/waste-2015/bids.yaml"});
    CHECK(r.code == cli::k_exit_usage);
    // The waste tender's s.52 warning (£50m, two KPIs) comes first; it does not stop scoring.
    CHECK(r.err == "examples/waste-2015/tender.yaml:10:20: warning: the estimated value is over "
                   "£5m (£50000000) but the tender sets 2 KPIs; the Procurement Act 2023 s.52 "
                   "requires at least three [outcomes.too-few-kpis]\n"
                   "   10 |   estimated_value: 50000000\n"
                   "      |                    ^\n"
                   "tenderscore: error: refusing to write 'examples/waste-2015/bids.yaml': it "
                   "is one of the input files\n");
  }
  fs::remove_all(dir);
}
