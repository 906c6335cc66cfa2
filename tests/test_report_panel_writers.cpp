// SPDX-License-Identifier: MIT
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/panel_writers.hpp>

#include "score_test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace panel = tenderscore::panel;
namespace model = tenderscore::model;
namespace report = tenderscore::report;
namespace st = tenderscore::score::test;
using tenderscore::util::Rational;

namespace {

// One question q1 (0–5), panel ev-a, ev-b, ev-c, three bidders with hostile names:
//   Acme<ESC>[31m Ltd           4 3 3      mean 10/3, median 3, spread 1, moderated 3 (comment)
//   =HYPERLINK("http://x","y")  5 3 (4)    ev-c conflicted: mean 4, median 4, spread 2 →
//   panel-spread <script>…</script> | Pipe   2 2 1      mean 5/3, median 2, spread 1, moderated 4,
//   no comment
//                                          → moderated-outside-range, missing-rationale
// Leave-one-out deviations:
//   ev-a: 4 − 3 = 1; 5 − 3 = 2; 2 − 1.5 = 0.5 → mean 7/6 (+1.17, lenient);
//         sample variance ((1/6)² + (5/6)² + (2/3)²) / 2 = 7/12, sd 0.76
//   ev-b: 3 − 3.5 = −0.5; 3 − 5 = −2; 2 − 1.5 = 0.5 → mean −2/3 (−0.67, severe);
//         sample variance ((1/6)² + (4/3)² + (7/6)²) / 2 = 19/12, sd 1.26
//   ev-c: 3 − 3.5 = −0.5; (conflicted); 1 − 2 = −1 → mean −3/4 (−0.75, severe);
//         sample variance (0.25² + 0.25²) / 1 = 1/8, sd 0.35
// Kendall's W over the complete cases Acme and <script> (the HYPERLINK bid is left out): every
// evaluator ranks Acme 2 and <script> 1, so R = 6, 3; S = 1.5² + 1.5² = 4.5;
// W = 12 × 4.5 / (3² × (2³ − 2)) = 54 / 54 = 1; chi-square = 3 × 1 × 1 = 3.
panel::Worksheet sample()
{
  model::Tender t = st::tender({st::question("q1", 100)});
  t.panel.evaluators = {
      {"ev-a", "procurement", {}}, {"ev-b", "commissioner", {}}, {"ev-c", "arts", {}}};
  const auto file = st::bids_file({
      st::bid("Acme\x1B[31m Ltd", 100)
          .score("q1", {4, 3, 3})
          .moderated("q1", 3, "Agreed: *strong* [plan](http://x)\nsecond line"),
      st::bid("=HYPERLINK(\"http://x\",\"y\")", 100).score("q1", {5, 3, 4}).conflict("ev-c"),
      st::bid("<script>alert(1)</script> | Pipe", 100).score("q1", {2, 2, 1}).moderated("q1", 4),
  });
  return panel::build_worksheet(t, {&file});
}

} // namespace

TEST_CASE("report::md_escape (panel writers)")
{
  CHECK(report::md_escape("plain text, 1.5 (ok)") == "plain text, 1.5 (ok)");
  CHECK(report::md_escape("a|b *c* _d_ `e` [f](g) <h> \\ & ~") ==
        "a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\\\ \\& \\~");
  CHECK(report::md_escape("one\ntwo\r\nthree\rfour") == "one two three four");
  // A control character becomes a visible \x1B, whose backslash is then escaped itself.
  CHECK(report::md_escape("red\x1B[31m") == "red\\\\x1B\\[31m");
}

