// SPDX-License-Identifier: MIT
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>

#include <algorithm>
#include <cctype>

namespace tenderscore::model {

Rational default_abnormally_low()
{
  return Rational{4, 5};
}

Rational default_linear_k()
{
  return Rational{1};
}

const Scale* Tender::find_scale(const std::string& id) const
{
  for (const auto& s : scales) {
    if (s.id == id) {
      return &s;
    }
  }
  return nullptr;
}

const std::vector<Criterion>& Tender::criteria_for(const std::optional<std::string>& lot) const
{
  if (lot) {
    for (const auto& l : lots) {
      if (l.id == *lot && l.criteria) {
        return *l.criteria;
      }
    }
  }
  return criteria;
}

const std::vector<Criterion>& Tender::stage_criteria() const
{
  static const std::vector<Criterion> none;
  return stages.empty() ? none : stages.front().own_criteria;
}

const Criterion* Tender::find_scored_criterion(const std::optional<std::string>& lot,
                                               const std::string& id) const
{
  if (const Criterion* found = find_criterion(criteria_for(lot), id)) {
    return found;
  }
  return find_criterion(stage_criteria(), id);
}

const Criterion* find_criterion(const std::vector<Criterion>& criteria, const std::string& id)
{
  for (const auto& c : criteria) {
    if (c.id == id) {
      return &c;
    }
    if (const Criterion* found = find_criterion(c.children, id)) {
      return found;
    }
  }
  return nullptr;
}

const char* quantity_method_name(QuantityMethod method)
{
  switch (method) {
  case QuantityMethod::ratio_to_best:
    return "ratio-to-best";
  case QuantityMethod::range:
    return "range";
  case QuantityMethod::linear:
    return "linear";
  case QuantityMethod::fixed_bounds:
    return "fixed-bounds";
  case QuantityMethod::bands:
    return "bands";
  }
  return "range";
}

const char* criterion_kind_name(CriterionKind kind)
{
  switch (kind) {
  case CriterionKind::group:
    return "group";
  case CriterionKind::price:
    return "price";
  case CriterionKind::question:
    return "question";
  case CriterionKind::quantity:
    return "quantity";
  }
  return "question"; // not reached: every kind is named above
}

const char* price_method_name(PriceMethod method)
{
  switch (method) {
  case PriceMethod::lowest_ratio:
    return "lowest-ratio";
  case PriceMethod::linear:
    return "linear";
  case PriceMethod::range:
    return "range";
  case PriceMethod::fixed_bounds:
    return "fixed-bounds";
  case PriceMethod::budget:
    return "budget";
  }
  return "lowest-ratio";
}

const QuestionScore* Bid::find_score(const std::string& id) const
{
  for (const auto& s : scores) {
    if (s.question == id) {
      return &s;
    }
  }
  return nullptr;
}

bool Bid::conflicted(const std::string& evaluator) const
{
  return std::any_of(conflicts.begin(), conflicts.end(),
                     [&](const auto& c) { return c.value == evaluator; });
}

namespace {

bool blank(const std::string& text)
{
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

} // namespace

const Located<std::string>* explanation(const QuestionScore& score, const Bid& bid,
                                        const Panel& panel)
{
  if (score.comment && !blank(score.comment->value)) {
    return &*score.comment;
  }
  if (!panel.explanation_from || bid.conflicted(panel.explanation_from->value)) {
    return nullptr;
  }
  for (const auto& e : score.evaluators) {
    if (e.evaluator == panel.explanation_from->value && e.comment && !blank(e.comment->value)) {
      return &*e.comment;
    }
  }
  return nullptr;
}

const QuantityValue* Bid::find_value(const std::string& id) const
{
  for (const auto& v : values) {
    if (v.criterion == id) {
      return &v;
    }
  }
  return nullptr;
}

const GateAnswer* Bid::find_gate(const std::string& id) const
{
  for (const auto& g : gates) {
    if (g.gate == id) {
      return &g;
    }
  }
  return nullptr;
}

} // namespace tenderscore::model
