// SPDX-License-Identifier: MIT
#include <tenderscore/app/sensitivity_run.hpp>

namespace tenderscore::app {

SensitivityRun sensitivity_files(const std::string& tender_path,
                                 const std::vector<std::string>& bid_paths,
                                 const validate::Options& options, const load::Limits& limits,
                                 const score::RobustnessOptions& analysis_options)
{
  SensitivityRun run{std::nullopt, check_tender_and_bids(tender_path, bid_paths, options, limits)};
  if (const model::Tender* tender = ready_tender(run.inputs)) {
    run.analysis = score::analyse_robustness(*tender, run.inputs.bids(), analysis_options);
  }
  return run;
}

} // namespace tenderscore::app
