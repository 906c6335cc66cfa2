// SPDX-License-Identifier: MIT
#include <tenderscore/app/value_run.hpp>

#include <tenderscore/value/engine.hpp>

namespace tenderscore::app {

namespace {

void expect_kind(CheckedInputs& inputs, std::size_t index, load::FileKind kind, const char* what)
{
  const load::LoadedFile& file = inputs.files[index];
  if (file.kind != kind && file.kind != load::FileKind::unknown) {
    inputs.diagnostics.error({file.source, 1, 1}, "usage.value",
                             std::string("expected ") + what + " here");
  }
}

} // namespace

ValueRun value_files(const ValuePaths& paths, const validate::Options& options,
                     const load::Limits& limits)
{
  std::vector<std::string> all{paths.value_map};
  all.insert(all.end(), paths.proxies.begin(), paths.proxies.end());
  if (!paths.tender.empty()) {
    all.push_back(paths.tender);
  }
  all.insert(all.end(), paths.bids.begin(), paths.bids.end());
  ValueRun run{std::nullopt, check_files(all, options, limits)};
  std::size_t i = 0;
  expect_kind(run.inputs, i++, load::FileKind::value_map,
              "a value map (format tenderscore/value-map@1)");
  for (std::size_t p = 0; p < paths.proxies.size(); ++p) {
    expect_kind(run.inputs, i++, load::FileKind::proxies,
                "a proxies file (format tenderscore/proxies@1)");
  }
  if (!paths.tender.empty()) {
    expect_kind(run.inputs, i++, load::FileKind::tender, "a tender definition (--tender)");
  }
  for (std::size_t b = 0; b < paths.bids.size(); ++b) {
    expect_kind(run.inputs, i++, load::FileKind::bids, "a bids file (--bids)");
  }
  const auto& first = run.inputs.files.front();
  if (!run.inputs.diagnostics.has_errors() && first.value_map) {
    run.result = value::evaluate(*first.value_map, run.inputs.proxies());
  }
  return run;
}

} // namespace tenderscore::app
