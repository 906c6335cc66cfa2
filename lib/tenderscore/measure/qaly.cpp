// SPDX-License-Identifier: MIT
// QALYs as the area under the EQ-5D-3L utility curve (trapezoid rule), exact.
#include <tenderscore/measure/summary.hpp>

namespace tenderscore::measure {

util::Rational area_under_curve(const std::vector<long>& days,
                                const std::vector<util::Rational>& utilities)
{
  // A year is 365.25 days = 1461/4, so each segment is (u0 + u1) / 2 × Δdays × 4 / 1461.
  util::Rational area = 0;
  for (std::size_t i = 1; i < days.size() && i < utilities.size(); ++i) {
    const util::Rational span(static_cast<long long>(days[i] - days[i - 1]));
    area += (utilities[i - 1] + utilities[i]) / 2 * span * 4 / 1461;
  }
  return area;
}

} // namespace tenderscore::measure
