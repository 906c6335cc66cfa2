// SPDX-License-Identifier: MIT
// The cap on lots per bidder: the lots.* rules, read through the loader from inline YAML.
#include "validate_test_support.hpp"

#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>

using namespace tenderscore;

namespace {

const std::string k_head = R"(format: tenderscore/tender@1
tender: {id: t, title: T}
scales:
  q05: {min: 0, max: 5, step: 1}
criteria:
  - {id: quality, weight: 70, scale: q05}
  - {id: price, weight: 30, price: {method: lowest-ratio}}
)";

// Return the lots.* diagnostics of loading and checking the tender that ends with `tail`.
std::string diagnostics(const std::string& tail)
{
  diag::Diagnostics diags;
  const auto file = load::load_text("t.yaml", k_head + tail, diags);
  REQUIRE(file.tender);
  validate::check_tender(*file.tender, validate::Options{}, diags);
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (d.rule.rfind("lots.", 0) == 0) {
      if (!out.empty()) {
        out += '\n';
      }
      out += test::render(d);
    }
  }
  return out;
}

} // namespace

TEST_CASE("validate::check_lot_rules")
{
  SUBCASE("valid caps")
  {
    CHECK(diagnostics("lots: [{id: north, value: 3}, {id: east, value: 2}]\n"
                      "lot_rules: {max_lots_per_bidder: 1}\n") == "");
    CHECK(diagnostics("lots: [{id: north}, {id: east}]\n"
                      "lot_rules: {max_lots_per_bidder: 1, allocation: best-combination}\n") == "");
  }

  SUBCASE("lots.max-lots, lots.value")
  {
    CHECK(diagnostics("lots: [{id: north, value: 3}, {id: east}, {id: south, value: 0}]\n"
                      "lot_rules: {max_lots_per_bidder: 1.5, allocation: by-lot-value}\n") ==
          "t.yaml:8:36: error: lot 'east' has no value; allocation by-lot-value needs every "
          "lot's value [lots.value]\n"
          "t.yaml:8:62: error: value of lot 'south' must be greater than zero, got 0 "
          "[lots.value]\n"
          "t.yaml:9:34: error: max_lots_per_bidder must be a whole number of at least 1, got 1.5 "
          "[lots.max-lots]");
  }

  SUBCASE("lots.no-lots and lots.too-many")
  {
    CHECK(diagnostics("lot_rules: {max_lots_per_bidder: 1}\n") ==
          "t.yaml:8:1: error: lot_rules is given but the tender has no lots [lots.no-lots]");
    std::string lots = "lots:\n";
    for (int i = 1; i <= 13; ++i) {
      lots += fmt::format("  - {{id: lot-{}}}\n", i);
    }
    CHECK(
        diagnostics(lots + "lot_rules: {max_lots_per_bidder: 1, allocation: best-combination}\n") ==
        "t.yaml:22:49: error: best-combination tries every combination and takes at most 12 "
        "lots, got 13 [lots.too-many]");
  }
}
