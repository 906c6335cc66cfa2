// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/tender.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::score {

// The formulas that the price methods and the quantity methods share. A method is added once,
// here: the engine's points (measured.cpp), the method statement's words
// (report::formula_words) and the XLSX formula (report/xlsx_lot_sheet.cpp) each switch on it.
enum class Formula { ratio, range, linear, fixed_bounds, bands };

// A price or quantity rule as one formula applied to values of which lower (or higher) is
// better.
struct MeasuredRule
{
  Formula formula = Formula::ratio;
  std::string name; // the method as the tender names it, e.g. "lowest-ratio", "ratio-to-best"
  model::Direction direction = model::Direction::lower;
  util::Rational k{1};                   // linear
  std::optional<util::Rational> floor;   // fixed-bounds
  std::optional<util::Rational> ceiling; // fixed-bounds; budget: the ceiling that excludes
  std::vector<model::Band> bands;        // bands
  std::string noun = "price";            // how formulas name a value: "price" or "value"
  // explain full marks when every value in contention is the same (ratio, range, linear)
  bool say_all_equal = false;
  bool ceiling_excludes = false; // budget: a price above the ceiling was excluded before scoring
};

/// Return the formula of the price rule `rule` (budget: ratio; its ceiling excludes earlier).
MeasuredRule measured_rule(const model::PriceRule& rule);
/// Return the formula of the quantity rule `rule`.
MeasuredRule measured_rule(const model::QuantityRule& rule);

} // namespace tenderscore::score
