// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/measure/dataset.hpp>
#include <tenderscore/measure/scoring.hpp>
#include <tenderscore/util/rational.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::measure {

// The mean of one outcome at one time point.
struct TimePointMean
{
  std::string time;
  std::size_t n = 0;
  std::optional<util::Rational> mean;
  std::vector<std::pair<std::string, std::size_t>> bands; // ONS4: responses per ONS band
};

// Paired change of one outcome from each participant's first to last observation.
struct Change
{
  std::string from;  // the first time point in the file's order ("pre", or the earliest date)
  std::string to;    // the last
  std::size_t n = 0; // participants with a score at both their first and last observation
  std::size_t excluded = 0;           // participants with two or more observations but no such pair
  std::size_t one_observation = 0;    // participants observed once: nothing to pair
  std::optional<util::Rational> mean; // exact mean of the differences (last - first)
  std::optional<double> sd;           // sample standard deviation (n - 1)
  std::optional<double> t_quantile;   // Student's t, 0.975, n - 1 degrees of freedom
  std::optional<double> ci_low;       // mean ± t × sd / √n
  std::optional<double> ci_high;
  std::size_t improved = 0;     // changed by at least the threshold in the better direction
  std::size_t deteriorated = 0; // changed by at least the threshold in the worse direction
  std::optional<util::Rational> improved_share;
  std::optional<util::Rational> deteriorated_share;
};

// Everything `measure` reports about one outcome.
struct OutcomeSummary
{
  const Outcome* outcome = nullptr;
  std::size_t scored = 0;
  std::size_t unscored = 0;
  std::optional<util::Rational> mean;                     // over every scored response
  std::vector<std::pair<std::string, std::size_t>> bands; // ONS4: responses per ONS band
  std::vector<TimePointMean> by_time;
  std::optional<Change> change; // with a time column only
};

// One participant's QALYs: area under the EQ-5D-3L utility curve between dated observations.
struct ParticipantQaly
{
  std::string id;
  std::string from; // first date
  std::string to;   // last date
  long days = 0;
  std::size_t observations = 0;
  util::Rational qalys;
};

struct QalySummary
{
  std::vector<ParticipantQaly> participants;
  std::vector<std::string> excluded; // "id: reason"
  std::optional<util::Rational> mean;
};

// The whole result of `measure`: every response scored, then the summaries.
struct MeasureResult
{
  Instrument instrument = Instrument::wemwbs;
  TimeKind time = TimeKind::none;
  std::vector<std::string> time_points;
  std::vector<RowScore> rows; // in file order; each points into the dataset it was made from
  std::size_t participants = 0;
  std::vector<OutcomeSummary> outcomes; // one per InstrumentSpec::outcomes
  std::optional<QalySummary> qaly;      // EQ-5D-3L with dated observations only
};

/// Score every row of `data` and summarise it; the result points into `data`, which must
/// outlive it.
MeasureResult measure(const Dataset& data);

/// Return the paired change of the values `first` → `last` (same length, one pair per
/// participant) against `outcome`'s threshold, with a 95% t confidence interval when n ≥ 2.
Change paired_change(const std::vector<util::Rational>& first,
                     const std::vector<util::Rational>& last, const Outcome& outcome);

/// Return the trapezoid area under `utilities` at `days` (ascending), in years of 365.25 days.
util::Rational area_under_curve(const std::vector<long>& days,
                                const std::vector<util::Rational>& utilities);

} // namespace tenderscore::measure
