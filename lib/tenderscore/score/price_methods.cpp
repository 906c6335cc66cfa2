// SPDX-License-Identifier: MIT
#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/price_methods.hpp>

#include <algorithm>
#include <array>

namespace tenderscore::score {

namespace {

// Call `visit` on every price rule in `criteria`.
template <typename Criteria, typename Visit>
void each_price_rule(Criteria& criteria, const Visit& visit)
{
  for (auto& c : criteria) {
    if (c.price) {
      visit(*c.price);
    }
    each_price_rule(c.children, visit);
  }
}

bool supports_rule(const model::PriceRule& rule, model::PriceMethod method)
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

// The lots of `tender` as results name them: each lot id, or one nullopt without lots.
std::vector<std::optional<std::string>> lot_ids(const model::Tender& tender)
{
  std::vector<std::optional<std::string>> out;
  for (const auto& lot : tender.lots) {
    out.emplace_back(lot.id);
  }
  if (out.empty()) {
    out.emplace_back(std::nullopt);
  }
  return out;
}

// The bids excluded in `published` for a budget ceiling, as (bidder, lot).
std::vector<std::pair<std::string, std::optional<std::string>>> over_budget(const Result& published)
{
  std::vector<std::pair<std::string, std::optional<std::string>>> out;
  for (const auto& lot : published.lots) {
    for (const auto& bid : lot.bids) {
      const bool budget = std::any_of(bid.exclusions.begin(), bid.exclusions.end(),
                                      [](const Exclusion& e) { return e.rule == "budget"; });
      if (bid.status == BidStatus::excluded && budget) {
        out.emplace_back(bid.bidder, lot.lot);
      }
    }
  }
  return out;
}

} // namespace

bool MethodResult::supports(const std::optional<std::string>& lot) const
{
  return std::find(supported.begin(), supported.end(), lot) != supported.end();
}

std::vector<std::string> MethodResult::withheld_from(const std::optional<std::string>& lot) const
{
  std::vector<std::string> out;
  for (const auto& [bidder, in_lot] : withheld) {
    if (in_lot == lot) {
      out.push_back(bidder);
    }
  }
  return out;
}

bool MethodResult::is_published(const std::optional<std::string>& lot) const
{
  return std::find(published.begin(), published.end(), lot) != published.end();
}

std::vector<MethodResult> compare_price_methods(const model::Tender& tender,
                                                const std::vector<const model::BidsFile*>& bids,
                                                const Result& published)
{
  constexpr std::array methods{model::PriceMethod::lowest_ratio, model::PriceMethod::linear,
                               model::PriceMethod::range, model::PriceMethod::fixed_bounds,
                               model::PriceMethod::budget};
  bool any_price = false;
  each_price_rule(tender.criteria, [&](const model::PriceRule&) { any_price = true; });
  for (const auto& lot : tender.lots) {
    if (lot.criteria) {
      each_price_rule(*lot.criteria, [&](const model::PriceRule&) { any_price = true; });
    }
  }
  if (!any_price) {
    return {};
  }
  const auto withheld = over_budget(published);
  std::vector<MethodResult> out;
  for (const auto method : methods) {
    MethodResult entry{method, {}, {}, {}, {}};
    for (const auto& lot : lot_ids(tender)) {
      bool all_support = true;
      bool all_use = true;
      bool any = false;
      each_price_rule(tender.criteria_for(lot), [&](const model::PriceRule& rule) {
        any = true;
        all_support = all_support && supports_rule(rule, method);
        all_use = all_use && rule.method.value == method;
      });
      if (any && all_support) {
        entry.supported.push_back(lot);
      }
      if (any && all_use) {
        entry.published.push_back(lot);
      }
    }
    if (entry.supported.empty()) {
      continue;
    }
    model::Tender variant = tender;
    const auto change = [&](model::PriceRule& rule) {
      if (supports_rule(rule, method)) {
        rule.method.value = method;
      }
    };
    each_price_rule(variant.criteria, change);
    for (auto& lot : variant.lots) {
      if (lot.criteria) {
        each_price_rule(*lot.criteria, change);
      }
    }
    // the bids over a published budget ceiling stay out (under budget they exclude themselves)
    std::vector<model::BidsFile> files;
    for (const model::BidsFile* file : bids) {
      model::BidsFile copy{file->source, file->tender, {}};
      for (const auto& bid : file->bids) {
        const std::optional<std::string> lot =
            bid.lot ? std::optional<std::string>(bid.lot->value) : std::nullopt;
        const bool over = std::find(withheld.begin(), withheld.end(),
                                    std::make_pair(bid.bidder.value, lot)) != withheld.end();
        if (over && method != model::PriceMethod::budget) {
          entry.withheld.emplace_back(bid.bidder.value, lot);
        } else {
          copy.bids.push_back(bid);
        }
      }
      files.push_back(std::move(copy));
    }
    std::vector<const model::BidsFile*> pointers;
    for (const auto& file : files) {
      pointers.push_back(&file);
    }
    entry.result = score_tender(variant, pointers);
    out.push_back(std::move(entry));
  }
  return out;
}

} // namespace tenderscore::score
