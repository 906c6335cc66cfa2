// SPDX-License-Identifier: MIT
#include <tenderscore/value/engine.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace tenderscore::value {

namespace {

Rational clamp_share(const Rational& share)
{
  return std::clamp(share, Rational{0}, Rational{1});
}

Rational share_or_zero(const std::optional<model::Located<Rational>>& share)
{
  return share ? share->value : Rational{0};
}

int whole_years(const Rational& years)
{
  return static_cast<int>(years.to_int64().value_or(0));
}

model::Proxy resolve(const model::ValueEntry& entry,
                     const std::vector<const model::ProxyRegistry*>& registries)
{
  if (entry.proxy) {
    return *entry.proxy;
  }
  for (const model::ProxyRegistry* registry : registries) {
    if (const model::Proxy* found = registry->find(entry.proxy_id->value)) {
      return *found;
    }
  }
  throw std::logic_error(fmt::format("value: proxy '{}' was not checked", entry.proxy_id->value));
}

Adjustments adjustments(const model::ValueMap& map, const model::ValueEntry& entry,
                        const Change& change)
{
  Adjustments a;
  a.deadweight = clamp_share(share_or_zero(entry.deadweight) + change.deadweight);
  a.attribution = clamp_share(share_or_zero(entry.attribution) + change.attribution);
  a.displacement = clamp_share(share_or_zero(entry.displacement) + change.displacement);
  a.drop_off = clamp_share(share_or_zero(entry.drop_off) + change.drop_off);
  a.duration = std::max(1, whole_years(entry.duration.value) + change.duration);
  if (change.rate) {
    a.rate = *change.rate;
  } else if (entry.discount_rate) {
    a.rate = entry.discount_rate->value;
  } else {
    a.rate = entry.health ? map.health_discount_rate.value : map.discount_rate.value;
  }
  return a;
}

} // namespace

OutcomeValue value_outcome(const Rational& quantity, const Rational& proxy_value,
                           const Adjustments& adjustments)
{
  OutcomeValue v;
  v.quantity = quantity;
  v.proxy.value.value = proxy_value;
  v.adjustments = adjustments;
  v.gross = quantity * proxy_value;
  v.year_one = v.gross * (1 - adjustments.deadweight) * (1 - adjustments.attribution) *
               (1 - adjustments.displacement);
  Rational value = v.year_one;
  Rational discount{1};
  for (int year = 1; year <= adjustments.duration; ++year) {
    if (year > 1) {
      value *= 1 - adjustments.drop_off;
    }
    discount *= 1 + adjustments.rate;
    v.years.push_back({year, value, discount, value / discount});
    v.present_value += value / discount;
  }
  return v;
}

Sroi compute_sroi(const model::ValueMap& map,
                  const std::vector<const model::ProxyRegistry*>& registries, const Change& change)
{
  Sroi sroi;
  for (const auto& entry : map.outcomes) {
    const model::Proxy proxy = resolve(entry, registries);
    OutcomeValue v =
        value_outcome(entry.quantity.value, proxy.value.value, adjustments(map, entry, change));
    v.id = entry.id.value;
    v.outcome = entry.outcome.value;
    v.text = entry.text;
    v.proxy = proxy;
    v.deadweight_given = entry.deadweight.has_value();
    v.health = entry.health;
    sroi.present_value += v.present_value;
    sroi.outcomes.push_back(std::move(v));
  }
  sroi.investment = value_for_money(map).investment;
  sroi.net_present_value = sroi.present_value - sroi.investment;
  if (sroi.investment > 0) {
    sroi.ratio = sroi.present_value / sroi.investment;
  }
  return sroi;
}

ValueResult evaluate(const model::ValueMap& map,
                     const std::vector<const model::ProxyRegistry*>& registries)
{
  ValueResult result;
  result.id = map.id.value;
  result.title = map.title;
  result.currency = map.currency;
  result.vfm = value_for_money(map);
  result.sroi = compute_sroi(map, registries);
  result.sensitivity = sensitivity(map, registries);
  return result;
}

} // namespace tenderscore::value
