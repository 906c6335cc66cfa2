// SPDX-License-Identifier: MIT
// The HTML report's sensitivity section: margin and break-even weights per lot.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_sections.hpp>
#include <tenderscore/report/sensitivity_writers.hpp>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

std::string bound(const std::optional<Rational>& value, const std::string& bidder)
{
  return value ? fixed_exact(*value) + "<br><span class=\"note\">" + html_escape(bidder) + "</span>"
               : std::string("none");
}

void write_smallest(const Evaluation& e, const score::LotSensitivity& s, std::ostream& out)
{
  if (!s.smallest) {
    out << "<p>No change of a single top-level weight strictly between 0 and 100 alters the "
           "winner.</p>\n";
    return;
  }
  const score::WeightChange& c = *s.smallest;
  const Rational change = c.to > c.from ? Rational{c.to - c.from} : Rational{c.from - c.to};
  out << "<p><strong>Smallest change that alters the winner:</strong> the weight of "
      << html_escape(criterion_title(e.tender, s.lot, c.criterion)) << " from "
      << util::format_short(c.from) << " to " << fixed_exact(c.to) << " ("
      << (c.to > c.from ? "+" : "−") << util::format_fixed(change, 2) << " points), where "
      << html_escape(c.new_winner) << " draws level with " << html_escape(s.winner) << ".</p>\n";
}

void write_weights(const Evaluation& e, const score::LotSensitivity& s, std::ostream& out)
{
  if (s.lot) {
    out << "<h3>" << lot_name(e.tender, s.lot) << "</h3>\n";
  }
  if (s.winner.empty()) {
    out << "<p>" << html_escape(s.note) << ".</p>\n";
    return;
  }
  const bool per_point = e.result.award == "price-per-quality-point";
  out << "<p>First: <strong>" << html_escape(s.winner) << "</strong>";
  if (!s.runner_up.empty()) {
    out << "; second: " << html_escape(s.runner_up);
  }
  if (s.margin) {
    out << "; margin: " << fixed_exact(*s.margin)
        << (per_point ? " in price per quality point" : " points");
  }
  out << ".</p>\n";
  if (!s.note.empty()) {
    out << "<p class=\"note\">Note: " << html_escape(s.note) << ".</p>\n";
  }
  if (s.criteria.empty()) {
    return;
  }
  write_smallest(e, s, out);
  if (!s.smallest) {
    write_break_even_chart(e.tender, s, out);
    return; // no row to show: no weight strictly between 0 and 100 changes the winner
  }
  out << "<table class=\"break-even\">\n<thead><tr><th>Criterion</th><th class=\"num\">Weight"
         "</th><th class=\"bound\">Lower break-even (who draws level)</th><th class=\"bound\">"
         "Upper break-even (who draws level)</th><th>Equation solved</th></tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < s.criteria.size(); ++i) {
    const auto& b = s.criteria[i];
    if (!b.lower && !b.upper) {
      continue; // this weight changes the winner nowhere strictly between 0 and 100
    }
    out << "<tr"
        << (s.smallest && s.smallest->criterion == b.criterion ? " class=\"smallest\"" : "")
        << "><td>" << html_escape(criterion_title(e.tender, s.lot, b.criterion))
        << "</td><td class=\"num\">" << util::format_short(b.weight) << "</td><td class=\"bound\">"
        << bound(b.lower, b.lower_bidder) << "</td><td class=\"bound\">"
        << bound(b.upper, b.upper_bidder) << "</td><td class=\"formula\">"
        << html_escape(b.explanation) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  write_break_even_chart(e.tender, s, out);
}

// Whether withdrawing one bid would change the winner (relative formulas), or why not checked.
void write_reversal(const score::LotSensitivity& s, std::ostream& out)
{
  if (!s.reversal_checked) {
    out << "<p class=\"note\">Note: " << html_escape(s.reversal_note) << ".</p>\n";
    return;
  }
  if (s.reversals.empty()) {
    out << "<p>Rank reversal: withdrawing any one bid other than the winner, each in turn and "
           "the lot scored again, leaves the winner unchanged.</p>\n";
    return;
  }
  out << "<p><strong>Rank reversal:</strong> the winner would change if one of these bids were "
         "withdrawn, because relative formulas score each bid against the others.</p>\n<ul>\n";
  for (const auto& r : s.reversals) {
    out << "<li>Without " << html_escape(r.withdrawn) << ": ";
    if (r.first.empty()) {
      out << "no bid ranked";
    }
    for (std::size_t i = 0; i < r.first.size(); ++i) {
      out << (i == 0 ? "" : " and ") << html_escape(r.first[i]);
    }
    out << (r.first.size() > 1 ? " tie for first" : (r.first.empty() ? "" : " first"))
        << ".</li>\n";
  }
  out << "</ul>\n";
}

void write_lot(const Evaluation& e, const score::LotSensitivity& s, std::ostream& out)
{
  write_weights(e, s, out);
  if (!s.winner.empty()) {
    write_reversal(s, out);
  }
}

} // namespace

void write_sensitivity_html(const Evaluation& e, std::ostream& out)
{
  out << "<section id=\"sensitivity\">\n<h2>Sensitivity to the weights</h2>\n<p>How far one "
         "top-level weight can move, the others rescaled in proportion so that the weights still "
         "sum to 100, before another bid draws level with the winner. Every bid's points on a "
         "criterion scale with its weight, so the break-even weights are exact.</p>\n";
  for (std::size_t i = 0; i < e.sensitivity.size(); ++i) {
    write_lot(e, e.sensitivity[i], out);
    write_lot_analyses_html({e.sweep[i], e.draws[i], e.methods, e.result.lots[i].lot,
                             e.result.award == "price-per-quality-point", e.draw_options,
                             e.methods_note},
                            out);
  }
  out << "</section>\n";
}

} // namespace tenderscore::report
