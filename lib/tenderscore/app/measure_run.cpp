// SPDX-License-Identifier: MIT
#include <tenderscore/app/measure_run.hpp>

#include <tenderscore/load/loader.hpp>

namespace tenderscore::app {

MeasureRun measure_file(const std::string& path, measure::Instrument instrument,
                        const load::Limits& limits)
{
  MeasureRun run;
  const diag::SourcePtr source = load::read_source(path, limits);
  if (auto data = measure::read_dataset(source, instrument, run.diagnostics)) {
    run.data = std::make_shared<const measure::Dataset>(std::move(*data));
    run.result = measure::measure(*run.data);
  }
  return run;
}

} // namespace tenderscore::app
