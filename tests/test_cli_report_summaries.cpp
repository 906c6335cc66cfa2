// SPDX-License-Identifier: MIT
#include "cli_test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using tenderscore::test::run_cli;
using tenderscore::test::slurp;

namespace {

const std::string k_tender = "examples/waste-2015/tender.yaml";
const std::string k_bids = "examples/waste-2015/bids.yaml";

std::vector<std::string> files_in(const fs::path& dir)
{
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST_CASE("tenderscore report --summaries")
{
  const fs::path work = fs::temp_directory_path() / "tenderscore-cli-summaries";
  fs::remove_all(work);
  fs::create_directories(work);
  const std::string dir = (work / "summaries").string();
  const std::string report = (work / "report.md").string();

  SUBCASE("refused while comments are missing: every gap listed, nothing written")
  {
    const auto run = run_cli({"report", k_tender, k_bids, "--summaries", dir, "-o", report});
    CHECK(run.code == 1);
    CHECK(run.out.empty());
    // 17 unexplained questions (see test_report_summaries.cpp), each with its location (and
    // the tender's own warning: £50m with two KPIs)
    std::size_t gaps = 0;
    for (auto at = run.err.find("[summary.missing-explanation]"); at != std::string::npos;
         at = run.err.find("[summary.missing-explanation]", at + 1)) {
      ++gaps;
    }
    CHECK(gaps == 17);
    CHECK(run.err.find("examples/waste-2015/bids.yaml:14:7: error: no explanation (comment) for "
                       "question 'recycling-performance' of bidder 'Greenway Services Ltd'") !=
          std::string::npos);
    CHECK(run.err.find("17 gap(s) in the assessment summaries") != std::string::npos);
    CHECK_FALSE(fs::exists(dir));
    CHECK_FALSE(fs::exists(report));
  }
  SUBCASE("--draft: one file per bidder that reached the final stage, marked DRAFT")
  {
    const auto run =
        run_cli({"report", k_tender, k_bids, "--summaries", dir, "--draft", "-o", report});
    CHECK(run.code == 0);
    CHECK(fs::exists(report));
    // Cheapskate Ltd failed the insurance gate: five of the six bidders get a summary.
    CHECK(files_in(dir) ==
          std::vector<std::string>{"summary-budget-bins-plc-5194b9ac.md",
                                   "summary-greenway-services-ltd-31926a30.md",
                                   "summary-northfield-recycling-co-operative-4c8f372a.md",
                                   "summary-thameside-environmental-ltd-f06978d4.md",
                                   "summary-urban-cycle-partnership-971c1f61.md"});
    for (const auto& name : files_in(dir)) {
      const std::string text = slurp(fs::path(dir) / name);
      CHECK(text.rfind("**DRAFT", 0) == 0);
      CHECK(text.find("**DRAFT", 10) != std::string::npos);
      CHECK(text.find("Cheapskate") == std::string::npos);
    }
    // the same inputs again: byte-identical files
    const std::string first = slurp(fs::path(dir) / "summary-greenway-services-ltd-31926a30.md");
    CHECK(run_cli({"report", k_tender, k_bids, "--summaries", dir, "--draft", "-o", report}).code ==
          0);
    CHECK(slurp(fs::path(dir) / "summary-greenway-services-ltd-31926a30.md") == first);
  }
  SUBCASE("summary files an earlier run left are listed in a warning, never deleted")
  {
    fs::create_directories(dir);
    std::ofstream(fs::path(dir) / "summary-cheapskate-ltd-0badf00d.md") << "old\n";
    std::ofstream(fs::path(dir) / "notes.md") << "mine\n";
    const auto run =
        run_cli({"report", k_tender, k_bids, "--summaries", dir, "--draft", "-o", report});
    CHECK(run.code == 0);
    CHECK(run.err.find("tenderscore: warning: " + dir +
                       " also holds 1 summary file(s) that this run did not write (from an "
                       "earlier run?); remove them before sending the summaries out:\n"
                       "  summary-cheapskate-ltd-0badf00d.md\n") != std::string::npos);
    CHECK(slurp(fs::path(dir) / "summary-cheapskate-ltd-0badf00d.md") == "old\n");
    CHECK(files_in(dir).size() == 7); // five summaries, the old one and notes.md
  }
  SUBCASE("--draft needs --summaries")
  {
    CHECK(run_cli({"report", k_tender, k_bids, "--draft"}).code == 2);
  }
  SUBCASE("a link planted under a summary's name is refused; the file it points at is kept")
  {
    // The name is predictable: "summary-" + slug + the first 8 hex of SHA-256 of the name
    // (printf 'Budget Bins plc' | sha256sum → 5194b9ac…).
    fs::create_directories(dir);
    const fs::path victim = work / "victim.txt";
    std::ofstream(victim) << "keep me\n";
    fs::create_symlink(victim, fs::path(dir) / "summary-budget-bins-plc-5194b9ac.md");
    const auto run =
        run_cli({"report", k_tender, k_bids, "--summaries", dir, "--draft", "-o", report});
    CHECK(run.code == 2);
    CHECK(run.err.find("it exists and is not a regular file") != std::string::npos);
    CHECK(slurp(victim) == "keep me\n");
    CHECK(files_in(dir) == std::vector<std::string>{"summary-budget-bins-plc-5194b9ac.md"});
  }
  SUBCASE("a tie for first place after the tie-break: no summary may say who won")
  {
    // Northfield's bid again under another name: both total 79.58 and tie on every tie-break.
    std::string bids = slurp(fs::path(TENDERSCORE_SOURCE_DIR) / k_bids);
    const auto at = bids.find("  - bidder: Northfield Recycling Co-operative");
    const auto end = bids.find("  - bidder: Budget Bins plc");
    std::string twin = bids.substr(at, end - at);
    twin.replace(twin.find("Northfield Recycling Co-operative"), 33, "Twin Recycling Ltd");
    bids.insert(end, twin);
    const std::string tied = (work / "tied.bids.yaml").string();
    std::ofstream(tied) << bids;
    const auto refused = run_cli({"report", k_tender, tied, "--summaries", dir, "-o", report});
    CHECK(refused.code == 1);
    CHECK(refused.err.find("bidder 'Twin Recycling Ltd' is tied for first place after the "
                           "tie-break: the award is undecided") != std::string::npos);
    CHECK(refused.err.find("bidder 'Northfield Recycling Co-operative' is tied for first") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir));
    const auto draft =
        run_cli({"report", k_tender, tied, "--summaries", dir, "--draft", "-o", report});
    REQUIRE(draft.code == 0);
    bool found = false;
    for (const auto& name : files_in(dir)) {
      if (name.rfind("summary-twin-recycling-ltd-", 0) == 0) {
        const std::string text = slurp(fs::path(dir) / name);
        CHECK(text.find("tied for first place after the tie-break, so the award is not yet "
                        "decided") != std::string::npos);
        CHECK(text.find(": successful.") == std::string::npos);
        found = true;
      }
    }
    CHECK(found);
  }
  fs::remove_all(work);
}

TEST_CASE("tenderscore report --summaries: a quantitative criterion's value, unit and working")
{
  // examples/community-transport with a hostile unit on the emissions criterion: the summary's
  // "Score awarded" cell names the bid's value in that unit, escaped like every tender text.
  const fs::path work = fs::temp_directory_path() / "tenderscore-cli-summaries-quantity";
  fs::remove_all(work);
  fs::create_directories(work);
  std::string tender =
      slurp(std::string(TENDERSCORE_SOURCE_DIR) + "/examples/community-transport/tender.yaml");
  const std::string unit = "tonnes CO2e a year";
  tender.replace(tender.find(unit), unit.size(), "<script>x</script> | *t*");
  const std::string tender_path = (work / "tender.yaml").string();
  std::ofstream(tender_path) << tender;
  const std::string dir = (work / "summaries").string();
  const auto r = run_cli({"report", tender_path, "examples/community-transport/bids.yaml",
                          "--summaries", dir, "-o", (work / "report.md").string()});
  REQUIRE_MESSAGE(r.code == 0, r.err);
  const std::string text = slurp(fs::path(dir) / "summary-valley-minibus-cic-b123e578.md");
  CHECK(text.find("<script>") == std::string::npos);
  // Valley states 60 t: 10 × (80 − 60) ÷ (80 − 20) = 10/3 = 3.33 points.
  CHECK(text.find("| value 60 \\<script\\>x\\</script\\> \\| \\*t\\* | 3.33 |") !=
        std::string::npos);
  CHECK(text.find("10 × (ceiling 80 − 60) ÷ (ceiling 80 − floor 20) = 3.333333…") !=
        std::string::npos);
  fs::remove_all(work);
}
