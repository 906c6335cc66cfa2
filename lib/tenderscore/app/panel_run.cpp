// SPDX-License-Identifier: MIT
#include <tenderscore/app/panel_run.hpp>

namespace tenderscore::app {

PanelRun panel_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits)
{
  PanelRun run{std::nullopt, check_tender_and_bids(tender_path, bid_paths, options, limits)};
  if (const model::Tender* tender = ready_tender(run.inputs)) {
    run.worksheet = panel::build_worksheet(*tender, run.inputs.bids());
  }
  return run;
}

} // namespace tenderscore::app
