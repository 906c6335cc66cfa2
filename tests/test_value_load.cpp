// SPDX-License-Identifier: MIT
#include "value_test_support.hpp"

#include <tenderscore/load/schema.hpp>

#include <doctest/doctest.h>

#include <string>

using namespace tenderscore;

namespace {

const std::string k_map = R"(format: tenderscore/value-map@1
value_map:
  id: bad
  participants: 10
costs:
  - agency: council
    total: 1000
outcomes:
  - id: wellbeing
    outcome: empowered
    quantity: 2
    proxy: wellby
    deadweight: 0.25
    attribution: 0.1
    drop_off: 0.5
    duration: 2
)";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::string problems(const std::string& map)
{
  const auto inputs =
      test::check_texts({{"vm.yaml", map}, {"green-book.yaml", test::green_book()}});
  std::string text;
  for (const auto& d : inputs.diagnostics.sorted()) {
    if (d.severity == diag::Severity::error) {
      if (!text.empty()) {
        text += '\n';
      }
      diag::Diagnostics one;
      one.add(d);
      text += test::diagnostics_text(one, "");
    }
  }
  return text;
}

} // namespace

TEST_CASE("load::load_source value maps and proxies")
{
  SUBCASE("a valid map loads with its defaults")
  {
    CHECK(problems(k_map).empty());
    const auto inputs =
        test::check_texts({{"vm.yaml", k_map}, {"green-book.yaml", test::green_book()}});
    REQUIRE(inputs.value_maps().size() == 1);
    const model::ValueMap& map = *inputs.value_maps().front();
    CHECK(map.discount_rate.value == util::Rational(35, 1000));
    CHECK(map.health_discount_rate.value == util::Rational(15, 1000));
    CHECK(map.sensitivity.share_step.value == util::Rational(1, 10));
    CHECK_FALSE(map.outcomes[0].displacement);
    CHECK(map.outcomes[0].proxy_id->value == "wellby");
    REQUIRE(inputs.proxies().size() == 1);
    CHECK(inputs.proxies().front()->find("qaly")->value.value == 70000);
    CHECK(inputs.proxies().front()->find("wellby")->year.value == 2019);
  }
  SUBCASE("schema: unknown key with a suggestion")
  {
    CHECK(problems(replaced(k_map, "drop_off:", "dropoff:")) ==
          "vm.yaml:15:5: error: unknown key 'dropoff' in valued outcome; did you mean "
          "'drop_off'? [schema.unknown-key]");
  }
  SUBCASE("value.share")
  {
    CHECK(problems(replaced(k_map, "deadweight: 0.25", "deadweight: 1.25")) ==
          "vm.yaml:13:17: error: outcome 'wellbeing' deadweight is 1.25; expected a share from "
          "0 to 1 (e.g. 0.25 for 25%) [value.share]");
  }
  SUBCASE("value.precision: exact shares and rates stay small")
  {
    CHECK(problems(replaced(k_map, "deadweight: 0.25", "deadweight: 0.1234567")) ==
          "vm.yaml:13:17: error: outcome 'wellbeing' deadweight is 0.1234567; give it with at "
          "most 6 decimal places [value.precision]");
    CHECK(problems(replaced(k_map, "deadweight: 0.25", "deadweight: 0.123456")).empty());
  }
  SUBCASE("value.duration")
  {
    CHECK(problems(replaced(k_map, "duration: 2", "duration: 0")) ==
          "vm.yaml:16:15: error: outcome 'wellbeing' duration is 0 years; expected 1 to 50 "
          "years [value.duration]");
  }
  SUBCASE("ref.proxy with a suggestion")
  {
    CHECK(problems(replaced(k_map, "proxy: wellby", "proxy: welby")) ==
          "vm.yaml:12:12: error: outcome 'wellbeing' names proxy 'welby', which is in none of "
          "the proxies files given; did you mean 'wellby'? [ref.proxy]");
  }
  SUBCASE("value.participants and value.amount")
  {
    CHECK(problems(replaced(replaced(k_map, "  participants: 10\n", ""), "total: 1000",
                            "per_participant: 100")) ==
          "vm.yaml:6:22: error: cost of 'council' is per participant, but "
          "value_map.participants is not given [value.participants]");
    CHECK(problems(replaced(k_map, "total: 1000", "total: 1000\n    per_participant: 100")) ==
          "vm.yaml:6:5: error: cost of 'council': give exactly one of 'total' and "
          "'per_participant' [value.amount]");
  }
  SUBCASE("value.rate")
  {
    CHECK(problems(replaced(k_map, "  participants: 10\n",
                            "  participants: 10\n  discount_rate: 3.5\n")) ==
          "vm.yaml:5:18: error: discount_rate is 3.5; expected a rate from 0 up to (not "
          "including) 1, e.g. 0.035 for 3.5% [value.rate]");
  }
  SUBCASE("id.duplicate across proxies files")
  {
    const auto inputs = test::check_texts(
        {{"vm.yaml", k_map}, {"a.yaml", test::green_book()}, {"b.yaml", test::green_book()}});
    CHECK(test::diagnostics_text(inputs.diagnostics, "id.")
              .rfind("b.yaml:7:5: error: duplicate proxy id 'wellby' (first defined at a.yaml:7)",
                     0) == 0);
  }
  SUBCASE("format: the value map and proxies formats are known")
  {
    const auto inputs =
        test::check_texts({{"vm.yaml", replaced(k_map, "value-map@1", "value-map@2")}});
    CHECK(test::diagnostics_text(inputs.diagnostics, "format.") ==
          "vm.yaml:1:9: error: unsupported format version 'tenderscore/value-map@2'; this "
          "tenderscore reads 'tenderscore/value-map@1' [format.version]");
  }
  SUBCASE("the embedded schemas are the files in schemas/")
  {
    CHECK(std::string(load::schema_kind_name(load::SchemaKind::value_map)) == "value-map");
    CHECK(
        load::embedded_schema(load::SchemaKind::proxies).find("urn:tenderscore:schema:proxies:1") !=
        std::string_view::npos);
  }
}