TEST_CASE("report::write_panel_table")
{
  std::ostringstream out;
  report::write_panel_table(sample(), out);
  // The escape character is shown as \x1B; the comment's line break as a space.
  CHECK(out.str() ==
        "t — Test tender\n"
        "panel aggregate: mean; spread flag at 2 scale points; statistics over the used scores, 2 "
        "decimals\n"
        "\n"
        "Question  Bidder                            ev-a  ev-b  ev-c  Mean  Median  Spread  "
        "Moderated  Score  From       Flags\n"
        "q1        Acme\\x1B[31m Ltd                     4     3     3  3.33    3.00    1.00       "
        "3.00   3.00  moderated\n"
        "q1        =HYPERLINK(\"http://x\",\"y\")           5     3   (4)  4.00    4.00    2.00    "
        "      -   4.00  mean       panel-spread\n"
        "q1        <script>alert(1)</script> | Pipe     2     2     1  1.67    2.00    1.00       "
        "4.00   4.00  moderated  moderated-outside-range, missing-rationale\n"
        "(n) = set aside: the evaluator declared a conflict of interest for this bidder\n"
        "\n"
        "Needs moderation (2 items)\n"
        "  q1 / =HYPERLINK(\"http://x\",\"y\"): panel-spread: evaluators' scores range from 3 to 5 "
        "(spread 2, flag at 2)\n"
        "  q1 / <script>alert(1)</script> | Pipe: moderated-outside-range: moderated score 4 lies "
        "outside the evaluators' range 1–2\n"
        "  q1 / <script>alert(1)</script> | Pipe: missing-rationale: moderated score 4 has no "
        "comment explaining it\n"
        "\n"
        "Moderated scores\n"
        "  q1 / Acme\\x1B[31m Ltd: 3.00 (evaluators 3.00–4.00): Agreed: *strong* [plan](http://x) "
        "second line\n"
        "  q1 / <script>alert(1)</script> | Pipe: 4.00 (evaluators 1.00–2.00): (no comment)\n"
        "\n"
        "Evaluators\n"
        "Evaluator  Role          Scored  Conflicted  Compared  Mean dev  SD (n−1)  Leniency\n"
        "ev-a       procurement        3           0         3     +1.17      0.76  lenient\n"
        "ev-b       commissioner       3           0         3     -0.67      1.26  severe\n"
        "ev-c       arts               2           1         2     -0.75      0.35  severe\n"
        "deviation = the evaluator's score minus the mean of the other evaluators' used scores on "
        "the same item (leave-one-out), over items with at least 2 used scores; lenient at a mean "
        "deviation ≥ +0.50, severe at ≤ -0.50; SD is the sample standard deviation (n − 1)\n"
        "\n"
        "Agreement: Kendall's coefficient of concordance W, corrected for ties\n"
        "W = 1.00 over 2 items scored by all 3 evaluators; chi-square = 3.00 with 1 degree of "
        "freedom; 1 item left out\n"
        "W = 12 × 4.5 / (3² × (2³ − 2) − 3 × 0) = 1\n"
        "W = 12·S / (m²·(n³ − n) − m·Σ T_j), S = Σ_i (R_i − m·(n + 1)/2)², T_j = Σ (t³ − t) over "
        "the groups of t tied scores of evaluator j, R_i = sum of the ranks of item i (average "
        "ranks for ties); chi-square = m·(n − 1)·W with n − 1 degrees of freedom\n");
}

TEST_CASE("report::write_panel_csv")
{
  std::ostringstream out;
  report::write_panel_csv(sample(), out);
  // One row per item and evaluator; the formula is prefixed with ' and quoted; the comment keeps
  // its line break inside quotes (RFC 4180); the conflicted score has no deviation;
  // no evaluator gave a comment of their own, so the last column is empty.
  CHECK(out.str() ==
        "lot,question,bidder,evaluator,score,conflicted,deviation,used,mean,median,spread,"
        "moderated,final_score,final_source,flags,comment,evaluator_comment\r\n"
        ",q1,Acme\\x1B[31m Ltd,ev-a,4,false,1,3,3.3333333333333335,3,1,3,3,moderated,,\"Agreed: "
        "*strong* [plan](http://x)\n"
        "second line\",\r\n"
        ",q1,Acme\\x1B[31m Ltd,ev-b,3,false,-0.5,3,3.3333333333333335,3,1,3,3,moderated,,\"Agreed: "
        "*strong* [plan](http://x)\n"
        "second line\",\r\n"
        ",q1,Acme\\x1B[31m Ltd,ev-c,3,false,-0.5,3,3.3333333333333335,3,1,3,3,moderated,,\"Agreed: "
        "*strong* [plan](http://x)\n"
        "second line\",\r\n"
        ",q1,\"'=HYPERLINK(\"\"http://"
        "x\"\",\"\"y\"\")\",ev-a,5,false,2,2,4,4,2,,4,mean,panel-spread,,\r\n"
        ",q1,\"'=HYPERLINK(\"\"http://"
        "x\"\",\"\"y\"\")\",ev-b,3,false,-2,2,4,4,2,,4,mean,panel-spread,,\r\n"
        ",q1,\"'=HYPERLINK(\"\"http://"
        "x\"\",\"\"y\"\")\",ev-c,4,true,,2,4,4,2,,4,mean,panel-spread,,\r\n"
        ",q1,<script>alert(1)</script> | "
        "Pipe,ev-a,2,false,0.5,3,1.6666666666666667,2,1,4,4,moderated,moderated-outside-range;"
        "missing-rationale,,\r\n"
        ",q1,<script>alert(1)</script> | "
        "Pipe,ev-b,2,false,0.5,3,1.6666666666666667,2,1,4,4,moderated,moderated-outside-range;"
        "missing-rationale,,\r\n"
        ",q1,<script>alert(1)</script> | "
        "Pipe,ev-c,1,false,-1,3,1.6666666666666667,2,1,4,4,moderated,moderated-outside-range;"
        "missing-rationale,,\r\n");
}

