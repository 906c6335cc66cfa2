// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/app/output.hpp>
#include <tenderscore/app/summaries_out.hpp>
#include <tenderscore/app/workflow.hpp>
#include <tenderscore/audit/audit.hpp>
#include <tenderscore/report/summaries.hpp>
#include <tenderscore/report/summary_cells.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace tenderscore;
using test::Lines;
namespace fs = std::filesystem;

namespace {

std::string text_of(const std::string& relative)
{
  return load::read_source(std::string(TENDERSCORE_SOURCE_DIR) + "/" + relative)->text();
}

// A 0–5 scale; price 40 (lowest-ratio); quality 60 = delivery 40 (minimum 2) + staffing 20.
const char* const k_tender = R"(format: tenderscore/tender@1
tender:
  id: t-sum
  title: Grounds maintenance
  authority: Example Council
  procedure: open
scales:
  q05: {min: 0, max: 5, step: 1}
panel:
  evaluators:
    - {id: ev-a, role: procurement}
    - {id: ev-b, role: service}
gates:
  - {id: insurance, text: Holds the required insurance}
criteria:
  - id: price
    weight: 40
    price: {method: lowest-ratio}
  - id: quality
    title: Quality
    weight: 60
    children:
      - {id: delivery, title: Service delivery, weight: 40, scale: q05, minimum: 2}
      - {id: staffing, title: Staffing plan, weight: 20, scale: q05}
)";

struct FixtureBid
{
  std::string name;
  int price;
  bool insurance;
  int delivery;
  int staffing;
  std::string note; // comments are "<note>-DELIVERY" and "<note>-STAFFING"; "" for none
};

// Names are written as YAML double-quoted strings, so a test can use YAML escapes (\e).
std::string bids_yaml(const std::vector<FixtureBid>& bids)
{
  std::string text = "format: tenderscore/bids@1\ntender: t-sum\nbids:\n";
  for (const auto& b : bids) {
    text += "  - bidder: \"" + b.name + "\"\n    price: " + std::to_string(b.price) +
            "\n    gates: {insurance: " + (b.insurance ? "pass" : "fail") + "}\n    scores:\n";
    for (const auto& [q, s] : {std::pair{"delivery", b.delivery}, {"staffing", b.staffing}}) {
      text += std::string("      ") + q + ":\n        evaluators: {ev-a: " + std::to_string(s) +
              ", ev-b: " + std::to_string(s) + "}\n";
      if (!b.note.empty()) {
        text += "        moderated: " + std::to_string(s) + "\n        comment: \"" + b.note + "-" +
                (std::string(q) == "delivery" ? "DELIVERY" : "STAFFING") + "\"\n";
      }
    }
  }
  return text;
}

// Alpha, Bravo and Echo are in contention; Charlie scores 1 on delivery (minimum 2) and is
// excluded in the final stage; Delta fails the insurance gate. Lowest price in contention 80.
//   Alpha: price 40 × 80 ÷ 100 = 32; delivery 40 × 4 ÷ 5 = 32; staffing 20 × 3 ÷ 5 = 12;
//          quality 32 + 12 = 44; total 76 → 1st
//   Bravo: price 40 × 80 ÷ 80 = 40; delivery 40 × 3 ÷ 5 = 24; staffing 20 × 2 ÷ 5 = 8;
//          quality 32; total 72 → 2nd
//   Echo:  price 40 × 80 ÷ 200 = 16; delivery 40 × 2 ÷ 5 = 16; staffing 20 × 1 ÷ 5 = 4;
//          quality 20; total 36 → 3rd
std::vector<FixtureBid> five_bids()
{
  return {{"Alpha Ltd", 100, true, 4, 3, "ALPHA"},
          {"Bravo plc", 80, true, 3, 2, "BRAVO"},
          {"Charlie and Co", 90, true, 1, 5, "CHARLIE"},
          {"Delta Group", 70, false, 5, 5, "DELTA"},
          {"Echo Services", 200, true, 2, 1, "ECHO"}};
}

struct Evaluated
{
  app::CheckedInputs inputs;
  report::Evaluation evaluation;
};

