// SPDX-License-Identifier: MIT
#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/price_methods.hpp>

#include <array>

namespace tenderscore::score {

namespace {

// Call `visit` on every price rule of the tender's criteria and its lots' own criteria.
template <typename Visit>
void each_price_rule(model::Tender& tender, Visit&& visit)
{
  const auto walk = [&](std::vector<model::Criterion>& criteria, const auto& self) -> void {
    for (auto& c : criteria) {
      if (c.price) {
        visit(*c.price);
      }
      self(c.children, self);
    }
  };
  walk(tender.criteria, walk);
  for (auto& lot : tender.lots) {
    if (lot.criteria) {
      walk(*lot.criteria, walk);
    }
  }
}

bool supports(const model::PriceRule& rule, model::PriceMethod method)
{
  switch (method) {
  case model::PriceMethod::fixed_bounds:
    return rule.floor && rule.ceiling;
  case model::PriceMethod::budget:
    return rule.ceiling.has_value();
  case model::PriceMethod::lowest_ratio:
  case model::PriceMethod::linear:
  case model::PriceMethod::range:
    break;
  }
  return true;
}

} // namespace

std::vector<MethodResult> compare_price_methods(const model::Tender& tender,
                                                const std::vector<const model::BidsFile*>& bids)
{
  constexpr std::array methods{model::PriceMethod::lowest_ratio, model::PriceMethod::linear,
                               model::PriceMethod::range, model::PriceMethod::fixed_bounds,
                               model::PriceMethod::budget};
  std::vector<MethodResult> out;
  for (const auto method : methods) {
    model::Tender variant = tender;
    bool any = false;
    bool supported = true;
    bool published = true;
    each_price_rule(variant, [&](model::PriceRule& rule) {
      any = true;
      supported = supported && supports(rule, method);
      published = published && rule.method.value == method;
      rule.method.value = method;
    });
    if (!any) {
      return {};
    }
    if (supported) {
      out.push_back({method, published, score_tender(variant, bids)});
    }
  }
  return out;
}

} // namespace tenderscore::score