TEST_CASE("report::write_panel_csv evaluator comments")
{
  // Each evaluator's own comment is in the last column of their row, formula-neutralised like
  // every untrusted cell: "=SUM(A1)" is written '=SUM(A1).
  model::Tender t = st::tender({st::question("q1", 100)});
  t.panel.evaluators = {{"ev-a", "procurement", {}}, {"ev-b", "commissioner", {}}};
  const auto file = st::bids_file({
      st::bid("Acme", 100)
          .score("q1", {4, 2})
          .comment("q1", "ev-a", "Strong plan")
          .comment("q1", "ev-b", "=SUM(A1)"),
  });
  std::ostringstream out;
  report::write_panel_csv(panel::build_worksheet(t, {&file}), out);
  // mean 3, median 3, spread 2; leave-one-out deviations 4 - 2 = 2 and 2 - 4 = -2.
  CHECK(out.str() ==
        "lot,question,bidder,evaluator,score,conflicted,deviation,used,mean,median,spread,"
        "moderated,final_score,final_source,flags,comment,evaluator_comment\r\n"
        ",q1,Acme,ev-a,4,false,2,2,3,3,2,,3,mean,panel-spread,,Strong plan\r\n"
        ",q1,Acme,ev-b,2,false,-2,2,3,3,2,,3,mean,panel-spread,,'=SUM(A1)\r\n");
}

TEST_CASE("report::write_panel_md")
{
  std::ostringstream out;
  report::write_panel_md(sample(), out);
  CHECK(
      out.str() ==
      "# Moderation worksheet: t — Test tender\n"
      "\n"
      "Panel aggregate: mean; spread flag at 2 scale points; statistics over the used scores, 2 "
      "decimals.\n"
      "\n"
      "## Scores\n"
      "\n"
      "| Question | Bidder | ev-a | ev-b | ev-c | Mean | Median | Spread | Moderated | Score | "
      "From | Flags |\n"
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |\n"
      "| q1 | Acme\\\\x1B\\[31m Ltd | 4 | 3 | 3 | 3.33 | 3.00 | 1.00 | 3.00 | 3.00 | moderated |  "
      "|\n"
      "| q1 | =HYPERLINK(\"http://x\",\"y\") | 5 | 3 | (4) | 4.00 | 4.00 | 2.00 | - | 4.00 | mean "
      "| panel-spread |\n"
      "| q1 | \\<script\\>alert(1)\\</script\\> \\| Pipe | 2 | 2 | 1 | 1.67 | 2.00 | 1.00 | 4.00 | "
      "4.00 | moderated | moderated-outside-range, missing-rationale |\n"
      "\n"
      "(n) = set aside: the evaluator declared a conflict of interest for this bidder.\n"
      "\n"
      "## Needs moderation\n"
      "\n"
      "- q1 / =HYPERLINK(\"http://x\",\"y\"): **panel-spread**: evaluators' scores range from 3 to "
      "5 (spread 2, flag at 2)\n"
      "- q1 / \\<script\\>alert(1)\\</script\\> \\| Pipe: **moderated-outside-range**: moderated "
      "score 4 lies outside the evaluators' range 1–2\n"
      "- q1 / \\<script\\>alert(1)\\</script\\> \\| Pipe: **missing-rationale**: moderated score 4 "
      "has no comment explaining it\n"
      "\n"
      "## Moderated scores\n"
      "\n"
      "- q1 / Acme\\\\x1B\\[31m Ltd: 3.00 (evaluators 3.00–4.00): Agreed: \\*strong\\* "
      "\\[plan\\](http://x) second line\n"
      "- q1 / \\<script\\>alert(1)\\</script\\> \\| Pipe: 4.00 (evaluators 1.00–2.00): (no "
      "comment)\n"
      "\n"
      "## Evaluators\n"
      "\n"
      "| Evaluator | Role | Scored | Conflicted | Compared | Mean dev | SD (n−1) | Leniency |\n"
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
      "| ev-a | procurement | 3 | 0 | 3 | +1.17 | 0.76 | lenient |\n"
      "| ev-b | commissioner | 3 | 0 | 3 | -0.67 | 1.26 | severe |\n"
      "| ev-c | arts | 2 | 1 | 2 | -0.75 | 0.35 | severe |\n"
      "\n"
      "deviation = the evaluator's score minus the mean of the other evaluators' used scores on "
      "the same item (leave-one-out), over items with at least 2 used scores; lenient at a mean "
      "deviation ≥ +0.50, severe at ≤ -0.50; SD is the sample standard deviation (n − 1).\n"
      "\n"
      "## Agreement\n"
      "\n"
      "Kendall's coefficient of concordance W, corrected for ties: **W = 1.00** over 2 items "
      "scored by all 3 evaluators; chi-square = 3.00 with 1 degree of freedom; 1 item left out.\n"
      "\n"
      "W = 12 × 4.5 / (3² × (2³ − 2) − 3 × 0) = 1\n"
      "\n"
      "Formula: W = 12·S / (m²·(n³ − n) − m·Σ T\\_j), S = Σ\\_i (R\\_i − m·(n + 1)/2)², T\\_j = Σ "
      "(t³ − t) over the groups of t tied scores of evaluator j, R\\_i = sum of the ranks of item "
      "i (average ranks for ties); chi-square = m·(n − 1)·W with n − 1 degrees of freedom\n");
}

