// SPDX-License-Identifier: MIT
// The batch manifest: one scoring set per line, and every malformed line at its line and column.
#include <tenderscore/app/manifest.hpp>

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

using namespace tenderscore;

namespace {

struct Parsed
{
  std::vector<app::ScoringSet> sets;
  std::vector<std::string> problems; // "line:column rule"
};

Parsed parse(const std::string& text)
{
  const auto source = std::make_shared<const diag::SourceFile>("m.txt", text);
  diag::Diagnostics diags;
  Parsed out;
  out.sets = app::parse_manifest(source, diags);
  for (const auto& d : diags.sorted()) {
    out.problems.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) +
                           " " + d.rule);
    if (d.rule == "batch.empty") {
      CHECK(d.severity == diag::Severity::warning); // a shard may hold no set
    } else {
      CHECK(d.severity == diag::Severity::error);
    }
  }
  return out;
}

} // namespace

TEST_CASE("parse_manifest: names, tenders and bids, with comments, tabs, quotes and CRLF")
{
  const auto parsed = parse("# sets\n"
                            "\n"
                            "a t.yaml b.yaml s.csv\r\n"
                            "  \t# an indented comment\n"
                            "\"round two\"\tdir/t.yaml   \"my bids.yaml\" \"q\\\"uote\\\\d\"\n"
                            "last t2.yaml b2.yaml"); // no final newline
  CHECK(parsed.problems.empty());
  REQUIRE(parsed.sets.size() == 3);
  CHECK(parsed.sets[0].name == "a");
  CHECK(parsed.sets[0].tender == "t.yaml");
  CHECK(parsed.sets[0].bids == std::vector<std::string>{"b.yaml", "s.csv"}); // no \r kept
  CHECK(parsed.sets[0].where.line == 3);
  CHECK(parsed.sets[1].name == "round two");
  CHECK(parsed.sets[1].tender == "dir/t.yaml");
  CHECK(parsed.sets[1].bids == std::vector<std::string>{"my bids.yaml", "q\"uote\\d"});
  CHECK(parsed.sets[1].where.line == 5);
  CHECK(parsed.sets[1].where.column == 1);
  CHECK(parsed.sets[2].name == "last");
  CHECK(parsed.sets[2].bids == std::vector<std::string>{"b2.yaml"});
  CHECK(parsed.sets[2].where.line == 6);
}

TEST_CASE("parse_manifest: every problem at its line and column, and no set when any")
{
  const auto parsed = parse("ok t.yaml b.yaml\n"
                            "  open t.yaml \"b.yaml\n"   // 2:15 the quote that is not closed
                            "glued t.yaml \"b\"c.yaml\n" // 3:17 just after the closing quote
                            "ok t.yaml b.yaml\n"         // 4:1 the name again
                            "stdin t.yaml -\n"           // 5:14 standard input
                            "   lonely t.yaml\n");       // 6:4 no bids
  CHECK(parsed.sets.empty());
  CHECK(parsed.problems == std::vector<std::string>{"2:15 batch.quote", "3:17 batch.quote",
                                                    "4:1 batch.duplicate-name", "5:14 batch.stdin",
                                                    "6:4 batch.missing-bids"});
}

TEST_CASE("parse_manifest: comments, quoted #, empty fields, control characters, bad UTF-8")
{
  // a comment is skipped before any quote in it is read; a quoted # is a name
  const auto quoted = parse("# see \"the guide\n  # a \"b\"c\n\"#1\" t.yaml b.yaml\n");
  CHECK(quoted.problems.empty());
  REQUIRE(quoted.sets.size() == 1);
  CHECK(quoted.sets[0].name == "#1");
  CHECK(parse("a \"\" b.yaml\n").problems == std::vector<std::string>{"1:3 batch.empty-field"});
  // NUL would cut a path short: refused at its column, as an escape character is
  CHECK(parse(std::string("a t.yaml b\0c.yaml\n", 18)).problems ==
        std::vector<std::string>{"1:11 batch.text"});
  CHECK(parse("a\x1b[2J t.yaml b.yaml\n").problems == std::vector<std::string>{"1:2 batch.text"});
  CHECK(parse("a t.yaml b\xff.yaml\n").problems == std::vector<std::string>{"1:11 batch.text"});
}

TEST_CASE("parse_manifest: a manifest without a set is a warning; columns count code points")
{
  const std::vector<std::string> empty{"1:1 batch.empty"};
  CHECK(parse("").problems == empty);
  CHECK(parse("# only a comment\n\n").problems == empty);
  // "é" is two bytes and one column: the quote is the 8th code point (9th byte)
  CHECK(parse("café t \"x\n").problems == std::vector<std::string>{"1:8 batch.quote"});
}

TEST_CASE("parse_manifest: the exact message of each problem")
{
  const auto message = [](const std::string& text) {
    const auto source = std::make_shared<const diag::SourceFile>("m.txt", text);
    diag::Diagnostics diags;
    app::parse_manifest(source, diags);
    REQUIRE(diags.items().size() == 1);
    return diags.items()[0].message;
  };
  CHECK(message("a t \"b\n") == "this quote is not closed on its line");
  CHECK(message("a t \"b\"c\n") == "a quoted field must end at a space or the end of the line");
  CHECK(message("a t \"\"\n") == "an empty field (\"\"): a name or path cannot be empty");
  CHECK(message("a t -\n") == "standard input ('-') cannot be an input of a set: name the file");
  CHECK(message("a t\n") == "set 'a' needs a tender and at least one bids file or sheet after "
                            "its name (a line reads: NAME TENDER BIDS...)");
  CHECK(message("a\x01 t b\n") ==
        "control character U+0001: names and paths in a manifest are plain text");
  CHECK(message("a t b\xff\n") == "invalid UTF-8: a manifest is UTF-8 text");
}
