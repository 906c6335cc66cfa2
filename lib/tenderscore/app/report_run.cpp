// SPDX-License-Identifier: MIT
#include <tenderscore/app/report_run.hpp>

#include <tenderscore/report/summaries.hpp>

namespace tenderscore::app {

ReportRun report_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                       const validate::Options& options,
                       const std::vector<std::string>& command_line,
                       const std::optional<std::string>& timestamp, const load::Limits& limits)
{
  ReportRun run{std::nullopt, check_tender_and_bids(tender_path, bid_paths, options, limits), {}};
  const model::Tender* tender = ready_tender(run.inputs);
  if (tender == nullptr) {
    return run;
  }
  audit::AuditBlock block;
  block.version = TENDERSCORE_VERSION;
  block.command_line = command_line;
  block.timestamp = timestamp;
  block.inputs = run.inputs.digests();
  run.evaluation = report::evaluate(*tender, run.inputs.bids(), std::move(block));
  run.summary_gaps = report::summary_gaps(*run.evaluation, run.inputs.bids());
  return run;
}

} // namespace tenderscore::app
