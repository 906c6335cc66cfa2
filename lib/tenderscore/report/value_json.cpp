// SPDX-License-Identifier: MIT
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/value_cells.hpp>
#include <tenderscore/report/value_writers.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;

ordered_json agencies(const std::vector<value::AgencyLine>& lines)
{
  ordered_json list = ordered_json::array();
  for (const auto& a : lines) {
    list.push_back({{"agency", a.agency},
                    {"total", json_number(a.total)},
                    {"per_participant", json_number(a.per_participant)},
                    {"source", a.source}});
  }
  return list;
}

ordered_json vfm(const value::ValueForMoney& v)
{
  return {{"participants", json_number(v.participants)},
          {"costs", agencies(v.costs)},
          {"savings", agencies(v.savings)},
          {"investment", json_number(v.investment)},
          {"total_savings", json_number(v.total_savings)},
          {"net_benefit", json_number(v.net_benefit)},
          {"cost_per_participant", json_number(v.cost_per_participant)},
          {"savings_per_participant", json_number(v.savings_per_participant)},
          {"net_benefit_per_participant", json_number(v.net_benefit_per_participant)},
          {"savings_per_pound", json_number(v.savings_per_pound)}};
}

ordered_json outcome(const value::OutcomeValue& o)
{
  const auto& a = o.adjustments;
  ordered_json years = ordered_json::array();
  for (const auto& y : o.years) {
    years.push_back({{"year", y.year},
                     {"value", json_number(y.value)},
                     {"discount", json_number(y.discount)},
                     {"present_value", json_number(y.present)}});
  }
  return {{"id", o.id},
          {"outcome", o.outcome},
          {"text", o.text},
          {"quantity", json_number(o.quantity)},
          {"proxy",
           {{"id", o.proxy.id},
            {"value", json_number(o.proxy.value.value)},
            {"unit", o.proxy.unit},
            {"source", o.proxy.source},
            {"url", o.proxy.url},
            {"year", json_number(o.proxy.year.value)},
            {"licence", o.proxy.licence}}},
          {"deadweight", json_number(a.deadweight)},
          {"deadweight_given", o.deadweight_given},
          {"attribution", json_number(a.attribution)},
          {"displacement", json_number(a.displacement)},
          {"drop_off", json_number(a.drop_off)},
          {"duration", a.duration},
          {"health", o.health},
          {"discount_rate", json_number(a.rate)},
          {"year_one", json_number(o.year_one)},
          {"year_one_formula", detail::year_one_formula(o)},
          {"years", years},
          {"present_value", json_number(o.present_value)},
          {"present_value_formula", detail::present_value_formula(o)}};
}

ordered_json scenario(const value::Scenario& s)
{
  return {{"assumption", s.assumption},
          {"low_change", s.low_change},
          {"low_ratio", json_number(s.low_ratio)},
          {"high_change", s.high_change},
          {"high_ratio", json_number(s.high_ratio)},
          {"swing", json_number(s.swing())}};
}

} // namespace

void write_value_json(const value::ValueResult& result, std::ostream& out)
{
  ordered_json doc;
  doc["format"] = "tenderscore/value@1";
  doc["value_map"] = {{"id", result.id}, {"title", result.title}, {"currency", result.currency}};
  doc["value_for_money"] = vfm(result.vfm);
  const auto& s = result.sroi;
  ordered_json outcomes = ordered_json::array();
  for (const auto& o : s.outcomes) {
    outcomes.push_back(outcome(o));
  }
  doc["sroi"] = {{"discounting", "year t divided by (1 + rate)^t, t = 1 for the first year"},
                 {"outcomes", outcomes},
                 {"present_value", json_number(s.present_value)},
                 {"investment", json_number(s.investment)},
                 {"net_present_value", json_number(s.net_present_value)},
                 {"ratio", json_number(s.ratio)}};
  if (result.sensitivity) {
    ordered_json one_way = ordered_json::array();
    for (const auto& sc : result.sensitivity->one_way) {
      one_way.push_back(scenario(sc));
    }
    doc["sensitivity"] = {{"one_way", one_way},
                          {"corners", scenario(result.sensitivity->corners)},
                          {"summary", detail::range_sentence(*result.sensitivity)}};
  } else {
    doc["sensitivity"] = nullptr;
  }
  out << json_escape_controls(doc.dump(2, ' ', false, ordered_json::error_handler_t::replace))
      << '\n';
}

} // namespace tenderscore::report
