// SPDX-License-Identifier: MIT
// libFuzzer target: any bytes as a participant-level measure CSV give a scored result or
// diagnostics for each of the four instruments, never a crash; a file that loads is scored,
// summarised and written as JSON and CSV.
#include <tenderscore/measure/summary.hpp>
#include <tenderscore/report/measure_writers.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

namespace ts = tenderscore;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  const auto source = std::make_shared<ts::diag::SourceFile>(
      "fuzz.csv", std::string(reinterpret_cast<const char*>(data), size));
  for (const auto instrument : {ts::measure::Instrument::eq5d_3l, ts::measure::Instrument::wemwbs,
                                ts::measure::Instrument::swemwbs, ts::measure::Instrument::ons4}) {
    ts::diag::Diagnostics diags;
    if (const auto dataset = ts::measure::read_dataset(source, instrument, diags)) {
      const auto result = ts::measure::measure(*dataset);
      std::ostringstream out;
      ts::report::write_measure_json(result, "fuzz.csv", out);
      ts::report::write_measure_csv(result, out);
    }
  }
  return 0;
}