Evaluated evaluate(const std::string& tender, const std::string& bids)
{
  app::CheckedInputs inputs;
  inputs.files.push_back(load::load_text("tender.yaml", tender, inputs.diagnostics));
  inputs.files.push_back(load::load_text("bids.yaml", bids, inputs.diagnostics));
  app::check_loaded(inputs, validate::Options{});
  for (const auto& d : inputs.diagnostics.items()) {
    INFO(d.message);
    REQUIRE(d.severity != diag::Severity::error);
  }
  const model::Tender* t = inputs.tenders().at(0);
  audit::AuditBlock block;
  block.version = "9.9.9-test";
  for (const auto& file : inputs.files) {
    block.inputs.push_back(audit::digest_source(*file.source));
  }
  report::Evaluation e = report::evaluate(*t, inputs.bids(), std::move(block));
  return {std::move(inputs), std::move(e)};
}

const report::AssessmentSummary& summary_of(const std::vector<report::AssessmentSummary>& all,
                                            const std::string& bidder)
{
  const auto found =
      std::find_if(all.begin(), all.end(), [&](const auto& s) { return s.bidder == bidder; });
  REQUIRE(found != all.end());
  return *found;
}

std::string markdown(const report::AssessmentSummary& s, const report::Evaluation& e,
                     bool draft = false)
{
  std::ostringstream out;
  report::write_summary_md(s, e, report::SummaryOptions{draft}, out);
  return out.str();
}

bool contains(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

std::vector<std::string> names_of(const std::vector<report::AssessmentSummary>& all)
{
  std::vector<std::string> names;
  for (const auto& s : all) {
    names.push_back(s.bidder);
  }
  return names;
}

} // namespace

TEST_CASE("report::assessment_summaries: who gets one and what it holds")
{
  const Evaluated run = evaluate(k_tender, bids_yaml(five_bids()));
  const auto all = report::assessment_summaries(run.evaluation);
  // Delta failed a gate: it never reached the final stage. Charlie, excluded there by the
  // delivery minimum, did.
  CHECK(names_of(all) ==
        std::vector<std::string>{"Alpha Ltd", "Bravo plc", "Echo Services", "Charlie and Co"});

  SUBCASE("a losing bid: its rows, sub-totals and total, and the winner's")
  {
    const auto& bravo = summary_of(all, "Bravo plc");
    REQUIRE(bravo.lots.size() == 1);
    const auto& lot = bravo.lots[0];
    CHECK_FALSE(lot.lot);
    CHECK(lot.ranked == 3);
    CHECK(lot.bids_in_final_stage == 4);
    CHECK(lot.bid.rank == 2);
    CHECK_FALSE(lot.bid.successful);
    CHECK(*lot.bid.total == 72);
    REQUIRE(lot.bid.rows.size() == 4);
    const auto& rows = lot.bid.rows;
    CHECK(rows[0].id == "price");
    CHECK(rows[0].weight == 40);
    CHECK(*rows[0].price == 80);
    CHECK(*rows[0].points == 40);
    CHECK(rows[1].title == "Quality");
    CHECK(*rows[1].points == 32); // sub-total 24 + 8
    CHECK(rows[2].title == "Service delivery");
    CHECK(rows[2].depth == 1);
    CHECK(rows[2].weight == 40);
    CHECK(*rows[2].scale_max == 5);
    CHECK(*rows[2].score == 3);
    CHECK(rows[2].score_source == "moderated");
    CHECK(*rows[2].points == 24);
    CHECK(rows[2].explanation == "BRAVO-DELIVERY");
    CHECK(*rows[3].points == 8);
    CHECK(rows[3].explanation == "BRAVO-STAFFING");
    REQUIRE(lot.winners.size() == 1);
    CHECK(lot.winners[0].bidder == "Alpha Ltd");
    CHECK(*lot.winners[0].total == 76);
    CHECK(*lot.winners[0].rows[2].points == 32);
    CHECK(lot.winners[0].rows[3].explanation == "ALPHA-STAFFING");
  }
  SUBCASE("the winner is shown no other bid")
  {
    const auto& alpha = summary_of(all, "Alpha Ltd");
    CHECK(alpha.lots[0].bid.successful);
    CHECK(alpha.lots[0].winners.empty());
  }
  SUBCASE("a bid excluded in the final stage: its scores and comments, no points")
  {
    const auto& charlie = summary_of(all, "Charlie and Co");
    const auto& bid = charlie.lots[0].bid;
    CHECK_FALSE(bid.ranked);
    CHECK_FALSE(bid.total);
    REQUIRE_FALSE(bid.exclusions.empty());
    CHECK(bid.exclusions[0].rule == "minimum");
    REQUIRE(bid.rows.size() == 4);
    CHECK(*bid.rows[0].price == 90);
    CHECK_FALSE(bid.rows[0].points);
    CHECK(*bid.rows[2].score == 1);
    CHECK(bid.rows[2].explanation == "CHARLIE-DELIVERY");
    CHECK(*bid.rows[3].score == 5);
    CHECK_FALSE(bid.rows[3].points);
    REQUIRE(charlie.lots[0].winners.size() == 1);
    CHECK(charlie.lots[0].winners[0].bidder == "Alpha Ltd");
  }
}

