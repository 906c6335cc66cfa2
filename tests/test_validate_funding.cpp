// SPDX-License-Identifier: MIT
// A funding pot: the funding.* rules and the schema's bounds on its keys, read through the
// loader from inline YAML, and the request checks on bids.
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
  - {id: quality, weight: 100, scale: q05}
)";

// The funding.* and schema.* diagnostics of `diags`, one per line.
std::string render(const diag::Diagnostics& diags)
{
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (d.rule.rfind("funding.", 0) != 0 && d.rule.rfind("schema.", 0) != 0 &&
        d.rule != "bids.organisation") {
      continue;
    }
    if (!out.empty()) {
      out += '\n';
    }
    out += test::render(d);
  }
  return out;
}

// Return the diagnostics of loading and checking the tender that ends with `tail`.
std::string diagnostics(const std::string& tail)
{
  diag::Diagnostics diags;
  const auto file = load::load_text("t.yaml", k_head + tail, diags);
  if (file.tender) {
    validate::check_tender(*file.tender, validate::Options{}, diags);
  }
  return render(diags);
}

// Return the diagnostics of checking `bids` (a bids file's `bids:` list) against the tender
// that ends with `tail`.
std::string bid_diagnostics(const std::string& tail, const std::string& bids)
{
  diag::Diagnostics diags;
  const auto tender = load::load_text("t.yaml", k_head + tail, diags);
  REQUIRE(tender.tender);
  const auto file =
      load::load_text("b.yaml", "format: tenderscore/bids@1\ntender: t\n" + bids, diags);
  REQUIRE(file.bids);
  validate::check_bids(*file.bids, *tender.tender, validate::Options{}, diags);
  return render(diags);
}

} // namespace

TEST_CASE("validate::check_funding")
{
  SUBCASE("a valid pot")
  {
    CHECK(diagnostics("funding: {pot: 120000, rule: stop, minimum_total: 50,\n"
                      "          max_awards_per_organisation: 1, max_request: 15000}\n") == "");
    CHECK(diagnostics("lots: [{id: north, pot: 50000}, {id: east, pot: 70000}]\n"
                      "funding: {rule: skip}\n") == "");
  }
  SUBCASE("bad values: a negative pot, minimum_total above 100, an unknown key")
  {
    CHECK(diagnostics("funding: {pot: -5}\n") ==
          "t.yaml:7:16: error: 'pot' must be greater than 0, got -5 [schema.range]");
    CHECK(diagnostics("funding: {pot: 1000, minimum_total: 150}\n") ==
          "t.yaml:7:37: error: 'minimum_total' must be at most 100, got 150 [schema.range]");
    CHECK(diagnostics("funding: {pot: 1000, max_awards_per_org: 1}\n") ==
          "t.yaml:7:22: error: unknown key 'max_awards_per_org'; did you mean "
          "'max_awards_per_organisation'? [schema.unknown-key]");
  }
  SUBCASE("funding.pot, funding.max-awards, funding.request-range")
  {
    CHECK(diagnostics("funding: {rule: skip}\n") ==
          "t.yaml:7:1: error: funding needs a pot: the money available, e.g. 'pot: 120000' "
          "[funding.pot]");
    CHECK(diagnostics("lots: [{id: north, pot: 5}, {id: east}]\nfunding: {pot: 10}\n") ==
          "t.yaml:7:34: error: lot 'east' has no pot; under funding every lot needs one "
          "[funding.pot]\n"
          "t.yaml:8:16: error: the tender has lots: give each lot its own pot (lots[].pot) "
          "instead [funding.pot]");
    CHECK(diagnostics("lots: [{id: north, pot: 5}]\n") ==
          "t.yaml:7:25: error: lot 'north' has a pot, but the tender has no funding: key "
          "[funding.pot]");
    CHECK(diagnostics("funding: {pot: 10, max_awards_per_organisation: 1.5,\n"
                      "          min_request: 9, max_request: 8}\n") ==
          "t.yaml:7:49: error: max_awards_per_organisation must be a whole number of at least "
          "1, got 1.5 [funding.max-awards]\n"
          "t.yaml:8:24: error: min_request 9 is above max_request 8 [funding.request-range]");
  }
}

TEST_CASE("validate::check_request")
{
  const std::string funding = "funding: {pot: 30000, max_request: 15000, min_request: 1000}\n";
  SUBCASE("a request outside the range is a warning: scoring excludes it")
  {
    CHECK(bid_diagnostics(funding, "bids:\n"
                                   "  - {bidder: A, price: 16000}\n"
                                   "  - {bidder: B, price: 500}\n") ==
          "b.yaml:4:24: warning: bid 'A' requests 16000, above the maximum request of 15000; it "
          "will be excluded [funding.over-max-request]\n"
          "b.yaml:5:24: warning: bid 'B' requests 500, below the minimum request of 1000; it "
          "will be excluded [funding.under-min-request]");
  }
  SUBCASE("a blank organisation is an error")
  {
    CHECK(bid_diagnostics(funding, "bids:\n  - {bidder: A, price: 5000, organisation: \"  \"}\n") ==
          "b.yaml:4:44: error: bid 'A' names a blank organisation; name it, or leave the key out "
          "for the bidder to stand for itself [bids.organisation]");
  }
  SUBCASE("a bid with no request is an error")
  {
    CHECK(bid_diagnostics(funding, "bids:\n  - {bidder: A}\n") ==
          "b.yaml:4:14: error: bid 'A' requests no amount; under a funding pot, 'price' is the "
          "amount requested [funding.no-request]");
  }
}

TEST_CASE("validate::check_organisation_names")
{
  diag::Diagnostics diags;
  const auto tender = load::load_text("t.yaml", k_head + "funding: {pot: 100}\n", diags);
  const auto file = load::load_text("b.yaml",
                                    "format: tenderscore/bids@1\ntender: t\nbids:\n"
                                    "  - {bidder: A, organisation: Arts Trust}\n"
                                    "  - {bidder: B, organisation: ARTS  TRUST}\n"
                                    "  - {bidder: C, organisation: \"Arts   Trust \"}\n"
                                    "  - {bidder: arts trust}\n",
                                    diags);
  REQUIRE(tender.tender);
  REQUIRE(file.bids);
  validate::check_inputs({&*tender.tender}, {&*file.bids}, validate::Options{}, diags);
  // C is A's name with more spaces: the same organisation, no warning. B and the bidder
  // "arts trust" (no organisation named: the bidder is one) differ from A only in case.
  std::string out;
  for (const auto& d : diags.sorted()) {
    if (d.rule == "funding.organisation-name") {
      out += test::render(d) + "\n";
    }
  }
  CHECK(out == "b.yaml:5:31: warning: organisation 'ARTS  TRUST' differs from 'Arts Trust' (at "
               "line 4) only in case, white space or look-alike characters; funding counts them "
               "as two organisations: write the name the same way in both places "
               "[funding.organisation-name]\n"
               "b.yaml:7:14: warning: organisation 'arts trust' differs from 'Arts Trust' (at "
               "line 4) only in case, white space or look-alike characters; funding counts them "
               "as two organisations: write the name the same way in both places "
               "[funding.organisation-name]\n");
}
