// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include "format_md_fixture.hpp"

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/load/loader.hpp>

namespace tenderscore::test {

namespace {

// FORMAT.md's tender definition, verbatim.
constexpr const char* k_waste_tender = test::k_format_md_tender;

// Two lots appended to the waste tender; "south" has its own criteria.
constexpr const char* k_lots = R"(lots:
  - id: north
    title: Northern districts
  - id: south
    title: Southern districts
    criteria:
      - id: price
        weight: 30
        price: {method: fixed-bounds, floor: 20000000, ceiling: 30000000}
      - id: quality
        weight: 60
        children:
          - {id: service-delivery, weight: 40, scale: quality-0-5, minimum: 2}
          - {id: mobilisation, weight: 20, scale: quality-0-5}
      - id: social-value
        weight: 10
        social_value: true
        children:
          - {id: community-engagement, weight: 10, scale: quality-0-5}
)";

// Appended to FORMAT.md's bids file: a second bid, from a bidder with a declared conflict.
constexpr const char* k_second_bid = R"(  - bidder: Riverside Community Arts CIC
    price: 44800000
    gates: {insurance: pass, exclusion-grounds: pass}
    scores:
      service-delivery:
        evaluators: {ev-procurement: 3, ev-service: 3}
      recycling-performance:
        evaluators: {ev-procurement: 4, ev-service: 4}
      mobilisation:
        evaluators: {ev-procurement: 3, ev-service: 2}
      community-engagement:
        evaluators: {ev-procurement: 5, ev-service: 4}
    conflicts: [ev-arts]
    commitments:
      kpis: {recycling-rate: 50, arts-participants: 2400}
)";

Located<Rational> number(Locator& at, std::string_view key, std::string_view value)
{
  return {dec(value), at.value(key)};
}

model::Criterion question(Locator& at, std::string id, int weight, int minimum = -1)
{
  model::Criterion c;
  c.where = at.value("id");
  c.id = std::move(id);
  c.weight = number(at, "weight", std::to_string(weight));
  c.scale = Located<std::string>{"quality-0-5", at.value("scale")};
  if (minimum >= 0) {
    c.minimum = number(at, "minimum", std::to_string(minimum));
  }
  return c;
}

model::Criterion group(Locator& at, std::string id, int weight)
{
  model::Criterion c;
  c.where = at.value("id");
  c.id = std::move(id);
  c.weight = number(at, "weight", std::to_string(weight));
  return c;
}

void add_scale(model::Tender& t, Locator& at)
{
  model::Scale& s = t.scales.emplace_back();
  s.where = at.key("quality-0-5");
  s.id = "quality-0-5";
  s.min = number(at, "min", "0");
  s.max = number(at, "max", "5");
  s.step = number(at, "step", "1");
  const char* texts[] = {"Unacceptable", "Poor", "Weak", "Satisfactory", "Good", "Excellent"};
  for (int point = 0; point <= 5; ++point) {
    s.labels.push_back({point, texts[point], at.key(std::to_string(point))});
  }
}

void add_panel_and_gates(model::Tender& t, Locator& at)
{
  t.panel.where = at.key("panel");
  for (const char* id : {"ev-procurement", "ev-service", "ev-arts"}) {
    t.panel.evaluators.push_back({id, "", at.value("id")});
  }
  t.panel.aggregate = {model::Aggregate::mean, at.value("aggregate")};
  t.panel.spread_flag = number(at, "spread_flag", "2");
  for (const char* id : {"insurance", "exclusion-grounds"}) {
    t.gates.push_back({id, "", at.value("id")});
  }
}