TEST_CASE("report::write_summary_md: reg. 31 content, and nothing about other losing bids")
{
  const Evaluated run = evaluate(k_tender, bids_yaml(five_bids()));
  const auto all = report::assessment_summaries(run.evaluation);

  SUBCASE("checklist for a losing bid")
  {
    const std::string md = markdown(summary_of(all, "Bravo plc"), run.evaluation);
    CHECK(contains(md, "# Assessment summary: Bravo plc\n"));
    CHECK(contains(md, "Tender: Grounds maintenance (`t-sum`), Example Council."));
    CHECK(contains(md, "**Outcome:** Ranked 2nd of 3 ranked bids with 72.00 points: not "
                       "successful."));
    // title, weight, available score, score awarded, points, explanation
    CHECK(contains(md, "| &nbsp;&nbsp;&nbsp;&nbsp;Service delivery (`delivery`) | 40% | 40 "
                       "points; scale 0 to 5 | 3.00 of 5 (moderated) | 24.00 | BRAVO-DELIVERY |"));
    CHECK(contains(md, "| Quality (`quality`) | 60% | 60 points |  | sub-total 32.00 | sum of "
                       "its sub-criteria |"));
    CHECK(contains(md, "| price | 40% | 40 points | price 80 | 40.00 |"));
    CHECK(contains(md, "| **Total** | 100% | 100 points |  | **72.00** |  |"));
    // the winner's breakdown
    CHECK(contains(md, "## The winning bid: Alpha Ltd\n\nRanked 1st with 76.00 points."));
    CHECK(contains(md, "| &nbsp;&nbsp;&nbsp;&nbsp;Staffing plan (`staffing`) | 20% | 20 points; "
                       "scale 0 to 5 | 3.00 of 5 (moderated) | 12.00 | ALPHA-STAFFING |"));
    CHECK(contains(md, "| **Total** | 100% | 100 points |  | **76.00** |  |"));
    // method and audit
    CHECK(contains(md, "- price method: lowest-ratio\n"));
    CHECK(contains(md, "- tenderscore version 9.9.9-test\n"));
    CHECK(contains(md, "- bids.yaml ("));
    CHECK(contains(md, run.evaluation.audit.inputs[1].sha256));
    CHECK_FALSE(contains(md, "DRAFT"));
  }
  SUBCASE("no summary names, scores or explains another losing bid")
  {
    // Losers are Bravo, Echo, Charlie (excluded) and Delta (gate). Prices 80, 200, 90 and 70 are
    // each unique; the price formula is given in words, never with the lowest price filled in.
    const std::vector<std::pair<std::string, std::vector<std::string>>> losers = {
        {"Bravo plc", {"Bravo", "BRAVO-", "price 80"}},
        {"Echo Services", {"Echo", "ECHO-", "price 200"}},
        {"Charlie and Co", {"Charlie", "CHARLIE-", "price 90"}},
        {"Delta Group", {"Delta", "DELTA-", "price 70"}}};
    for (const auto& summary : all) {
      const std::string md = markdown(summary, run.evaluation);
      CHECK(contains(md, summary.bidder));
      for (const auto& [loser, marks] : losers) {
        if (loser == summary.bidder) {
          continue;
        }
        for (const auto& mark : marks) {
          INFO(summary.bidder, " mentions ", mark);
          CHECK_FALSE(contains(md, mark));
        }
      }
      if (summary.bidder != "Alpha Ltd") {
        CHECK(contains(md, "ALPHA-DELIVERY")); // a loser sees the winner's explanation
      }
    }
  }
  SUBCASE("an excluded bid")
  {
    const std::string md = markdown(summary_of(all, "Charlie and Co"), run.evaluation);
    CHECK(contains(md, "**Outcome:** Excluded in the final stage, so no points were awarded: "));
    CHECK(contains(md, "| 1.00 of 5 (moderated) | not awarded | CHARLIE-DELIVERY |"));
    CHECK(contains(md, "| **Total** | 100% | 100 points |  | **not awarded** |  |"));
    CHECK(contains(md, "## The winning bid: Alpha Ltd"));
  }
  SUBCASE("DRAFT at the top and the bottom")
  {
    const std::string md = markdown(summary_of(all, "Bravo plc"), run.evaluation, true);
    CHECK(md.rfind("**DRAFT — ", 0) == 0);
    CHECK(md.size() > 100);
    const std::string last = md.substr(md.rfind("**DRAFT — "));
    CHECK(last.back() == '\n');
    CHECK(std::count(last.begin(), last.end(), '\n') == 1);
  }
  SUBCASE("an input path is escaped text, not a code span where escapes would show")
  {
    Evaluated named = evaluate(k_tender, bids_yaml(five_bids()));
    named.evaluation.audit.inputs[1].path = "my_bids `v2`.yaml";
    const auto named_all = report::assessment_summaries(named.evaluation);
    const std::string md = markdown(summary_of(named_all, "Bravo plc"), named.evaluation);
    CHECK(contains(md, "- my\\_bids \\`v2\\`.yaml ("));
  }
  SUBCASE("deterministic")
  {
    const Evaluated again = evaluate(k_tender, bids_yaml(five_bids()));
    const auto all_again = report::assessment_summaries(again.evaluation);
    REQUIRE(all_again.size() == all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
      CHECK(markdown(all[i], run.evaluation) == markdown(all_again[i], again.evaluation));
    }
  }
}

