// SPDX-License-Identifier: MIT
#include <tenderscore/value/engine.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::value {

namespace {

using Field = Rational Change::*;

std::string percent(const Rational& rate)
{
  return fmt::format("{}%", util::format_short(rate * 100));
}

} // namespace

std::optional<Sensitivity> sensitivity(const model::ValueMap& map,
                                       const std::vector<const model::ProxyRegistry*>& registries)
{
  const Sroi base = compute_sroi(map, registries);
  if (!base.ratio) {
    return std::nullopt;
  }
  const auto& steps = map.sensitivity;
  const Rational step = steps.share_step.value;
  const int years = static_cast<int>(steps.duration_step.value.to_int64().value_or(0));
  const auto ratio = [&](const Change& change) {
    return *compute_sroi(map, registries, change).ratio;
  };
  const std::string up = fmt::format("+{} (at most 1)", util::format_short(step));
  const std::string down = fmt::format("-{} (at least 0)", util::format_short(step));
  Sensitivity result;
  const std::pair<const char*, Field> shares[] = {{"deadweight", &Change::deadweight},
                                                  {"attribution", &Change::attribution},
                                                  {"displacement", &Change::displacement},
                                                  {"drop-off", &Change::drop_off}};
  Change all_low;
  Change all_high;
  for (const auto& [name, field] : shares) {
    Change low;
    low.*field = step;
    Change high;
    high.*field = -step;
    all_low.*field = step;
    all_high.*field = -step;
    result.one_way.push_back({name, up, down, ratio(low), ratio(high)});
  }
  Change shorter;
  shorter.duration = -years;
  Change longer;
  longer.duration = years;
  all_low.duration = -years;
  all_high.duration = years;
  const std::string unit = years == 1 ? "year" : "years";
  result.one_way.push_back({"duration", fmt::format("-{} {} (at least 1)", years, unit),
                            fmt::format("+{} {}", years, unit), ratio(shorter), ratio(longer)});
  Change high_rate;
  high_rate.rate = steps.high_rate.value;
  Change low_rate;
  low_rate.rate = steps.low_rate.value;
  all_low.rate = steps.high_rate.value;
  all_high.rate = steps.low_rate.value;
  result.one_way.push_back({"discount rate",
                            fmt::format("{} for every outcome", percent(steps.high_rate.value)),
                            fmt::format("{} for every outcome", percent(steps.low_rate.value)),
                            ratio(high_rate), ratio(low_rate)});
  std::stable_sort(result.one_way.begin(), result.one_way.end(),
                   [](const Scenario& a, const Scenario& b) { return a.swing() > b.swing(); });
  result.corners = {"all assumptions", "every change above at its low",
                    "every change above at its high", ratio(all_low), ratio(all_high)};
  return result;
}

} // namespace tenderscore::value
