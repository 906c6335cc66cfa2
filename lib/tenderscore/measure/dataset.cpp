// SPDX-License-Identifier: MIT
// Participant-level CSV files (id, optional time, the instrument's items) → a checked Dataset.
#include <tenderscore/measure/dataset.hpp>

#include <tenderscore/load/csv.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <cctype>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace tenderscore::measure {

namespace {

// Labels whose order is known whatever order the rows come in: a file sorted by its time column
// lists "post" before "pre", and a change from post to pre would turn every gain into a loss.
const std::vector<std::string> k_label_order{
    "baseline", "pre",  "before", "start", "entry", "mid",       "midpoint",
    "interim",  "post", "after",  "end",   "exit",  "follow-up", "followup"};

std::size_t label_rank(const std::string& label)
{
  std::string lower;
  for (const char c : label) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  const auto found = std::find(k_label_order.begin(), k_label_order.end(), lower);
  return static_cast<std::size_t>(found - k_label_order.begin());
}

// Put `labels` in their natural order when every one of them is a known label; otherwise they
// keep the order of first appearance.
void order_known_labels(std::vector<std::string>& labels)
{
  const bool all_known = std::all_of(labels.begin(), labels.end(), [](const std::string& l) {
    return label_rank(l) < k_label_order.size();
  });
  if (all_known) {
    std::stable_sort(labels.begin(), labels.end(), [](const std::string& a, const std::string& b) {
      return label_rank(a) < label_rank(b);
    });
  }
}

constexpr std::size_t k_no_column = static_cast<std::size_t>(-1);

// Where each expected column is in the header.
struct Columns
{
  std::size_t id = k_no_column;
  std::size_t time = k_no_column;
  std::vector<std::size_t> items;
};

std::string join(const std::vector<std::string>& names)
{
  std::string text;
  for (const auto& name : names) {
    text += (text.empty() ? "" : ",") + name;
  }
  return text;
}

// "; it is a wemwbs item: is this a wemwbs file?" when `name` belongs to another instrument.
std::optional<std::string> other_instrument_hint(const std::string& name, const InstrumentSpec& s)
{
  for (const auto& other_name : instrument_names()) {
    const InstrumentSpec& other = spec(*parse_instrument(other_name));
    if (other.id != s.id &&
        std::find(other.items.begin(), other.items.end(), name) != other.items.end()) {
      return fmt::format("; it is a {} item: is this a {} file?", other.name, other.name);
    }
  }
  return std::nullopt;
}

std::optional<Columns> read_header(const load::CsvRow& header, const InstrumentSpec& s,
                                   diag::Diagnostics& diags)
{
  std::vector<std::string> allowed{"id", "time"};
  allowed.insert(allowed.end(), s.items.begin(), s.items.end());
  Columns columns;
  columns.items.assign(s.items.size(), k_no_column);
  std::map<std::string, diag::Location, std::less<>> seen;
  bool ok = true;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const load::CsvField& cell = header.fields[i];
    const auto known = std::find(allowed.begin(), allowed.end(), cell.text);
    if (known == allowed.end()) {
      diags.error(cell.where, "csv.header",
                  fmt::format("unknown column {} for {}{}", util::quote(cell.text), s.name,
                              other_instrument_hint(cell.text, s)
                                  .value_or(util::did_you_mean(cell.text, allowed))));
      ok = false;
      continue;
    }
    if (const auto [first, added] = seen.emplace(cell.text, cell.where); !added) {
      diags.error(cell.where, "csv.header",
                  fmt::format("duplicate column {} (first in column {})", util::quote(cell.text),
                              first->second.column));
      ok = false;
      continue;
    }
    const auto index = static_cast<std::size_t>(known - allowed.begin());
    if (index == 0) {
      columns.id = i;
    } else if (index == 1) {
      columns.time = i;
    } else {
      columns.items[index - 2] = i;
    }
  }
  const diag::Location start{header.where.file, header.where.line, 1};
  if (columns.id == k_no_column) {
    diags.error(start, "csv.header", "missing column 'id'");
    ok = false;
  }
  std::string missing;
  for (std::size_t k = 0; k < s.items.size(); ++k) {
    if (columns.items[k] == k_no_column) {
      missing += (missing.empty() ? "" : ", ") + s.items[k];
    }
  }
  if (!missing.empty()) {
    diags.error(start, "csv.header",
                fmt::format("missing {} column{} {} (the {} items are {})", s.name,
                            missing.find(',') == std::string::npos ? "" : "s", missing, s.name,
                            join(s.items)));
    ok = false;
  }
  return ok ? std::optional<Columns>(std::move(columns)) : std::nullopt;
}

