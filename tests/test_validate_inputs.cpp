// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::rendered;

namespace {

diag::Diagnostics check_all(const std::vector<const model::Tender*>& tenders,
                            const std::vector<const model::BidsFile*>& bids)
{
  diag::Diagnostics diags;
  validate::check_inputs(tenders, bids, validate::Options{}, diags);
  return diags;
}

} // namespace

TEST_CASE("validate::check_inputs")
{
  const model::Tender t = test::waste_tender();
  model::BidsFile b = test::waste_bids();

  SUBCASE("a tender and its bids")
  {
    const auto d = check_all({&t}, {&b});
    CHECK(rendered(d) ==
          rendered(d, "outcomes.too-few-kpis") + "\n" + rendered(d, "price.method-risk"));
    CHECK(d.count(diag::Severity::note) == 1);
  }
  SUBCASE("each bids file is checked against its tender")
  {
    b.bids[0].price->value = 0;
    CHECK(rendered(check_all({&t}, {&b}), "price.non-positive") ==
          "b.yaml:6:12: error: price must be greater than zero, got 0 [price.non-positive]");
  }
  SUBCASE("ref.tender")
  {
    b.tender.value = "waste-2016";
    b.bids[0].price->value = 0; // not checked: there is no tender to check it against
    CHECK(rendered(check_all({&t}, {&b})) ==
          "t.yaml:8:20: warning: the estimated value is over £5m (£50000000) but the tender sets "
          "2 KPIs; the Procurement Act 2023 s.52 requires at least three "
          "[outcomes.too-few-kpis]\n"
          "t.yaml:37:15: note: lowest-ratio scoring of 'price' is non-linear and can reverse the "
          "ranking of other bids when a bid is added or removed; consider fixed-bounds, which "
          "scores each price against bounds published in advance [price.method-risk]\n"
          "b.yaml:2:9: error: bids file names tender 'waste-2016', which is not among the files "
          "given; did you mean 'waste-2015'? [ref.tender]");
    CHECK(rendered(check_all({}, {&b})) ==
          "b.yaml:2:9: error: bids file names tender 'waste-2016', which is not among the files "
          "given [ref.tender]");
  }
  SUBCASE("id.duplicate across tender files")
  {
    const model::Tender u = test::waste_tender("u.yaml");
    CHECK(rendered(check_all({&t, &u}, {&b}), "id.duplicate") ==
          "u.yaml:4:7: error: duplicate tender id 'waste-2015' (first defined at t.yaml:4) "
          "[id.duplicate]");
  }
  SUBCASE("bids.duplicate across bids files")
  {
    model::BidsFile c = test::waste_bids("c.yaml");
    c.bids.erase(c.bids.begin() + 1);
    c.bids[0].bidder.value = "Bluebell Arts Trust";
    CHECK(rendered(check_all({&t}, {&b, &c}), "bids.duplicate").empty());
    c.bids[0].bidder.value = "Greenway Services Ltd";
    CHECK(rendered(check_all({&t}, {&b, &c}), "bids.duplicate") ==
          "c.yaml:4:13: error: duplicate bid from 'Greenway Services Ltd' (first at b.yaml:4) "
          "[bids.duplicate]");
  }
}