void add_criteria(model::Tender& t, Locator& at)
{
  model::Criterion price = group(at, "price", 40);
  price.price.emplace();
  price.price->method = {model::PriceMethod::lowest_ratio, at.value("method")};
  price.price->abnormally_low = number(at, "abnormally_low", "0.8");
  t.criteria.push_back(price);

  model::Criterion quality = group(at, "quality", 55);
  quality.threshold = number(at, "threshold", "0.6");
  quality.children.push_back(question(at, "service-delivery", 25, 2));
  quality.children.push_back(question(at, "recycling-performance", 20, 2));
  quality.children.push_back(question(at, "mobilisation", 10));
  t.criteria.push_back(quality);

  model::Criterion social = group(at, "social-value", 5);
  social.social_value = true;
  social.children.push_back(question(at, "community-engagement", 5));
  t.criteria.push_back(social);

  at.key("tie_break");
  t.tie_break.push_back({"quality", at.text("quality")});
  t.tie_break.push_back({"social-value", at.text("social-value")});
  t.ringfence = model::Ringfence{number(at, "share", "0.001"), "Community arts projects"};
}

model::Kpi kpi(Locator& at, std::string id, int weight, const char* minimum,
               const char* expected, const char* stretch)
{
  model::Kpi k;
  k.where = at.value("id");
  k.id = std::move(id);
  k.direction = {model::Direction::higher, at.value("direction")};
  k.weight = number(at, "weight", std::to_string(weight));
  model::Targets targets;
  targets.where = at.value("targets");
  targets.minimum = number(at, "minimum", minimum);
  targets.expected = number(at, "expected", expected);
  targets.stretch = number(at, "stretch", stretch);
  k.targets = targets;
  return k;
}

model::Tender build_waste_tender(const diag::SourcePtr& source, Locator& at)
{
  model::Tender t;
  t.source = source;
  t.info.where = at.value("id");
  t.info.id = "waste-2015";
  t.info.title = "Waste management and recycling services";
  t.info.authority = "Example County Council";
  t.info.estimated_value = number(at, "estimated_value", "50000000");
  t.info.procedure = {"competitive-dialogue", at.value("procedure")};
  t.info.legal_basis.push_back(
    {"public-services-social-value-act-2012", at.text("public-services-social-value-act")});
  add_scale(t, at);
  add_panel_and_gates(t, at);
  add_criteria(t, at);
  model::Outcome& outcome = t.outcomes.emplace_back();
  outcome.where = at.value("id");
  outcome.id = "recycling";
  outcome.kpis.push_back(kpi(at, "recycling-rate", 70, "45", "50", "55"));
  outcome.kpis.push_back(kpi(at, "arts-participants", 30, "500", "1000", "2000"));
  return t;
}

} // namespace

model::Tender waste_tender(const std::string& path)
{
  const auto source = std::make_shared<diag::SourceFile>(path, k_waste_tender);
  Locator at(source);
  return build_waste_tender(source, at);
}

model::Tender waste_tender_with_lots()
{
  const auto source =
    std::make_shared<diag::SourceFile>("t.yaml", std::string(k_waste_tender) + k_lots);
  Locator at(source);
  model::Tender t = build_waste_tender(source, at);
  model::Lot& north = t.lots.emplace_back();
  north.where = at.value("id");
  north.id = "north";
  model::Lot& south = t.lots.emplace_back();
  south.where = at.value("id");
  south.id = "south";
  auto& criteria = south.criteria.emplace();
  model::Criterion price = group(at, "price", 30);
  price.price.emplace();
  price.price->method = {model::PriceMethod::fixed_bounds, at.value("method")};
  price.price->floor = number(at, "floor", "20000000");
  price.price->ceiling = number(at, "ceiling", "30000000");
  criteria.push_back(price);
  model::Criterion quality = group(at, "quality", 60);
  quality.children.push_back(question(at, "service-delivery", 40, 2));
  quality.children.push_back(question(at, "mobilisation", 20));
  criteria.push_back(quality);
  model::Criterion social = group(at, "social-value", 10);
  social.social_value = true;
  social.children.push_back(question(at, "community-engagement", 10));
  criteria.push_back(social);
  return t;
}

