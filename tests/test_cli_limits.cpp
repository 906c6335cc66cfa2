// SPDX-License-Identifier: MIT
// Resource limits: every limit set small by its flag, on every command that reads files, and
// the exact message naming the flag that raises it.
#include "cli_test_support.hpp"

#include <tenderscore/cli/app.hpp>
#include <tenderscore/load/limits.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace cli = tenderscore::cli;
namespace load = tenderscore::load;
namespace test = tenderscore::test;

namespace {

const std::string k_tender = "tests/data/hostile/tender.yaml";
const std::string k_bids = "tests/data/hostile/bids.yaml";

// Return the first line of `text`.
std::string first_line(const std::string& text)
{
  return text.substr(0, text.find('\n'));
}

} // namespace

TEST_CASE("load::human_size rounds to one decimal in the largest unit")
{
  CHECK(load::human_size(0) == "0 bytes");
  CHECK(load::human_size(1) == "1 byte");
  CHECK(load::human_size(1023) == "1023 bytes");
  CHECK(load::human_size(1024) == "1.0 KiB");
  // 1997 / 1024 = 1.950..., rounds up to 2.0
  CHECK(load::human_size(1997) == "2.0 KiB");
  // 2919 / 1024 = 2.8506
  CHECK(load::human_size(2919) == "2.9 KiB");
  // 73,610,035 = 70 MiB + 209,715 bytes; 209,715 / 1,048,576 = 0.19999...
  CHECK(load::human_size(73610035) == "70.2 MiB");
  CHECK(load::human_size(std::size_t{3} << 30) == "3.0 GiB");
}

TEST_CASE("limits: the defaults hold the benchmark's 10,000 applications")
{
  const load::Limits limits;
  CHECK(limits.max_file_bytes == 64u * 1024u * 1024u);
  CHECK(limits.max_bids == 100000u);
  CHECK(limits.max_evaluators == 1000u);
  CHECK(limits.max_criteria == 10000u);
}

TEST_CASE("limits: --max-file-size: an I/O error naming the size, the limit and the flag")
{
  // 2919 bytes = 2.85 KiB, shown 2.9 KiB
  const auto r =
      test::run_cli({"validate", "examples/waste-2015/tender.yaml", "--max-file-size", "1k"});
  CHECK(r.code == cli::k_exit_usage);
  CHECK(r.err == "tenderscore: error: 'examples/waste-2015/tender.yaml': file is 2.9 KiB, over "
                 "the 1 KiB limit (raise it with --max-file-size)\n");
  SUBCASE("raised, the same file loads")
  {
    CHECK(test::run_cli({"validate", "examples/waste-2015/tender.yaml", "--max-file-size", "3KiB"})
              .code == cli::k_exit_ok);
  }
  SUBCASE("a malformed size is a usage error")
  {
    CHECK(test::run_cli({"validate", k_tender, "--max-file-size", "lots"}).code ==
          cli::k_exit_usage);
  }
}

