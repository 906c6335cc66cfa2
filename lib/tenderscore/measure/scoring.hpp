// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/measure/dataset.hpp>
#include <tenderscore/util/rational.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::measure {

/// Return the EQ-5D-3L index of the health state `levels` (MO, SC, UA, PD, AD, each 1-3) with
/// the UK TTO value set (Dolan 1997), exactly: 11111 → 1, 22222 → 0.516, 33333 → -0.594.
util::Rational eq5d_3l_index(const std::array<int, 5>& levels);

/// Return the SWEMWBS metric score of the raw total `raw` (7-35) from the compiled-in table.
util::Rational swemwbs_metric(int raw);

/// Return the ONS band of `value` (0-10) on the ONS4 item `item`: "low", "medium", "high",
/// "very high" (anxiety: "very low", "low", "medium", "high").
std::string ons4_band(const std::string& item, int value);

/// Return the ONS bands of the ONS4 item `item`, from the lowest values to the highest.
std::vector<std::string> ons4_bands(const std::string& item);

// The score of one response: one value per outcome of the instrument (nullopt when the
// response cannot be scored), and why not.
struct RowScore
{
  const Observation* observation = nullptr;
  std::vector<std::optional<util::Rational>> values; // one per InstrumentSpec::outcomes
  std::vector<std::string> bands;                    // ONS4: the band of each item ("" if none)
  std::optional<std::string> state;                  // EQ-5D-3L: the health state, "11223"
  std::optional<int> raw;                            // WEMWBS and SWEMWBS: the raw item sum
  std::string note;                                  // why a value is missing; "" otherwise
};

/// Score `observation` by the rules of `instrument`; a missing item leaves the value unscored
/// (no item is imputed) and the note says which items are missing.
RowScore score_observation(const Observation& observation, Instrument instrument);

} // namespace tenderscore::measure
