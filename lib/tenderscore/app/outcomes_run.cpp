// SPDX-License-Identifier: MIT
#include <tenderscore/app/outcomes_run.hpp>

namespace tenderscore::app {

OutcomesRun outcomes_files(const OutcomesPaths& paths, const validate::Options& options,
                           const load::Limits& limits)
{
  std::vector<std::string> all{paths.tender};
  all.insert(all.end(), paths.returns.begin(), paths.returns.end());
  all.insert(all.end(), paths.bids.begin(), paths.bids.end());
  all.insert(all.end(), paths.value.begin(), paths.value.end());
  OutcomesRun run{std::nullopt, check_files(all, options, limits)};
  diag::Diagnostics& diags = run.inputs.diagnostics;
  const auto& files = run.inputs.files;
  if (files.front().kind != load::FileKind::tender &&
      files.front().kind != load::FileKind::unknown) {
    diags.error({files.front().source, 1, 1}, "usage.tender",
                "the first file must be a tender definition");
  }
  const std::size_t first_bids = 1 + paths.returns.size();
  for (std::size_t i = 1; i < first_bids; ++i) {
    if (files[i].kind != load::FileKind::monitoring && files[i].kind != load::FileKind::unknown) {
      diags.error({files[i].source, 1, 1}, "usage.monitoring",
                  "expected a monitoring return (format tenderscore/monitoring@1, or a CSV "
                  "'period,kpi,value'); give bids files after --bids");
    }
  }
  const std::size_t first_value = first_bids + paths.bids.size();
  for (std::size_t i = first_bids; i < first_value; ++i) {
    const auto kind = files[i].kind;
    if (kind != load::FileKind::bids && kind != load::FileKind::score_sheet &&
        kind != load::FileKind::price_sheet && kind != load::FileKind::value_sheet &&
        kind != load::FileKind::unknown) {
      diags.error({files[i].source, 1, 1}, "usage.bids",
                  "expected a bids file or CSV sheet after --bids");
    }
  }
  for (std::size_t i = first_value; i < files.size(); ++i) {
    const auto kind = files[i].kind;
    if (kind != load::FileKind::value_map && kind != load::FileKind::proxies &&
        kind != load::FileKind::unknown) {
      diags.error({files[i].source, 1, 1}, "usage.value-map",
                  "expected a value map (tenderscore/value-map@1) or a proxy registry "
                  "(tenderscore/proxies@1) after --value-map");
    }
  }
  if (diags.has_errors() || !files.front().tender) {
    return run;
  }
  outcomes::Inputs inputs{run.inputs.monitoring(), run.inputs.bids()};
  auto assessment = outcomes::assess(*files.front().tender, inputs, diags);
  if (!diags.has_errors()) {
    run.assessment = std::move(assessment);
  }
  return run;
}

} // namespace tenderscore::app
