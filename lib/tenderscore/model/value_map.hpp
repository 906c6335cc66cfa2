// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/tender.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::model {

// The money value of one unit of an outcome, with where it comes from (SPEC §9).
struct Proxy
{
  std::string id; // "" for an inline proxy
  Located<Rational> value;
  std::string unit;
  std::string source;
  std::string url;
  Located<Rational> year;
  std::string licence;
  Location where; // the proxy's mapping
};

// A proxy registry (format tenderscore/proxies@1): the user's own values.
struct ProxyRegistry
{
  diag::SourcePtr source;
  std::vector<Proxy> proxies;

  /// Return the proxy named `id`, or nullptr.
  const Proxy* find(const std::string& id) const;
};

// What one agency pays or saves: a total or an amount per participant (exactly one is set
// in a valid file).
struct AgencyAmount
{
  Located<std::string> agency;
  std::optional<Located<Rational>> total;
  std::optional<Located<Rational>> per_participant;
  std::string source;
  Location where; // the entry's mapping
};

// One valued outcome of a value map.
struct ValueEntry
{
  Located<std::string> id;
  Located<std::string> outcome;            // ideally a tender outcome or KPI id
  std::optional<Located<std::string>> kpi; // the monitoring KPI
  std::string text;
  Located<Rational> quantity;
  std::optional<Located<std::string>> proxy_id; // a registry proxy, or
  std::optional<Proxy> proxy;                   // an inline one
  std::optional<Located<Rational>> deadweight;  // absent is a gap, 0 a choice
  std::optional<Located<Rational>> attribution;
  std::optional<Located<Rational>> displacement;
  std::optional<Located<Rational>> drop_off;
  Located<Rational> duration; // whole years
  bool health = false;
  std::optional<Located<Rational>> discount_rate;
  Location where; // the entry's mapping
};

// How far the sensitivity range moves each assumption.
struct SensitivitySteps
{
  Located<Rational> share_step{Rational{1, 10}, {}};
  Located<Rational> duration_step{Rational{1}, {}};
  Located<Rational> low_rate{Rational{15, 1000}, {}};
  Located<Rational> high_rate{Rational{35, 1000}, {}};
};

/// Return HM Treasury Green Book's discount rate, 3.5% (0.035).
inline Rational green_book_rate()
{
  return Rational{35, 1000};
}

/// Return the Green Book's discount rate for health effects, 1.5% (0.015).
inline Rational green_book_health_rate()
{
  return Rational{15, 1000};
}

// A value map (format tenderscore/value-map@1).
struct ValueMap
{
  diag::SourcePtr source;
  Located<std::string> id;
  std::string title;
  std::optional<Located<std::string>> tender;
  std::optional<Located<std::string>> bidder;
  std::string currency = "GBP";
  std::optional<Located<Rational>> participants;
  Located<Rational> discount_rate{green_book_rate(), {}};
  Located<Rational> health_discount_rate{green_book_health_rate(), {}};
  std::vector<AgencyAmount> costs;
  std::vector<AgencyAmount> savings;
  std::vector<ValueEntry> outcomes;
  SensitivitySteps sensitivity;
};

} // namespace tenderscore::model
