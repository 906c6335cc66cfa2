// SPDX-License-Identifier: MIT
#include <tenderscore/value/engine.hpp>

namespace tenderscore::value {

namespace {

std::vector<AgencyLine> lines(const std::vector<model::AgencyAmount>& amounts,
                              const std::optional<Rational>& participants)
{
  std::vector<AgencyLine> result;
  for (const auto& a : amounts) {
    AgencyLine line;
    line.agency = a.agency.value;
    line.source = a.source;
    if (a.per_participant) {
      line.given_per_participant = true;
      line.total = a.per_participant->value * participants.value_or(Rational{0});
      line.per_participant = a.per_participant->value;
    } else if (a.total) {
      line.total = a.total->value;
      if (participants && *participants > 0) {
        line.per_participant = line.total / *participants;
      }
    }
    result.push_back(std::move(line));
  }
  return result;
}

Rational sum(const std::vector<AgencyLine>& lines)
{
  Rational total;
  for (const auto& line : lines) {
    total += line.total;
  }
  return total;
}

} // namespace

ValueForMoney value_for_money(const model::ValueMap& map)
{
  ValueForMoney vfm;
  if (map.participants) {
    vfm.participants = map.participants->value;
  }
  vfm.costs = lines(map.costs, vfm.participants);
  vfm.savings = lines(map.savings, vfm.participants);
  vfm.investment = sum(vfm.costs);
  vfm.total_savings = sum(vfm.savings);
  vfm.net_benefit = vfm.total_savings - vfm.investment;
  if (vfm.participants && *vfm.participants > 0) {
    vfm.cost_per_participant = vfm.investment / *vfm.participants;
    vfm.savings_per_participant = vfm.total_savings / *vfm.participants;
    vfm.net_benefit_per_participant = vfm.net_benefit / *vfm.participants;
  }
  if (vfm.investment > 0) {
    vfm.savings_per_pound = vfm.total_savings / vfm.investment;
  }
  return vfm;
}

} // namespace tenderscore::value
