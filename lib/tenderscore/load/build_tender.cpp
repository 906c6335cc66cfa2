// SPDX-License-Identifier: MIT
#include <tenderscore/load/build.hpp>

#include <tenderscore/load/reader.hpp>

namespace tenderscore::load {

namespace {

using detail::Reader;
using model::Criterion;
using model::Located;
using util::Rational;

const std::vector<std::pair<std::string_view, model::PriceMethod>> k_price_methods{
    {"lowest-ratio", model::PriceMethod::lowest_ratio},
    {"linear", model::PriceMethod::linear},
    {"range", model::PriceMethod::range},
    {"fixed-bounds", model::PriceMethod::fixed_bounds},
    {"budget", model::PriceMethod::budget},
};

const std::vector<std::pair<std::string_view, model::Normalise>> k_normalise{
    {"scale-max", model::Normalise::scale_max},
    {"relative-to-best", model::Normalise::relative_to_best},
};

const std::vector<std::pair<std::string_view, model::Aggregate>> k_aggregates{
    {"mean", model::Aggregate::mean},
    {"median", model::Aggregate::median},
};

const std::vector<std::pair<std::string_view, model::OverPeriods>> k_over_periods{
    {"mean", model::OverPeriods::mean},
    {"sum", model::OverPeriods::sum},
    {"latest", model::OverPeriods::latest},
};

const std::vector<std::pair<std::string_view, model::PaymentMechanism>> k_mechanisms{
    {"pay-if-met", model::PaymentMechanism::pay_if_met},
    {"per-outcome", model::PaymentMechanism::per_outcome},
    {"curve", model::PaymentMechanism::curve},
};

const std::vector<std::pair<std::string_view, model::Direction>> k_directions{
    {"higher", model::Direction::higher},
    {"lower", model::Direction::lower},
};

const std::vector<std::pair<std::string_view, model::QuantityMethod>> k_quantity_methods{
    {"ratio-to-best", model::QuantityMethod::ratio_to_best},
    {"range", model::QuantityMethod::range},
    {"linear", model::QuantityMethod::linear},
    {"fixed-bounds", model::QuantityMethod::fixed_bounds},
    {"bands", model::QuantityMethod::bands},
};

const std::vector<std::pair<std::string_view, model::Allocation>> k_allocations{
    {"by-lot-value", model::Allocation::by_lot_value},
    {"best-combination", model::Allocation::best_combination},
};

const std::vector<std::pair<std::string_view, model::FundingRule>> k_funding_rules{
    {"skip", model::FundingRule::skip},
    {"stop", model::FundingRule::stop},
};

const std::vector<std::pair<std::string_view, model::Award>> k_awards{
    {"weighted-total", model::Award::weighted_total},
    {"price-per-quality-point", model::Award::price_per_quality_point},
};

model::PriceRule price_rule(Reader& r, const std::string& p)
{
  model::PriceRule rule;
  rule.method =
      r.choice(p + "/method", k_price_methods)
          .value_or(Located<model::PriceMethod>{model::PriceMethod::lowest_ratio, r.key_at(p)});
  rule.k = r.number(p + "/k");
  rule.floor = r.number(p + "/floor");
  rule.ceiling = r.number(p + "/ceiling");
  rule.abnormally_low = r.number(p + "/abnormally_low");
  return rule;
}

model::QuantityRule quantity_rule(Reader& r, const std::string& p)
{
  model::QuantityRule rule;
  rule.unit = r.text(p + "/unit");
  if (auto direction = r.choice(p + "/direction", k_directions)) {
    rule.direction = *direction;
  }
  if (auto method = r.choice(p + "/method", k_quantity_methods)) {
    rule.method = *method;
  }
  rule.k = r.number(p + "/k");
  rule.floor = r.number(p + "/floor");
  rule.ceiling = r.number(p + "/ceiling");
  for (const auto& b : r.items(p + "/bands")) {
    rule.bands.push_back({r.number(b + "/from"), r.number(b + "/to"),
                          r.required_number(b + "/points"), r.value_at(b)});
  }
  rule.allow_negative = r.flag(p + "/allow_negative", false);
  rule.where = r.key_at(p);
  return rule;
}

std::vector<Criterion> criteria(Reader& r, const std::string& pointer);

Criterion criterion(Reader& r, const std::string& p)
{
  Criterion c;
  c.id = r.text(p + "/id");
  c.where = r.value_at(p + "/id");
  c.weight = r.required_number(p + "/weight");
  c.title = r.text(p + "/title");
  c.text = r.text(p + "/text");
  c.social_value = r.flag(p + "/social_value", false);
  c.threshold = r.number(p + "/threshold");
  if (r.has(p + "/price")) {
    c.price = price_rule(r, p + "/price");
  }
  if (r.has(p + "/quantity")) {
    c.quantity = quantity_rule(r, p + "/quantity");
  }
  c.scale = r.located_text(p + "/scale");
  c.minimum = r.number(p + "/minimum");
  if (auto normalise = r.choice(p + "/normalise", k_normalise)) {
    c.normalise = *normalise;
  }
  c.children = criteria(r, p + "/children");
  return c;
}

std::vector<Criterion> criteria(Reader& r, const std::string& pointer)
{
  std::vector<Criterion> result;
  for (const auto& p : r.items(pointer)) {
    result.push_back(criterion(r, p));
  }
  return result;
}

model::TenderInfo tender_info(Reader& r)
{
  model::TenderInfo info;
  info.id = r.text("/tender/id");
  info.where = r.value_at("/tender/id");
  info.title = r.text("/tender/title");
  info.authority = r.text("/tender/authority");
  info.currency = r.text("/tender/currency", info.currency);
  info.estimated_value = r.number("/tender/estimated_value");
  info.procedure = r.located_text("/tender/procedure").value_or(Located<std::string>{});
  for (const auto& p : r.items("/tender/legal_basis")) {
    if (auto basis = r.located_text(p)) {
      info.legal_basis.push_back(std::move(*basis));
    }
  }
  return info;
}

std::vector<model::Scale> scales(Reader& r)
{
  std::vector<model::Scale> result;
  for (const auto& [id, p] : r.members("/scales")) {
    model::Scale scale;
    scale.id = id;
    scale.where = r.key_at(p);
    scale.min = r.required_number(p + "/min");
    scale.max = r.required_number(p + "/max");
    scale.step = r.number(p + "/step").value_or(Located<Rational>{Rational{1}, scale.where});
    for (const auto& [point, label] : r.members(p + "/labels")) {
      const auto value = util::parse_decimal(point);
      if (!value) {
        r.wrong_key(label, "a scale point");
        continue;
      }
      scale.labels.push_back({*value, r.text(label), r.key_at(label)});
    }
    result.push_back(std::move(scale));
  }
  return result;
}

model::Panel panel(Reader& r)
{
  model::Panel panel;
  panel.where = r.key_at("/panel");
  for (const auto& p : r.items("/panel/evaluators")) {
    panel.evaluators.push_back({r.text(p + "/id"), r.text(p + "/role"), r.value_at(p + "/id")});
  }
  if (auto aggregate = r.choice("/panel/aggregate", k_aggregates)) {
    panel.aggregate = *aggregate;
  }
  if (auto spread = r.number("/panel/spread_flag")) {
    panel.spread_flag = *spread;
  }
  panel.explanation_from = r.located_text("/panel/explanation_from");
  return panel;
}

model::Kpi kpi(Reader& r, const std::string& p)
{
  model::Kpi kpi;
  kpi.id = r.text(p + "/id");
  kpi.where = r.value_at(p + "/id");
  kpi.text = r.text(p + "/text");
  kpi.unit = r.text(p + "/unit");
  if (auto direction = r.choice(p + "/direction", k_directions)) {
    kpi.direction = *direction;
  }
  kpi.weight = r.number(p + "/weight");
  if (r.has(p + "/targets")) {
    const std::string t = p + "/targets";
    kpi.targets =
        model::Targets{r.required_number(t + "/minimum"), r.required_number(t + "/expected"),
                       r.required_number(t + "/stretch"), r.key_at(t)};
  }
  if (auto over = r.choice(p + "/over_periods", k_over_periods)) {
    kpi.over_periods = *over;
  }
  return kpi;
}

model::Banding banding(Reader& r, const std::string& p)
{
  model::Banding b;
  b.where = r.key_at(p);
  if (auto v = r.number(p + "/minimum")) {
    b.minimum = v->value;
  }
  if (auto v = r.number(p + "/expected")) {
    b.expected = v->value;
  }
  if (auto v = r.number(p + "/stretch")) {
    b.stretch = v->value;
  }
  return b;
}

std::optional<model::MonitoringTerms> monitoring_terms(Reader& r)
{
  if (!r.has("/monitoring")) {
    return std::nullopt;
  }
  model::MonitoringTerms terms;
  terms.where = r.key_at("/monitoring");
  if (r.has("/monitoring/banding")) {
    terms.banding = banding(r, "/monitoring/banding");
  }
  if (r.has("/monitoring/ratings")) {
    const std::string p = "/monitoring/ratings";
    terms.ratings.where = r.key_at(p);
    if (auto v = r.number(p + "/good")) {
      terms.ratings.good = v->value;
    }
    if (auto v = r.number(p + "/approaching_target")) {
      terms.ratings.approaching_target = v->value;
    }
    if (auto v = r.number(p + "/requires_improvement")) {
      terms.ratings.requires_improvement = v->value;
    }
  }
  if (r.has("/monitoring/payment")) {
    const std::string p = "/monitoring/payment";
    model::Payment payment;
    payment.where = r.key_at(p);
    if (auto mechanism = r.choice(p + "/mechanism", k_mechanisms)) {
      payment.mechanism = mechanism->value;
      payment.mechanism_where = mechanism->where;
    }
    if (auto amount = r.number(p + "/amount")) {
      payment.amount = amount->value;
      payment.amount_where = amount->where;
    }
    if (auto cap = r.number(p + "/cap")) {
      payment.cap = cap->value;
      payment.cap_where = cap->where;
    }
    if (r.has(p + "/curve")) {
      payment.curve = banding(r, p + "/curve");
    }
    for (const auto& [kpi, k] : r.members(p + "/rates")) {
      payment.rates.push_back({kpi, r.required_number(k).value, r.key_at(k)});
    }
    terms.payment = std::move(payment);
  }
  return terms;
}

std::vector<model::Outcome> outcomes(Reader& r)
{
  std::vector<model::Outcome> result;
  for (const auto& p : r.items("/outcomes")) {
    model::Outcome outcome{r.text(p + "/id"), r.value_at(p + "/id"), r.text(p + "/text"), {}};
    for (const auto& k : r.items(p + "/kpis")) {
      outcome.kpis.push_back(kpi(r, k));
    }
    result.push_back(std::move(outcome));
  }
  return result;
}

std::vector<model::Lot> lots(Reader& r)
{
  std::vector<model::Lot> result;
  for (const auto& p : r.items("/lots")) {
    model::Lot lot{r.text(p + "/id"), r.value_at(p + "/id"),  r.text(p + "/title"),
                   std::nullopt,      r.number(p + "/value"), r.number(p + "/pot")};
    if (r.has(p + "/criteria")) {
      lot.criteria = criteria(r, p + "/criteria");
    }
    result.push_back(std::move(lot));
  }
  return result;
}

std::vector<Located<std::string>> texts(Reader& r, const std::string& pointer)
{
  std::vector<Located<std::string>> result;
  for (const auto& p : r.items(pointer)) {
    if (auto text = r.located_text(p)) {
      result.push_back(std::move(*text));
    }
  }
  return result;
}

std::vector<model::Stage> stages(Reader& r)
{
  std::vector<model::Stage> result;
  for (const auto& p : r.items("/stages")) {
    model::Stage stage{
        r.text(p + "/id"), r.value_at(p + "/id"), texts(r, p + "/gates"), {}, std::nullopt};
    // Each item names an award criterion or defines one of the stage's own (an expression of
    // interest); validation refuses a stage that mixes the two.
    for (const auto& item : r.items(p + "/criteria")) {
      const nlohmann::json* given = r.get(item);
      if (given && given->is_object()) {
        stage.own_criteria.push_back(criterion(r, item));
      } else if (auto id = r.located_text(item)) {
        stage.criteria.push_back(std::move(*id));
      }
    }
    if (r.has(p + "/shortlist")) {
      const std::string s = p + "/shortlist";
      stage.shortlist =
          model::Shortlist{r.number(s + "/top"), r.number(s + "/threshold"), r.key_at(s)};
    }
    result.push_back(std::move(stage));
  }
  return result;
}

} // namespace

model::Tender build_tender(const Document& document, diag::Diagnostics& diags)
{
  Reader r(document, diags);
  model::Tender tender;
  tender.source = document.source;
  tender.info = tender_info(r);
  tender.scales = scales(r);
  tender.panel = panel(r);
  for (const auto& p : r.items("/gates")) {
    tender.gates.push_back({r.text(p + "/id"), r.text(p + "/text"), r.value_at(p + "/id")});
  }
  tender.criteria = criteria(r, "/criteria");
  for (const auto& p : r.items("/tie_break")) {
    if (auto id = r.located_text(p)) {
      tender.tie_break.push_back(std::move(*id));
    }
  }
  if (auto award = r.choice("/award", k_awards)) {
    tender.award = *award;
  }
  if (r.has("/contract/ringfence")) {
    tender.ringfence = model::Ringfence{r.required_number("/contract/ringfence/share"),
                                        r.text("/contract/ringfence/purpose")};
  }
  tender.outcomes = outcomes(r);
  tender.monitoring = monitoring_terms(r);
  tender.lots = lots(r);
  if (r.has("/lot_rules")) {
    model::LotRules rules{
        r.required_number("/lot_rules/max_lots_per_bidder"), {}, r.key_at("/lot_rules")};
    if (auto allocation = r.choice("/lot_rules/allocation", k_allocations)) {
      rules.allocation = *allocation;
    }
    tender.lot_rules = std::move(rules);
  }
  if (r.has("/funding")) {
    model::Funding funding;
    funding.pot = r.number("/funding/pot");
    if (auto rule = r.choice("/funding/rule", k_funding_rules)) {
      funding.rule = *rule;
    }
    funding.minimum_total = r.number("/funding/minimum_total");
    funding.max_awards_per_organisation = r.number("/funding/max_awards_per_organisation");
    funding.max_request = r.number("/funding/max_request");
    funding.min_request = r.number("/funding/min_request");
    funding.where = r.key_at("/funding");
    tender.funding = std::move(funding);
  }
  tender.stages = stages(r);
  if (r.has("/stages")) {
    tender.stages_where = r.key_at("/stages");
  }
  return tender;
}

} // namespace tenderscore::load
