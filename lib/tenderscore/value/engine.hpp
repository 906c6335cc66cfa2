// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/value_map.hpp>
#include <tenderscore/value/result.hpp>

#include <vector>

namespace tenderscore::value {

// A change applied to every outcome's assumptions, for the sensitivity range. Shares are moved
// by the deltas and clamped to [0, 1]; durations never go below 1 year.
struct Change
{
  Rational deadweight;
  Rational attribution;
  Rational displacement;
  Rational drop_off;
  int duration = 0;
  std::optional<Rational> rate; // every outcome at this rate
};

/// Return the value for money of `map`: costs and savings by agency, per participant, net.
ValueForMoney value_for_money(const model::ValueMap& map);

/// Return the present value of `quantity` units of `proxy_value` under `adjustments`:
/// year 1 = quantity × proxy × (1 − deadweight) × (1 − attribution) × (1 − displacement);
/// year t = year 1 × (1 − drop_off)^(t − 1); present value = Σ year t ÷ (1 + rate)^t for t = 1
/// to duration (discounting from the end of year 1, the SROI Guide's convention).
OutcomeValue value_outcome(const Rational& quantity, const Rational& proxy_value,
                           const Adjustments& adjustments);

/// Return the SROI of `map` with its proxies resolved in `registries`, every assumption moved
/// by `change`; the map must have passed validate::check_value_map.
Sroi compute_sroi(const model::ValueMap& map,
                  const std::vector<const model::ProxyRegistry*>& registries,
                  const Change& change = {});

/// Return the sensitivity range of the SROI ratio of `map`, or nullopt when it has no ratio.
std::optional<Sensitivity> sensitivity(const model::ValueMap& map,
                                       const std::vector<const model::ProxyRegistry*>& registries);

/// Return the whole `value` result for `map` with its proxies in `registries`.
ValueResult evaluate(const model::ValueMap& map,
                     const std::vector<const model::ProxyRegistry*>& registries);

} // namespace tenderscore::value
