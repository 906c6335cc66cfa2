// SPDX-License-Identifier: MIT
// Price benchmarks over the bids in contention, the abnormally-low flag and the price methods.
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

// lowest-ratio (and budget below its ceiling): W × L ÷ P.
Points lowest_ratio(const Rational& w, const Rational& price, const Rational& lowest)
{
  if (price <= 0) {
    return {0, "price " + num(price) + " is not positive = 0"};
  }
  const Rational points = w * lowest / price;
  return {points, num(w) + " × lowest " + num(lowest) + " ÷ " + num(price) + " = " + num(points)};
}

// linear: W × max(0, 1 − k × (P − L) ÷ L); k is the marks lost in percent per 1% above L.
Points linear(const Rational& w, const Rational& price, const Rational& lowest, const Rational& k)
{
  if (lowest <= 0) {
    return {0, "lowest price " + num(lowest) + " is not positive = 0"};
  }
  const Rational kept = std::max(Rational{0}, Rational{1 - k * (price - lowest) / lowest});
  const Rational points = w * kept;
  return {points, num(w) + " × max(0, 1 − " + num(k) + " × (" + num(price) + " − lowest " +
                      num(lowest) + ") ÷ lowest " + num(lowest) + ") = " + num(points)};
}

// range: W × (H − P) ÷ (H − L); W for every bid when H = L.
Points range(const Rational& w, const Rational& price, const Rational& lowest,
             const Rational& highest)
{
  if (highest == lowest) {
    return {w, "highest " + num(highest) + " = lowest " + num(lowest) + ": full marks = " + num(w)};
  }
  const Rational points = w * (highest - price) / (highest - lowest);
  return {points, num(w) + " × (highest " + num(highest) + " − " + num(price) + ") ÷ (highest " +
                      num(highest) + " − lowest " + num(lowest) + ") = " + num(points)};
}

// fixed-bounds: P ≤ floor → W; P ≥ ceiling → 0; else W × (C − P) ÷ (C − F).
Points fixed_bounds(const Rational& w, const Rational& price, const model::PriceRule& rule)
{
  if (!rule.floor || !rule.ceiling) {
    return {0, "fixed-bounds needs a floor and a ceiling = 0"};
  }
  const Rational& floor = rule.floor->value;
  const Rational& ceiling = rule.ceiling->value;
  if (price <= floor) {
    return {w, "price " + num(price) + " ≤ floor " + num(floor) + ": full marks = " + num(w)};
  }
  if (price >= ceiling) {
    return {0, "price " + num(price) + " ≥ ceiling " + num(ceiling) + ": no marks = 0"};
  }
  const Rational points = w * (ceiling - price) / (ceiling - floor);
  return {points, num(w) + " × (ceiling " + num(ceiling) + " − " + num(price) + ") ÷ (ceiling " +
                      num(ceiling) + " − floor " + num(floor) + ") = " + num(points)};
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
  const Rational& w = criterion.weight.value;
  if (!criterion.price) {
    return {0, "no price method = 0"};
  }
  const model::PriceRule& rule = *criterion.price;
  if (rule.method.value == model::PriceMethod::fixed_bounds) {
    return fixed_bounds(w, price, rule); // immune to other bids
  }
  if (!benchmarks.lowest || !benchmarks.highest) {
    return {0, "no price in contention to compare with = 0"};
  }
  const Rational& lowest = *benchmarks.lowest;
  switch (rule.method.value) {
  case model::PriceMethod::lowest_ratio:
  case model::PriceMethod::budget: // bids above the ceiling were excluded
    return lowest_ratio(w, price, lowest);
  case model::PriceMethod::linear:
    return linear(w, price, lowest, rule.k ? rule.k->value : model::default_linear_k());
  case model::PriceMethod::range:
    return range(w, price, lowest, *benchmarks.highest);
  case model::PriceMethod::fixed_bounds:
    return fixed_bounds(w, price, rule);
  }
  return lowest_ratio(w, price, lowest);
}

} // namespace tenderscore::score::detail
