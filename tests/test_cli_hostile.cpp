// SPDX-License-Identifier: MIT
// Hostile input through the real command line (tests/data/hostile/): each case has a defined
// behaviour, pinned here with the exact diagnostic, the exit code and no output file left
// behind. The tender scores Alpha Ltd 88 and Beta Ltd 68 (see the CRLF case).
#include "hostile_test_support.hpp"

#include <tenderscore/cli/app.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

namespace cli = tenderscore::cli;
namespace test = tenderscore::test;
namespace fs = std::filesystem;

namespace {

const std::string k_tender = "tests/data/hostile/tender.yaml";
const std::string k_bids = "tests/data/hostile/bids.yaml";
const std::string k_invalid =
    "tenderscore: error: the input is invalid (1 error); nothing was scored\n";

// Score `bids` against the hostile tender into a scratch folder; the folder must stay empty
// (no result and no temporary file) whenever the run fails.
test::CliRun score_into_scratch(const std::string& bids, const std::string& input = "/dev/null")
{
  const test::ScratchDir scratch("hostile");
  const auto run = test::run_binary(
      {"score", k_tender, bids, "--format", "csv", "-o", scratch / "result.csv"}, input);
  const bool empty = fs::is_empty(scratch.path());
  CHECK(empty == (run.code != cli::k_exit_ok));
  return run;
}

std::string bids_with_bidder(const std::string& name)
{
  return "format: tenderscore/bids@1\ntender: hostile\nbids:\n  - bidder: " + name +
         "\n    price: 100\n    scores:\n      q1: {evaluators: {ev-a: 5, ev-b: 3}}\n";
}

} // namespace

