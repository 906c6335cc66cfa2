// SPDX-License-Identifier: MIT
// The escaping corpus (issue 4 item 5): hostile bidder names and comments from
// tests/data/hostile/text.*.yaml fed through every text writer of score, panel and report.
#include "cli_test_support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace tenderscore;
using test::run_cli;

namespace {

const std::string k_tender = "tests/data/hostile/text.tender.yaml";
const std::string k_bids = "tests/data/hostile/text.bids.yaml";

// The bidder names exactly as the YAML file spells them once decoded.
const std::vector<std::string> k_names{
    "<script>alert(1)</script>",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "| --- | injected |",
    "\xE2\x81\xA6RED\xE2\x81\xA9 Ltd _x001B_[31m", // U+2066 LEFT-TO-RIGHT ISOLATE … U+2069
    "\xE2\x80\xAEgnp.exe Ltd",                     // U+202E RIGHT-TO-LEFT OVERRIDE
};

std::string run_ok(const std::vector<std::string>& args)
{
  const auto r = run_cli(args);
  REQUIRE_MESSAGE(r.code == 0, r.err);
  return r.out;
}

// Nothing a terminal would act on: no ESC, no raw bidi override, no CR (but in CSV's CRLF).
void check_inert(std::string text, bool crlf = false)
{
  if (crlf) {
    for (auto at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at)) {
      text.erase(at, 1);
    }
  }
  CHECK(text.find('\x1b') == std::string::npos);
  for (const char* bidi :
       {"\xE2\x80\xAE", "\xE2\x80\xAD", "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA9"}) {
    CHECK(text.find(bidi) == std::string::npos);
  }
  CHECK(text.find('\r') == std::string::npos);
}

} // namespace

TEST_CASE("escaping: terminal tables show hostile names inert")
{
  for (const auto& out :
       {run_ok({"score", k_tender, k_bids}), run_ok({"panel", k_tender, k_bids})}) {
    check_inert(out);
    CHECK(out.find("\\u{2066}RED\\u{2069} Ltd _x001B_[31m") != std::string::npos);
    CHECK(out.find("\\u{202E}gnp.exe Ltd") != std::string::npos);
  }
}

TEST_CASE("escaping: Markdown writers escape HTML, table pipes and inline markup")
{
  for (const auto& out : {run_ok({"report", k_tender, k_bids}),
                          run_ok({"panel", k_tender, k_bids, "--format", "md"})}) {
    check_inert(out);
    CHECK(out.find("<script>") == std::string::npos);
    CHECK(out.find("\\<script\\>alert(1)\\</script\\>") != std::string::npos);
    CHECK(out.find("| --- | injected |") == std::string::npos);
    CHECK(out.find("\\| --- \\| injected \\|") != std::string::npos);
  }
  const std::string report = run_ok({"report", k_tender, k_bids});
  CHECK(report.find("# Evaluation report: Escaping \\<b\\>check\\</b\\> \\| --- \\|") !=
        std::string::npos);
}

TEST_CASE("escaping: CSV writers neutralise formulas")
{
  for (const auto& out : {run_ok({"score", k_tender, k_bids, "--format", "csv"}),
                          run_ok({"panel", k_tender, k_bids, "--format", "csv"})}) {
    check_inert(out, true);
    // the only way the name appears is quoted, behind the ' that stops a spreadsheet formula
    CHECK(out.find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"") !=
          std::string::npos);
    CHECK(out.find(",=") == std::string::npos);
    CHECK(out.find(",\"=") == std::string::npos);
  }
  const std::string panel = run_ok({"panel", k_tender, k_bids, "--format", "csv"});
  CHECK(panel.find("'+cmd|' /C calc'!A0") != std::string::npos);
  CHECK(panel.find("'@SUM(1+1)") != std::string::npos);
  CHECK(panel.find("'-2+3") != std::string::npos);
}

TEST_CASE("escaping: JSON writers keep every name exactly, as JSON strings")
{
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"score", k_tender, k_bids, "--format", "json"},
                                             {"report", k_tender, k_bids, "--format", "json"}}) {
    const std::string out = run_ok(args);
    // bidi controls written as \u2066 etc., never raw
    CHECK(out.find("\xE2\x81\xA6") == std::string::npos);
    CHECK(out.find("\\u2066RED\\u2069 Ltd _x001B_[31m") != std::string::npos);
    const auto doc = nlohmann::json::parse(out);
    const auto& bids =
        args[0] == "report" ? doc["result"]["lots"][0]["bids"] : doc["lots"][0]["bids"];
    std::vector<std::string> names;
    for (const auto& bid : bids) {
      names.push_back(bid["bidder"].get<std::string>());
    }
    // ranked by total: =HYPERLINK 96.36, | --- | 81.33, <script> 76, RED 66.77, U+202E 52.57
    CHECK(names ==
          std::vector<std::string>{k_names[1], k_names[2], k_names[0], k_names[3], k_names[4]});
  }
}
