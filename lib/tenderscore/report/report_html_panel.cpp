// SPDX-License-Identifier: MIT
// The HTML report's panel section, from the moderation worksheet.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_sections.hpp>
#include <tenderscore/report/html_shown.hpp>
#include <tenderscore/report/panel_cells.hpp>

#include <fmt/format.h>

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tenderscore::report {

namespace {

using html_parts::criterion_title;
using html_parts::lot_name;
using namespace panel_cells;

std::string item_cells(const Evaluation& e, const panel::Item& item)
{
  return "<td>" + html_escape(criterion_title(e.tender, item.lot, item.question)) + "</td><td>" +
         html_escape(item.bidder) + "</td>";
}

// A note of the items of `what` left out for bids below the top of a large lot.
void write_left_out(std::size_t left_out, const char* what, std::ostream& out)
{
  if (left_out > 0) {
    out << "<p class=\"note\">" << left_out << " more " << what << " belong to bids below the top "
        << k_html_top
        << " of their lot; the panel worksheet (tenderscore panel) lists every one.</p>\n";
  }
}

void write_flagged(const Evaluation& e, const ShownItems& shown, std::ostream& out)
{
  out << "<h3>Items needing moderation</h3>\n";
  std::vector<const panel::Item*> flagged;
  std::size_t left_out = 0;
  for (const auto* item : panel::needing_moderation(e.worksheet.items)) {
    if (shown.shown(*item)) {
      flagged.push_back(item);
    } else {
      ++left_out;
    }
  }
  if (flagged.empty() && left_out == 0) {
    out << "<p>No item is flagged.</p>\n";
    return;
  }
  if (!flagged.empty()) {
    out << "<table class=\"moderation\">\n<thead><tr><th>Question</th><th>Bidder</th>"
           "<th>Flag</th><th>What to resolve</th></tr></thead>\n<tbody>\n";
    for (const auto* item : flagged) {
      for (const auto& f : item->flags) {
        out << "<tr>" << item_cells(e, *item) << "<td><code>" << html_escape(f.code)
            << "</code></td><td>" << html_escape(f.message) << "</td></tr>\n";
      }
    }
    out << "</tbody>\n</table>\n";
  }
  write_left_out(left_out, "flagged items", out);
}

void write_moderated(const Evaluation& e, const ShownItems& shown, std::ostream& out)
{
  bool any = false;
  std::size_t left_out = 0;
  for (const auto& item : e.worksheet.items) {
    if (!item.moderated) {
      continue;
    }
    if (!shown.shown(item)) {
      ++left_out;
      continue;
    }
    if (!any) {
      out << "<h3>Moderated scores</h3>\n<table class=\"moderated\">\n<thead><tr><th>Question"
             "</th><th>Bidder</th><th class=\"num\">Moderated</th><th>Evaluators' range</th>"
             "<th>Rationale</th></tr></thead>\n<tbody>\n";
      any = true;
    }
    out << "<tr>" << item_cells(e, item) << "<td class=\"num\">" << fixed(item.moderated)
        << "</td><td>" << html_escape(used_range(item)) << "</td><td>"
        << (item.comment ? html_escape(*item.comment) : "(no comment)") << "</td></tr>\n";
  }
  out << (any ? "</tbody>\n</table>\n" : "");
  write_left_out(left_out, "moderated scores", out);
}

void write_evaluators(const Evaluation& e, std::ostream& out)
{
  out << "<h3>Evaluators</h3>\n<table class=\"evaluators\">\n<thead><tr><th>Evaluator</th>"
         "<th>Role</th><th class=\"num\">Scored</th><th class=\"num\">Conflicted</th>"
         "<th class=\"num\">Mean deviation</th><th class=\"num\">SD (n−1)</th><th>Leniency</th>"
         "</tr></thead>\n<tbody>\n";
  for (const auto& l : e.worksheet.leniency) {
    out << "<tr><td>" << html_escape(l.evaluator) << "</td><td>" << html_escape(l.role)
        << "</td><td class=\"num\">" << l.scored << "</td><td class=\"num\">" << l.conflicted
        << "</td><td class=\"num\">" << signed_fixed(l.mean_deviation) << "</td><td class=\"num\">"
        << sd(l.sd_sample) << "</td><td>" << html_escape(l.label) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n<p class=\"note\">" << html_escape(deviation_rule()) << ".</p>\n";
}

void write_agreement(const panel::Agreement& a, std::ostream& out)
{
  out << "<h3>Agreement</h3>\n<p>" << html_escape(a.name) << ": ";
  if (a.w) {
    out << fmt::format("<strong>W = {}</strong> over {} scored by all {} evaluators; chi-square "
                       "= {} with {} of freedom; {} left out.</p>\n",
                       util::format_fixed(*a.w, 2), counted(a.items, "item"), a.raters,
                       util::format_fixed(*a.chi_square, 2), counted(a.items - 1, "degree"),
                       counted(a.items_left_out, "item"));
    out << "<p class=\"formula\">" << html_escape(a.calculation) << "</p>\n";
  } else {
    out << fmt::format("W is undefined: {} (m = {} evaluators, n = {} items, {} left out).</p>\n",
                       html_escape(a.reason), a.raters, a.items, counted(a.items_left_out, "item"));
  }
  out << "<p class=\"note\">Formula: " << html_escape(a.formula) << "</p>\n";
}

// One chart per lot and question, the items being in that order already.
void write_spread(const Evaluation& e, const ShownItems& shown, std::ostream& out)
{
  out << "<h3>Spread per question</h3>\n";
  if (shown.any_cut()) {
    out << "<p class=\"note\">In a lot of more than " << k_html_full
        << " bids in contention, each chart shows the top " << k_html_top << " bids.</p>\n";
  }
  const auto& items = e.worksheet.items;
  std::vector<const panel::Item*> group;
  std::optional<std::optional<std::string>> lot_shown; // the lot of the last chart
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (shown.shown(items[i])) {
      group.push_back(&items[i]);
    }
    const bool last = i + 1 == items.size() || items[i + 1].lot != items[i].lot ||
                      items[i + 1].question != items[i].question;
    if (!last || group.empty()) {
      continue;
    }
    const bool new_lot = lot_shown != group.front()->lot;
    lot_shown = group.front()->lot;
    if (items[i].lot && new_lot) {
      out << "<h4>" << lot_name(e.tender, items[i].lot) << "</h4>\n";
    }
    write_spread_chart(e.tender, e.worksheet.evaluators, group, out);
    group.clear();
  }
}

} // namespace

void write_panel_html(const Evaluation& e, std::ostream& out)
{
  const panel::Worksheet& w = e.worksheet;
  out << "<section id=\"panel\">\n<h2>Panel moderation</h2>\n";
  if (w.items.empty()) {
    out << "<p>No question was scored by the panel.</p>\n</section>\n";
    return;
  }
  out << "<p>Panel aggregate: " << html_escape(w.aggregate)
      << "; an item is flagged at a spread of " << util::format_short(w.spread_flag)
      << " scale points or more, or when a moderated score lies outside the evaluators' range; "
         "statistics over the used scores, 2 decimals.</p>\n";
  const ShownItems shown(e.result);
  write_flagged(e, shown, out);
  write_moderated(e, shown, out);
  write_agreement(w.agreement, out);
  write_evaluators(e, out);
  write_spread(e, shown, out);
  out << "</section>\n";
}

} // namespace tenderscore::report
