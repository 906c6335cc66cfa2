// SPDX-License-Identifier: MIT
#include <tenderscore/report/outcomes_cells.hpp>
#include <tenderscore/report/outcomes_writers.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using util::csv_cell;

// The nearest double, as the score CSV writes numbers.
std::string number(const util::Rational& value)
{
  return fmt::format("{}", util::to_double(value));
}

} // namespace

void write_outcomes_csv(const outcomes::Assessment& a, std::ostream& out)
{
  out << "kpi,period,value,assessed,attainment,rating,weight,points,payment,promised,gap\n";
  for (const auto& k : a.kpis) {
    for (const auto& p : k.periods) {
      out << csv_cell(k.id) << ',' << csv_cell(p.period) << ',' << number(p.value) << ','
          << number(p.assessed.value) << ',' << number(p.attainment.value) << ','
          << outcomes::rating_id(p.rating) << ",,,,,\n";
    }
    out << csv_cell(k.id) << ",to-date," << (k.to_date ? number(k.to_date->value) : "") << ','
        << (k.to_date ? number(k.to_date->value) : "") << ',' << number(k.attainment.value) << ','
        << outcomes::rating_id(k.rating) << ',' << number(k.weight.value) << ','
        << number(k.weighted.value) << ',' << (k.payment ? number(k.payment->value) : "") << ','
        << (k.promise ? number(k.promise->promised) : "") << ','
        << (k.promise && k.promise->gap ? number(k.promise->gap->value) : "") << '\n';
  }
  out << "portfolio,to-date,,," << number(a.portfolio.value) << ','
      << outcomes::rating_id(a.portfolio_rating) << ",100," << number(a.portfolio.value) << ','
      << (a.payment ? number(a.payment->total.value) : "") << ",,\n";
}

} // namespace tenderscore::report