namespace {

model::QuestionScore scores(Locator& at, std::string question,
                            std::vector<std::pair<std::string, int>> evaluators,
                            int moderated = -1)
{
  model::QuestionScore q;
  q.where = at.key(question);
  q.question = std::move(question);
  for (auto& [evaluator, score] : evaluators) {
    model::EvaluatorScore& e = q.evaluators.emplace_back();
    e.where = at.key(evaluator);
    e.evaluator = evaluator;
    e.score = number(at, evaluator, std::to_string(score));
  }
  if (moderated >= 0) {
    q.moderated = number(at, "moderated", std::to_string(moderated));
  }
  return q;
}

model::KpiCommitment commitment(Locator& at, std::string kpi, int value)
{
  model::KpiCommitment c;
  c.where = at.key(kpi);
  c.value = number(at, kpi, std::to_string(value));
  c.kpi = std::move(kpi);
  return c;
}

void add_gates(model::Bid& bid, Locator& at)
{
  for (const char* gate : {"insurance", "exclusion-grounds"}) {
    bid.gates.push_back({gate, true, at.value(gate)});
  }
}

} // namespace

model::BidsFile waste_bids(const std::string& path)
{
  const auto source =
    std::make_shared<diag::SourceFile>(path, std::string(k_format_md_bids) + k_second_bid);
  Locator at(source);
  model::BidsFile file;
  file.source = source;
  file.tender = {"waste-2015", at.value("tender")};

  model::Bid& greenway = file.bids.emplace_back();
  greenway.where = at.text("- bidder");
  greenway.bidder = {"Greenway Services Ltd", at.value("bidder")};
  greenway.price = number(at, "price", "47200000");
  add_gates(greenway, at);
  greenway.scores.push_back(scores(at, "service-delivery", {{"ev-procurement", 4},
                                                            {"ev-service", 4},
                                                            {"ev-arts", 3}}, 4));
  greenway.scores.back().comment =
    Located<std::string>{"Clear collection plan with resilience for peak periods.",
                         at.value("comment")};
  greenway.scores.push_back(scores(at, "recycling-performance",
                                   {{"ev-procurement", 3}, {"ev-service", 3}, {"ev-arts", 3}}));
  greenway.scores.push_back(
    scores(at, "mobilisation", {{"ev-procurement", 3}, {"ev-service", 4}, {"ev-arts", 3}}));
  greenway.scores.push_back(scores(at, "community-engagement",
                                   {{"ev-procurement", 4}, {"ev-service", 5}, {"ev-arts", 5}}, 5));
  greenway.kpi_commitments.push_back(commitment(at, "recycling-rate", 52));
  greenway.kpi_commitments.push_back(commitment(at, "arts-participants", 1500));

  model::Bid& riverside = file.bids.emplace_back();
  riverside.where = at.text("- bidder");
  riverside.bidder = {"Riverside Community Arts CIC", at.value("bidder")};
  riverside.price = number(at, "price", "44800000");
  add_gates(riverside, at);
  riverside.scores.push_back(
    scores(at, "service-delivery", {{"ev-procurement", 3}, {"ev-service", 3}}));
  riverside.scores.push_back(
    scores(at, "recycling-performance", {{"ev-procurement", 4}, {"ev-service", 4}}));
  riverside.scores.push_back(
    scores(at, "mobilisation", {{"ev-procurement", 3}, {"ev-service", 2}}));
  riverside.scores.push_back(
    scores(at, "community-engagement", {{"ev-procurement", 5}, {"ev-service", 4}}));
  at.key("conflicts");
  riverside.conflicts.push_back({"ev-arts", at.text("ev-arts")});
  riverside.kpi_commitments.push_back(commitment(at, "recycling-rate", 50));
  riverside.kpi_commitments.push_back(commitment(at, "arts-participants", 2400));
  return file;
}

std::string check_inline(const std::string& tender, const std::string& bids, diag::Severity least)
{
  app::CheckedInputs inputs;
  inputs.files.push_back(load::load_text("t.yaml", tender, inputs.diagnostics));
  if (!bids.empty()) {
    inputs.files.push_back(load::load_text("b.yaml", bids, inputs.diagnostics));
  }
  app::check_loaded(inputs, validate::Options{});
  diag::Diagnostics kept;
  for (const auto& d : inputs.diagnostics.items()) {
    if (d.severity >= least) {
      kept.add(d);
    }
  }
  return rendered(kept);
}

} // namespace tenderscore::test
