// SPDX-License-Identifier: MIT
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/outcomes_cells.hpp>
#include <tenderscore/report/outcomes_writers.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using detail::fixed2;
using util::format_short;

} // namespace

void write_outcomes_md(const outcomes::Assessment& a, std::ostream& out)
{
  out << "# Outcomes: " << md_escape(a.title) << " (" << md_escape(a.tender) << ")\n\n";
  if (a.provider) {
    out << "Provider: " << md_escape(*a.provider) << "  \n";
  }
  std::string periods;
  for (const auto& p : a.periods) {
    periods += (periods.empty() ? "" : ", ") + md_escape(p);
  }
  out << "Periods: " << periods << "  \n";
  out << fmt::format("Banding: short of minimum 0; minimum {}; expected {}; stretch {} (cap); "
                     "linear between.  \n",
                     format_short(a.banding.minimum), format_short(a.banding.expected),
                     format_short(a.banding.stretch));
  out << fmt::format("Ratings on position (0 = minimum, 1 = expected): Good ≥ {}; Approaching "
                     "target ≥ {}; Requires improvement ≥ {}; else Inadequate.\n\n",
                     format_short(a.ratings.good), format_short(a.ratings.approaching_target),
                     format_short(a.ratings.requires_improvement));
  out << "## KPIs\n\n";
  out << "| KPI | direction | over periods | minimum | expected | stretch | to date | attained | "
         "weight | points | rating | payment |\n";
  out << "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n";
  for (const auto& k : a.kpis) {
    out << fmt::format(
        "| {} | {} | {} | {} | {} | {} | {} | {}% | {} | {} | {} | {} |\n", md_escape(k.id),
        detail::direction_name(k.direction), detail::over_periods_name(k.over_periods),
        format_short(k.minimum), format_short(k.expected), format_short(k.stretch),
        k.to_date ? fixed2(k.to_date->value) : "—", fixed2(k.attainment.value),
        fixed2(k.weight.value), fixed2(k.weighted.value), outcomes::rating_label(k.rating),
        k.payment ? fixed2(k.payment->value) : "—");
  }
  out << fmt::format("\n**Portfolio score: {}** of a possible {} — rating: **{}**",
                     fixed2(a.portfolio.value), format_short(a.banding.stretch),
                     outcomes::rating_label(a.portfolio_rating));
  if (a.portfolio_position) {
    out << fmt::format(" (position {})", fixed2(a.portfolio_position->value));
  }
  out << "\n";
  if (a.payment) {
    out << fmt::format("\n**Outcome payment due ({}): {} {}**{}\n",
                       detail::mechanism_name(a.payment->mechanism), md_escape(a.currency),
                       fixed2(a.payment->total.value), a.payment->capped ? " (capped)" : "");
  }
  if (a.total_cost) {
    out << fmt::format("\nCost reported: {} {}\n", md_escape(a.currency), fixed2(*a.total_cost));
  }
  out << "\n## By period\n\n| KPI | period | value | assessed | attained | rating |\n";
  out << "| --- | --- | ---: | ---: | ---: | --- |\n";
  for (const auto& k : a.kpis) {
    for (const auto& p : k.periods) {
      out << fmt::format("| {} | {} | {} | {} | {}% | {} |\n", md_escape(k.id), md_escape(p.period),
                         fixed2(p.value), fixed2(p.assessed.value), fixed2(p.attainment.value),
                         outcomes::rating_label(p.rating));
    }
  }
  if (a.match) {
    out << fmt::format("\n## Promised vs delivered\n\nThe bid of {} ({}:{}{}){}.\n\n",
                       md_escape(a.match->bidder), md_escape(a.match->where.path()),
                       a.match->where.line,
                       a.match->lot ? ", lot " + md_escape(*a.match->lot) : std::string{},
                       a.match->bids_from_provider > 1
                           ? fmt::format("; the first of its {} bids", a.match->bids_from_provider)
                           : std::string{});
    out << "| KPI | promised | delivered | gap | status |\n| --- | ---: | ---: | ---: | --- |\n";
    for (const auto& k : a.kpis) {
      const std::string delivered = k.to_date ? fixed2(k.to_date->value) : "—";
      if (!k.promise) {
        out << fmt::format("| {} | — | {} | — | no commitment |\n", md_escape(k.id), delivered);
        continue;
      }
      out << fmt::format("| {} | {} | {} | {} | {} |\n", md_escape(k.id),
                         fixed2(k.promise->promised), delivered,
                         k.promise->gap ? fixed2(k.promise->gap->value) : "—",
                         !k.promise->gap  ? "not reported"
                         : k.promise->met ? "met"
                                          : "short of the promise");
    }
  }
  out << "\n## Formulas\n\n";
  for (const auto& [what, formula] : detail::formulas(a)) {
    out << "- " << md_escape(what) << ": " << md_escape(formula) << "\n";
  }
}

} // namespace tenderscore::report
