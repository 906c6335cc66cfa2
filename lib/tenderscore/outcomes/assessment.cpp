// SPDX-License-Identifier: MIT
#include <tenderscore/outcomes/detail.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace tenderscore::outcomes {

namespace {

using util::format_short;

struct Value
{
  std::string period;
  Rational value;
};

// Periods in order: by their key when every label has one, else by label.
bool period_less(const std::string& a, const std::string& b)
{
  const auto ka = model::period_key(a);
  const auto kb = model::period_key(b);
  if (ka && kb && ka->kind == kb->kind) {
    return *ka < *kb;
  }
  return a < b;
}

// Join `parts`; a long list shows its first three and last two parts around the count left out,
// so a formula stays readable (and linear in size) however many periods there are.
std::string join(const std::vector<std::string>& parts, const char* separator)
{
  constexpr std::size_t k_shown = 12;
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts.size() > k_shown && i == 3) {
      text += fmt::format("{}… ({} more)", separator, parts.size() - 5);
      i = parts.size() - 3;
      continue;
    }
    text += (i == 0 ? "" : separator) + parts[i];
  }
  return text;
}

Explained to_date(const std::vector<Value>& values, model::OverPeriods rule)
{
  std::vector<std::string> terms;
  Rational sum = 0;
  for (const auto& v : values) {
    terms.push_back(format_short(v.value));
    sum += v.value;
  }
  switch (rule) {
  case model::OverPeriods::sum:
    return {sum, fmt::format("sum {} = {}", join(terms, " + "), format_short(sum))};
  case model::OverPeriods::latest:
    return {values.back().value, fmt::format("latest ({}) = {}", values.back().period,
                                             format_short(values.back().value))};
  case model::OverPeriods::mean:
    break;
  }
  const Rational mean = sum / Rational{static_cast<long long>(values.size())};
  return {mean, fmt::format("mean ({}) ÷ {} = {}", join(terms, " + "), values.size(),
                            format_short(mean))};
}

std::vector<PeriodResult> period_results(const std::vector<Value>& values, const model::Kpi& kpi,
                                         const model::MonitoringTerms& terms)
{
  std::vector<PeriodResult> result;
  Rational running = 0;
  for (const auto& v : values) {
    PeriodResult p;
    p.period = v.period;
    p.value = v.value;
    const Rational before = running;
    running += v.value;
    if (kpi.over_periods.value == model::OverPeriods::sum) {
      p.assessed = {running, result.empty()
                                 ? fmt::format("total to date {} = {}", format_short(v.value),
                                               format_short(running))
                                 : fmt::format("total to date {} + {} = {}", format_short(before),
                                               format_short(v.value), format_short(running))};
    } else {
      p.assessed = {v.value, fmt::format("value for {} = {}", v.period, format_short(v.value))};
    }
    p.attainment = band(*kpi.targets, kpi.direction.value, p.assessed.value, terms.banding);
    p.rating =
        rate(position(*kpi.targets, kpi.direction.value, p.assessed.value).value, terms.ratings);
    result.push_back(std::move(p));
  }
  return result;
}

// The KPI's position at its stretch target: the most a KPI adds to the portfolio position.
Rational stretch_position(const KpiResult& k)
{
  return k.expected == k.minimum ? Rational{1} : (k.stretch - k.minimum) / (k.expected - k.minimum);
}

} // namespace