TEST_CASE("report::write_panel_json")
{
  std::ostringstream out;
  report::write_panel_json(sample(), out);
  CHECK(out.str().find("\"bidder\": \"Acme\\u001b[31m Ltd\"") != std::string::npos);
  const auto doc = nlohmann::json::parse(out.str());
  CHECK(doc["format"] == "tenderscore/panel@1");
  CHECK(doc["tender"] == "t");
  CHECK(doc["panel"]["evaluators"][2] == nlohmann::json{{"id", "ev-c"}, {"role", "arts"}});
  CHECK(doc["panel"]["aggregate"] == "mean");
  CHECK(doc["panel"]["spread_flag"] == 2);
  const auto& items = doc["items"];
  REQUIRE(items.size() == 3);
  CHECK(items[0]["lot"].is_null());
  CHECK(items[0]["bidder"] == "Acme\x1B[31m Ltd");
  CHECK(items[0]["mean"] == doctest::Approx(10.0 / 3.0));
  CHECK(items[0]["mean_exact"] == "10/3");
  CHECK(items[0]["median"] == 3);
  CHECK(items[0]["score_source"] == "moderated");
  CHECK(items[0]["comment"] == "Agreed: *strong* [plan](http://x)\nsecond line");
  CHECK(items[0]["scores"][1]["deviation_exact"] == "-1/2");
  CHECK(items[1]["bidder"] == "=HYPERLINK(\"http://x\",\"y\")");
  CHECK(items[1]["scores"][2]["conflicted"] == true);
  CHECK(items[1]["scores"][2]["deviation"].is_null());
  CHECK(items[1]["used"] == 2);
  CHECK(items[1]["moderated"].is_null());
  CHECK(items[1]["flags"] == nlohmann::json::array({"panel-spread"}));
  CHECK(items[2]["flags"] ==
        nlohmann::json::array({"moderated-outside-range", "missing-rationale"}));
  CHECK(doc["moderation"].size() == 3);
  CHECK(doc["moderation"][0]["flag"] == "panel-spread");
  CHECK(doc["moderation"][0]["bidder"] == "=HYPERLINK(\"http://x\",\"y\")");
  const auto& a = doc["evaluators"][0];
  CHECK(a["evaluator"] == "ev-a");
  CHECK(a["scored"] == 3);
  CHECK(a["compared"] == 3);
  CHECK(a["mean_deviation_exact"] == "7/6");
  CHECK(a["sd_sample"] == doctest::Approx(0.763763)); // √(7/12)
  CHECK(a["label"] == "lenient");
  CHECK(doc["evaluators"][2]["conflicted"] == 1);
  CHECK(doc["evaluators"][2]["label"] == "severe");
  const auto& w = doc["agreement"];
  CHECK(w["coefficient"] == "kendall-w");
  CHECK(w["m"] == 3);
  CHECK(w["n"] == 2);
  CHECK(w["items_left_out"] == 1);
  CHECK(w["w"] == 1);
  CHECK(w["w_exact"] == "1");
  CHECK(w["chi_square"] == 3);
  CHECK(w["df"] == 1);
  CHECK(w["s_exact"] == "9/2");
  CHECK(w["reason"].is_null());
  CHECK(doc["rules"]["lenient_at_or_above"] == 0.5);
  CHECK(doc["rules"]["severe_at_or_below"] == -0.5);
}
