// SPDX-License-Identifier: MIT
// `measure` as JSON (tenderscore/measure@1): numbers unrounded, exact fractions beside them.
#include <tenderscore/report/json_number.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/report/measure_writers.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using measure::Instrument;
using nlohmann::ordered_json;

ordered_json exact(const std::optional<util::Rational>& value)
{
  return value ? ordered_json(util::format_exact(*value)) : ordered_json(nullptr);
}

ordered_json real(const std::optional<double>& value)
{
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

void put(ordered_json& object, const std::string& name, const std::optional<util::Rational>& value)
{
  object[name] = json_number(value);
  object[name + "_exact"] = exact(value);
}

const char* time_kind(measure::TimeKind kind)
{
  switch (kind) {
  case measure::TimeKind::labels:
    return "labels";
  case measure::TimeKind::dates:
    return "dates";
  case measure::TimeKind::none:
    break;
  }
  return "none";
}

ordered_json row_json(const measure::RowScore& row, const measure::MeasureResult& result)
{
  const auto& s = measure::spec(result.instrument);
  ordered_json j;
  j["id"] = row.observation->id;
  j["time"] = result.time == measure::TimeKind::none ? ordered_json(nullptr)
                                                     : ordered_json(row.observation->time);
  if (result.instrument == Instrument::ons4) {
    ordered_json items;
    for (std::size_t k = 0; k < s.items.size(); ++k) {
      ordered_json item;
      item["value"] = json_number(row.values[k]);
      item["band"] = row.bands[k].empty() ? ordered_json(nullptr) : ordered_json(row.bands[k]);
      items[s.items[k]] = std::move(item);
    }
    j["score"] = std::move(items);
  } else {
    j["score"] = json_number(row.values.front());
    if (result.instrument != Instrument::wemwbs) {
      j["score_exact"] = exact(row.values.front());
    }
  }
  if (row.state) {
    j["state"] = *row.state;
  }
  if (row.raw && result.instrument == Instrument::swemwbs) {
    j["raw"] = *row.raw;
  }
  j["note"] = row.note.empty() ? ordered_json(nullptr) : ordered_json(row.note);
  return j;
}

ordered_json change_json(const measure::Change& c, const measure::Outcome& outcome)
{
  ordered_json j;
  j["pair"] = "each participant's first and last observation";
  j["from"] = c.from;
  j["to"] = c.to;
  j["n"] = c.n;
  j["excluded"] = c.excluded;
  j["one_observation"] = c.one_observation;
  put(j, "mean", c.mean);
  j["sd"] = real(c.sd);
  j["t_quantile"] = real(c.t_quantile);
  j["ci95"] = c.ci_low ? ordered_json::array({*c.ci_low, *c.ci_high}) : ordered_json(nullptr);
  ordered_json meaningful;
  meaningful["threshold"] = json_number(outcome.threshold);
  meaningful["source"] = outcome.threshold_source;
  meaningful["improved"] = c.improved;
  put(meaningful, "improved_share", c.improved_share);
  meaningful["deteriorated"] = c.deteriorated;
  put(meaningful, "deteriorated_share", c.deteriorated_share);
  j["meaningful_change"] = std::move(meaningful);
  return j;
}

ordered_json bands_json(const std::vector<std::pair<std::string, std::size_t>>& bands)
{
  ordered_json j;
  for (const auto& [band, n] : bands) {
    j[band] = n;
  }
  return j;
}

ordered_json outcome_json(const measure::OutcomeSummary& o)
{
  ordered_json j;
  j["outcome"] = o.outcome->name;
  j["better"] = o.outcome->direction == measure::Direction::higher_is_better ? "higher" : "lower";
  j["scored"] = o.scored;
  j["unscored"] = o.unscored;
  put(j, "mean", o.mean);
  if (!o.bands.empty()) {
    j["bands"] = bands_json(o.bands);
  }
  if (!o.by_time.empty()) {
    ordered_json times = ordered_json::array();
    for (const auto& t : o.by_time) {
      ordered_json e;
      e["time"] = t.time;
      e["n"] = t.n;
      put(e, "mean", t.mean);
      if (!t.bands.empty()) {
        e["bands"] = bands_json(t.bands);
      }
      times.push_back(std::move(e));
    }
    j["by_time"] = std::move(times);
  }
  j["change"] = o.change ? change_json(*o.change, *o.outcome) : ordered_json(nullptr);
  return j;
}

ordered_json qaly_json(const measure::QalySummary& q)
{
  ordered_json j;
  j["method"] = "area under the EQ-5D-3L utility curve, trapezoid rule between each "
                "participant's dated observations, years of 365.25 days, undiscounted";
  ordered_json people = ordered_json::array();
  for (const auto& p : q.participants) {
    ordered_json e;
    e["id"] = p.id;
    e["from"] = p.from;
    e["to"] = p.to;
    e["days"] = p.days;
    e["observations"] = p.observations;
    put(e, "qalys", p.qalys);
    people.push_back(std::move(e));
  }
  j["participants"] = std::move(people);
  j["n"] = q.participants.size();
  put(j, "mean", q.mean);
  j["excluded"] = q.excluded;
  return j;
}

} // namespace

void write_measure_json(const measure::MeasureResult& result, const std::string& path,
                        std::ostream& out)
{
  const auto& s = measure::spec(result.instrument);
  ordered_json doc;
  doc["format"] = "tenderscore/measure@1";
  doc["measure"] = s.name;
  doc["file"] = path;
  ordered_json instrument;
  instrument["title"] = s.title;
  instrument["items"] = s.items;
  instrument["item_range"] = ordered_json::array({s.item_min, s.item_max});
  instrument["rule"] = s.rule;
  instrument["source"] = s.source;
  doc["instrument"] = std::move(instrument);
  doc["time"] = time_kind(result.time);
  ordered_json rows = ordered_json::array();
  for (const auto& row : result.rows) {
    rows.push_back(row_json(row, result));
  }
  doc["rows"] = std::move(rows);
  ordered_json summary;
  summary["responses"] = result.rows.size();
  summary["participants"] = result.participants;
  ordered_json outcomes = ordered_json::array();
  for (const auto& o : result.outcomes) {
    outcomes.push_back(outcome_json(o));
  }
  summary["outcomes"] = std::move(outcomes);
  if (result.qaly) {
    summary["qaly"] = qaly_json(*result.qaly);
  }
  doc["summary"] = std::move(summary);
  out << json_escape_controls(doc.dump(2)) << '\n';
}

} // namespace tenderscore::report
