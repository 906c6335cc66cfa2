// SPDX-License-Identifier: MIT
#include <tenderscore/report/method.hpp>

#include <tenderscore/score/measured.hpp>

#include <fmt/format.h>

namespace tenderscore::report {

namespace {

using model::Criterion;
using model::CriterionKind;
using util::format_short;
using util::Rational;

std::string joined(const std::vector<std::string>& items, const std::string& last)
{
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += i + 1 == items.size() ? last : ", ";
    }
    out += items[i];
  }
  return out;
}

std::string percent(const Rational& share)
{
  return format_short(share * 100) + "%";
}

std::string how_scored(const model::Tender& tender, const Criterion& c)
{
  switch (c.kind()) {
  case CriterionKind::group:
    return "the sum of its sub-criteria's points";
  case CriterionKind::price:
    return price_formula_text(*c.price);
  case CriterionKind::quantity:
    return quantity_formula_text(*c.quantity);
  case CriterionKind::question:
    break;
  }
  const model::Scale* scale = tender.find_scale(c.scale->value);
  const std::string max = scale != nullptr ? format_short(scale->max.value) : "?";
  if (c.normalise.value == model::Normalise::relative_to_best) {
    return fmt::format("scale {}: points = weight × score ÷ the best score among bids in "
                       "contention",
                       c.scale->value);
  }
  return fmt::format("scale {}: points = weight × score ÷ {} (the scale's maximum)", c.scale->value,
                     max);
}

std::vector<std::string> conditions(const Criterion& c)
{
  std::vector<std::string> out;
  if (c.threshold) {
    out.push_back(fmt::format("a bid scoring below {} of its available points ({} × {} = {}) "
                              "is excluded",
                              percent(c.threshold->value), format_short(c.weight.value),
                              format_short(c.threshold->value),
                              format_short(c.weight.value * c.threshold->value)));
  }
  if (c.minimum) {
    out.push_back(
        fmt::format("a final score below {} excludes the bid", format_short(c.minimum->value)));
  }
  if (c.price && c.price->abnormally_low) {
    out.push_back(fmt::format("a price below {} of the median price in contention is flagged "
                              "as abnormally low for investigation (never excluded by itself)",
                              percent(c.price->abnormally_low->value)));
  } else if (c.price) {
    out.push_back(fmt::format("a price below {} of the median price in contention is flagged "
                              "as abnormally low for investigation (never excluded by itself)",
                              percent(model::default_abnormally_low())));
  }
  if (c.price && c.price->method.value == model::PriceMethod::budget && c.price->ceiling) {
    out.push_back(fmt::format("a price above the budget of {} is excluded",
                              format_short(c.price->ceiling->value)));
  }
  return out;
}

MethodCriteria criteria_rows(const model::Tender& tender, const std::vector<Criterion>& criteria,
                             std::optional<std::string> lot)
{
  MethodCriteria out{std::move(lot), {}, {}};
  model::for_each_criterion(criteria, [&](const Criterion& c, int depth) {
    out.rows.push_back({c.id, c.title.empty() ? c.id : c.title, depth, c.weight.value,
                        model::criterion_kind_name(c.kind()), how_scored(tender, c), conditions(c), c.social_value,
                        c.text});
    if (c.price) {
      out.price_formula = price_formula_text(*c.price);
    }
  });
  return out;
}

std::string award_rule(const score::Result& result)
{
  if (result.award == "price-per-quality-point") {
    return "the lowest price per quality point (price ÷ total weighted points) among bids in "
           "contention";
  }
  return "the highest total of weighted points among bids in contention";
}

std::string tie_break_rule(const score::Result& result)
{
  if (result.tie_break.empty()) {
    return "none: equal totals share the rank";
  }
  return "equal totals are separated by the higher points on " +
         joined(result.tie_break, ", then ") + "; a tie left after that shares the rank";
}

