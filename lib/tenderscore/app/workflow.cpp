// SPDX-License-Identifier: MIT
#include <tenderscore/app/workflow.hpp>

#include <tenderscore/score/engine.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>

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
  const auto tenders = inputs.tenders();
  const bool tender_failed =
      std::any_of(inputs.files.begin(), inputs.files.end(),
                  [](const auto& f) { return f.kind == load::FileKind::tender && !f.tender; });
  std::vector<const model::BidsFile*> bids;
  for (const model::BidsFile* file : inputs.bids()) {
    const bool known = std::any_of(tenders.begin(), tenders.end(), [&](const model::Tender* t) {
      return t->info.id == file->tender.value;
    });
    if (!known && tender_failed) {
      // Its tender is most likely the file that failed to load: say so rather than "missing".
      inputs.diagnostics.note(file->tender.where, "ref.tender-unchecked",
                              fmt::format("bids for tender {} were not checked: no valid tender "
                                          "file with that id was given (a tender file has errors)",
                                          util::quote(file->tender.value)));
      continue;
    }
    bids.push_back(file);
  }
  validate::check_inputs(tenders, bids, options, inputs.diagnostics);
}

CheckedInputs check_files(const std::vector<std::string>& paths, const validate::Options& options,
                          const load::Limits& limits)
{
  CheckedInputs inputs;
  for (const auto& path : paths) {
    inputs.files.push_back(
        load::load_source(load::read_source(path, limits), inputs.diagnostics, limits));
  }
  check_loaded(inputs, options);
  return inputs;
}

CheckedInputs check_tender_and_bids(const std::string& tender_path,
                                    const std::vector<std::string>& bid_paths,
                                    const validate::Options& options, const load::Limits& limits)
{
  std::vector<std::string> paths{tender_path};
  paths.insert(paths.end(), bid_paths.begin(), bid_paths.end());
  CheckedInputs inputs = check_files(paths, options, limits);
  const auto& files = inputs.files;
  if (files.front().kind == load::FileKind::bids) {
    inputs.diagnostics.error({files.front().source, 1, 1}, "usage.tender",
                             "the first file must be a tender definition, but this is a bids file");
  }
  for (std::size_t i = 1; i < files.size(); ++i) {
    if (files[i].kind == load::FileKind::tender) {
      inputs.diagnostics.error(
          {files[i].source, 1, 1}, "usage.bids",
          "expected a bids file after the tender, but this is a tender definition");
    }
  }
  return inputs;
}

const model::Tender* ready_tender(const CheckedInputs& inputs)
{
  if (inputs.diagnostics.has_errors() || inputs.files.empty() || !inputs.files.front().tender) {
    return nullptr;
  }
  return &*inputs.files.front().tender;
}

ScoreRun score_files(const std::string& tender_path, const std::vector<std::string>& bid_paths,
                     const validate::Options& options, const load::Limits& limits)
{
  ScoreRun run{std::nullopt, check_tender_and_bids(tender_path, bid_paths, options, limits)};
  if (const model::Tender* tender = ready_tender(run.inputs)) {
    run.result = score::score_tender(*tender, run.inputs.bids());
  }
  return run;
}

} // namespace tenderscore::app