TEST_CASE("write_summary_md: a bid capped out of a lot says it lost the lot to the cap")
{
  // examples/lots-community-services (worked in its README): Brightside ranks 1st in south with
  // 51.5 + 8 + 30 = 89.50 points, but keeps central and north under the cap of two lots, so
  // south is scored again without it and Southbank wins with 3113/38 = 81.92.
  const Evaluated run = evaluate(text_of("examples/lots-community-services/tender.yaml"),
                                 text_of("examples/lots-community-services/bids.yaml"));
  const auto all = report::assessment_summaries(run.evaluation);
  const std::string md =
      markdown(summary_of(all, "Brightside Arts & Wellbeing CIC"), run.evaluation, true);
  CHECK(contains(md, "**Outcome:** Not awarded this lot because of the cap on lots per bidder "
                     "(capped out after ranking 1st with 89.50 points: 'Brightside Arts \\& "
                     "Wellbeing CIC' may win at most 2 lots and keeps 'north' and 'central' (by "
                     "lot value)); the lot was then scored again without this bid"));
  CHECK_FALSE(contains(md, "Excluded in the final stage"));
  CHECK(contains(md, "## The winning bid: Southbank Creative Health"));
  CHECK(contains(md, "Ranked 1st with 81.92 points."));
}

TEST_CASE("report::summary_gaps")
{
  SUBCASE("none when every scored question of a summarised bid is explained")
  {
    const Evaluated run = evaluate(k_tender, bids_yaml(five_bids()));
    CHECK(report::summary_gaps(run.evaluation, run.inputs.bids()).empty());
  }
  SUBCASE("each missing comment of a summarised bid, none for a bid excluded at a gate")
  {
    auto bids = five_bids();
    bids[1].note = ""; // Bravo: both questions unexplained
    bids[3].note = ""; // Delta failed a gate: no summary, so no gap
    const Evaluated run = evaluate(k_tender, bids_yaml(bids));
    diag::Diagnostics gaps;
    for (const auto& d : report::summary_gaps(run.evaluation, run.inputs.bids())) {
      gaps.add(d);
    }
    // bids.yaml: 3 header lines; Alpha takes lines 4–15 (bidder, price, gates, scores, then
    // 4 lines per question with a comment); Bravo starts at 16, "delivery:" at 20, "staffing:"
    // at 22 (2 lines per question without a comment), both at column 7 (6 spaces).
    CHECK(test::render(gaps) ==
          Lines{"bids.yaml:20:7: error: no explanation (comment) for question 'delivery' of "
                "bidder 'Bravo plc': an assessment summary must explain every score "
                "[summary.missing-explanation]",
                "bids.yaml:22:7: error: no explanation (comment) for question 'staffing' of "
                "bidder 'Bravo plc': an assessment summary must explain every score "
                "[summary.missing-explanation]"});
  }
  SUBCASE("the waste example: every unexplained question of the five bids that reached the end")
  {
    const Evaluated run = evaluate(text_of("examples/waste-2015/tender.yaml"),
                                   text_of("examples/waste-2015/bids.yaml"));
    const auto gaps = report::summary_gaps(run.evaluation, run.inputs.bids());
    // Greenway 2 (recycling, mobilisation), Northfield 4, Budget Bins 4, Thameside 3 (all but
    // recycling-performance), Urban Cycle 4 = 17; Cheapskate failed the insurance gate.
    CHECK(gaps.size() == 17);
    REQUIRE_FALSE(gaps.empty());
    CHECK(gaps[0].where.line == 14); // Greenway's recycling-performance key
    CHECK(gaps[0].where.column == 7);
    CHECK(contains(gaps[0].message, "'recycling-performance' of bidder 'Greenway Services Ltd'"));
    for (const auto& d : gaps) {
      CHECK_FALSE(contains(d.message, "Cheapskate"));
    }
  }
}

