// SPDX-License-Identifier: MIT
// `measure` responses as CSV, one row per response, for spreadsheets and scripts.
#include <tenderscore/report/measure_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

// Unrounded, as in JSON: the shortest decimal that reads back as the same double.
std::string number(const std::optional<util::Rational>& value)
{
  return value ? fmt::format("{}", util::to_double(*value)) : std::string{};
}

} // namespace

void write_measure_csv(const measure::MeasureResult& result, std::ostream& out)
{
  using measure::Instrument;
  const auto& s = measure::spec(result.instrument);
  out << "id,time,";
  switch (result.instrument) {
  case Instrument::eq5d_3l:
    out << "state,index";
    break;
  case Instrument::wemwbs:
    out << "total";
    break;
  case Instrument::swemwbs:
    out << "raw,metric";
    break;
  case Instrument::ons4:
    for (const auto& item : s.items) {
      out << item << ',' << item << "_band" << (item == s.items.back() ? "" : ",");
    }
    break;
  }
  out << ",note\r\n";
  for (const auto& row : result.rows) {
    out << util::csv_cell(row.observation->id) << ',' << util::csv_cell(row.observation->time)
        << ',';
    switch (result.instrument) {
    case Instrument::eq5d_3l:
      out << row.state.value_or("") << ',' << number(row.values.front());
      break;
    case Instrument::wemwbs:
      out << number(row.values.front());
      break;
    case Instrument::swemwbs:
      out << (row.raw ? std::to_string(*row.raw) : std::string{}) << ','
          << number(row.values.front());
      break;
    case Instrument::ons4:
      for (std::size_t k = 0; k < s.items.size(); ++k) {
        out << number(row.values[k]) << ',' << util::csv_cell(row.bands[k])
            << (k + 1 == s.items.size() ? "" : ",");
      }
      break;
    }
    out << ',' << util::csv_cell(row.note) << "\r\n";
  }
}

} // namespace tenderscore::report
