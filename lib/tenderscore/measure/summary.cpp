// SPDX-License-Identifier: MIT
// `measure`: score every response, then the means per time point, the paired change from each
// participant's first to last observation and, for dated EQ-5D-3L data, QALYs.
#include <tenderscore/measure/summary.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tenderscore::measure {

namespace {

// Each participant's rows in time order, participants in order of first appearance.
using Timeline = std::vector<const RowScore*>;

// The position of each time label in data.time_points, looked up once per row (a file may hold
// many distinct labels, so no linear search per row).
std::map<std::string, long, std::less<>> time_ranks(const Dataset& data)
{
  std::map<std::string, long, std::less<>> ranks;
  for (std::size_t i = 0; i < data.time_points.size(); ++i) {
    ranks.emplace(data.time_points[i], static_cast<long>(i));
  }
  return ranks;
}

std::vector<Timeline> timelines(const Dataset& data, const std::vector<RowScore>& rows)
{
  const auto ranks = time_ranks(data);
  const auto rank = [&](const RowScore* row) {
    const Observation& obs = *row->observation;
    if (data.time == TimeKind::dates) {
      return obs.day.value_or(0);
    }
    const auto it = ranks.find(obs.time);
    return it == ranks.end() ? 0L : it->second;
  };
  std::vector<Timeline> lines;
  std::map<std::string, std::size_t, std::less<>> index;
  for (const auto& row : rows) {
    const auto [it, added] = index.try_emplace(row.observation->id, lines.size());
    if (added) {
      lines.emplace_back();
    }
    lines[it->second].push_back(&row);
  }
  for (auto& line : lines) {
    std::stable_sort(line.begin(), line.end(),
                     [&](const RowScore* a, const RowScore* b) { return rank(a) < rank(b); });
  }
  return lines;
}

// The number of responses in each ONS band of `outcome` among `rows` (ONS4 only).
std::vector<std::pair<std::string, std::size_t>>
band_counts(const std::vector<const RowScore*>& rows, std::size_t k, const Outcome& outcome)
{
  std::vector<std::pair<std::string, std::size_t>> counts;
  for (const auto& band : ons4_bands(outcome.name)) {
    counts.emplace_back(band, 0);
  }
  for (const RowScore* row : rows) {
    for (auto& [band, n] : counts) {
      n += row->bands.size() > k && row->bands[k] == band ? 1 : 0;
    }
  }
  return counts;
}

OutcomeSummary summarise(const Dataset& data, const std::vector<RowScore>& rows,
                         const std::vector<Timeline>& lines, std::size_t k, const Outcome& outcome)
{
  OutcomeSummary summary;
  summary.outcome = &outcome;
  std::vector<util::Rational> all;
  for (const auto& row : rows) {
    if (row.values[k]) {
      all.push_back(*row.values[k]);
    }
  }
  summary.scored = all.size();
  summary.unscored = rows.size() - all.size();
  if (!all.empty()) {
    summary.mean = util::mean(all);
  }
  const bool banded = data.instrument == Instrument::ons4;
  if (banded) {
    std::vector<const RowScore*> every;
    for (const auto& row : rows) {
      every.push_back(&row);
    }
    summary.bands = band_counts(every, k, outcome);
  }
  if (data.time == TimeKind::none) {
    return summary;
  }
  const auto ranks = time_ranks(data);
  std::vector<std::vector<util::Rational>> at_time(data.time_points.size());
  std::vector<std::vector<const RowScore*>> rows_at_time(data.time_points.size());
  for (const auto& row : rows) {
    const auto it = ranks.find(row.observation->time);
    if (it == ranks.end()) {
      continue;
    }
    const auto t = static_cast<std::size_t>(it->second);
    rows_at_time[t].push_back(&row);
    if (row.values[k]) {
      at_time[t].push_back(*row.values[k]);
    }
  }
  for (std::size_t t = 0; t < data.time_points.size(); ++t) {
    TimePointMean point{data.time_points[t], at_time[t].size(), std::nullopt, {}};
    if (!at_time[t].empty()) {
      point.mean = util::mean(at_time[t]);
    }
    if (banded) {
      point.bands = band_counts(rows_at_time[t], k, outcome);
    }
    summary.by_time.push_back(std::move(point));
  }
  std::vector<util::Rational> first;
  std::vector<util::Rational> last;
  std::size_t excluded = 0;
  std::size_t one_observation = 0;
  for (const auto& line : lines) {
    if (line.size() < 2) {
      one_observation += line.size();
      continue;
    }
    const auto& a = line.front()->values[k];
    const auto& b = line.back()->values[k];
    if (a && b) {
      first.push_back(*a);
      last.push_back(*b);
    } else {
      ++excluded;
    }
  }
  Change change = paired_change(first, last, outcome);
  change.excluded = excluded;
  change.one_observation = one_observation;
  change.from = data.time_points.front();
  change.to = data.time_points.back();
  summary.change = std::move(change);
  return summary;
}

QalySummary qalys(const std::vector<Timeline>& lines)
{
  QalySummary summary;
  std::vector<util::Rational> totals;
  for (const auto& line : lines) {
    const std::string& id = line.front()->observation->id;
    if (line.size() < 2) {
      summary.excluded.push_back(fmt::format("{}: one observation, no interval", id));
      continue;
    }
    std::vector<long> days;
    std::vector<util::Rational> utilities;
    std::string missing;
    for (const RowScore* row : line) {
      if (!row->values.front()) {
        missing += (missing.empty() ? "" : ", ") + row->observation->time;
        continue;
      }
      days.push_back(*row->observation->day);
      utilities.push_back(*row->values.front());
    }
    if (!missing.empty()) {
      summary.excluded.push_back(
          fmt::format("{}: no index on {} (no utility is interpolated)", id, missing));
      continue;
    }
    ParticipantQaly q{id,
                      line.front()->observation->time,
                      line.back()->observation->time,
                      days.back() - days.front(),
                      line.size(),
                      area_under_curve(days, utilities)};
    totals.push_back(q.qalys);
    summary.participants.push_back(std::move(q));
  }
  if (!totals.empty()) {
    summary.mean = util::mean(totals);
  }
  return summary;
}

} // namespace

MeasureResult measure(const Dataset& data)
{
  MeasureResult result;
  result.instrument = data.instrument;
  result.time = data.time;
  result.time_points = data.time_points;
  for (const auto& obs : data.rows) {
    result.rows.push_back(score_observation(obs, data.instrument));
  }
  const auto lines = timelines(data, result.rows);
  result.participants = lines.size();
  const InstrumentSpec& s = spec(data.instrument);
  for (std::size_t k = 0; k < s.outcomes.size(); ++k) {
    result.outcomes.push_back(summarise(data, result.rows, lines, k, s.outcomes[k]));
  }
  if (data.instrument == Instrument::eq5d_3l && data.time == TimeKind::dates) {
    result.qaly = qalys(lines);
  }
  return result;
}

} // namespace tenderscore::measure
