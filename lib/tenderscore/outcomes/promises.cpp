// SPDX-License-Identifier: MIT
// Promised vs delivered: the provider's KPI commitments in its bid against the actuals.
#include <tenderscore/outcomes/detail.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::outcomes::detail {

std::optional<ProviderMatch> compare_promises(const std::optional<std::string>& provider,
                                              const diag::Location& provider_where,
                                              const std::vector<const model::BidsFile*>& bids,
                                              std::vector<KpiResult>& kpis,
                                              diag::Diagnostics& diags)
{
  if (!provider) {
    diags.error(provider_where, "outcomes.provider",
                "no monitoring return names its `provider`, so no bid can be matched to it; "
                "give a YAML return with `provider:` or leave out --bids");
    return std::nullopt;
  }
  const model::Bid* matched = nullptr;
  std::size_t count = 0;
  std::vector<std::string> names;
  for (const model::BidsFile* file : bids) {
    for (const model::Bid& bid : file->bids) {
      names.push_back(bid.bidder.value);
      if (bid.bidder.value == *provider) {
        ++count;
        matched = matched ? matched : &bid;
      }
    }
  }
  if (!matched) {
    diags.error(provider_where, "outcomes.provider",
                fmt::format("provider {} made no bid in the bids files given{}",
                            util::quote(*provider), util::did_you_mean(*provider, names)));
    return std::nullopt;
  }
  ProviderMatch match{matched->bidder.value, matched->bidder.where,
                      matched->lot ? std::optional<std::string>(matched->lot->value) : std::nullopt,
                      count};
  for (KpiResult& k : kpis) {
    const auto c = std::find_if(matched->kpi_commitments.begin(), matched->kpi_commitments.end(),
                                [&](const auto& x) { return x.kpi == k.id; });
    if (c == matched->kpi_commitments.end()) {
      continue;
    }
    Promise promise;
    promise.promised = c->value.value;
    if (k.to_date) {
      const Rational gap = k.to_date->value - promise.promised;
      promise.gap = Explained{gap, fmt::format("{} − {} = {}", util::format_short(k.to_date->value),
                                               util::format_short(promise.promised),
                                               util::format_short(gap))};
      promise.met = k.direction == model::Direction::higher ? gap >= 0 : gap <= 0;
    }
    k.promise = promise;
  }
  return match;
}

} // namespace tenderscore::outcomes::detail
