// SPDX-License-Identifier: MIT
// Leniency and severity of each evaluator: running statistics of their leave-one-out deviations.
// The only file that includes Boost.Accumulators (ARCHITECTURE.md).
#include <tenderscore/panel/worksheet.hpp>

#include <boost/accumulators/accumulators.hpp>
#include <boost/accumulators/statistics/count.hpp>
#include <boost/accumulators/statistics/mean.hpp>
#include <boost/accumulators/statistics/stats.hpp>
#include <boost/accumulators/statistics/variance.hpp>

#include <algorithm>
#include <cmath>

namespace tenderscore::panel {

namespace {

namespace acc = boost::accumulators;

using Accumulator =
    acc::accumulator_set<double, acc::stats<acc::tag::count, acc::tag::mean, acc::tag::variance>>;

// Boost's tag::variance is the population variance (divides by n); the worksheet reports the
// sample variance (divides by n − 1), so rescale by n / (n − 1). None for fewer than 2 values.
std::optional<double> sample_sd(const Accumulator& deviations)
{
  const std::size_t n = acc::count(deviations);
  if (n < 2) {
    return std::nullopt;
  }
  const double population = acc::variance(deviations);
  const double scale = static_cast<double>(n) / static_cast<double>(n - 1);
  return std::sqrt(std::max(0.0, population * scale));
}

std::string label_of(const std::optional<Rational>& mean_deviation)
{
  if (!mean_deviation) {
    return "not compared";
  }
  if (*mean_deviation >= k_leniency_threshold) {
    return "lenient";
  }
  if (*mean_deviation <= -k_leniency_threshold) {
    return "severe";
  }
  return "in line";
}

Leniency leniency_of(const Evaluator& evaluator, const std::vector<Item>& items)
{
  Leniency result;
  result.evaluator = evaluator.id;
  result.role = evaluator.role;
  Accumulator deviations;
  Rational sum = 0; // the mean deviation is exact; Boost's running mean is a double
  for (const auto& item : items) {
    for (const auto& s : item.scores) {
      if (s.evaluator != evaluator.id) {
        continue;
      }
      if (s.conflicted) {
        ++result.conflicted;
        continue;
      }
      ++result.scored;
      if (s.deviation) {
        deviations(util::to_double(*s.deviation));
        sum += *s.deviation;
      }
    }
  }
  result.compared = acc::count(deviations);
  if (result.compared > 0) {
    result.mean_deviation = sum / static_cast<long>(result.compared);
  }
  result.sd_sample = sample_sd(deviations);
  result.label = label_of(result.mean_deviation);
  return result;
}

} // namespace

std::vector<Leniency> evaluator_leniency(const std::vector<Item>& items,
                                         const std::vector<Evaluator>& evaluators)
{
  std::vector<Leniency> result;
  for (const auto& e : evaluators) {
    result.push_back(leniency_of(e, items));
  }
  return result;
}

} // namespace tenderscore::panel
