// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/util/rational.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::measure {

// The wellbeing and health-status instruments `measure` scores.
enum class Instrument { eq5d_3l, wemwbs, swemwbs, ons4 };

// Which way is better on an outcome.
enum class Direction { higher_is_better, lower_is_better };

// One number an instrument yields per response (ONS4 yields four, the others one), with the
// smallest change counted as meaningful and where that threshold comes from.
struct Outcome
{
  std::string name; // "index", "total", "metric", or an ONS4 item
  Direction direction = Direction::higher_is_better;
  util::Rational threshold;
  std::string threshold_source;
};

struct InstrumentSpec
{
  Instrument id = Instrument::wemwbs;
  std::string name;               // as on the command line: "eq5d-3l"
  std::string title;              // "EQ-5D-3L index (UK TTO value set)"
  std::vector<std::string> items; // the item columns, in scoring order
  int item_min = 0;
  int item_max = 0;
  std::vector<Outcome> outcomes;
  std::string rule;   // how a response is scored, in one sentence
  std::string source; // where the rule comes from
};

/// Return the definition of `instrument`.
const InstrumentSpec& spec(Instrument instrument);

/// Return the instrument named `name` ("eq5d-3l", "wemwbs", "swemwbs", "ons4"), or nullopt.
std::optional<Instrument> parse_instrument(std::string_view name);

/// Return the command-line names of every instrument.
std::vector<std::string> instrument_names();

} // namespace tenderscore::measure