TEST_CASE("report::assessment_summaries under a funding pot")
{
  const std::string funded = std::string(k_tender) + "funding: {pot: 150}\n";
  SUBCASE("success is funding: each summary says funded or not, with the reason")
  {
    // Alpha (1st, 76) asks 100: funded, 50 left. Bravo (2nd, 72) asks 80 and Echo (3rd, 36)
    // 200: neither fits the 50 left (rule skip).
    const Evaluated run = evaluate(funded, bids_yaml(five_bids()));
    const auto all = report::assessment_summaries(run.evaluation);
    const auto& alpha = summary_of(all, "Alpha Ltd").lots.at(0);
    CHECK(alpha.bid.successful);
    CHECK(report::summary_cells::outcome(alpha.bid, alpha) ==
          "Ranked 1st of 3 ranked bids with 76.00 points: funded 100.");
    const auto& bravo = summary_of(all, "Bravo plc").lots.at(0);
    CHECK_FALSE(bravo.bid.successful);
    CHECK(report::summary_cells::outcome(bravo.bid, bravo) ==
          "Ranked 2nd of 3 ranked bids with 72.00 points: not funded (request 80 does not fit "
          "the 50 left at rank 2).");
    CHECK(report::summary_gaps(run.evaluation, run.inputs.bids()).empty());
  }
  SUBCASE("a tie the pot cannot fund for both: no summary until it is resolved")
  {
    // Foxtrot copies Alpha (price 100, scores 4 and 3: 76 points), so both rank 1st; 100 + 100
    // is over the 150 pot while each fits alone: both undecided, and Bravo and Echo wait.
    auto bids = five_bids();
    bids.push_back({"Foxtrot Ltd", 100, true, 4, 3, "FOXTROT"});
    const Evaluated run = evaluate(funded, bids_yaml(bids));
    const auto gaps = report::summary_gaps(run.evaluation, run.inputs.bids());
    std::vector<std::string> rules;
    for (const auto& d : gaps) {
      rules.push_back(d.rule);
    }
    CHECK(rules == std::vector<std::string>(4, "summary.undecided-funding"));
    REQUIRE_FALSE(gaps.empty());
    CHECK(gaps[0].message ==
          "the funding of bidder 'Alpha Ltd' is undecided (undecided: tie at the pot boundary at "
          "rank 1: the 150 left cannot fund every tied request ('Alpha Ltd' (100) and 'Foxtrot "
          "Ltd' (100))), so no summary can say whether it is funded; resolve the tie first");
  }
}

