// SPDX-License-Identifier: MIT
// Private to load/: the CSV form of a monitoring return, `period,kpi,value`.
#pragma once

#include <tenderscore/load/csv.hpp>
#include <tenderscore/load/loader.hpp>

#include <string_view>
#include <vector>

namespace tenderscore::load {

/// Read the CSV monitoring return `rows` (header first) of `source` into `file.monitoring`,
/// reporting every problem (`csv.*`); it is set only when no error was found.
void load_monitoring_csv(const diag::SourcePtr& source, const std::vector<CsvRow>& rows,
                         LoadedFile& file, diag::Diagnostics& diags);

} // namespace tenderscore::load
