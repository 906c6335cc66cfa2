// SPDX-License-Identifier: MIT
#include <tenderscore/app/workflow.hpp>

#include <tenderscore/score/engine.hpp>

#include <fmt/format.h>

namespace tenderscore::app {

std::vector<const model::Tender*> CheckedInputs::tenders() const
{
  std::vector<const model::Tender*> result;
  for (const auto& f : files) {
    if (f.tender) {
      result.push_back(&*f.tender);
    }
  }
  return result;
}

std::vector<const model::BidsFile*> CheckedInputs::bids() const
{
  std::vector<const model::BidsFile*> result;
  for (const auto& f : files) {
    if (f.bids) {
      result.push_back(&*f.bids);
    }
  }
  return result;
}

bool CheckedInputs::valid(bool strict) const
{
  return !diagnostics.has_errors() && !(strict && diagnostics.count(diag::Severity::warning) > 0);
}

void check_loaded(CheckedInputs& inputs, const validate::Options& options)
{
  validate::check_inputs(inputs.tenders(), inputs.bids(), options, inputs.diagnostics);
}

CheckedInputs check_files(const std::vector<std::string>& paths,
                          const validate::Options& options, const load::Limits& limits)
{
  CheckedInputs inputs;
  for (const auto& path : paths) {
    inputs.files.push_back(load::load_source(load::read_source(path, limits), inputs.diagnostics,
                                             limits));
  }
  check_loaded(inputs, options);
  return inputs;
}

ScoreRun score_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits)
{
  std::vector<std::string> paths{tender_path};
  paths.insert(paths.end(), bid_paths.begin(), bid_paths.end());
  ScoreRun run{std::nullopt, check_files(paths, options, limits)};
  auto& diags = run.inputs.diagnostics;
  const auto& files = run.inputs.files;
  if (files.front().kind == load::FileKind::bids) {
    diags.error({files.front().source, 1, 1}, "usage.tender",
                "the first file must be a tender definition, but this is a bids file");
  }
  for (std::size_t i = 1; i < files.size(); ++i) {
    if (files[i].kind == load::FileKind::tender) {
      diags.error({files[i].source, 1, 1}, "usage.bids",
                  "expected a bids file after the tender, but this is a tender definition");
    }
  }
  if (diags.has_errors() || !files.front().tender) {
    return run;
  }
  run.result = score::score_tender(*files.front().tender, run.inputs.bids());
  return run;
}

} // namespace tenderscore::app
