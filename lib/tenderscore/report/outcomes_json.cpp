// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/outcomes_cells.hpp>
#include <tenderscore/report/outcomes_writers.hpp>

#include <nlohmann/json.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;

void put(ordered_json& j, const char* name, const outcomes::Explained& e)
{
  j[name] = json_number(e.value);
  j[std::string(name) + "_formula"] = e.formula;
}

ordered_json kpi_json(const outcomes::KpiResult& k)
{
  ordered_json j;
  j["kpi"] = k.id;
  j["outcome"] = k.outcome;
  j["direction"] = detail::direction_name(k.direction);
  j["over_periods"] = detail::over_periods_name(k.over_periods);
  j["targets"] = {{"minimum", json_number(k.minimum)},
                  {"expected", json_number(k.expected)},
                  {"stretch", json_number(k.stretch)}};
  put(j, "weight", k.weight);
  ordered_json periods = ordered_json::array();
  for (const auto& p : k.periods) {
    ordered_json pj;
    pj["period"] = p.period;
    pj["value"] = json_number(p.value);
    put(pj, "assessed", p.assessed);
    put(pj, "attainment", p.attainment);
    pj["rating"] = outcomes::rating_id(p.rating);
    periods.push_back(std::move(pj));
  }
  j["periods"] = std::move(periods);
  if (k.to_date) {
    put(j, "to_date", *k.to_date);
  } else {
    j["to_date"] = nullptr;
  }
  put(j, "attainment", k.attainment);
  if (k.position) {
    put(j, "position", *k.position);
  } else {
    j["position"] = nullptr;
  }
  j["rating"] = outcomes::rating_id(k.rating);
  put(j, "points", k.weighted);
  if (k.payment) {
    put(j, "payment", *k.payment);
  }
  if (k.promise) {
    ordered_json pj;
    pj["promised"] = json_number(k.promise->promised);
    pj["delivered"] = k.to_date ? json_number(k.to_date->value) : ordered_json(nullptr);
    if (k.promise->gap) {
      put(pj, "gap", *k.promise->gap);
      pj["met"] = k.promise->met;
    } else {
      pj["gap"] = nullptr;
      pj["met"] = nullptr;
    }
    j["promise"] = std::move(pj);
  }
  return j;
}

} // namespace

void write_outcomes_json(const outcomes::Assessment& a, std::ostream& out)
{
  ordered_json j;
  j["format"] = "tenderscore/outcomes@1";
  j["tender"] = a.tender;
  j["title"] = a.title;
  j["currency"] = a.currency;
  j["provider"] = a.provider ? ordered_json(*a.provider) : ordered_json(nullptr);
  j["returns"] = a.returns;
  j["periods"] = a.periods;
  j["rules"] = {{"banding",
                 {{"minimum", json_number(a.banding.minimum)},
                  {"expected", json_number(a.banding.expected)},
                  {"stretch", json_number(a.banding.stretch)}}},
                {"ratings",
                 {{"good", json_number(a.ratings.good)},
                  {"approaching_target", json_number(a.ratings.approaching_target)},
                  {"requires_improvement", json_number(a.ratings.requires_improvement)}}}};
  ordered_json kpis = ordered_json::array();
  for (const auto& k : a.kpis) {
    kpis.push_back(kpi_json(k));
  }
  j["kpis"] = std::move(kpis);
  ordered_json portfolio;
  put(portfolio, "score", a.portfolio);
  if (a.portfolio_position) {
    put(portfolio, "position", *a.portfolio_position);
  } else {
    portfolio["position"] = nullptr;
  }
  portfolio["rating"] = outcomes::rating_id(a.portfolio_rating);
  j["portfolio"] = std::move(portfolio);
  if (a.payment) {
    ordered_json pay;
    pay["mechanism"] = detail::mechanism_name(a.payment->mechanism);
    put(pay, "total", a.payment->total);
    pay["capped"] = a.payment->capped;
    j["payment"] = std::move(pay);
  } else {
    j["payment"] = nullptr;
  }
  ordered_json costs = ordered_json::array();
  for (const auto& c : a.costs) {
    costs.push_back({{"period", c.period}, {"cost", json_number(c.cost)}});
  }
  j["costs"] = std::move(costs);
  j["total_cost"] = json_number(a.total_cost);
  if (a.match) {
    ordered_json m;
    m["bidder"] = a.match->bidder;
    m["file"] = a.match->where.path();
    m["line"] = a.match->where.line;
    m["lot"] = a.match->lot ? ordered_json(*a.match->lot) : ordered_json(nullptr);
    m["bids_from_provider"] = a.match->bids_from_provider;
    j["matched_bid"] = std::move(m);
  } else {
    j["matched_bid"] = nullptr;
  }
  out << json_escape_controls(j.dump(2)) << "\n";
}

} // namespace tenderscore::report
