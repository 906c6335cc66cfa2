// SPDX-License-Identifier: MIT
#include <tenderscore/report/value_cells.hpp>
#include <tenderscore/report/value_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using detail::money;
using util::escape_terminal;
using util::format_short;

const char* section_title(const std::string& section)
{
  if (section == "vfm") {
    return "Value for money: who pays, who saves";
  }
  if (section == "outcome") {
    return "Outcomes: year 1 = quantity × proxy × (1 − deadweight) × (1 − attribution) × "
           "(1 − displacement); year t = year 1 × (1 − drop-off)^(t − 1), discounted by "
           "(1 + rate)^t";
  }
  return "Social return on investment";
}

void write_assumptions(const value::ValueResult& result, std::ostream& out)
{
  out << fmt::format("  {:<24} {:>10} {:>12} {:>10} {:>11} {:>12} {:>8} {:>5} {:>6}\n", "outcome",
                     "quantity", "proxy", "deadweight", "attribution", "displacement", "drop-off",
                     "years", "rate");
  for (const auto& o : result.sroi.outcomes) {
    const auto& a = o.adjustments;
    out << fmt::format("  {:<24} {:>10} {:>12} {:>10} {:>11} {:>12} {:>8} {:>5} {:>6}\n", o.id,
                       format_short(o.quantity), money(o.proxy.value.value),
                       format_short(a.deadweight) + (o.deadweight_given ? "" : "*"),
                       format_short(a.attribution), format_short(a.displacement),
                       format_short(a.drop_off), a.duration, format_short(a.rate * 100) + "%");
  }
  bool missing = false;
  for (const auto& o : result.sroi.outcomes) {
    missing = missing || !o.deadweight_given;
    const std::string id = o.proxy.id.empty() ? "inline" : o.proxy.id;
    out << fmt::format("  proxy of {}: {}, {} per {}; source: {}; price year {}; licence: {}\n",
                       o.id, escape_terminal(id), money(o.proxy.value.value),
                       escape_terminal(o.proxy.unit), escape_terminal(o.proxy.source),
                       format_short(o.proxy.year.value), escape_terminal(o.proxy.licence));
  }
  if (missing) {
    out << "  * deadweight not given: counted as 0\n";
  }
}

void write_sensitivity(const value::Sensitivity& s, std::ostream& out)
{
  out << "\nSensitivity of the SROI ratio (most influential first)\n";
  out << fmt::format("  {:<16} {:<32} {:>9}   {:<32} {:>9} {:>7}\n", "assumption",
                     "pessimistic change", "ratio", "optimistic change", "ratio", "swing");
  const auto row = [&](const value::Scenario& sc) {
    out << fmt::format("  {:<16} {:<32} {:>9}   {:<32} {:>9} {:>7}\n", sc.assumption, sc.low_change,
                       money(sc.low_ratio), sc.high_change, money(sc.high_ratio),
                       money(sc.swing()));
  };
  for (const auto& sc : s.one_way) {
    row(sc);
  }
  row(s.corners);
  out << detail::range_sentence(s) << '\n';
}

} // namespace

void write_value_table(const value::ValueResult& result, std::ostream& out)
{
  out << fmt::format("Value map {}{} (amounts in {})\n", escape_terminal(result.id),
                     result.title.empty() ? std::string{}
                                          : fmt::format(": {}", escape_terminal(result.title)),
                     escape_terminal(result.currency));
  std::string section;
  for (const auto& line : detail::value_lines(result)) {
    if (line.section == "sensitivity") {
      continue;
    }
    if (line.section != section) {
      section = line.section;
      out << '\n' << section_title(section) << '\n';
      if (section == "outcome") {
        write_assumptions(result, out);
      }
    }
    const bool count = line.measure == "participants";
    out << fmt::format("  {:<24} {:<28} {:>14}{}\n", escape_terminal(line.item), line.measure,
                       count ? format_short(line.value) : money(line.value),
                       line.formula.empty() ? std::string{}
                                            : fmt::format("  = {}", escape_terminal(line.formula)));
  }
  if (result.sensitivity) {
    write_sensitivity(*result.sensitivity, out);
  } else {
    out << "\nNo SROI ratio: the investment is 0.\n";
  }
}

} // namespace tenderscore::report
