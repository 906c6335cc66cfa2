// SPDX-License-Identifier: MIT
#include <tenderscore/value/washing.hpp>

#include <tenderscore/util/text.hpp>
#include <tenderscore/value/engine.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tenderscore::value {

namespace {

using util::format_fixed;
using util::quote;

const model::Outcome* outcome_of_kpi(const model::Tender& tender, const std::string& kpi)
{
  for (const auto& outcome : tender.outcomes) {
    for (const auto& k : outcome.kpis) {
      if (k.id == kpi) {
        return &outcome;
      }
    }
  }
  return nullptr;
}

const model::Outcome* find_outcome(const model::Tender& tender, const std::string& id)
{
  for (const auto& outcome : tender.outcomes) {
    if (outcome.id == id) {
      return &outcome;
    }
  }
  return nullptr;
}

std::vector<std::string> kpi_ids(const model::Tender& tender)
{
  std::vector<std::string> ids;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& k : outcome.kpis) {
      ids.push_back(k.id);
    }
  }
  return ids;
}

// The outcome an entry really values: the tender outcome behind its KPI or outcome id, or
// its outcome id as written.
std::string valued_outcome(const model::ValueEntry& entry, const model::Tender* tender)
{
  if (tender) {
    if (entry.kpi) {
      if (const auto* o = outcome_of_kpi(*tender, entry.kpi->value)) {
        return o->id;
      }
    }
    if (find_outcome(*tender, entry.outcome.value)) {
      return entry.outcome.value;
    }
    if (const auto* o = outcome_of_kpi(*tender, entry.outcome.value)) {
      return o->id;
    }
  }
  return entry.outcome.value;
}

std::string line_text(const diag::Location& where)
{
  return where.known() ? fmt::format(" (line {})", where.line) : std::string{};
}

void check_double_count(const model::ValueMap& map, const model::Tender* tender,
                        diag::Diagnostics& diags)
{
  std::map<std::string, const model::ValueEntry*> first_by_outcome;
  std::map<std::string, const model::ValueEntry*> first_by_kpi;
  for (const auto& entry : map.outcomes) {
    const std::string outcome = valued_outcome(entry, tender);
    const auto [first, added] = first_by_outcome.emplace(outcome, &entry);
    if (!added) {
      diags.warning(entry.outcome.where, "value.double-count",
                    fmt::format("outcome {} is valued by {} and again by {}{}: the same outcome "
                                "counted under two measures or proxies inflates the value",
                                quote(outcome), quote(first->second->id.value),
                                quote(entry.id.value), line_text(first->second->id.where)));
      continue;
    }
    if (entry.kpi) {
      const auto [k, kpi_added] = first_by_kpi.emplace(entry.kpi->value, &entry);
      if (!kpi_added) {
        diags.warning(entry.kpi->where, "value.double-count",
                      fmt::format("KPI {} measures both {} and {}{}: one measure counted for "
                                  "two outcomes inflates the value",
                                  quote(entry.kpi->value), quote(k->second->id.value),
                                  quote(entry.id.value), line_text(k->second->id.where)));
      }
    }
  }
}

void check_monitoring(const model::ValueMap& map, const model::Tender& tender,
                      diag::Diagnostics& diags)
{
  const auto ids = kpi_ids(tender);
  const auto known = [&](const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  for (const auto& entry : map.outcomes) {
    if (entry.kpi) {
      if (!known(entry.kpi->value)) {
        diags.warning(entry.kpi->where, "value.unmonitored",
                      fmt::format("outcome {} names KPI {}, which tender {} does not monitor{}",
                                  quote(entry.id.value), quote(entry.kpi->value),
                                  quote(tender.info.id),
                                  util::did_you_mean(entry.kpi->value, ids)));
      }
      continue;
    }
    if (!known(entry.outcome.value)) {
      diags.warning(entry.id.where, "value.unmonitored",
                    fmt::format("outcome {} has no monitoring KPI behind it: name one of tender "
                                "{}'s KPIs in 'kpi:' so the claim can be checked after award",
                                quote(entry.id.value), quote(tender.info.id)));
    }
  }
}

bool proxies_resolve(const model::ValueMap& map,
                     const std::vector<const model::ProxyRegistry*>& registries)
{
  return std::all_of(map.outcomes.begin(), map.outcomes.end(), [&](const auto& entry) {
    return entry.proxy || std::any_of(registries.begin(), registries.end(), [&](const auto* r) {
             return r->find(entry.proxy_id->value) != nullptr;
           });
  });
}

void check_claim(const model::Tender* tender, const std::vector<const model::BidsFile*>& bids,
                 const model::ValueMap& map,
                 const std::vector<const model::ProxyRegistry*>& registries,
                 diag::Diagnostics& diags)
{
  if (!proxies_resolve(map, registries)) {
    return;
  }
  const Rational claimed = compute_sroi(map, registries).present_value;
  const auto warn = [&](const diag::Location& where, const std::string& price_text,
                        const Rational& price) {
    if (claimed > price) {
      diags.warning(where, "value.claim-above-price",
                    fmt::format("the value map claims {} {} of social value (present value), "
                                "more than {} ({} {}): check the claim for value-washing",
                                map.currency, format_fixed(claimed, 2), price_text, map.currency,
                                format_fixed(price, 2)));
    }
  };
  if (map.bidder && !bids.empty()) {
    std::vector<std::string> names;
    std::optional<Rational> price;
    for (const model::BidsFile* file : bids) {
      for (const auto& bid : file->bids) {
        names.push_back(bid.bidder.value);
        if (bid.bidder.value == map.bidder->value && bid.price) {
          price = price.value_or(Rational{0}) + bid.price->value;
        }
      }
    }
    if (std::find(names.begin(), names.end(), map.bidder->value) == names.end()) {
      diags.warning(map.bidder->where, "value.bidder",
                    fmt::format("the value map is for bidder {}, who has no bid in the bids "
                                "given{}",
                                quote(map.bidder->value),
                                util::did_you_mean(map.bidder->value, names)));
      return;
    }
    if (price) {
      warn(map.bidder->where, fmt::format("the price of the bid of {}", quote(map.bidder->value)),
           *price);
      return;
    }
  }
  if (tender && tender->info.estimated_value) {
    warn(map.id.where, fmt::format("the estimated value of tender {}", quote(tender->info.id)),
         tender->info.estimated_value->value);
  }
}

} // namespace

void check_value_washing(const model::Tender* tender,
                         const std::vector<const model::BidsFile*>& bids,
                         const model::ValueMap& map,
                         const std::vector<const model::ProxyRegistry*>& registries,
                         diag::Diagnostics& diags)
{
  if (tender && map.tender && map.tender->value != tender->info.id) {
    diags.warning(map.tender->where, "value.tender",
                  fmt::format("the value map is for tender {}, but tender {} was given: its "
                              "outcomes, KPIs and price were not compared",
                              quote(map.tender->value), quote(tender->info.id)));
    tender = nullptr;
  }
  for (const auto& entry : map.outcomes) {
    if (!entry.deadweight) {
      diags.warning(entry.id.where, "value.deadweight-missing",
                    fmt::format("outcome {} gives no deadweight, so it is counted as if none of "
                                "it would have happened anyway; write 'deadweight: 0' if that "
                                "is the finding",
                                quote(entry.id.value)));
    }
  }
  check_double_count(map, tender, diags);
  if (tender) {
    check_monitoring(map, *tender, diags);
  }
  check_claim(tender, tender ? bids : std::vector<const model::BidsFile*>{}, map, registries,
              diags);
}

} // namespace tenderscore::value
