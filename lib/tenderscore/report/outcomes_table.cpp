// SPDX-License-Identifier: MIT
#include <tenderscore/report/outcomes_cells.hpp>
#include <tenderscore/report/outcomes_writers.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

using detail::fixed2;
using util::escape_terminal;
using util::format_short;

std::string money(const outcomes::Assessment& a, const util::Rational& value)
{
  return escape_terminal(a.currency) + " " + fixed2(value);
}

} // namespace

void write_outcomes_table(const outcomes::Assessment& a, std::ostream& out)
{
  out << "Outcomes: " << escape_terminal(a.tender) << " — " << escape_terminal(a.title) << "\n";
  if (a.provider) {
    out << "Provider: " << escape_terminal(*a.provider) << "\n";
  }
  std::string periods;
  for (const auto& p : a.periods) {
    periods += (periods.empty() ? "" : ", ") + escape_terminal(p);
  }
  out << "Periods: " << periods << "\n";
  out << fmt::format("Banding: short of minimum 0; minimum {}; expected {}; stretch {} (cap); "
                     "linear between\n",
                     format_short(a.banding.minimum), format_short(a.banding.expected),
                     format_short(a.banding.stretch));
  out << fmt::format("Ratings on position (0 = minimum, 1 = expected): Good ≥ {}; Approaching "
                     "target ≥ {}; Requires improvement ≥ {}; else Inadequate\n\n",
                     format_short(a.ratings.good), format_short(a.ratings.approaching_target),
                     format_short(a.ratings.requires_improvement));

  std::size_t width = 3;
  for (const auto& k : a.kpis) {
    width = std::max(width, k.id.size());
  }
  const bool pay = a.payment.has_value();
  out << fmt::format("{:<{}}  {:<6} {:<6} {:>9} {:>9} {:>9} {:>11} {:>9} {:>7} {:>7}  {:<20}{}\n",
                     "KPI", width, "dir", "over", "minimum", "expected", "stretch", "to date",
                     "attained", "weight", "points", "rating", pay ? "     payment" : "");
  for (const auto& k : a.kpis) {
    out << fmt::format("{:<{}}  {:<6} {:<6} {:>9} {:>9} {:>9} {:>11} {:>9} {:>7} {:>7}  {:<20}",
                       escape_terminal(k.id), width, detail::direction_name(k.direction),
                       detail::over_periods_name(k.over_periods), format_short(k.minimum),
                       format_short(k.expected), format_short(k.stretch),
                       k.to_date ? fixed2(k.to_date->value) : "—", fixed2(k.attainment.value) + "%",
                       fixed2(k.weight.value), fixed2(k.weighted.value),
                       outcomes::rating_label(k.rating));
    if (pay) {
      out << fmt::format(" {:>11}", k.payment ? fixed2(k.payment->value) : "—");
    }
    out << "\n";
  }
  out << fmt::format("\nPortfolio score: {} of a possible {} — rating: {}",
                     fixed2(a.portfolio.value), format_short(a.banding.stretch),
                     outcomes::rating_label(a.portfolio_rating));
  if (a.portfolio_position) {
    out << fmt::format(" (position {})", fixed2(a.portfolio_position->value));
  }
  out << "\n";
  if (a.payment) {
    out << fmt::format("Outcome payment due ({}): {}{}\n",
                       detail::mechanism_name(a.payment->mechanism),
                       money(a, a.payment->total.value), a.payment->capped ? " (capped)" : "");
  }
  if (a.total_cost) {
    out << "Cost reported: " << money(a, *a.total_cost) << "\n";
  }

  out << "\nBy period:\n";
  out << fmt::format("{:<{}}  {:<8} {:>11} {:>11} {:>9}  {}\n", "KPI", width, "period", "value",
                     "assessed", "attained", "rating");
  for (const auto& k : a.kpis) {
    for (const auto& p : k.periods) {
      out << fmt::format("{:<{}}  {:<8} {:>11} {:>11} {:>9}  {}\n", escape_terminal(k.id), width,
                         escape_terminal(p.period), fixed2(p.value), fixed2(p.assessed.value),
                         fixed2(p.attainment.value) + "%", outcomes::rating_label(p.rating));
    }
  }

  if (a.match) {
    out << fmt::format("\nPromised vs delivered: the bid of {} ({}:{}{}){}\n",
                       escape_terminal(a.match->bidder), escape_terminal(a.match->where.path()),
                       a.match->where.line,
                       a.match->lot ? ", lot " + escape_terminal(*a.match->lot) : std::string{},
                       a.match->bids_from_provider > 1
                           ? fmt::format("; the first of its {} bids", a.match->bids_from_provider)
                           : std::string{});
    out << fmt::format("{:<{}}  {:>11} {:>11} {:>11}  {}\n", "KPI", width, "promised", "delivered",
                       "gap", "status");
    for (const auto& k : a.kpis) {
      if (!k.promise) {
        out << fmt::format("{:<{}}  {:>11} {:>11} {:>11}  {}\n", escape_terminal(k.id), width, "—",
                           k.to_date ? fixed2(k.to_date->value) : "—", "—", "no commitment");
        continue;
      }
      out << fmt::format("{:<{}}  {:>11} {:>11} {:>11}  {}\n", escape_terminal(k.id), width,
                         fixed2(k.promise->promised), k.to_date ? fixed2(k.to_date->value) : "—",
                         k.promise->gap ? fixed2(k.promise->gap->value) : "—",
                         !k.promise->gap  ? "not reported"
                         : k.promise->met ? "met"
                                          : "short of the promise");
    }
  }

  out << "\nFormulas:\n";
  for (const auto& [what, formula] : detail::formulas(a)) {
    out << "  " << escape_terminal(what) << ": " << escape_terminal(formula) << "\n";
  }
}

} // namespace tenderscore::report