// A whole number written plainly: an optional minus sign and at most 9 digits.
std::optional<int> parse_int(std::string_view text)
{
  const bool negative = !text.empty() && text.front() == '-';
  const std::string_view digits = negative ? text.substr(1) : text;
  if (digits.empty() || digits.size() > 9 ||
      !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  int value = 0;
  for (const char c : digits) {
    value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

class Builder
{
public:
  Builder(const InstrumentSpec& s, Columns columns, std::size_t width, diag::Diagnostics& diags)
      : m_spec(s)
      , m_columns(std::move(columns))
      , m_width(width)
      , m_diags(diags)
  {
    m_data.instrument = s.id;
    m_data.time = m_columns.time == k_no_column ? TimeKind::none : TimeKind::labels;
  }

  void row(const load::CsvRow& row)
  {
    if (row.fields.size() != m_width) {
      m_diags.error(
          row.where, "csv.syntax",
          fmt::format("this row has {} fields but the header has {}", row.fields.size(), m_width));
      return;
    }
    Observation obs;
    obs.where = row.where;
    bool ok = true;
    const load::CsvField& id = row.fields[m_columns.id];
    if (id.text.empty()) {
      m_diags.error(id.where, "measure.value", "empty id: every row needs a participant id");
      ok = false;
    }
    obs.id = id.text;
    const bool time_ok = m_columns.time == k_no_column || time(row.fields[m_columns.time], obs);
    ok = ok && time_ok;
    for (std::size_t k = 0; k < m_spec.items.size(); ++k) {
      const load::CsvField& cell = row.fields[m_columns.items[k]];
      if (cell.text.empty()) {
        obs.items.emplace_back(std::nullopt);
        continue;
      }
      const auto value = parse_int(cell.text);
      if (!value || *value < m_spec.item_min || *value > m_spec.item_max) {
        m_diags.error(cell.where, "measure.value",
                      fmt::format("{} {} is not a whole number from {} to {} ({}); leave the "
                                  "cell empty for a missing answer",
                                  m_spec.items[k], util::quote(cell.text), m_spec.item_min,
                                  m_spec.item_max, m_spec.name));
        ok = false;
        obs.items.emplace_back(std::nullopt);
        continue;
      }
      obs.items.emplace_back(*value);
    }
    if (time_ok && !obs.id.empty()) {
      key(obs, id); // checked even when a value is wrong, so one run reports both
    }
    if (ok) {
      m_data.rows.push_back(std::move(obs));
    }
  }

  Dataset take()
  {
    if (m_data.time == TimeKind::dates) {
      std::vector<std::pair<long, std::string>> dated;
      for (const auto& [label, day] : m_days) {
        dated.emplace_back(day, label);
      }
      std::sort(dated.begin(), dated.end());
      m_data.time_points.clear();
      for (const auto& d : dated) {
        m_data.time_points.push_back(d.second);
      }
    } else {
      order_known_labels(m_data.time_points);
    }
    return std::move(m_data);
  }

private:
  bool time(const load::CsvField& cell, Observation& obs)
  {
    obs.time = cell.text;
    if (cell.text.empty()) {
      m_diags.error(cell.where, "measure.time",
                    "empty time: with a time column every row needs one (e.g. pre, post or a "
                    "date YYYY-MM-DD)");
      return false;
    }
    const auto day = parse_iso_date(cell.text);
    const bool date_shaped = cell.text.size() == 10 && cell.text[4] == '-' && cell.text[7] == '-';
    if (!m_first_time) {
      m_first_time = cell.where;
      m_data.time = date_shaped ? TimeKind::dates : TimeKind::labels;
    }
    if (m_data.time == TimeKind::dates) {
      // 0001-01-01 is a calendar date, but not one this data can hold: say so, not "not a date"
      const bool before_1000 = !day && date_shaped && cell.text.compare(0, 4, "1000") < 0 &&
                               parse_iso_date("2000" + cell.text.substr(4));
      if (before_1000) {
        m_diags.error(cell.where, "measure.time",
                      fmt::format("date {} is before the year 1000; tenderscore reads dates from "
                                  "1000-01-01 to 9999-12-31 (is the year mistyped?)",
                                  util::quote(cell.text)));
        return false;
      }
      if (!day) {
        m_diags.error(cell.where, "measure.time",
                      fmt::format("time {} is not a calendar date YYYY-MM-DD; the first time in "
                                  "the file (line {}) is a date, so every time must be one",
                                  util::quote(cell.text), m_first_time->line));
        return false;
      }
      obs.day = day;
      m_days.emplace(cell.text, *day);
    } else if (!m_labels.contains(cell.text)) {
      if (date_shaped) {
        m_diags.error(cell.where, "measure.time",
                      fmt::format("time {} looks like a date but the first time in the file "
                                  "(line {}) is a label; use dates or labels, not both",
                                  util::quote(cell.text), m_first_time->line));
        return false;
      }
      m_data.time_points.push_back(cell.text);
      m_labels.insert(cell.text);
    }
    return true;
  }

  void key(const Observation& obs, const load::CsvField& id)
  {
    const auto [first, added] = m_keys.try_emplace({obs.id, obs.time}, obs.where.line);
    if (added) {
      return;
    }
    m_diags.error(id.where, "measure.duplicate",
                  m_data.time == TimeKind::none
                      ? fmt::format("participant {} appears again (first on line {}); without a "
                                    "time column each participant has one row",
                                    util::quote(obs.id), first->second)
                      : fmt::format("participant {} at time {} appears again (first on line {})",
                                    util::quote(obs.id), util::quote(obs.time), first->second));
  }

  const InstrumentSpec& m_spec;
  Columns m_columns;
  std::size_t m_width;
  diag::Diagnostics& m_diags;
  Dataset m_data;
  std::optional<diag::Location> m_first_time;
  std::map<std::string, long, std::less<>> m_days;
  std::set<std::string, std::less<>> m_labels;
  std::map<std::pair<std::string, std::string>, int> m_keys;
};

} // namespace

std::optional<Dataset> read_dataset(const diag::SourcePtr& source, Instrument instrument,
                                    diag::Diagnostics& diags)
{
  diag::Diagnostics local;
  const auto rows = load::read_csv(source, local);
  if (!rows) {
    diags.append(local);
    return std::nullopt;
  }
  if (rows->empty()) {
    local.error({source, 1, 1}, "csv.header",
                fmt::format("empty file: the first line must name the columns (id, optional "
                            "time, then the {} items)",
                            spec(instrument).name));
    diags.append(local);
    return std::nullopt;
  }
  const InstrumentSpec& s = spec(instrument);
  const auto columns = read_header(rows->front(), s, local);
  if (!columns) {
    diags.append(local);
    return std::nullopt;
  }
  Builder builder(s, *columns, rows->front().fields.size(), local);
  for (std::size_t r = 1; r < rows->size(); ++r) {
    builder.row((*rows)[r]);
  }
  if (rows->size() == 1) {
    local.error({source, 1, 1}, "measure.value", "no responses: the file has only a header");
  }
  const bool failed = local.has_errors();
  diags.append(local);
  if (failed) {
    return std::nullopt;
  }
  return builder.take();
}

} // namespace tenderscore::measure
