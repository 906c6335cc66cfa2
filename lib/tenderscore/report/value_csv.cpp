// SPDX-License-Identifier: MIT
#include <tenderscore/report/value_cells.hpp>
#include <tenderscore/report/value_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

void write_value_csv(const value::ValueResult& result, std::ostream& out)
{
  out << "section,item,measure,value,formula\n";
  for (const auto& line : detail::value_lines(result)) {
    out << util::csv_cell(line.section) << ',' << util::csv_cell(line.item) << ','
        << util::csv_cell(line.measure) << ',' << fmt::format("{}", util::to_double(line.value))
        << ',' << util::csv_cell(line.formula) << '\n';
  }
}

} // namespace tenderscore::report
