// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace tenderscore;
using test::check;
using test::rendered;

namespace {

// Return the waste tender whose price criterion reads `lines` ("key: value" lines under
// `price:`) from a file named "price.yaml".
model::Tender with_price(const std::string& lines)
{
  const auto source = std::make_shared<diag::SourceFile>("price.yaml", "price:\n" + lines);
  test::Locator at(source);
  model::Tender t = test::waste_tender();
  model::PriceRule& rule = *t.criteria[0].price;
  rule = model::PriceRule{};
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);) {
    const std::string key = line.substr(0, line.find(':'));
    const std::string value = line.substr(line.find(": ") + 2);
    const diag::Location where = at.value(key);
    if (key == "method") {
      for (auto m : {model::PriceMethod::lowest_ratio, model::PriceMethod::linear,
                     model::PriceMethod::range, model::PriceMethod::fixed_bounds,
                     model::PriceMethod::budget}) {
        if (value == model::price_method_name(m)) {
          rule.method = {m, where};
        }
      }
      continue;
    }
    auto& parameter = key == "k"         ? rule.k
                      : key == "floor"   ? rule.floor
                      : key == "ceiling" ? rule.ceiling
                                         : rule.abnormally_low;
    parameter = model::Located<model::Rational>{test::dec(value), where};
  }
  return t;
}

} // namespace

TEST_CASE("validate::check_tender price")
{
  SUBCASE("price.method-risk")
  {
    CHECK(rendered(check(test::waste_tender()), "price.method-risk") ==
          "t.yaml:37:15: note: lowest-ratio scoring of 'price' is non-linear and can reverse the "
          "ranking of other bids when a bid is added or removed; consider fixed-bounds, which "
          "scores each price against bounds published in advance [price.method-risk]");
    CHECK(rendered(check(with_price("method: linear\n")), "price.method-risk").empty());
    const auto fixed = check(with_price("method: fixed-bounds\nfloor: 1\nceiling: 2\n"));
    CHECK(rendered(fixed) == rendered(fixed, "outcomes.too-few-kpis")); // nothing on price
  }
  SUBCASE("price.params: linear k")
  {
    CHECK(rendered(check(with_price("method: linear\nk: 0.5\n")), "price.params").empty());
    CHECK(rendered(check(with_price("method: linear\nk: 0\n")), "price.params") ==
          "price.yaml:3:4: error: k of 'price' must be greater than zero, got 0 [price.params]");
  }
  SUBCASE("price.params: fixed-bounds")
  {
    CHECK(rendered(check(with_price("method: fixed-bounds\n")), "price.params") ==
          "price.yaml:2:9: error: the fixed-bounds method of 'price' needs a floor "
          "[price.params]\n"
          "price.yaml:2:9: error: the fixed-bounds method of 'price' needs a ceiling "
          "[price.params]");
    CHECK(rendered(check(with_price("method: fixed-bounds\nfloor: 30000000\nceiling: 30000000\n")),
                   "price.params") ==
          "price.yaml:3:8: error: floor 30000000 of 'price' must be below its ceiling 30000000 "
          "[price.params]");
  }
  SUBCASE("price.params: budget")
  {
    CHECK(rendered(check(with_price("method: budget\nceiling: 48000000\n")), "price.params")
            .empty());
    CHECK(rendered(check(with_price("method: budget\n")), "price.params") ==
          "price.yaml:2:9: error: the budget method of 'price' needs a ceiling [price.params]");
    CHECK(rendered(check(with_price("method: budget\nceiling: 0\n")), "price.params") ==
          "price.yaml:3:10: error: ceiling of 'price' must be greater than zero, got 0 "
          "[price.params]");
  }
  SUBCASE("price.params: abnormally_low")
  {
    CHECK(rendered(check(with_price("method: range\nabnormally_low: 0.5\n")), "price.params")
            .empty());
    CHECK(rendered(check(with_price("method: range\nabnormally_low: 1\n")), "price.params") ==
          "price.yaml:3:17: error: abnormally_low of 'price' must be a share between 0 and 1 "
          "(exclusive), got 1 [price.params]");
    CHECK(rendered(check(with_price("method: range\nabnormally_low: 0\n")), "price.params") ==
          "price.yaml:3:17: error: abnormally_low of 'price' must be a share between 0 and 1 "
          "(exclusive), got 0 [price.params]");
  }
  SUBCASE("price.params: parameters the method does not use are warnings")
  {
    const auto d = check(with_price("method: lowest-ratio\nk: 2\nfloor: 1\nceiling: 2\n"));
    CHECK(rendered(d, "price.params") ==
          "price.yaml:3:4: warning: 'k' is not used by the lowest-ratio method of 'price' "
          "[price.params]\n"
          "price.yaml:4:8: warning: 'floor' is not used by the lowest-ratio method of 'price' "
          "[price.params]\n"
          "price.yaml:5:10: warning: 'ceiling' is not used by the lowest-ratio method of 'price' "
          "[price.params]");
    CHECK(d.count(diag::Severity::error) == 0);
    CHECK(rendered(check(with_price("method: budget\nceiling: 2\nfloor: 1\n")), "price.params") ==
          "price.yaml:4:8: warning: 'floor' is not used by the budget method of 'price' "
          "[price.params]");
  }
}

TEST_CASE("validate::check_award")
{
  const model::Located<model::Award> per_point{model::Award::price_per_quality_point, {}};
  SUBCASE("award.price-criterion: price per quality point with a price criterion")
  {
    model::Tender t = test::waste_tender();
    CHECK(rendered(check(t), "award.price-criterion").empty()); // weighted total by default
    t.award = per_point;
    CHECK(rendered(check(t), "award.price-criterion") ==
          "t.yaml:34:9: error: criterion 'price' scores price, but the tender awards on price "
          "per quality point, which divides each price by the quality points; remove the price "
          "criterion and give its weight to quality [award.price-criterion]");
  }
  SUBCASE("award.price-criterion: in a lot's own criteria too")
  {
    model::Tender t = test::waste_tender_with_lots();
    t.award = per_point;
    t.criteria.erase(t.criteria.begin());
    CHECK(rendered(check(t), "award.price-criterion") ==
          "t.yaml:82:13: error: criterion 'price' of lot 'south' scores price, but the tender "
          "awards on price per quality point, which divides each price by the quality points; "
          "remove the price criterion and give its weight to quality [award.price-criterion]");
  }
}
