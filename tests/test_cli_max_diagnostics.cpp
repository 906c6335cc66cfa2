// SPDX-License-Identifier: MIT
// Output is bounded (issue 12 item 4): at most --max-diagnostics diagnostics are printed (200 by
// default) in every format, then one line saying how many more there were; the exit code and
// the counts stay those of the whole run.
#include "hostile_test_support.hpp"

#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;

namespace {

const std::string k_tender = "tests/data/hostile/tender.yaml";

// A bids file scored by `count` evaluators who are not on the panel: one error each, on lines
// 8, 9, ... (ev-a and ev-b are the panel's).
std::string unknown_evaluators(const test::ScratchDir& scratch, int count)
{
  std::string text = "format: tenderscore/bids@1\ntender: hostile\nbids:\n  - bidder: Alpha Ltd\n"
                     "    price: 100\n    scores:\n      q1:\n        evaluators:\n"
                     "          ev-a: 5\n          ev-b: 3\n";
  for (int i = 0; i < count; ++i) {
    text += fmt::format("          stranger-{:04}: 4\n", i);
  }
  const std::string path = scratch / "bids.yaml";
  std::ofstream(path) << text;
  return path;
}

std::size_t count_of(const std::string& text, const std::string& what)
{
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_CASE("--max-diagnostics: at most N printed, then how many more, in every format")
{
  const test::ScratchDir scratch("max-diagnostics");
  const std::string bids = unknown_evaluators(scratch, 250);
  const std::string first = bids + ":11:11: error: evaluator 'stranger-0000' is not on the panel "
                                   "[ref.evaluator]\n";
  SUBCASE("score: 200 by default, on standard error; exit 1 as before")
  {
    const auto r = test::run_binary({"score", k_tender, bids});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.out.empty());
    CHECK(r.err.rfind(first, 0) == 0);
    CHECK(count_of(r.err, "[ref.evaluator]") == 200);
    CHECK(r.err.ends_with("tenderscore: 50 more diagnostics not shown (raise the limit with "
                          "--max-diagnostics)\n"
                          "tenderscore: error: the input is invalid (250 errors); nothing was "
                          "scored\n"));
  }
  // validate also prints notes: the tender's own (lowest-ratio pricing) comes first
  SUBCASE("validate text: N on standard output, the summary counts them all")
  {
    const auto r = test::run_binary({"validate", k_tender, bids, "--max-diagnostics", "3"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(count_of(r.out, "[price.method-risk]") == 1);
    CHECK(count_of(r.out, "[ref.evaluator]") == 2);
    CHECK(r.out.ends_with("stranger-0001' is not on the panel [ref.evaluator]\n"
                          "   12 |           stranger-0001: 4\n"
                          "      |           ^\n"
                          "tenderscore: 248 more diagnostics not shown (raise the limit with "
                          "--max-diagnostics)\n"
                          "2 files checked: 250 errors, 1 note; INVALID\n"));
    CHECK(r.err.empty());
  }
  SUBCASE("validate json: N listed, all counted, \"not_shown\"; the line on standard error")
  {
    const auto r = test::run_binary(
        {"validate", k_tender, bids, "--format", "json", "--max-diagnostics", "3"});
    CHECK(r.code == cli::k_exit_invalid);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["diagnostics"].size() == 3);
    CHECK(doc["counts"]["error"] == 250);
    CHECK(doc["counts"]["note"] == 1);
    CHECK(doc["not_shown"] == 248);
    CHECK(r.err == "tenderscore: 248 more diagnostics not shown (raise the limit with "
                   "--max-diagnostics)\n");
  }
  SUBCASE("validate github: N workflow commands; the line on standard error")
  {
    const auto r = test::run_binary(
        {"validate", k_tender, bids, "--format", "github", "--max-diagnostics", "2"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(count_of(r.out, "::notice ") == 1);
    CHECK(count_of(r.out, "::error ") == 1);
    CHECK(r.err == "tenderscore: 249 more diagnostics not shown (raise the limit with "
                   "--max-diagnostics)\n");
  }
  SUBCASE("one more: singular; 0 prints them all; the limit itself prints no line")
  {
    const auto one = test::run_binary({"score", k_tender, bids, "--max-diagnostics", "249"});
    CHECK(one.err.find("tenderscore: 1 more diagnostic not shown (raise the limit with "
                       "--max-diagnostics)\n") != std::string::npos);
    const auto all = test::run_binary({"score", k_tender, bids, "--max-diagnostics", "0"});
    CHECK(count_of(all.err, "[ref.evaluator]") == 250);
    CHECK(all.err.find("not shown") == std::string::npos);
    const auto exact = test::run_binary({"score", k_tender, bids, "--max-diagnostics", "250"});
    CHECK(exact.err == all.err);
  }
}

TEST_CASE("--max-diagnostics: every command that prints diagnostics has the flag")
{
  for (const char* command :
       {"validate", "score", "panel", "report", "verify", "outcomes", "value", "measure"}) {
    CAPTURE(command);
    const auto r = test::run_cli({command, "--help"});
    CHECK(r.out.find("--max-diagnostics") != std::string::npos);
  }
}
