// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/value_map.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::value {

using util::Rational;

// What one agency pays or saves, resolved to a total.
struct AgencyLine
{
  std::string agency;
  Rational total;
  std::optional<Rational> per_participant; // total ÷ participants, when participants are known
  bool given_per_participant = false;      // the file gave the amount per participant
  std::string source;
};

// Value for money per participant (SPEC §9): who pays, who saves, the net benefit.
struct ValueForMoney
{
  std::optional<Rational> participants;
  std::vector<AgencyLine> costs;
  std::vector<AgencyLine> savings;
  Rational investment;    // Σ costs
  Rational total_savings; // Σ savings
  Rational net_benefit;   // total_savings − investment
  std::optional<Rational> cost_per_participant;
  std::optional<Rational> savings_per_participant;
  std::optional<Rational> net_benefit_per_participant;
  std::optional<Rational> savings_per_pound; // total_savings ÷ investment (when investment > 0)
};

// One year of one outcome: its value before discounting and its present value.
struct YearValue
{
  int year = 0;      // 1 for the first year
  Rational value;    // year_one × (1 − drop_off)^(year − 1)
  Rational discount; // (1 + rate)^year
  Rational present;  // value ÷ discount
};

// The adjustments actually applied to one outcome (after defaults and any sensitivity change).
struct Adjustments
{
  Rational deadweight;
  Rational attribution;
  Rational displacement;
  Rational drop_off;
  int duration = 1;
  Rational rate;
};

// One outcome of the SROI with every step of its arithmetic.
struct OutcomeValue
{
  std::string id;
  std::string outcome;
  std::string text;
  Rational quantity;
  model::Proxy proxy; // resolved: from a registry or inline
  Adjustments adjustments;
  bool deadweight_given = true;
  bool health = false;
  Rational gross;    // quantity × proxy value
  Rational year_one; // gross × (1 − deadweight) × (1 − attribution) × (1 − displacement)
  std::vector<YearValue> years;
  Rational present_value; // Σ years' present values
};

// The social return on investment: Σ present values ÷ investment.
struct Sroi
{
  std::vector<OutcomeValue> outcomes;
  Rational present_value; // Σ outcomes
  Rational investment;
  Rational net_present_value;    // present_value − investment
  std::optional<Rational> ratio; // present_value ÷ investment, when investment > 0
};

// The ratio with one assumption (or all of them) moved down and up.
struct Scenario
{
  std::string assumption;  // e.g. "deadweight", "all assumptions"
  std::string low_change;  // what the pessimistic case changes, e.g. "+0.1 (capped at 1)"
  std::string high_change; // what the optimistic case changes
  Rational low_ratio;
  Rational high_ratio;
  Rational swing() const { return high_ratio - low_ratio; }
};

// The sensitivity range: one-way scenarios, most influential first, and the two corners.
struct Sensitivity
{
  std::vector<Scenario> one_way; // sorted by swing, largest first
  Scenario corners;              // every assumption pessimistic / optimistic at once
};

// Everything `value` reports for one value map.
struct ValueResult
{
  std::string id;
  std::string title;
  std::string currency;
  ValueForMoney vfm;
  Sroi sroi;
  std::optional<Sensitivity> sensitivity; // when the SROI has a ratio
};

} // namespace tenderscore::value
