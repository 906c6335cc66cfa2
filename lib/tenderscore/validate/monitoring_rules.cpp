// SPDX-License-Identifier: MIT
// Monitoring returns against the tender whose contract they report on (FORMAT.md "Monitoring
// returns").
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace tenderscore::validate {

namespace {

using detail::where_text;
using util::quote;

std::vector<std::string> kpi_ids(const model::Tender& tender)
{
  std::vector<std::string> ids;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      ids.push_back(kpi.id);
    }
  }
  return ids;
}

void check_one(const model::MonitoringReturn& file, const std::vector<std::string>& ids,
               diag::Diagnostics& diags)
{
  std::map<std::string, diag::Location> periods;
  std::optional<model::PeriodKey> previous;
  for (const auto& period : file.periods) {
    const auto [first, added] = periods.emplace(period.period.value, period.period.where);
    if (!added) {
      diags.error(period.period.where, "monitoring.duplicate-period",
                  fmt::format("period {} is reported twice (first at {})",
                              quote(period.period.value),
                              where_text(first->second, period.period.where)));
      continue;
    }
    const auto key = model::period_key(period.period.value);
    if (key && previous && key->kind == previous->kind && *key < *previous) {
      diags.warning(period.period.where, "monitoring.period-order",
                    fmt::format("period {} comes after a later period; list periods in order",
                                quote(period.period.value)));
    }
    if (key) {
      previous = key;
    }
    for (const auto& value : period.kpis) {
      if (std::find(ids.begin(), ids.end(), value.kpi) == ids.end()) {
        diags.error(value.where, "monitoring.unknown-kpi",
                    fmt::format("KPI {} is not a KPI of tender {}{}", quote(value.kpi),
                                quote(file.tender.value), util::did_you_mean(value.kpi, ids)));
      }
    }
  }
}

} // namespace

void check_monitoring(const std::vector<const model::MonitoringReturn*>& returns,
                      const model::Tender& tender, diag::Diagnostics& diags)
{
  const std::vector<std::string> ids = kpi_ids(tender);
  std::optional<std::pair<model::PeriodKey::Kind, diag::Location>> kind;
  const model::MonitoringReturn* provider_file = nullptr;
  // (period, kpi) → where it was first reported, across all the returns.
  std::map<std::pair<std::string, std::string>, diag::Location> reported;
  std::set<std::string> any_reported;
  for (const model::MonitoringReturn* file : returns) {
    check_one(*file, ids, diags);
    if (file->provider) {
      if (!provider_file) {
        provider_file = file;
      } else if (provider_file->provider->value != file->provider->value) {
        diags.error(file->provider->where, "monitoring.provider",
                    fmt::format("provider {} differs from {} at {}: the returns of one run must "
                                "report on one provider's contract",
                                quote(file->provider->value), quote(provider_file->provider->value),
                                where_text(provider_file->provider->where, file->provider->where)));
      }
    }
    std::set<std::string> periods_here;
    for (const auto& period : file->periods) {
      if (!periods_here.insert(period.period.value).second) {
        continue; // a duplicate within the file, reported by check_one
      }
      if (const auto key = model::period_key(period.period.value)) {
        if (!kind) {
          kind = std::make_pair(key->kind, period.period.where);
        } else if (kind->first != key->kind) {
          diags.error(period.period.where, "monitoring.period-kind",
                      fmt::format("period {} is a {}, but {} reports by {}: use one kind of "
                                  "period throughout",
                                  quote(period.period.value), model::period_kind_name(key->kind),
                                  where_text(kind->second, period.period.where),
                                  model::period_kind_name(kind->first)));
        }
      }
      for (const auto& value : period.kpis) {
        any_reported.insert(value.kpi);
        const auto [first, added] =
            reported.emplace(std::make_pair(period.period.value, value.kpi), value.where);
        if (!added && first->second.file != value.where.file) {
          diags.error(value.where, "monitoring.duplicate-period",
                      fmt::format("KPI {} for period {} is also reported at {}", quote(value.kpi),
                                  quote(period.period.value),
                                  where_text(first->second, value.where)));
        }
      }
    }
  }
  if (returns.empty()) {
    return;
  }
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      if (!any_reported.contains(kpi.id)) {
        diags.warning(kpi.where, "monitoring.missing-kpi",
                      fmt::format("KPI {} is in no monitoring return given; it counts as 0% "
                                  "attained",
                                  quote(kpi.id)));
      }
    }
  }
}

void check_monitoring_inputs(const std::vector<const model::Tender*>& tenders,
                             const std::vector<const model::MonitoringReturn*>& returns,
                             diag::Diagnostics& diags)
{
  std::vector<std::string> ids;
  for (const model::Tender* tender : tenders) {
    ids.push_back(tender->info.id);
  }
  for (const model::Tender* tender : tenders) {
    std::vector<const model::MonitoringReturn*> mine;
    for (const model::MonitoringReturn* file : returns) {
      if (file->tender.value == tender->info.id) {
        mine.push_back(file);
      }
    }
    if (!mine.empty()) {
      check_monitoring(mine, *tender, diags);
    }
  }
  for (const model::MonitoringReturn* file : returns) {
    if (std::find(ids.begin(), ids.end(), file->tender.value) == ids.end()) {
      diags.error(file->tender.where, "monitoring.tender",
                  fmt::format("monitoring return names tender {}, which is not among the files "
                              "given{}",
                              quote(file->tender.value),
                              util::did_you_mean(file->tender.value, ids)));
    }
  }
}

} // namespace tenderscore::validate
