// SPDX-License-Identifier: MIT
// Price benchmarks over the bids in contention, the abnormally-low flag and price points (the
// formulas are measured.cpp's, shared with quantitative criteria).
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/rational.hpp>

#include <algorithm>

namespace tenderscore::score::detail {

namespace {

using util::format_short;

std::string num(const Rational& value)
{
  return format_short(value);
}

Rational abnormally_low_factor(const model::Criterion& price_criterion)
{
  const auto& share = price_criterion.price->abnormally_low;
  return share ? share->value : model::default_abnormally_low();
}

} // namespace

const model::Criterion* find_price_criterion(const std::vector<model::Criterion>& criteria)
{
  for (const auto& c : criteria) {
    if (c.kind() == model::CriterionKind::price) {
      return &c;
    }
    if (const model::Criterion* found = find_price_criterion(c.children)) {
      return found;
    }
  }
  return nullptr;
}

// Benchmarks are taken over the bids in contention only: an excluded bid never sets the price
// that others are scored against. Abnormally low = below factor × median of those prices.
PriceBenchmarks price_benchmarks(std::vector<Rational> prices,
                                 const model::Criterion* price_criterion)
{
  PriceBenchmarks benchmarks;
  if (prices.empty()) {
    return benchmarks;
  }
  const auto [lowest, highest] = std::minmax_element(prices.begin(), prices.end());
  benchmarks.lowest = *lowest;
  benchmarks.highest = *highest;
  benchmarks.median = util::median(prices);
  if (price_criterion) {
    benchmarks.abnormally_low_below = abnormally_low_factor(*price_criterion) * *benchmarks.median;
  }
  return benchmarks;
}

// Every bid of the lot, in contention or excluded, is checked; the flag never excludes.
std::optional<Flag> abnormally_low_flag(const Rational& price, const PriceBenchmarks& benchmarks,
                                        const model::Criterion* price_criterion)
{
  if (!price_criterion || !benchmarks.abnormally_low_below || !benchmarks.median ||
      price >= *benchmarks.abnormally_low_below) {
    return std::nullopt;
  }
  const Rational percent = abnormally_low_factor(*price_criterion) * 100;
  return Flag{"abnormally-low-price", "",
              "price " + num(price) + " is below " + num(percent) +
                  "% of the median price in contention (" + num(*benchmarks.median) +
                  "): the authority must ask the bidder to explain before any decision"};
}

Points price_points(const model::Criterion& criterion, const Rational& price,
                    const PriceBenchmarks& benchmarks)
{
  if (!criterion.price) {
    return {0, "no price method = 0"};
  }
  return measured_points(measured_rule(*criterion.price), criterion.weight.value, price,
                         benchmarks.lowest, benchmarks.highest);
}

} // namespace tenderscore::score::detail
