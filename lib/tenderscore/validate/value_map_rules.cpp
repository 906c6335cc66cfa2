// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace tenderscore::validate {

namespace {

using detail::Diagnostics;
using model::Located;
using model::Rational;
using util::format_short;
using util::quote;

constexpr int k_max_duration = 50;
constexpr int k_max_duration_step = 10;
// Shares and rates are read exactly; more decimals than this, or more distinct discount rates
// than k_max_rates in one map, would make the exact present values grow without bound.
constexpr int k_max_places = 6;
constexpr std::size_t k_max_rates = 16;

bool too_precise(const Rational& value)
{
  const Rational scaled = value * Rational{1000000};
  return !scaled.is_integer();
}

void check_places(const Located<Rational>& value, const std::string& what, Diagnostics& diags)
{
  if (too_precise(value.value)) {
    diags.error(value.where, "value.precision",
                fmt::format("{} is {}; give it with at most {} decimal places", what,
                            format_short(value.value), k_max_places));
  }
}

void check_share(const std::optional<Located<Rational>>& share, const std::string& what,
                 Diagnostics& diags)
{
  if (share && (share->value < 0 || share->value > 1)) {
    diags.error(share->where, "value.share",
                fmt::format("{} is {}; expected a share from 0 to 1 (e.g. 0.25 for 25%)", what,
                            format_short(share->value)));
  } else if (share) {
    check_places(*share, what, diags);
  }
}

void check_rate(const Located<Rational>& rate, const std::string& what, Diagnostics& diags)
{
  if (rate.value < 0 || rate.value >= 1) {
    diags.error(rate.where, "value.rate",
                fmt::format("{} is {}; expected a rate from 0 up to (not including) 1, e.g. "
                            "0.035 for 3.5%",
                            what, format_short(rate.value)));
  } else {
    check_places(rate, what, diags);
  }
}

void check_not_negative(const Located<Rational>& value, const std::string& what, Diagnostics& diags)
{
  if (value.value < 0) {
    diags.error(value.where, "value.negative",
                fmt::format("{} is {}; expected 0 or more", what, format_short(value.value)));
  }
}

void check_proxy(const model::Proxy& proxy, const std::string& what, Diagnostics& diags)
{
  check_not_negative(proxy.value, what + " value", diags);
}

void check_amount(const model::AgencyAmount& amount, const char* list, const model::ValueMap& map,
                  Diagnostics& diags)
{
  const std::string what = fmt::format("{} of {}", list, quote(amount.agency.value));
  if (amount.total.has_value() == amount.per_participant.has_value()) {
    diags.error(amount.where, "value.amount",
                fmt::format("{}: give exactly one of 'total' and 'per_participant'", what));
    return;
  }
  if (amount.total) {
    check_not_negative(*amount.total, what, diags);
    return;
  }
  check_not_negative(*amount.per_participant, what, diags);
  if (!map.participants) {
    diags.error(
        amount.per_participant->where, "value.participants",
        fmt::format("{} is per participant, but value_map.participants is not given", what));
  }
}

void check_entry(const model::ValueEntry& entry,
                 const std::vector<const model::ProxyRegistry*>& registries,
                 const std::vector<std::string>& proxy_ids, Diagnostics& diags)
{
  const std::string what = "outcome " + quote(entry.id.value);
  check_not_negative(entry.quantity, what + " quantity", diags);
  check_share(entry.deadweight, what + " deadweight", diags);
  check_share(entry.attribution, what + " attribution", diags);
  check_share(entry.displacement, what + " displacement", diags);
  check_share(entry.drop_off, what + " drop_off", diags);
  if (entry.duration.value < 1 || entry.duration.value > k_max_duration) {
    diags.error(entry.duration.where, "value.duration",
                fmt::format("{} duration is {} years; expected 1 to {} years", what,
                            format_short(entry.duration.value), k_max_duration));
  }
  if (entry.discount_rate) {
    check_rate(*entry.discount_rate, what + " discount_rate", diags);
  }
  if (entry.proxy) {
    check_proxy(*entry.proxy, what + " proxy", diags);
  }
  if (entry.proxy_id) {
    const bool found = std::any_of(registries.begin(), registries.end(), [&](const auto* r) {
      return r->find(entry.proxy_id->value) != nullptr;
    });
    if (!found) {
      diags.error(entry.proxy_id->where, "ref.proxy",
                  fmt::format("{} names proxy {}, which is in none of the proxies files given{}",
                              what, quote(entry.proxy_id->value),
                              util::did_you_mean(entry.proxy_id->value, proxy_ids)));
    }
  }
}

} // namespace

void check_proxies(const std::vector<const model::ProxyRegistry*>& registries,
                   diag::Diagnostics& diags)
{
  detail::IdRegistry ids("proxy");
  for (const model::ProxyRegistry* registry : registries) {
    for (const auto& proxy : registry->proxies) {
      ids.add(proxy.id, proxy.where, diags);
      check_proxy(proxy, "proxy " + quote(proxy.id), diags);
    }
  }
}

void check_value_map(const model::ValueMap& map,
                     const std::vector<const model::ProxyRegistry*>& registries,
                     diag::Diagnostics& diags)
{
  std::vector<std::string> proxy_ids;
  for (const model::ProxyRegistry* registry : registries) {
    for (const auto& proxy : registry->proxies) {
      proxy_ids.push_back(proxy.id);
    }
  }
  if (map.participants && map.participants->value < 1) {
    diags.error(map.participants->where, "value.participants",
                fmt::format("participants is {}; expected 1 or more",
                            format_short(map.participants->value)));
  }
  check_rate(map.discount_rate, "discount_rate", diags);
  check_rate(map.health_discount_rate, "health_discount_rate", diags);
  for (const auto& cost : map.costs) {
    check_amount(cost, "cost", map, diags);
  }
  for (const auto& saving : map.savings) {
    check_amount(saving, "saving", map, diags);
  }
  detail::IdRegistry ids("outcome");
  for (const auto& entry : map.outcomes) {
    ids.add(entry.id.value, entry.id.where, diags);
    check_entry(entry, registries, proxy_ids, diags);
  }
  const auto& steps = map.sensitivity;
  check_share(steps.share_step, "sensitivity share_step", diags);
  if (steps.duration_step.value < 0 || steps.duration_step.value > k_max_duration_step) {
    diags.error(steps.duration_step.where, "value.duration",
                fmt::format("sensitivity duration_step is {}; expected 0 to {} years",
                            format_short(steps.duration_step.value), k_max_duration_step));
  }
  std::set<Rational> rates{map.discount_rate.value, map.health_discount_rate.value,
                           steps.low_rate.value, steps.high_rate.value};
  for (const auto& entry : map.outcomes) {
    if (entry.discount_rate && rates.insert(entry.discount_rate->value).second &&
        rates.size() == k_max_rates + 1) {
      diags.error(
          entry.discount_rate->where, "value.rates",
          fmt::format("more than {} different discount rates in one value map", k_max_rates));
    }
  }
  check_rate(steps.low_rate, "sensitivity low_rate", diags);
  check_rate(steps.high_rate, "sensitivity high_rate", diags);
  if (steps.low_rate.value > steps.high_rate.value) {
    diags.error(steps.low_rate.where, "value.rate",
                fmt::format("sensitivity low_rate {} is above high_rate {}",
                            format_short(steps.low_rate.value),
                            format_short(steps.high_rate.value)));
  }
}

} // namespace tenderscore::validate
