// SPDX-License-Identifier: MIT
#include <tenderscore/load/build.hpp>

#include <tenderscore/load/reader.hpp>

namespace tenderscore::load {

namespace {

using detail::Reader;

const std::vector<std::pair<std::string_view, model::Instrument>> k_instruments{
    {"wemwbs", model::Instrument::wemwbs},
    {"swemwbs", model::Instrument::swemwbs},
    {"eq5d-3l", model::Instrument::eq5d_3l},
    {"ons4", model::Instrument::ons4},
};

} // namespace

model::MonitoringReturn build_monitoring(const Document& document, diag::Diagnostics& diags)
{
  Reader r(document, diags);
  model::MonitoringReturn file;
  file.source = document.source;
  file.tender = r.located_text("/tender").value_or(model::Located<std::string>{});
  file.provider = r.located_text("/provider");
  for (const auto& p : r.items("/periods")) {
    model::ReturnPeriod period;
    period.period = r.located_text(p + "/period").value_or(model::Located<std::string>{});
    for (const auto& [kpi, k] : r.members(p + "/kpis")) {
      period.kpis.push_back({kpi, r.required_number(k), r.key_at(k)});
    }
    period.cost = r.number(p + "/cost");
    file.periods.push_back(std::move(period));
  }
  if (r.has("/participants")) {
    model::Participants participants;
    participants.where = r.key_at("/participants");
    if (auto measure = r.choice("/participants/measure", k_instruments)) {
      participants.measure = *measure;
    }
    participants.file =
        r.located_text("/participants/file").value_or(model::Located<std::string>{});
    file.participants = std::move(participants);
  }
  return file;
}

} // namespace tenderscore::load
