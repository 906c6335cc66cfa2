// SPDX-License-Identifier: MIT
#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>

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