Assessment assess(const model::Tender& tender, const Inputs& inputs, diag::Diagnostics& diags)
{
  Assessment a;
  a.tender = tender.info.id;
  a.title = tender.info.title;
  a.currency = tender.info.currency;
  model::MonitoringTerms terms;
  if (tender.monitoring) {
    terms = *tender.monitoring;
  }
  a.banding = terms.banding;
  a.ratings = terms.ratings;
  diag::Location provider_where;
  if (!inputs.returns.empty()) {
    provider_where = {inputs.returns.front()->source, 1, 1};
  }
  std::map<std::string, std::vector<Value>> values; // by KPI id
  std::map<std::string, Rational, decltype(&period_less)> costs(&period_less);
  std::vector<std::string> periods;
  for (const model::MonitoringReturn* r : inputs.returns) {
    a.returns.push_back(r->source ? r->source->path() : std::string{});
    if (r->provider && !a.provider) {
      a.provider = r->provider->value;
      provider_where = r->provider->where;
    }
    for (const auto& period : r->periods) {
      periods.push_back(period.period.value);
      for (const auto& v : period.kpis) {
        values[v.kpi].push_back({period.period.value, v.value.value});
      }
      if (period.cost) {
        costs[period.period.value] += period.cost->value;
      }
    }
  }
  std::stable_sort(periods.begin(), periods.end(), period_less);
  periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  a.periods = periods;
  for (const auto& [period, cost] : costs) {
    a.costs.push_back({period, cost});
    if (!a.total_cost) {
      a.total_cost = Rational{};
    }
    *a.total_cost += cost;
  }

  std::size_t count = 0;
  bool weighted = false;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      ++count;
      weighted = weighted || kpi.weight.has_value();
    }
  }
  std::vector<std::string> portfolio_terms;
  std::vector<std::string> position_terms;
  Rational portfolio = 0;
  Rational portfolio_position = 0;
  bool all_reported = count > 0;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      if (!kpi.targets) {
        continue; // validate reports it; nothing to assess against
      }
      KpiResult k;
      k.id = kpi.id;
      k.outcome = outcome.id;
      k.text = kpi.text;
      k.unit = kpi.unit;
      k.direction = kpi.direction.value;
      k.over_periods = kpi.over_periods.value;
      k.minimum = kpi.targets->minimum.value;
      k.expected = kpi.targets->expected.value;
      k.stretch = kpi.targets->stretch.value;
      if (weighted && kpi.weight) {
        k.weight = {kpi.weight->value, "given = " + format_short(kpi.weight->value)};
      } else {
        const Rational w = Rational{100} / Rational{static_cast<long long>(count)};
        k.weight = {w, fmt::format("no KPI weights: 100 ÷ {} = {}", count, format_short(w))};
      }
      auto found = values.find(kpi.id);
      if (found == values.end() || found->second.empty()) {
        k.attainment = {Rational{0}, "not reported → 0"};
        all_reported = false;
      } else {
        std::vector<Value>& series = found->second;
        std::stable_sort(series.begin(), series.end(), [](const Value& x, const Value& y) {
          return period_less(x.period, y.period);
        });
        k.periods = period_results(series, kpi, terms);
        k.to_date = to_date(series, k.over_periods);
        k.attainment = band(*kpi.targets, k.direction, k.to_date->value, terms.banding);
        k.position = position(*kpi.targets, k.direction, k.to_date->value);
        k.rating = rate(k.position->value, terms.ratings);
        const Rational cap = stretch_position(k);
        const Rational capped = k.position->value < cap ? k.position->value : cap;
        portfolio_position += k.weight.value * capped / 100;
        position_terms.push_back(
            fmt::format("{} × {}", format_short(k.weight.value), format_short(capped)));
      }
      const Rational w = k.weight.value * k.attainment.value / 100;
      k.weighted = {w, fmt::format("{} × {} ÷ 100 = {}", format_short(k.weight.value),
                                   format_short(k.attainment.value), format_short(w))};
      portfolio += w;
      portfolio_terms.push_back(format_short(w));
      a.kpis.push_back(std::move(k));
    }
  }
  a.portfolio = {portfolio, portfolio_terms.empty()
                                ? std::string("no KPIs = 0")
                                : fmt::format("{} = {}", join(portfolio_terms, " + "),
                                              format_short(portfolio))};
  if (all_reported && !a.kpis.empty()) {
    a.portfolio_position =
        Explained{portfolio_position,
                  fmt::format("({}) ÷ 100 = {} (each position capped at its stretch target's)",
                              join(position_terms, " + "), format_short(portfolio_position))};
    a.portfolio_rating = rate(portfolio_position, terms.ratings);
  }
  if (terms.payment) {
    a.payment = detail::pay(*terms.payment, a.kpis);
  }
  if (!inputs.bids.empty()) {
    a.match = detail::compare_promises(a.provider, provider_where, inputs.bids, a.kpis, diags);
  }
  return a;
}

} // namespace tenderscore::outcomes