TEST_CASE("hostile: numbers, tags, keys and documents are refused with one exact diagnostic")
{
  struct Case
  {
    const char* file;
    const char* diagnostic; // the first line; the source line and caret follow
    const char* source;
    const char* caret;
  };
  const std::vector<Case> cases{
      {"overflow.bids.yaml",
       "5:12: error: number 1e309 is out of range; tenderscore reads numbers of at most 40 "
       "significant digits, none more than 30 places from the decimal point [yaml.number]",
       "    5 |     price: 1e309", "      |            ^"},
      {"nan.bids.yaml", "5:12: error: non-finite number '.nan' is not allowed [yaml.number]",
       "    5 |     price: .nan", "      |            ^"},
      {"inf.bids.yaml", "5:12: error: non-finite number '.inf' is not allowed [yaml.number]",
       "    5 |     price: .inf", "      |            ^"},
      // -0 reads as the exact number 0, which no price may be.
      {"negative-zero.bids.yaml",
       "5:12: error: price must be greater than zero, got 0 [price.non-positive]",
       "    5 |     price: -0", "      |            ^"},
      // Only decimal numbers: YAML 1.1's hex and digit separators stay strings.
      {"hex.bids.yaml", "5:12: error: expected a number, got string '0x1F' [schema.type]",
       "    5 |     price: 0x1F", "      |            ^"},
      {"underscore.bids.yaml", "5:12: error: expected a number, got string '1_000' [schema.type]",
       "    5 |     price: 1_000", "      |            ^"},
      {"duplicate-key.bids.yaml",
       "6:5: error: duplicate key 'price' (first at line 5) [yaml.duplicate-key]",
       "    6 |     price: 1", "      |     ^"},
      {"python-tag.bids.yaml",
       "4:13: error: YAML tag '!!python/object:os.system' is not supported [yaml.tag]",
       "    4 |   - bidder: !!python/object:os.system rm -rf /", "      |             ^"},
      {"merge-key.bids.yaml",
       "9:5: error: YAML merge keys ('<<') are not supported; write the keys out [yaml.merge-key]",
       "    9 |   - <<: *alpha", "      |     ^"},
      {"multi-document.bids.yaml",
       "8:1: error: a second YAML document starts here; a tenderscore file holds exactly one "
       "[yaml.multi-document]",
       "    8 | ---", "      | ^"},
      // "  - bidder: Alpha" is 17 bytes: the NUL is column 18, shown escaped.
      {"null-byte.bids.yaml",
       "4:18: error: NUL byte (0x00) is not allowed in a YAML file [yaml.encoding]",
       "    4 |   - bidder: Alpha\\x00 Ltd", "      |                  ^"},
      {"invalid-utf8.bids.yaml",
       "4:19: error: invalid UTF-8 byte 0xC3; save the file as UTF-8 [yaml.encoding]",
       "    4 |   - bidder: Alpha \\xC3( Ltd", "      |                   ^"},
      // No control character in a YAML string but tab and line break, however written: an
      // escape ("\a", "\0") or a raw C1 character (U+009B, a one-byte CSI).
      {"control-escape.bids.yaml",
       "4:13: error: text holds the control character U+0007 (written as an escape such as "
       "\"\\x07\"?); text may hold tab and line break, no other control character [yaml.control]",
       "    4 |   - bidder: \"Alpha\\aLtd\"", "      |             ^"},
      {"nul-escape.bids.yaml",
       "4:13: error: text holds the control character U+0000 (written as an escape such as "
       "\"\\x00\"?); text may hold tab and line break, no other control character [yaml.control]",
       "    4 |   - bidder: \"Alpha\\0Ltd\"", "      |             ^"},
      {"c1.bids.yaml",
       "4:13: error: text holds the control character U+009B (written as an escape such as "
       "\"\\x9B\"?); text may hold tab and line break, no other control character [yaml.control]",
       "    4 |   - bidder: \"Alpha\\xC2\\x9B31mLtd\"", "      |             ^"},
      // A number is in range or not whatever its notation: 1e-31 and its 31 decimals alike.
      {"tiny.bids.yaml",
       "5:12: error: number 1e-31 is out of range; tenderscore reads numbers of at most 40 "
       "significant digits, none more than 30 places from the decimal point [yaml.number]",
       "    5 |     price: 1e-31", "      |            ^"},
      {"tiny-written.bids.yaml",
       "5:12: error: number 0.0000000000000000000000000000001 is out of range; tenderscore reads "
       "numbers of at most 40 significant digits, none more than 30 places from the decimal "
       "point [yaml.number]",
       "    5 |     price: 0.0000000000000000000000000000001", "      |            ^"},
      // The advice names the tag, not quotes that are not there.
      {"str-tag.bids.yaml",
       "5:12: error: expected a number, got string '100'; remove the !!str tag to make it a "
       "number [schema.type]",
       "    5 |     price: !!str 100", "      |            ^"},
      // Line ends of CR alone would put the whole file on line 1: refused where the first is.
      {"cr-only.bids.yaml",
       "1:27: error: a line ends with a carriage return (CR) alone; save the file with LF or "
       "CRLF line ends [yaml.encoding]",
       "    1 | format: tenderscore/bids@1\\x0Dtender: hostile\\x0Dbids:\\x0D  - bidder: Alpha "
       "Ltd\\x0D    price: 100\\x0D    scores:\\x0D      q1: {evaluators:…",
       "      |                           ^"},
      // A 1,025-character key: the key limit's message, not yaml-cpp's "illegal map value".
      {"long-key.bids.yaml",
       "8:5: error: key is 1.0 KiB, over the 1 KiB limit (raise it with --max-key-size) "
       "[yaml.limit]",
       "    8 |     "
       "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
       "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk…", // the 120-code-point window: 4 spaces, 116 k
       "      |     ^"},
      {"empty.yaml",
       "1:1: error: file is empty; expected a tenderscore YAML document starting with 'format:' "
       "[format.missing]",
       "    1 | ", "      | ^"},
      // A UTF-8 byte order mark alone is an empty file.
      {"bom-only.yaml",
       "1:1: error: file is empty; expected a tenderscore YAML document starting with 'format:' "
       "[format.missing]",
       "    1 | ", "      | ^"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    const std::string path = "tests/data/hostile/" + std::string(c.file);
    const auto r = score_into_scratch(path);
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.out.empty());
    CHECK(r.err == path + ":" + c.diagnostic + "\n" + c.source + "\n" + c.caret + "\n" + k_invalid);
  }
}

TEST_CASE("hostile: CRLF line ends, a symlink and standard input score like the plain file")
{
  const auto plain = test::run_binary({"score", k_tender, k_bids});
  REQUIRE(plain.code == cli::k_exit_ok);
  // Alpha: price 40 x 100/100 = 40, q1 mean (5+3)/2 = 4 -> 60 x 4/5 = 48, total 88.
  // Beta: price 40 x 100/200 = 20, q1 mean 4 -> 48, total 68.
  CHECK(plain.out.find("1     Alpha Ltd  88.00  40.00    48.00\n"
                       "2     Beta Ltd   68.00  20.00    48.00\n") != std::string::npos);
  CHECK(plain.err.empty());
  SUBCASE("CRLF")
  {
    CHECK(test::run_binary({"score", k_tender, "tests/data/hostile/crlf.bids.yaml"}).out ==
          plain.out);
  }
  SUBCASE("a symlink to a file is followed")
  {
    CHECK(fs::is_symlink("" TENDERSCORE_SOURCE_DIR "/tests/data/hostile/symlink.bids.yaml"));
    CHECK(test::run_binary({"score", k_tender, "tests/data/hostile/symlink.bids.yaml"}).out ==
          plain.out);
  }
  SUBCASE("bids from standard input")
  {
    const auto r = test::run_binary({"score", k_tender, "-"}, TENDERSCORE_SOURCE_DIR "/" + k_bids);
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.out == plain.out);
  }
  SUBCASE("the tender from standard input")
  {
    const auto r = test::run_binary({"score", "-", k_bids}, TENDERSCORE_SOURCE_DIR "/" + k_tender);
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.out == plain.out);
  }
  SUBCASE("empty standard input is an empty file named <stdin>")
  {
    const auto r = score_into_scratch("-");
    CHECK(r.code == cli::k_exit_invalid);
    CHECK_MESSAGE(r.err.rfind("<stdin>:1:1: error: file is empty; expected a tenderscore YAML "
                              "document starting with 'format:' [format.missing]\n",
                              0) == 0,
                  r.err);
  }
}