void add_stages(const model::Tender& tender, MethodStatement& out)
{
  for (std::size_t i = 0; i < tender.stages.size(); ++i) {
    const auto& stage = tender.stages[i];
    std::vector<std::string> parts;
    if (!stage.gates.empty()) {
      std::vector<std::string> gates;
      for (const auto& g : stage.gates) {
        gates.push_back(g.value);
      }
      parts.push_back("gates " + joined(gates, " and "));
    }
    if (!stage.own_criteria.empty()) {
      parts.push_back("an expression of interest, scored on criteria of its own (listed "
                      "below), which carry no award weight");
    }
    if (stage.shortlist) {
      std::vector<std::string> on;
      for (const auto& c : stage.criteria) {
        on.push_back(c.value);
      }
      for (const auto& c : stage.own_criteria) {
        on.push_back(c.id);
      }
      const std::string ranked_on =
          on.empty() ? "all quality points" : "the points on " + joined(on, " and ");
      if (stage.shortlist->top) {
        parts.push_back(fmt::format("shortlist of the top {} on {} (ties at the cut-off all go "
                                    "through)",
                                    format_short(stage.shortlist->top->value), ranked_on));
      } else if (stage.shortlist->threshold) {
        parts.push_back(fmt::format("shortlist of bids reaching {} of the available points on {}",
                                    percent(stage.shortlist->threshold->value), ranked_on));
      }
    }
    if (i + 1 == tender.stages.size()) {
      parts.push_back("scoring for award");
    }
    out.facts.emplace_back(fmt::format("Stage {} ({})", i + 1, stage.id),
                           parts.empty() ? "no further checks" : joined(parts, "; "));
  }
}

} // namespace

namespace {

// Every method of score/measured.hpp in words, for a price (lower better) or a stated value.
std::string formula_words(const score::MeasuredRule& rule, const std::string& unit)
{
  using score::Formula;
  const bool price = rule.noun == "price";
  const bool lower = rule.direction == model::Direction::lower;
  const std::string bid = price ? "bid price" : "bid's value";
  std::string head = rule.name;
  if (!price) {
    head += std::string(", ") + (lower ? "lower" : "higher") + " is better";
    head += unit.empty() ? std::string() : " (" + unit + ")";
  }
  const std::string same =
      rule.say_all_equal ? "; full marks for every bid when all values in contention are equal"
                         : "";
  const auto bound = [](const std::optional<Rational>& value) {
    return value ? format_short(*value) : std::string("?");
  };
  switch (rule.formula) {
  case Formula::ratio:
    if (rule.ceiling_excludes) {
      return fmt::format("{}: a price above the ceiling of {} is excluded; otherwise points = "
                         "weight × lowest price in contention ÷ bid price",
                         head, bound(rule.ceiling));
    }
    return head + ": points = weight × " +
           (lower ? "lowest " + rule.noun + " in contention ÷ " + bid
                  : bid + " ÷ highest " + rule.noun + " in contention") +
           same;
  case Formula::linear:
    return fmt::format(
        "{}: points = weight × max(0, 1 − k × {}), k = {} (marks lost in percent "
        "per 1% {}){}",
        head, lower ? "(" + bid + " − lowest) ÷ lowest" : "(highest − " + bid + ") ÷ highest",
        format_short(rule.k), price ? "above the lowest price" : "worse than the best", same);
  case Formula::range:
    return head + ": points = weight × " +
           (lower ? "(highest − " + bid + ") ÷ (highest − lowest)"
                  : "(" + bid + " − lowest) ÷ (highest − lowest)") +
           ", " + rule.noun + "s in contention" +
           (price ? "; full marks when all prices are equal" : same);
  case Formula::fixed_bounds:
    return lower ? fmt::format("{}: full marks at or below the floor of {}, none at or above the "
                               "ceiling of {}, linear between: points = weight × (ceiling − {}) ÷ "
                               "(ceiling − floor)",
                               head, bound(rule.floor), bound(rule.ceiling), bid)
                 : fmt::format("{}: full marks at or above the ceiling of {}, none at or below "
                               "the floor of {}, linear between: points = weight × ({} − floor) "
                               "÷ (ceiling − floor)",
                               head, bound(rule.ceiling), bound(rule.floor), bid);
  case Formula::bands: {
    std::string bands;
    for (const auto& band : rule.bands) {
      const std::string from = band.from ? "from " + format_short(band.from->value) : "";
      const std::string to = band.to ? "below " + format_short(band.to->value) : "";
      const std::string range = from.empty() || to.empty() ? from + to : from + " " + to;
      bands += range.empty() ? std::string("any value") : range;
      bands += ": " + format_short(band.points.value) + " points; ";
    }
    return head + ": " + bands + "a value in no band: 0 points";
  }
  }
  return "";
}

} // namespace