TEST_CASE("report::summary_file_name: hostile bidder names")
{
  // "summary-" + slug + "-" + 8 hex digits of SHA-256 of the exact name + ".md"
  const std::vector<std::string> hostile = {"../../etc/passwd",
                                            "<script>alert(1)</script>",
                                            "=HYPERLINK(\"http://x\",\"y\")",
                                            "| --- |",
                                            "\x1B[31mRed\x1B[0m Ltd",
                                            ".hidden",
                                            "Ölprodukte GmbH",
                                            "a/b\\c\nd",
                                            ""};
  std::vector<std::string> names;
  for (const auto& bidder : hostile) {
    const std::string name = report::summary_file_name(bidder, "md");
    INFO(name);
    CHECK(name.rfind("summary-", 0) == 0);
    CHECK(name.size() <= 8 + 40 + 1 + 8 + 3);
    CHECK(name.find('/') == std::string::npos);
    CHECK(name.find('\\') == std::string::npos);
    CHECK(name.find("..") == std::string::npos);
    CHECK(std::all_of(name.begin(), name.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }));
    CHECK(name == report::summary_file_name(bidder, "md")); // deterministic
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  CHECK(std::unique(names.begin(), names.end()) == names.end());
  CHECK(report::summary_file_name("../../etc/passwd", "md").rfind("summary-etc-passwd-", 0) == 0);
  CHECK(report::summary_file_name("", "md").rfind("summary-bidder-", 0) == 0);
  // Same slug, different names: the hash keeps them apart.
  CHECK(report::summary_file_name("Acme Ltd", "md") != report::summary_file_name("ACME LTD", "md"));
  // printf 'Alpha Ltd' | sha256sum → 333c6e90…; printf '../../etc/passwd' | sha256sum → 3754d6cb…
  CHECK(report::summary_file_name("Alpha Ltd", "md") == "summary-alpha-ltd-333c6e90.md");
  CHECK(report::summary_file_name("../../etc/passwd", "md") == "summary-etc-passwd-3754d6cb.md");
}

TEST_CASE("assessment summaries of hostile bidder names: escaped content, safe files")
{
  auto bids = five_bids();
  bids[0].name = "<script>alert(1)</script>";     // the winner
  bids[1].name = "../../etc/passwd";              // a loser
  bids[2].name = "| --- | =HYPERLINK(\\\"x\\\")"; // excluded in the final stage
  bids[4].name = "\\u202ERed\\u202C Ltd";         // YAML \u202E: a bidi override ("\e" is refused)
  bids[1].note = "*bold* [link](http://x) <b>";
  const Evaluated run = evaluate(k_tender, bids_yaml(bids));
  const auto all = report::assessment_summaries(run.evaluation);
  REQUIRE(all.size() == 4);

  const std::string md = markdown(summary_of(all, "../../etc/passwd"), run.evaluation);
  CHECK(contains(md, "# Assessment summary: ../../etc/passwd\n"));
  CHECK(contains(md, "## The winning bid: \\<script\\>alert(1)\\</script\\>\n"));
  CHECK_FALSE(contains(md, "<script>"));
  CHECK(contains(md, "\\*bold\\* \\[link\\](http://x) \\<b\\>-DELIVERY"));
  const std::string red =
      markdown(summary_of(all, "\xE2\x80\xAERed\xE2\x80\xAC Ltd"), run.evaluation);
  CHECK(contains(red, "# Assessment summary: \\\\u{202E}Red\\\\u{202C} Ltd\n"));
  CHECK(red.find("\xE2\x80\xAE") == std::string::npos);
  const std::string table = markdown(summary_of(all, "| --- | =HYPERLINK(\"x\")"), run.evaluation);
  CHECK(contains(table, "# Assessment summary: \\| --- \\| =HYPERLINK(\"x\")\n"));

  SUBCASE("written into the folder only, one file each")
  {
    const fs::path dir = fs::temp_directory_path() / "tenderscore-summaries-test" / "out";
    fs::remove_all(dir.parent_path());
    const auto files = app::render_summaries(run.evaluation, report::SummaryOptions{});
    app::write_summaries(dir.string(), files, {});
    std::vector<std::string> written;
    for (const auto& entry : fs::directory_iterator(dir)) {
      written.push_back(entry.path().filename().string());
      std::ifstream in(entry.path());
      std::stringstream content;
      content << in.rdbuf();
      const auto& file = *std::find_if(files.begin(), files.end(),
                                       [&](const auto& f) { return f.name == written.back(); });
      CHECK(content.str() == file.content);
    }
    std::sort(written.begin(), written.end());
    std::vector<std::string> expected;
    for (const auto& f : files) {
      expected.push_back(f.name);
    }
    std::sort(expected.begin(), expected.end());
    CHECK(written == expected);
    CHECK(written.size() == 4);
    // nothing was written beside the folder, e.g. by "../../etc/passwd"
    CHECK(std::distance(fs::directory_iterator(dir.parent_path()), fs::directory_iterator{}) == 1);
    fs::remove_all(dir.parent_path());
  }
}