TEST_CASE("hostile: standard input twice, directories, symlinks and unreadable paths: exit 2")
{
  const test::ScratchDir files("hostile-files");
  const std::string tender = TENDERSCORE_SOURCE_DIR "/" + k_tender;
  SUBCASE("both files from standard input")
  {
    const test::ScratchDir scratch("hostile");
    const auto r = test::run_binary({"score", "-", "-", "-o", scratch / "result.csv"}, tender);
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: standard input ('-') can be read only once, but it is "
                   "given 2 times\n");
    CHECK(fs::is_empty(scratch.path()));
  }
  SUBCASE("a directory")
  {
    const auto r = score_into_scratch("tests/data/hostile");
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: 'tests/data/hostile' is a directory\n");
  }
  SUBCASE("a symlink to a directory")
  {
    fs::create_directory_symlink(TENDERSCORE_SOURCE_DIR "/tests/data/hostile", files / "dir");
    const auto r = score_into_scratch(files / "dir");
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: '" + (files / "dir") + "' is a directory\n");
  }
  SUBCASE("a dangling symlink")
  {
    fs::create_symlink(files / "nowhere.yaml", files / "dangling.yaml");
    const auto r = score_into_scratch(files / "dangling.yaml");
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: cannot read '" + (files / "dangling.yaml") +
                       "': No such file or directory\n");
  }
  SUBCASE("a path through a file")
  {
    const auto r = score_into_scratch(k_bids + "/x");
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: cannot read '" + k_bids + "/x': Not a directory\n");
  }
  SUBCASE("a file without read permission")
  {
    const std::string path = files / "secret.yaml";
    fs::copy_file(TENDERSCORE_SOURCE_DIR "/" + k_bids, path);
    fs::permissions(path, fs::perms::none);
    if (::geteuid() == 0) {
      MESSAGE("running as root, where chmod 000 does not stop reads: the unreadable-file case "
              "is skipped (the path-through-a-file case covers the same error path)");
      return;
    }
    const auto r = score_into_scratch(path);
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: cannot read '" + path + "': Permission denied\n");
  }
}

TEST_CASE("hostile: a 1 MB bidder name is within the 1 MiB value limit; a longer one is not")
{
  const test::ScratchDir files("hostile-long");
  SUBCASE("1,000,000 bytes: scored, the name kept whole")
  {
    const std::string name(1000000, 'A');
    std::ofstream(files / "long.yaml") << bids_with_bidder(name);
    const auto r = test::run_binary({"score", k_tender, files / "long.yaml", "--format", "json"});
    CHECK(r.code == cli::k_exit_ok);
    CHECK(r.out.find("\"" + name + "\"") != std::string::npos);
    const auto small =
        test::run_binary({"score", k_tender, files / "long.yaml", "--max-value-size", "64k"});
    CHECK(small.code == cli::k_exit_invalid);
    CHECK(small.err.rfind(files / "long.yaml" +
                              ":4:13: error: value is 976.6 KiB, over the 64 KiB limit (raise it "
                              "with --max-value-size) [yaml.limit]\n",
                          0) == 0);
  }
  SUBCASE("1 MiB + 1 byte: refused")
  {
    // 1,048,577 bytes = 1.000001 MiB, shown 1.0 MiB
    std::ofstream(files / "longer.yaml") << bids_with_bidder(std::string(1048577, 'B'));
    const auto r = score_into_scratch(files / "longer.yaml");
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.err.rfind(files / "longer.yaml" +
                          ":4:13: error: value is 1.0 MiB, over the 1 MiB limit (raise it with "
                          "--max-value-size) [yaml.limit]\n",
                      0) == 0);
  }
}

