// SPDX-License-Identifier: MIT
#include <tenderscore/load/build.hpp>

#include <tenderscore/load/reader.hpp>

namespace tenderscore::load {

namespace {

using detail::Reader;

model::Proxy proxy(Reader& r, const std::string& p)
{
  model::Proxy proxy;
  proxy.id = r.text(p + "/id");
  proxy.value = r.required_number(p + "/value");
  proxy.unit = r.text(p + "/unit");
  proxy.source = r.text(p + "/source");
  proxy.url = r.text(p + "/url");
  proxy.year = r.required_number(p + "/year");
  proxy.licence = r.text(p + "/licence");
  proxy.where = r.value_at(p);
  return proxy;
}

model::AgencyAmount amount(Reader& r, const std::string& p)
{
  model::AgencyAmount amount;
  amount.agency = r.located_text(p + "/agency").value_or(model::Located<std::string>{});
  amount.total = r.number(p + "/total");
  amount.per_participant = r.number(p + "/per_participant");
  amount.source = r.text(p + "/source");
  amount.where = r.value_at(p);
  return amount;
}

model::ValueEntry entry(Reader& r, const std::string& p)
{
  model::ValueEntry entry;
  entry.id = r.located_text(p + "/id").value_or(model::Located<std::string>{});
  entry.outcome = r.located_text(p + "/outcome").value_or(model::Located<std::string>{});
  entry.kpi = r.located_text(p + "/kpi");
  entry.text = r.text(p + "/text");
  entry.quantity = r.required_number(p + "/quantity");
  const nlohmann::json* given = r.get(p + "/proxy");
  if (given && given->is_string()) {
    entry.proxy_id = r.located_text(p + "/proxy");
  } else if (given && given->is_object()) {
    entry.proxy = proxy(r, p + "/proxy");
  } else {
    r.wrong(p + "/proxy", "a proxy id or an inline proxy");
  }
  entry.deadweight = r.number(p + "/deadweight");
  entry.attribution = r.number(p + "/attribution");
  entry.displacement = r.number(p + "/displacement");
  entry.drop_off = r.number(p + "/drop_off");
  entry.duration = r.required_number(p + "/duration");
  entry.health = r.flag(p + "/health", false);
  entry.discount_rate = r.number(p + "/discount_rate");
  entry.where = r.value_at(p);
  return entry;
}

} // namespace

model::ValueMap build_value_map(const Document& document, diag::Diagnostics& diags)
{
  Reader r(document, diags);
  model::ValueMap map;
  map.source = document.source;
  map.id = r.located_text("/value_map/id").value_or(model::Located<std::string>{});
  map.title = r.text("/value_map/title");
  map.tender = r.located_text("/value_map/tender");
  map.bidder = r.located_text("/value_map/bidder");
  map.currency = r.text("/value_map/currency", "GBP");
  map.participants = r.number("/value_map/participants");
  if (auto rate = r.number("/value_map/discount_rate")) {
    map.discount_rate = *rate;
  }
  if (auto rate = r.number("/value_map/health_discount_rate")) {
    map.health_discount_rate = *rate;
  }
  for (const auto& p : r.items("/costs")) {
    map.costs.push_back(amount(r, p));
  }
  for (const auto& p : r.items("/savings")) {
    map.savings.push_back(amount(r, p));
  }
  for (const auto& p : r.items("/outcomes")) {
    map.outcomes.push_back(entry(r, p));
  }
  auto& steps = map.sensitivity;
  for (auto [key, field] :
       {std::pair{"share_step", &steps.share_step},
        std::pair{"duration_step", &steps.duration_step}, std::pair{"low_rate", &steps.low_rate},
        std::pair{"high_rate", &steps.high_rate}}) {
    if (auto value = r.number(std::string("/sensitivity/") + key)) {
      *field = *value;
    }
  }
  return map;
}

model::ProxyRegistry build_proxies(const Document& document, diag::Diagnostics& diags)
{
  Reader r(document, diags);
  model::ProxyRegistry registry;
  registry.source = document.source;
  for (const auto& p : r.items("/proxies")) {
    registry.proxies.push_back(proxy(r, p));
  }
  return registry;
}

} // namespace tenderscore::load
