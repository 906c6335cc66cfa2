// SPDX-License-Identifier: MIT
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/value_cells.hpp>
#include <tenderscore/report/value_writers.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using detail::money;
using util::format_short;

void write_outcomes(const value::ValueResult& result, std::ostream& out)
{
  out << "\n## Outcomes\n\n"
      << "| outcome | quantity | proxy | source | deadweight | attribution | displacement | "
         "drop-off | years | rate | year 1 | present value |\n"
      << "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
  for (const auto& o : result.sroi.outcomes) {
    const auto& a = o.adjustments;
    out << fmt::format("| {} | {} | {} | {} | {}{} | {} | {} | {} | {} | {}% | {} | {} |\n",
                       md_escape(o.id), format_short(o.quantity), money(o.proxy.value.value),
                       md_escape(o.proxy.source + ", " + format_short(o.proxy.year.value) + ", " +
                                 o.proxy.licence),
                       format_short(a.deadweight), o.deadweight_given ? "" : " (not given)",
                       format_short(a.attribution), format_short(a.displacement),
                       format_short(a.drop_off), a.duration, format_short(a.rate * 100),
                       money(o.year_one), money(o.present_value));
  }
}

} // namespace

void write_value_md(const value::ValueResult& result, std::ostream& out)
{
  out << "# Value map " << md_escape(result.id)
      << (result.title.empty() ? std::string{} : fmt::format(": {}", md_escape(result.title)))
      << "\n\nAmounts in " << md_escape(result.currency)
      << ". Year 1 = quantity × proxy × (1 − deadweight) × (1 − attribution) × (1 − "
         "displacement); year t = year 1 × (1 − drop-off)^(t − 1), discounted by (1 + rate)^t "
         "with t = 1 for the first year.\n";
  write_outcomes(result, out);
  out << "\n## Every number\n\n| section | item | measure | value | formula |\n"
      << "| --- | --- | --- | ---: | --- |\n";
  for (const auto& line : detail::value_lines(result)) {
    if (line.section == "sensitivity") {
      continue;
    }
    out << fmt::format("| {} | {} | {} | {} | {} |\n", line.section, md_escape(line.item),
                       line.measure, money(line.value), md_escape(line.formula));
  }
  if (!result.sensitivity) {
    out << "\nNo SROI ratio: the investment is 0.\n";
    return;
  }
  out << "\n## Sensitivity of the SROI ratio\n\n"
      << "| assumption | pessimistic change | ratio | optimistic change | ratio | swing |\n"
      << "| --- | --- | ---: | --- | ---: | ---: |\n";
  const auto row = [&](const value::Scenario& sc) {
    out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", sc.assumption, md_escape(sc.low_change),
                       money(sc.low_ratio), md_escape(sc.high_change), money(sc.high_ratio),
                       money(sc.swing()));
  };
  for (const auto& sc : result.sensitivity->one_way) {
    row(sc);
  }
  row(result.sensitivity->corners);
  out << '\n' << detail::range_sentence(*result.sensitivity) << '\n';
}

} // namespace tenderscore::report
