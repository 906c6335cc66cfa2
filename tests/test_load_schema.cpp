// SPDX-License-Identifier: MIT
#include "test_load_support.hpp"

#include <tenderscore/load/schema.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace tenderscore;
using test::Lines;
using test::load_errors;

namespace {

const std::string k_tender_head = "format: tenderscore/tender@1\n"
                                  "tender: {id: t, title: T}\n";

const std::string k_bids_head = "format: tenderscore/bids@1\n"
                                "tender: t\n";

} // namespace

TEST_CASE("load::embedded_schema")
{
  for (const auto kind : {load::SchemaKind::tender, load::SchemaKind::bids}) {
    const auto schema = nlohmann::json::parse(load::embedded_schema(kind));
    CHECK(schema["$schema"] == "http://json-schema.org/draft-07/schema#");
    CHECK(schema["$id"] ==
          fmt::format("urn:tenderscore:schema:{}:1", load::schema_kind_name(kind)));
    CHECK(schema["additionalProperties"] == false);
  }
}

TEST_CASE("load::check_schema")
{
  SUBCASE("a valid document has no diagnostics")
  {
    diag::Diagnostics diags;
    const auto doc = load::parse_yaml(test::source(k_bids_head + "bids: []\n"), diags);
    load::check_schema(doc, load::SchemaKind::bids, diags);
    CHECK(diags.empty());
  }
  SUBCASE("unknown keys, each at its key, with a did-you-mean from the allowed names")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n"
                                      "  - id: price\n"
                                      "    wieght: 40\n"
                                      "    weight: 40\n"
                                      "    colour: blue\n"
                                      "tendr: x\n") ==
          Lines{"t.yaml:5:5: error: unknown key 'wieght' in criterion; did you mean 'weight'? "
                "[schema.unknown-key]",
                "t.yaml:7:5: error: unknown key 'colour' in criterion [schema.unknown-key]",
                "t.yaml:8:1: error: unknown key 'tendr' in tender file; did you mean 'tender'? "
                "[schema.unknown-key]"});
  }
  SUBCASE("a misspelt required key is reported once, as the unknown key")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n  - {id: a, wieght: 100}\n") ==
          Lines{"t.yaml:4:13: error: unknown key 'wieght' in criterion; did you mean 'weight'? "
                "[schema.unknown-key]"});
  }
  SUBCASE("a oneOf is judged by the branch of the value's type: an id, or a criterion")
  {
    // stages[].criteria items are an award criterion's id or a criterion of the stage's own.
    // Without choosing the branch, each item would also report the other branch's wrong type,
    // and a mapping's every key as unknown.
    const std::string stages =
        "criteria: [{id: q, weight: 100}]\nstages:\n  - id: s\n    criteria:\n";
    CHECK(load_errors(k_tender_head + stages + "      - {id: fit, wieght: 100}\n") ==
          Lines{"t.yaml:7:19: error: unknown key 'wieght' in criterion; did you mean 'weight'? "
                "[schema.unknown-key]"});
    CHECK(load_errors(k_tender_head + stages + "      - Fit\n") ==
          Lines{"t.yaml:7:9: error: 'Fit' is not a valid id (lower-case letters, digits and '-', "
                "starting with a letter or digit) [schema.pattern]"});
    CHECK(load_errors(k_tender_head + stages + "      - 7\n") ==
          Lines{"t.yaml:7:9: error: expected a string or a mapping, got number 7 [schema.type]"});
    CHECK(load_errors(k_tender_head + stages + "      - fit\n      - {id: reach, weight: 1}\n")
              .empty());
  }
  SUBCASE("a missing required key, at the object that lacks it")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n  - id: price\n    text: x\n") ==
          Lines{"t.yaml:4:5: error: missing required key 'weight' [schema.required]"});
    CHECK(load_errors("format: tenderscore/tender@1\ncriteria: []\n") ==
          Lines{"t.yaml:1:1: error: missing required key 'tender' [schema.required]",
                "t.yaml:2:11: error: 'criteria' must not be empty [schema.range]"});
  }
  SUBCASE("values of the wrong type, said once even when they also fail an enum or pattern")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n"
                                      "  - {id: a, weight: 0x1F}\n"
                                      "  - {id: b, weight: \"5\"}\n"
                                      "  - {id: c, weight: }\n"
                                      "  - {id: 7, weight: 1, social_value: yes}\n"
                                      "  - {id: d, weight: 1, price: {method: 5}}\n"
                                      "  - id: e\n"
                                      "    weight: [1]\n"
                                      "    children: {a: 1}\n") ==
          Lines{"t.yaml:4:21: error: expected a number, got string '0x1F' [schema.type]",
                "t.yaml:5:21: error: expected a number, got string '5'; remove the quotes to make "
                "it a number [schema.type]",
                "t.yaml:6:13: error: expected a number, got an empty value [schema.type]",
                "t.yaml:7:10: error: expected a string, got number 7 [schema.type]",
                "t.yaml:7:38: error: expected true or false, got string 'yes'; YAML 1.2 reads "
                "'yes' as text: write true [schema.type]",
                "t.yaml:8:40: error: expected a string, got number 5 [schema.type]",
                "t.yaml:10:13: error: expected a number, got a list [schema.type]",
                "t.yaml:11:15: error: expected a list, got a mapping [schema.type]"});
  }
  SUBCASE("a name outside its enum, with the allowed names and a did-you-mean")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n"
                                      "  - id: price\n"
                                      "    weight: 100\n"
                                      "    price: {method: lowest-ration}\n"
                                      "panel: {aggregate: average}\n") ==
          Lines{"t.yaml:6:21: error: 'lowest-ration' is not a price method (lowest-ratio, "
                "linear, range, fixed-bounds, budget); did you mean 'lowest-ratio'? "
                "[schema.enum]",
                "t.yaml:7:20: error: 'average' is not an aggregate method (mean, median) "
                "[schema.enum]"});
  }
  SUBCASE("ids that break the id pattern, as values and as keys")
  {
    CHECK(load_errors(k_tender_head + "criteria:\n"
                                      "  - {id: Price, weight: 100, scale: quality 0-5}\n"
                                      "scales:\n"
                                      "  Quality: {min: 0, max: 5}\n") ==
          Lines{"t.yaml:4:10: error: 'Price' is not a valid id (lower-case letters, digits and "
                "'-', starting with a letter or digit) [schema.pattern]",
                "t.yaml:4:37: error: 'quality 0-5' is not a valid id (lower-case letters, digits "
                "and '-', starting with a letter or digit) [schema.pattern]",
                "t.yaml:6:3: error: key 'Quality' is not a valid id (lower-case letters, digits "
                "and '-', starting with a letter or digit) [schema.pattern]"});
  }
  SUBCASE("over-long ids and text: the length is reported and the pattern check stays safe")
  {
    const std::string id(100000, 'a');
    const std::string name(100000, 'N');
    CHECK(load_errors(k_tender_head + "criteria:\n  - {id: " + id +
                      ", weight: 100, title: " + name + "}\n") ==
          Lines{"t.yaml:4:10: error: id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' is longer "
                "than 64 characters [schema.range]"});
    CHECK(load_errors(k_tender_head + "criteria:\n  - {id: " + name + ", weight: 100}\n") ==
          Lines{"t.yaml:4:10: error: id 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN…' is longer "
                "than 64 characters [schema.range]",
                "t.yaml:4:10: error: 'NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN"
                "NNNNNNNNNNNNNNNNNNN…' is not a valid id (lower-case letters, digits and '-', "
                "starting with a letter or digit) [schema.pattern]"});
  }
  SUBCASE("a scale point longer than the schema checks is still parsed whole by the loader")
  {
    // The schema sees only the first 256 bytes, all digits; the loader sees the trailing 'x'.
    const std::string point = std::string(300, '1') + "x";
    const auto errors = load_errors(k_tender_head +
                                    "criteria: [{id: a, weight: 100}]\n"
                                    "scales:\n"
                                    "  ok: {min: 0, max: 1, labels: {" +
                                    point + ": top}}\n");
    CHECK(errors == Lines{"t.yaml:5:33: error: expected a scale point as the key, got "
                          "'1111111111111111111111111111111111111111…' [schema.type]"});
  }
  SUBCASE("keys of maps keyed by ids or by scale points")
  {
    const std::string id(65, 'q');
    CHECK(load_errors(k_tender_head +
                      "criteria: [{id: a, weight: 100}]\n"
                      "scales:\n"
                      "  " +
                      id +
                      ": {min: 0, max: 1}\n"
                      "  ok: {min: 0, max: 1, labels: {0: none, high: top}}\n") ==
          Lines{"t.yaml:5:3: error: id 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq…' is longer than "
                "64 characters [schema.range]",
                "t.yaml:6:42: error: key 'high' is not a scale point (a number such as 3 or 2.5) "
                "[schema.pattern]"});
  }
  SUBCASE("numbers out of range and other checks")
  {
    CHECK(load_errors("format: tenderscore/tender@1\n"
                      "tender: {id: t, title: T, estimated_value: -5, currency: gbp}\n"
                      "criteria: [{id: a, weight: 100}]\n") ==
          Lines{"t.yaml:2:44: error: 'estimated_value' must be at least 0, got -5 [schema.range]",
                "t.yaml:2:58: error: 'gbp' is not a currency code (three capital letters, such as "
                "GBP) [schema.pattern]"});
  }
  SUBCASE("bids: gate answers, score maps keyed by ids, lots")
  {
    CHECK(load_errors(k_bids_head + "bids:\n"
                                    "  - bidder: \"\"\n"
                                    "    lot: North\n"
                                    "    gates: {insurance: passed, Exclusion: pass}\n"
                                    "    scores:\n"
                                    "      service-delivery:\n"
                                    "        evaluators: {ev-a: four, EV-2: 3}\n"
                                    "        moderate: 4\n"
                                    "    conflicts: [ev-1, 7]\n"
                                    "  - lot: null\n"
                                    "    price: 5\n") ==
          Lines{"t.yaml:4:13: error: 'bidder' must not be empty [schema.range]",
                "t.yaml:5:10: error: 'North' is not a valid id (lower-case letters, digits and "
                "'-', starting with a letter or digit) [schema.pattern]",
                "t.yaml:6:24: error: 'passed' is not a gate answer (pass, fail); did you mean "
                "'pass'? [schema.enum]",
                "t.yaml:6:32: error: key 'Exclusion' is not a valid id (lower-case letters, "
                "digits and '-', starting with a letter or digit) [schema.pattern]",
                "t.yaml:9:28: error: expected a number, got string 'four' [schema.type]",
                "t.yaml:9:34: error: key 'EV-2' is not a valid id (lower-case letters, digits and "
                "'-', starting with a letter or digit) [schema.pattern]",
                "t.yaml:10:9: error: unknown key 'moderate' in question score; did you mean "
                "'moderated'? [schema.unknown-key]",
                "t.yaml:11:23: error: expected a string, got number 7 [schema.type]",
                "t.yaml:12:5: error: missing required key 'bidder' [schema.required]"});
  }
}