TEST_CASE("app::stale_summaries: summary files in the folder that this run did not write")
{
  const fs::path dir = fs::temp_directory_path() / "tenderscore-summaries-stale";
  fs::remove_all(dir);
  CHECK(app::stale_summaries(dir.string(), {}).empty()); // no folder yet
  fs::create_directories(dir / "summary-folder.md.d");
  for (const char* name : {"summary-old-b.html", "summary-kept.md", "summary-old-a.md", "notes.md",
                           "summary-x.txt", "summary-old-c.md.bak"}) {
    std::ofstream(dir / name) << "x\n";
  }
  const std::vector<app::SummaryFile> files = {{"summary-kept.md", "k\n"}};
  // Only summary-*.md and summary-*.html that are not this run's, sorted.
  CHECK(app::stale_summaries(dir.string(), files) ==
        std::vector<std::string>{"summary-old-a.md", "summary-old-b.html"});
  fs::remove_all(dir);
}

TEST_CASE("app::write_summaries: a failed write leaves no new file")
{
  const fs::path dir = fs::temp_directory_path() / "tenderscore-summaries-fail";
  fs::remove_all(dir);
  fs::create_directories(dir / "summary-b.md"); // a folder where the second file goes
  const std::vector<app::SummaryFile> files = {{"summary-a.md", "a\n"}, {"summary-b.md", "b\n"}};
  CHECK_THROWS_AS(app::write_summaries(dir.string(), files, {}), app::OutputError);
  CHECK_FALSE(fs::exists(dir / "summary-a.md"));
  fs::remove_all(dir);
}

TEST_CASE("report::write_summary_html: self-contained, escaped, DRAFT on every page")
{
  auto bids = five_bids();
  bids[0].name = "<script>alert(1)</script>"; // the winner
  bids[1].name = "Bravo \\\"&\\\" Sons";      // YAML \" → Bravo "&" Sons
  bids[1].note = "<img src=x onerror=alert(1)>";
  const Evaluated run = evaluate(k_tender, bids_yaml(bids));
  const auto all = report::assessment_summaries(run.evaluation);
  const auto& bravo = summary_of(all, "Bravo \"&\" Sons");
  std::ostringstream out;
  report::write_summary_html(bravo, run.evaluation, report::SummaryOptions{false}, out);
  const std::string html = out.str();
  CHECK(html.rfind("<!DOCTYPE html>\n", 0) == 0);
  CHECK(contains(html, "<h1>Assessment summary: Bravo &quot;&amp;&quot; Sons</h1>"));
  CHECK(contains(html, "<h2>The winning bid: &lt;script&gt;alert(1)&lt;/script&gt;</h2>"));
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<img"));
  CHECK(contains(html, "&lt;img src=x onerror=alert(1)&gt;-DELIVERY"));
  // Bravo's delivery row as worked out above: 40 × 3 ÷ 5 = 24; total 72; the winner's 76
  CHECK(contains(html, "<td>3.00 of 5 (moderated)</td><td class=\"n\">24.00</td>"));
  CHECK(contains(html, "<td class=\"n\">72.00</td>"));
  CHECK(contains(html, "<td class=\"n\">76.00</td>"));
  CHECK_FALSE(contains(html, "Echo"));
  CHECK_FALSE(contains(html, "CHARLIE-"));
  // self-contained: nothing loaded from elsewhere, and a policy that forbids it
  CHECK_FALSE(contains(html, "http:"));
  CHECK_FALSE(contains(html, "https:"));
  CHECK(contains(html, "Content-Security-Policy\" content=\"default-src 'none'"));
  CHECK_FALSE(contains(html, "DRAFT"));

  std::ostringstream draft;
  report::write_summary_html(bravo, run.evaluation, report::SummaryOptions{true}, draft);
  const std::string d = draft.str();
  CHECK(contains(d, "<title>DRAFT Assessment summary"));
  CHECK(contains(d, "<div class=\"draft top\">DRAFT — not for issue"));
  CHECK(contains(d, "<div class=\"draft bottom\">DRAFT — not for issue"));
  CHECK(contains(d, "<div class=\"watermark\" aria-hidden=\"true\">DRAFT</div>"));
  CHECK(contains(d, "@media print{.draft.top{position:fixed;top:0"));
}
