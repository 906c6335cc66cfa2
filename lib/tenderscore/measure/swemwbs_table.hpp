// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace tenderscore::measure {

// One row of the SWEMWBS raw-to-metric conversion: the metric as the decimal text published.
struct SwemwbsEntry
{
  int raw = 0;
  std::string_view metric;
};

inline constexpr std::size_t k_swemwbs_entries = 29; // raw totals 7..35

/// Return the conversion table compiled in from data/swemwbs-conversion.csv, raw 7..35 in order.
const std::array<SwemwbsEntry, k_swemwbs_entries>& swemwbs_table();

} // namespace tenderscore::measure
