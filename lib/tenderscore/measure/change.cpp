// SPDX-License-Identifier: MIT
// Paired change with a Student's t confidence interval; the only file of the measure layer that
// includes Boost.Math. The mean is exact; the spread and the interval are doubles.
#include <tenderscore/measure/summary.hpp>

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace tenderscore::measure {

Change paired_change(const std::vector<util::Rational>& first,
                     const std::vector<util::Rational>& last, const Outcome& outcome)
{
  Change change;
  change.n = first.size();
  if (first.empty() || first.size() != last.size()) {
    return change;
  }
  std::vector<util::Rational> differences;
  for (std::size_t i = 0; i < first.size(); ++i) {
    differences.push_back(last[i] - first[i]);
  }
  const util::Rational mean = util::mean(differences);
  change.mean = mean;
  const bool higher = outcome.direction == Direction::higher_is_better;
  for (const auto& d : differences) {
    const util::Rational better = higher ? d : util::Rational(-d);
    if (better >= outcome.threshold) {
      ++change.improved;
    } else if (-better >= outcome.threshold) {
      ++change.deteriorated;
    }
  }
  const util::Rational n(static_cast<long long>(change.n));
  change.improved_share = util::Rational(static_cast<long long>(change.improved)) / n;
  change.deteriorated_share = util::Rational(static_cast<long long>(change.deteriorated)) / n;
  if (change.n < 2) {
    return change;
  }
  util::Rational squares = 0;
  for (const auto& d : differences) {
    squares += (d - mean) * (d - mean);
  }
  const double variance =
      util::to_double(squares / util::Rational(static_cast<long long>(change.n - 1)));
  const double sd = std::sqrt(variance);
  const boost::math::students_t distribution(static_cast<double>(change.n - 1));
  const double t = boost::math::quantile(distribution, 0.975);
  const double half = t * sd / std::sqrt(static_cast<double>(change.n));
  change.sd = sd;
  change.t_quantile = t;
  change.ci_low = util::to_double(mean) - half;
  change.ci_high = util::to_double(mean) + half;
  return change;
}

} // namespace tenderscore::measure