std::string price_formula_text(const model::PriceRule& rule)
{
  return formula_words(score::measured_rule(rule), "");
}

std::string quantity_formula_text(const model::QuantityRule& rule)
{
  return formula_words(score::measured_rule(rule), rule.unit);
}

MethodStatement method_statement(const model::Tender& tender, const score::Result& result)
{
  MethodStatement out;
  const auto& info = tender.info;
  out.facts.emplace_back("Tender", info.title.empty() ? info.id : info.id + " — " + info.title);
  if (!info.authority.empty()) {
    out.facts.emplace_back("Contracting authority", info.authority);
  }
  out.facts.emplace_back("Procedure", info.procedure.value);
  if (!info.legal_basis.empty()) {
    std::vector<std::string> basis;
    for (const auto& b : info.legal_basis) {
      basis.push_back(b.value);
    }
    out.facts.emplace_back("Legal basis", joined(basis, ", "));
  }
  if (info.estimated_value) {
    out.facts.emplace_back("Estimated value",
                           info.currency + " " + format_short(info.estimated_value->value));
  }
  out.facts.emplace_back("Award to", award_rule(result));
  out.facts.emplace_back(
      "Question scores",
      fmt::format("the moderated score where the panel agreed one, else the {} of the evaluators' "
                  "scores; an evaluator who declared a conflict for a bidder is set aside",
                  result.aggregate));
  out.facts.emplace_back("Moderation flag",
                         fmt::format("evaluators' scores {} or more scale points apart",
                                     format_short(tender.panel.spread_flag.value)));
  out.facts.emplace_back("Social value share",
                         format_short(result.social_value_share) + "% of the total");
  out.facts.emplace_back("Tie-break", tie_break_rule(result));
  if (!tender.gates.empty()) {
    out.facts.emplace_back("Gates", "pass/fail; a bid failing any gate is excluded");
  }
  add_stages(tender, out);
  if (!result.lot_cap.empty()) {
    out.facts.emplace_back("Lots", result.lot_cap);
  }
  if (tender.ringfence) {
    out.facts.emplace_back("Ring-fenced", percent(tender.ringfence->share.value) +
                                              " of the contract value for " +
                                              tender.ringfence->purpose);
  }
  out.facts.emplace_back("Arithmetic", "exact fractions throughout; shown to 2 decimal places");

  if (!tender.stage_criteria().empty()) {
    out.criteria.push_back(criteria_rows(tender, tender.stage_criteria(), std::nullopt));
    out.criteria.back().stage = tender.stages.front().id;
  }
  out.criteria.push_back(criteria_rows(tender, tender.criteria, std::nullopt));
  for (const auto& lot : tender.lots) {
    if (lot.criteria) {
      out.criteria.push_back(criteria_rows(tender, *lot.criteria, lot.id));
    }
  }
  for (const auto& scale : tender.scales) {
    MethodScale s{scale.id,
                  fmt::format("{} to {} in steps of {}", format_short(scale.min.value),
                              format_short(scale.max.value), format_short(scale.step.value)),
                  {}};
    for (const auto& label : scale.labels) {
      s.labels.emplace_back(format_short(label.point), label.text);
    }
    out.scales.push_back(std::move(s));
  }
  for (const auto& gate : tender.gates) {
    out.gates.emplace_back(gate.id, gate.text);
  }
  return out;
}

} // namespace tenderscore::report
