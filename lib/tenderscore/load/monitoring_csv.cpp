// SPDX-License-Identifier: MIT
#include <tenderscore/load/monitoring_csv.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <utility>

namespace tenderscore::load {

namespace {

constexpr std::array<std::string_view, 3> k_columns{"period", "kpi", "value"};

bool is_id(std::string_view text)
{
  if (text.empty() || text.size() > 64 || text.front() == '-') {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

} // namespace

void load_monitoring_csv(const diag::SourcePtr& source, const std::vector<CsvRow>& rows,
                         LoadedFile& file, diag::Diagnostics& diags)
{
  const std::size_t errors_before = diags.count(diag::Severity::error);
  const CsvRow& header = rows.front();
  const std::vector<std::string> allowed(k_columns.begin(), k_columns.end());
  std::map<std::string, std::size_t, std::less<>> columns;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    const CsvField& cell = header.fields[i];
    if (std::find(allowed.begin(), allowed.end(), cell.text) == allowed.end()) {
      diags.error(cell.where, "csv.header",
                  fmt::format("unknown column {}{}", util::quote(cell.text),
                              util::did_you_mean(cell.text, allowed)));
    } else if (!columns.emplace(cell.text, i).second) {
      diags.error(cell.where, "csv.header",
                  fmt::format("duplicate column {}", util::quote(cell.text)));
    }
  }
  for (const auto& name : allowed) {
    if (!columns.contains(name)) {
      diags.error({source, 1, 1}, "csv.header",
                  fmt::format("missing column {}", util::quote(name)));
    }
  }
  if (diags.count(diag::Severity::error) > errors_before) {
    return;
  }
  model::MonitoringReturn result;
  result.source = source;
  result.from_csv = true;
  result.tender.where = {source, 1, 1};
  std::map<std::pair<std::string, std::string>, int> seen; // (period, kpi) → first line
  std::map<std::string, std::size_t> period_index;         // period → index in result.periods
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const CsvRow& row = rows[i];
    if (row.fields.size() != header.fields.size()) {
      diags.error(row.where, "csv.syntax",
                  fmt::format("this row has {} fields but the header has {}", row.fields.size(),
                              header.fields.size()));
      continue;
    }
    const CsvField& period = row.fields[columns.find("period")->second];
    const CsvField& kpi = row.fields[columns.find("kpi")->second];
    const CsvField& value = row.fields[columns.find("value")->second];
    bool ok = true;
    if (!model::period_key(period.text)) {
      diags.error(period.where, "csv.value",
                  fmt::format("period {} is not a year (2026), half (2026-H1), quarter (2026-Q1) "
                              "or month (2026-03)",
                              util::quote(period.text)));
      ok = false;
    }
    if (!is_id(kpi.text)) {
      diags.error(kpi.where, "csv.value",
                  fmt::format("KPI {} is not an id (lower-case letters, digits and '-')",
                              util::quote(kpi.text)));
      ok = false;
    }
    const auto number = util::parse_decimal(value.text);
    if (!number) {
      diags.error(value.where, "csv.value",
                  fmt::format("value {} is not a number", util::quote(value.text)));
      ok = false;
    }
    if (!ok) {
      continue;
    }
    const auto [first, inserted] =
        seen.emplace(std::make_pair(period.text, kpi.text), row.where.line);
    if (!inserted) {
      diags.error(row.where, "monitoring.duplicate-period",
                  fmt::format("KPI {} is reported twice for period {} (first at line {})",
                              util::quote(kpi.text), util::quote(period.text), first->second));
      continue;
    }
    const auto [index, added] = period_index.try_emplace(period.text, result.periods.size());
    if (added) {
      result.periods.emplace_back().period = {period.text, period.where};
    }
    result.periods[index->second].kpis.push_back({kpi.text, {*number, value.where}, kpi.where});
  }
  if (result.periods.empty() && diags.count(diag::Severity::error) == errors_before) {
    diags.error({source, 1, 1}, "csv.empty", "the monitoring return has a header but no rows");
  }
  if (diags.count(diag::Severity::error) == errors_before) {
    file.monitoring = std::move(result);
  }
}

} // namespace tenderscore::load