TEST_CASE("limits: --max-bids: the first bid over the limit, on score, panel and validate")
{
  // bids.yaml holds two bids; the second is the mapping at line 8, column 5. One file over the
  // limit is refused while it is parsed, before its bids are built.
  const std::string expected =
      "tests/data/hostile/bids.yaml:8:5: error: bid 2 of this file is over the limit of 1 bids "
      "in a run (raise it with --max-bids) [limit.bids]";
  for (const char* command : {"score", "panel", "validate"}) {
    CAPTURE(command);
    const auto r = test::run_cli({command, k_tender, k_bids, "--max-bids", "1"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(first_line(std::string(command) == "validate" ? r.out : r.err) == expected);
  }
  CHECK(test::run_cli({"score", k_tender, k_bids, "--max-bids", "2"}).code == cli::k_exit_ok);
  // Over several files, the run's count names the first bid past the limit once all are built.
  const auto r = test::run_cli({"validate", k_tender, k_bids, k_bids, "--max-bids", "3"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(r.out.find("tests/data/hostile/bids.yaml:8:5: error: bid 4 (from 'Beta Ltd') is over "
                   "the limit of 3 bids in a run (raise it with --max-bids) [limit.bids]") !=
        std::string::npos);
}

TEST_CASE("limits: --max-evaluators: distinct ids over the panel and the scores")
{
  // The panel lists ev-a (line 14) then ev-b (line 15, id at column 12).
  const auto r = test::run_cli({"score", k_tender, k_bids, "--max-evaluators", "1"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(first_line(r.err) ==
        "tests/data/hostile/tender.yaml:15:12: error: evaluator 'ev-b' is over the limit of 1 "
        "evaluators in a run (raise it with --max-evaluators) [limit.evaluators]");
  CHECK(test::run_cli({"score", k_tender, k_bids, "--max-evaluators", "2"}).code == cli::k_exit_ok);
}

TEST_CASE("limits: --max-criteria: groups, price and questions all count")
{
  // price, quality, q1: q1 is the third, its mapping at line 25, column 9 - refused while the
  // file is parsed, before its criteria are built.
  const auto r = test::run_cli({"validate", k_tender, "--max-criteria", "2"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(first_line(r.out) ==
        "tests/data/hostile/tender.yaml:25:9: error: criterion 3 of this file is over the limit "
        "of 2 criteria in a run (raise it with --max-criteria) [limit.criteria]");
  CHECK(test::run_cli({"validate", k_tender, "--max-criteria", "3"}).code == cli::k_exit_ok);
}

TEST_CASE("limits: --max-depth, --max-value-size, --max-key-size: YAML limits")
{
  SUBCASE("depth: the q05 scale's mapping (line 11, column 8) is the third level")
  {
    const auto r = test::run_cli({"validate", k_tender, "--max-depth", "2"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(first_line(r.out) ==
          "tests/data/hostile/tender.yaml:11:8: error: nesting deeper than the limit of 2 levels "
          "(raise it with --max-depth) [yaml.limit]");
  }
  SUBCASE("value: 'tenderscore/tender@1' is 20 bytes (line 3, column 9)")
  {
    const auto r = test::run_cli({"validate", k_tender, "--max-value-size", "19"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(first_line(r.out) ==
          "tests/data/hostile/tender.yaml:3:9: error: value is 20 bytes, over the 19 bytes limit "
          "(raise it with --max-value-size) [yaml.limit]");
    CHECK(test::run_cli({"validate", k_tender, "--max-value-size", "20"}).code == cli::k_exit_ok);
  }
  SUBCASE("key: 'format' is 6 bytes (line 3, column 1)")
  {
    const auto r = test::run_cli({"validate", k_tender, "--max-key-size", "5"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(first_line(r.out) ==
          "tests/data/hostile/tender.yaml:3:1: error: key is 6 bytes, over the 5 bytes limit "
          "(raise it with --max-key-size) [yaml.limit]");
  }
}

TEST_CASE("limits: --max-alias-expansion: the budget is factor x file size + 10,000 values")
{
  // alias-bomb.yaml is 342 bytes: 4 x 342 + 10,000 = 11,368 by default, 10 x 342 + 10,000 =
  // 13,420 with the flag; the bomb passes either.
  const auto r = test::run_cli({"validate", "tests/data/bad/alias-bomb.yaml"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(r.out.find("aliases expand to more than 11368 bytes of text, the limit for a file of 342 "
                   "bytes; an alias bomb? (raise it with --max-alias-expansion) [yaml.limit]") !=
        std::string::npos);
  const auto raised =
      test::run_cli({"validate", "tests/data/bad/alias-bomb.yaml", "--max-alias-expansion", "10"});
  CHECK(raised.out.find("aliases expand to more than 13420 bytes of text") != std::string::npos);
}

TEST_CASE("limits: every command that reads files has the limit flags")
{
  for (const char* command : {"validate", "score", "panel"}) {
    CAPTURE(command);
    const auto help = test::run_cli({command, "--help"}).out;
    for (const char* flag :
         {"--max-file-size", "--max-depth", "--max-value-size", "--max-key-size",
          "--max-alias-expansion", "--max-bids", "--max-evaluators", "--max-criteria"}) {
      CAPTURE(flag);
      CHECK(help.find(flag) != std::string::npos);
    }
  }
}
