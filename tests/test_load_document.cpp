// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/load/document.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace tenderscore;
using load::Document;
using nlohmann::json;
using test::Lines;
using test::parse_errors;

namespace {

Document parse(std::string text, diag::Diagnostics& diags)
{
  return load::parse_yaml(test::source(std::move(text)), diags);
}

std::string at(const diag::Location& where)
{
  return std::to_string(where.line) + ":" + std::to_string(where.column);
}

std::string nested(std::size_t depth)
{
  return "a: " + std::string(depth, '[') + std::string(depth, ']') + "\n";
}

// Nine levels of nine aliases: 9^9 (387 million) values from 342 bytes.
std::string billion_laughs()
{
  std::string text =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  const std::string names = "abcdefghi";
  for (std::size_t level = 1; level < names.size(); ++level) {
    text += fmt::format("{0}: &{0} [", names[level]);
    for (int i = 0; i < 9; ++i) {
      text += fmt::format("{}*{}", i == 0 ? "" : ",", names[level - 1]);
    }
    text += "]\n";
  }
  return text;
}

} // namespace

TEST_CASE("load::parse_yaml")
{
  diag::Diagnostics diags;

  SUBCASE("plain scalars resolve as in YAML 1.2's core schema; quoted ones stay text")
  {
    const Document doc = parse("int: 42\n"
                               "neg: -3\n"
                               "plus: +4\n"
                               "dec: 2.5\n"
                               "half: .5\n"
                               "exp: 1e3\n"
                               "big: 12345678901234567890\n"
                               "yes: true\n"
                               "no: FALSE\n"
                               "tilde: ~\n"
                               "word: null\n"
                               "empty:\n"
                               "quoted: \"5\"\n"
                               "single: '7'\n"
                               "hex: 0x1F\n"
                               "underscore: 1_000\n"
                               "yaml11: yes\n"
                               "tagged: !!str 5\n"
                               "int-tag: !!int \"12\"\n"
                               "float-tag: !!float 1\n"
                               "block: |\n  two\n  lines\n",
                               diags);
    REQUIRE(diags.empty());
    const json& root = doc.root;
    CHECK(root["int"] == 42);
    CHECK(root["int"].is_number_integer());
    CHECK(root["neg"] == -3);
    CHECK(root["plus"] == 4);
    CHECK(root["dec"] == 2.5);
    CHECK(root["half"] == 0.5);
    CHECK(root["exp"].is_number_float());
    CHECK(root["exp"] == 1000.0);
    CHECK(root["big"].is_number_float());
    CHECK(doc.raw("/big") == "12345678901234567890");
    CHECK(root["yes"] == true);
    CHECK(root["no"] == false);
    CHECK(root["tilde"].is_null());
    CHECK(root["word"].is_null());
    CHECK(root["empty"].is_null());
    CHECK(root["quoted"] == "5");
    CHECK(root["single"] == "7");
    CHECK(root["hex"] == "0x1F");
    CHECK(root["underscore"] == "1_000");
    CHECK(root["yaml11"] == "yes");
    CHECK(root["tagged"] == "5");
    CHECK(root["int-tag"] == 12);
    CHECK(root["float-tag"] == 1);
    CHECK(root["block"] == "two\nlines\n");
  }
  SUBCASE("every key and value has its location and the text as written")
  {
    const Document doc = parse("format: tenderscore/tender@1\n"
                               "criteria:\n"
                               "  - id: price\n"
                               "    weight: 40.50\n"
                               "  - {id: a~b/c, weight:}\n",
                               diags);
    REQUIRE(diags.empty());
    CHECK(at(doc.value_location("")) == "1:1");
    CHECK(at(doc.key_location("/criteria")) == "2:1");
    CHECK(at(doc.value_location("/criteria/0")) == "3:5");
    CHECK(at(doc.key_location("/criteria/0/weight")) == "4:5");
    CHECK(at(doc.value_location("/criteria/0/weight")) == "4:13");
    CHECK(doc.raw("/criteria/0/weight") == "40.50");
    CHECK(doc.root["criteria"][1]["id"] == "a~b/c");
    CHECK(at(doc.value_location("/criteria/1/id")) == "5:10");
    // An empty value has no text of its own: it is located at its key.
    CHECK(at(doc.value_location("/criteria/1/weight")) == "5:17");
    CHECK(doc.raw("/criteria/1/weight").empty());
    // Unknown pointers fall back to the nearest ancestor, then to the start of the file.
    CHECK(at(doc.value_location("/criteria/0/missing/deeper")) == "3:5");
    CHECK(at(doc.key_location("/criteria/0/missing")) == "3:5");
    CHECK(at(doc.value_location("/nothing")) == "1:1");
    CHECK(doc.raw("/nothing").empty());
  }
  SUBCASE("an explicit null is located at its own text")
  {
    const Document doc = parse("a: ~\nb:\n  null\nc:\nnull: 1\n", diags);
    REQUIRE(diags.empty());
    CHECK(at(doc.value_location("/a")) == "1:4");
    CHECK(doc.raw("/a") == "~");
    CHECK(at(doc.value_location("/b")) == "3:3");
    CHECK(at(doc.value_location("/c")) == "4:1");
    CHECK(doc.root["null"] == 1);
  }
  SUBCASE("a BOM and CRLF line ends are accepted and locations still count characters")
  {
    const Document doc = parse("\xEF\xBB\xBF"
                               "a: 1\r\nb:\r\n  - \"x\"\r\n  - caf\xC3\xA9: 2\r\n",
                               diags);
    REQUIRE(diags.empty());
    CHECK(doc.root["b"][0] == "x");
    CHECK(at(doc.value_location("/b/0")) == "3:5");
    CHECK(at(doc.value_location("/b/1/café")) == "4:11");
  }
  SUBCASE("malformed YAML")
  {
    CHECK(parse_errors("a: [1, 2\nb: 3\n") ==
          Lines{"t.yaml:2:2: error: invalid YAML: end of sequence flow not found; is the ']' for "
                "the '[' at line 1, column 4 missing? [yaml.syntax]"});
    CHECK(parse_errors("a: {b: 1\n") ==
          Lines{"t.yaml:2:1: error: invalid YAML: end of map flow not found; is the '}' for the "
                "'{' at line 1, column 4 missing? [yaml.syntax]"});
    CHECK(parse_errors("a:\n  b: 1\n c: 2\n") ==
          Lines{"t.yaml:3:2: error: invalid YAML: end of map not found; check the indentation "
                "[yaml.syntax]"});
    CHECK(parse_errors("a:\n\t- b\n") ==
          Lines{"t.yaml:2:2: error: invalid YAML: illegal block entry; YAML does not allow tabs "
                "in indentation [yaml.syntax]"});
    CHECK(parse_errors("text: a: b\n") ==
          Lines{"t.yaml:1:8: error: invalid YAML: illegal map value; put text that contains ': ' "
                "in quotes [yaml.syntax]"});
    CHECK(parse_errors("- a\n-b\n") ==
          Lines{"t.yaml:2:1: error: invalid YAML: text after the end of the document; check the "
                "indentation [yaml.syntax]"});
    CHECK(parse_errors("a: \"open\nb: 1\n") ==
          Lines{"t.yaml:1:4: error: invalid YAML: this quoted text has no closing quote "
                "[yaml.syntax]"});
    // yaml-cpp 0.7's LoadAll loops forever, allocating, on a stray ',' (found by fuzzing).
    CHECK(parse_errors(",\"lol\"]\nb: &b [*a]\n") ==
          Lines{"t.yaml:1:1: error: invalid YAML: unexpected ',' [yaml.syntax]"});
    CHECK(parse_errors("a: *nowhere\n") ==
          Lines{"t.yaml:1:4: error: invalid YAML: the referenced anchor is not defined "
                "[yaml.syntax]"});
  }
  SUBCASE("non-ASCII text before an error: the column counts characters, not bytes")
  {
    CHECK(parse_errors("caf\xC3\xA9: [\xE2\x82\xAC, 2\nb: 3\n") ==
          Lines{"t.yaml:2:2: error: invalid YAML: end of sequence flow not found; is the ']' for "
                "the '[' at line 1, column 7 missing? [yaml.syntax]"});
    CHECK(parse_errors("\xC3\xA9\xC3\xA9: 1\n\xC3\xA9\xC3\xA9: 2\n") ==
          Lines{"t.yaml:2:1: error: duplicate key 'éé' (first at line 1) [yaml.duplicate-key]"});
    CHECK(parse_errors("n\xC3\xA9: [\xE2\x82\xAC, .nan]\n") ==
          Lines{"t.yaml:1:9: error: non-finite number '.nan' is not allowed [yaml.number]"});
  }
  SUBCASE("an empty file, or one with only comments")
  {
    const Lines empty{"t.yaml:1:1: error: file is empty; expected a tenderscore YAML document "
                      "starting with 'format:' [format.missing]"};
    CHECK(parse_errors("") == empty);
    CHECK(parse_errors("\n  \n") == empty);
    CHECK(parse_errors("# nothing yet\n---\n") == empty);
    CHECK(parse_errors("~\n").empty()); // an explicit null: detect_kind reports it
  }
  SUBCASE("more than one document")
  {
    CHECK(parse_errors("a: 1\n---\nb: 2\n") ==
          Lines{"t.yaml:2:1: error: a second YAML document starts here; a tenderscore file holds "
                "exactly one [yaml.multi-document]"});
    CHECK(parse_errors("---\na: 1\n...\nb: 2\n") ==
          Lines{"t.yaml:4:1: error: a second YAML document starts here; a tenderscore file holds "
                "exactly one [yaml.multi-document]"});
  }
  SUBCASE("invalid UTF-8, NUL and control characters, at the offending byte")
  {
    CHECK(parse_errors("a: 1\nb: caf\xC3\xA9 \xFF\n") ==
          Lines{"t.yaml:2:9: error: invalid UTF-8 byte 0xFF; save the file as UTF-8 "
                "[yaml.encoding]"});
    CHECK(parse_errors("a: \xE2\x82\n") ==
          Lines{"t.yaml:1:4: error: invalid UTF-8 byte 0xE2; save the file as UTF-8 "
                "[yaml.encoding]"});
    CHECK(parse_errors(std::string("a: 1\nb: x\0y\n", 12)) ==
          Lines{"t.yaml:2:5: error: NUL byte (0x00) is not allowed in a YAML file "
                "[yaml.encoding]"});
    CHECK(parse_errors("a: \x1B[31m\n") ==
          Lines{"t.yaml:1:4: error: control character 0x1B is not allowed in a YAML file "
                "[yaml.encoding]"});
  }
  SUBCASE("duplicate keys, merge keys and non-text keys")
  {
    CHECK(parse_errors("criteria:\n  - id: a\n    weight: 1\n    weight: 2\n") ==
          Lines{"t.yaml:4:5: error: duplicate key 'weight' (first at line 3) "
                "[yaml.duplicate-key]"});
    CHECK(parse_errors("base: &b {x: 1}\nc:\n  <<: *b\n") ==
          Lines{"t.yaml:3:3: error: YAML merge keys ('<<') are not supported; write the keys out "
                "[yaml.merge-key]"});
    CHECK(parse_errors("\"<<\": 1\n").empty());
    CHECK(parse_errors("[a]: 1\n") ==
          Lines{"t.yaml:1:1: error: a mapping key must be text, not a list [yaml.key]"});
  }
  SUBCASE("tags: the core ones are honoured, any other is refused")
  {
    CHECK(parse_errors("a: !!python/object x\nb: !custom 3\nc: !!int abc\nd: !!str {}\n") ==
          Lines{"t.yaml:1:4: error: YAML tag '!!python/object' is not supported [yaml.tag]",
                "t.yaml:2:4: error: YAML tag '!custom' is not supported [yaml.tag]",
                "t.yaml:3:4: error: 'abc' is not a valid !!int [yaml.tag]",
                "t.yaml:4:4: error: a mapping cannot be tagged '!!str' [yaml.tag]"});
  }
  SUBCASE("numbers that cannot be read exactly")
  {
    CHECK(parse_errors("a: .nan\nb: -.Inf\nc: 1e309\n") ==
          Lines{"t.yaml:1:4: error: non-finite number '.nan' is not allowed [yaml.number]",
                "t.yaml:2:4: error: non-finite number '-.Inf' is not allowed [yaml.number]",
                "t.yaml:3:4: error: number 1e309 is out of range; tenderscore reads numbers of at "
                "most 40 significant digits, none more than 30 places from the decimal point "
                "[yaml.number]"});
  }
  SUBCASE("one range for a number however it is written: 30 places either side of the point")
  {
    // Built by appending: "literal" + std::string trips GCC 12's false -Wrestrict at -O2.
    std::string tiny = "0.";
    tiny.append(30, '0').append("1"); // 1e-31 written out
    std::string huge = "1";
    huge.append(31, '0'); // 1e31 written out
    const std::string out_of_range = " is out of range; tenderscore reads numbers of at most 40 "
                                     "significant digits, none more than 30 places from the "
                                     "decimal point [yaml.number]";
    std::string refused = "a: 1e-31\nb: ";
    refused.append(tiny).append("\nc: 1e31\nd: ").append(huge).append("\ne: 1.5e-30\n");
    std::string tiny_error = "t.yaml:2:4: error: number ";
    tiny_error.append(tiny).append(out_of_range);
    std::string huge_error = "t.yaml:4:4: error: number ";
    huge_error.append(huge).append(out_of_range);
    CHECK(parse_errors(refused) ==
          Lines{std::string("t.yaml:1:4: error: number 1e-31").append(out_of_range), tiny_error,
                std::string("t.yaml:3:4: error: number 1e31").append(out_of_range), huge_error,
                std::string("t.yaml:5:4: error: number 1.5e-30").append(out_of_range)});
    // the limits themselves, either way, and exponents that only move the point back in range
    std::string accepted = "a: 1e-30\nb: 0.";
    accepted.append(29, '0').append("1\nc: 1e30\nd: 1").append(30, '0');
    accepted.append("\ne: 100000e-35\nf: 1.").append(80, '0').append("\ng: 0.0e999\n");
    CHECK(parse_errors(accepted).empty());
  }
  SUBCASE("decimals keep their exact text, even with leading zeros")
  {
    const Document doc = parse("a: 0.25\nb: 0.10\nc: 007\n", diags);
    REQUIRE(diags.empty());
    CHECK(doc.root["a"] == 0.25);
    CHECK(doc.root["b"] == 0.1);
    CHECK(doc.root["c"] == 7);
    CHECK(doc.raw("/b") == "0.10");
  }
  SUBCASE("20,000 nested sequences are refused at the first level too deep")
  {
    CHECK(parse_errors(std::string(20000, '[')) ==
          Lines{"t.yaml:1:65: error: nesting deeper than the limit of 64 levels "
                "(raise it with --max-depth) [yaml.limit]"});
    CHECK(parse_errors(nested(20000)) ==
          Lines{"t.yaml:1:67: error: nesting deeper than the limit of 64 levels "
                "(raise it with --max-depth) [yaml.limit]"});
    CHECK(parse_errors(nested(100)) ==
          Lines{"t.yaml:1:67: error: nesting deeper than the limit of 64 levels "
                "(raise it with --max-depth) [yaml.limit]"});
    CHECK(parse_errors(nested(63)).empty());
  }
  SUBCASE("a billion-laughs alias bomb is refused with one error")
  {
    CHECK(parse_errors(billion_laughs()) ==
          Lines{"t.yaml:1:8: error: aliases expand to more than 11368 bytes of text, the limit for "
                "a file of 342 bytes; an alias bomb? (raise it with --max-alias-expansion) "
                "[yaml.limit]"});
    // An alias inside its own anchored node would expand for ever: refused where it stands.
    CHECK(parse_errors("a: &a [*a]\n") ==
          Lines{"t.yaml:1:8: error: this alias refers to a node that contains it; YAML data "
                "cannot be recursive here [yaml.alias]"});
  }
  SUBCASE("aliases within the limits expand")
  {
    const Document doc = parse("a: &x {k: 1}\nb: *x\n", diags);
    REQUIRE(diags.empty());
    CHECK(doc.root["b"]["k"] == 1);
    CHECK(at(doc.value_location("/b/k")) == "1:11");
  }
  SUBCASE("limits on keys, values and values from aliases")
  {
    load::Limits limits;
    limits.max_key_bytes = 4;
    limits.max_scalar_bytes = 8;
    CHECK(parse_errors("long: 1\nlonger: 123456789\nkey: 123456789\n", limits) ==
          Lines{"t.yaml:2:1: error: key is 6 bytes, over the 4 bytes limit (raise it with "
                "--max-key-size) [yaml.limit]",
                "t.yaml:3:6: error: value is 9 bytes, over the 8 bytes limit (raise it with "
                "--max-value-size) [yaml.limit]"});
    limits = {};
    limits.expansion_floor = 0;
    limits.expansion_factor = 1;
    CHECK(parse_errors("a: &a [1, 2, 3]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n", limits) ==
          Lines{"t.yaml:1:8: error: aliases expand to more than 51 values, the limit for a file "
                "of 51 bytes; an alias bomb? (raise it with --max-alias-expansion) [yaml.limit]"});
    // Expansions count against the values limit too, whatever the file's size. The file holds
    // 11 values as written (keys a and b included), within 12; converted, the root, a's list
    // and 1, 2, 3 make 5, b's list 6, the first *a 7 (its list) to 10, the second *a 11 and
    // 12, and the 13th is its '2', at 1:11.
    limits = {};
    limits.max_yaml_nodes = 12;
    CHECK(parse_errors("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", limits) ==
          Lines{"t.yaml:1:11: error: aliases expand to more than 12 YAML values, the limit of "
                "values in one file (raise it with --max-yaml-values) [yaml.limit]"});
    // The paths the index keeps are bounded too: 60 keys of 1,000 characters nested, over 300
    // items, would keep 300 paths of 60 KB (18 MB) for a file of 60 KB.
    std::string deep;
    for (int level = 0; level < 60; ++level) {
      deep += std::string(static_cast<std::size_t>(level) * 2, ' ') + std::string(1000, 'k') +
              std::to_string(level) + ":\n";
    }
    deep += std::string(120, ' ') + "- [";
    for (int i = 0; i < 300; ++i) {
      deep += i == 0 ? "1" : ", 1";
    }
    deep += "]\n";
    const Lines errors = parse_errors(deep);
    REQUIRE(errors.size() == 1);
    // The file is 64,793 bytes: alias budget 4 × 64,793 + 10,000 = 269,172, path budget
    // 4 × 269,172 + 1 MiB = 2,125,264 bytes. The 60 nested keys' paths take 1,834,935 bytes
    // (the k-th is k × 1,001 plus its digits long; the last is the block list), its item 60,172;
    // each flow item adds 60,174 more, so after 2,075,629 at the 3rd the 4th (column 133 of
    // line 61) reaches 2,135,803, the first over.
    CHECK(errors[0] == "t.yaml:61:133: error: the paths to this file's values (keys within keys) "
                       "add up to more than 2125264 bytes, the limit for a file of 64793 bytes; "
                       "nest fewer or shorter keys (raise it with --max-alias-expansion) "
                       "[yaml.limit]");
  }
  SUBCASE("values and bids are counted while parsing, before any node is built")
  {
    load::Limits limits;
    limits.max_yaml_nodes = 9;
    // Values: the root mapping (1), a, 1, b (4), the sequence (5), x, y, z (8), c (9), 2 (10):
    // the tenth, '2' at 3:4, is over a limit of 9.
    CHECK(parse_errors("a: 1\nb: [x, y, z]\nc: 2\n", limits) ==
          Lines{"t.yaml:3:4: error: more than 9 YAML values (scalars, mappings and sequences) "
                "in one file (raise it with --max-yaml-values) [yaml.limit]"});
    limits.max_yaml_nodes = 10;
    CHECK(parse_errors("a: 1\nb: [x, y, z]\nc: 2\n", limits).empty());
    // The items of the root's `bids` sequence are counted against --max-bids as they are read:
    // the third bid (line 4) is over a limit of 2; a `bids` key deeper down is not counted.
    limits = {};
    limits.max_bids = 2;
    CHECK(parse_errors("bids:\n  - {bidder: A}\n  - {bidder: B}\n  - {bidder: C}\n", limits) ==
          Lines{"t.yaml:4:5: error: bid 3 of this file is over the limit of 2 bids in a run "
                "(raise it with --max-bids) [limit.bids]"});
    CHECK(
        parse_errors("x:\n  bids: [1, 2, 3]\nbids: [{bidder: A}, {bidder: B}]\n", limits).empty());
    // Criteria: the mappings of every `criteria` and `children` list, nested ones included; a
    // stage's `criteria: [ids]` holds none. a, b, c are 3; d (line 5) is the fourth.
    limits = {};
    limits.max_criteria = 3;
    const std::string criteria = "stages:\n  - {criteria: [a, b, c, d]}\ncriteria:\n"
                                 "  - {id: a, children: [{id: b}, {id: c}]}\n  - {id: d}\n";
    CHECK(parse_errors(criteria, limits) ==
          Lines{"t.yaml:5:5: error: criterion 4 of this file is over the limit of 3 criteria in "
                "a run (raise it with --max-criteria) [limit.criteria]"});
    limits.max_criteria = 4;
    CHECK(parse_errors(criteria, limits).empty());
  }
  SUBCASE("the root is null after an error")
  {
    const Document doc = parse("a: 1\na: 2\n", diags);
    CHECK(diags.has_errors());
    CHECK(doc.root.is_null());
  }
}

TEST_CASE("load::pointer_token")
{
  CHECK(load::pointer_token("weight") == "weight");
  CHECK(load::pointer_token("a/b~c") == "a~1b~0c");
  CHECK(load::pointer_token("") == "");
}