TEST_CASE("hostile: -o never replaces standard input's file or a dangling symbolic link")
{
  const test::ScratchDir scratch("hostile-output");
  SUBCASE("-o names the file standard input is read from")
  {
    const std::string bids = scratch / "b.yaml";
    fs::copy_file(TENDERSCORE_SOURCE_DIR "/" + k_bids, bids);
    const auto r = test::run_binary({"score", k_tender, "-", "-o", bids}, bids);
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: refusing to write '" + bids +
                       "': it is one of the input files (standard input is read from it)\n");
    CHECK(test::slurp(bids) == test::slurp(TENDERSCORE_SOURCE_DIR "/" + k_bids));
  }
  SUBCASE("-o at a symbolic link to nothing: refused, as cp does; the link stays")
  {
    const std::string link = scratch / "result.csv";
    const std::string target = (scratch.path() / "missing" / "result.csv").string();
    fs::create_symlink(target, link);
    const auto r = test::run_binary({"score", k_tender, k_bids, "-o", link});
    CHECK(r.code == cli::k_exit_usage);
    CHECK(r.err == "tenderscore: error: refusing to write '" + link +
                       "': it is a symbolic link to '" + target +
                       "', which does not exist (remove the link or create its target first)\n");
    CHECK(fs::is_symlink(link));
    CHECK_FALSE(fs::exists(fs::path(target).parent_path()));
  }
  SUBCASE("-o at a symbolic link to a file: the file gets the result, the link stays")
  {
    const std::string file = scratch / "real.txt";
    std::ofstream(file) << "old\n";
    const std::string link = scratch / "link.txt";
    fs::create_symlink(file, link);
    const auto r = test::run_binary({"score", k_tender, k_bids, "-o", link});
    CHECK(r.code == cli::k_exit_ok);
    CHECK(fs::is_symlink(link));
    CHECK(test::slurp(file).find("Alpha Ltd") != std::string::npos);
  }
}

TEST_CASE("hostile: a key over YAML's 1,024 characters with --max-key-size raised")
{
  const auto r = test::run_binary(
      {"score", k_tender, "tests/data/hostile/long-key.bids.yaml", "--max-key-size", "2k"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(r.err.rfind("tests/data/hostile/long-key.bids.yaml:8:5: error: key is 1025 characters "
                    "long; a YAML key holds at most 1024 [yaml.limit]\n",
                    0) == 0);
}

TEST_CASE("hostile: three labels for one score point, and weights 10^-16 short of 100")
{
  SUBCASE("scale labels 1, 01 and 1.0")
  {
    const auto r =
        test::run_binary({"validate", "tests/data/hostile/duplicate-labels.tender.yaml"});
    CHECK(r.code == cli::k_exit_invalid);
    const std::string path = "tests/data/hostile/duplicate-labels.tender.yaml";
    CHECK(r.out.rfind(path +
                          ":16:7: error: scale 'q05' has a second label for score 1 (the first "
                          "at line 15); a score point takes one label [scale.duplicate-label]\n"
                          "   16 |       01: Weak\n"
                          "      |       ^\n" +
                          path +
                          ":17:7: error: scale 'q05' has a second label for score 1 (the first "
                          "at line 15); a score point takes one label [scale.duplicate-label]\n"
                          "   17 |       1.0: Fair\n"
                          "      |       ^\n",
                      0) == 0);
  }
  SUBCASE("the sum shown exactly, not rounded to 100")
  {
    const auto r = test::run_binary({"validate", "tests/data/hostile/weights-sum.tender.yaml"});
    CHECK(r.code == cli::k_exit_invalid);
    CHECK(r.out.rfind("tests/data/hostile/weights-sum.tender.yaml:18:13: error: top-level weights "
                      "sum to 99.9999999999999999, not 100 [weights.total]\n",
                      0) == 0);
  }
}

TEST_CASE("hostile: measure names why the date 0001-01-01 is refused")
{
  const auto r =
      test::run_binary({"measure", "wemwbs", "tests/data/hostile/early-date.wemwbs.csv"});
  CHECK(r.code == cli::k_exit_invalid);
  CHECK(r.err == "tests/data/hostile/early-date.wemwbs.csv:2:5: error: date '0001-01-01' is "
                 "before the year 1000; tenderscore reads dates from 1000-01-01 to 9999-12-31 "
                 "(is the year mistyped?) [measure.time]\n"
                 "    2 | P01,0001-01-01,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
                 "      |     ^\n"
                 "tenderscore: error: the input is invalid (1 error); nothing was scored\n");
}
