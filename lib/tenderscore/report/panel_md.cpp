// SPDX-License-Identifier: MIT
// The moderation worksheet as Markdown, for a panel pack; untrusted text goes through md_escape.
#include <tenderscore/report/markdown.hpp>
#include <tenderscore/report/md_table.hpp>
#include <tenderscore/report/panel_cells.hpp>
#include <tenderscore/report/panel_writers.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace panel_cells;
using md::Row;
using md::write_header;
using md::write_row;

std::string item_name(const panel::Item& item)
{
  const std::string name = md_escape(item.question) + " / " + md_escape(item.bidder);
  return item.lot ? md_escape(*item.lot) + " / " + name : name;
}

void write_scores(const panel::Worksheet& sheet, std::ostream& out)
{
  Row header{"Question", "Bidder"};
  for (const auto& e : sheet.evaluators) {
    header.push_back(md_escape(e.id));
  }
  for (const char* name : {"Mean", "Median", "Spread", "Moderated", "Score", "From", "Flags"}) {
    header.emplace_back(name);
  }
  const std::string align = "ll" + std::string(sheet.evaluators.size() + 5, 'r') + "ll";
  out << "## Scores\n";
  for (std::size_t i = 0; i < sheet.items.size(); ++i) {
    const auto& item = sheet.items[i];
    if (i == 0 || sheet.items[i - 1].lot != item.lot) {
      out << '\n' << (item.lot ? "### Lot " + md_escape(*item.lot) + "\n\n" : "");
      write_header(header, align, out);
    }
    Row row{md_escape(item.question), md_escape(item.bidder)};
    for (const auto& e : sheet.evaluators) {
      row.push_back(evaluator_score(item, e.id));
    }
    for (const auto& value : {item.mean, item.median, item.spread, item.moderated, item.score}) {
      row.push_back(fixed(value));
    }
    row.push_back(item.score_source.empty() ? "-" : item.score_source);
    row.push_back(flag_codes(item));
    write_row(row, out);
  }
  out << '\n' << k_conflict_legend << ".\n";
}

void write_moderation(const panel::Worksheet& sheet, std::ostream& out)
{
  const auto flagged = panel::needing_moderation(sheet.items);
  out << "\n## Needs moderation\n\n";
  if (flagged.empty()) {
    out << "No item is flagged.\n";
  }
  for (const auto* item : flagged) {
    for (const auto& f : item->flags) {
      out << "- " << item_name(*item) << ": **" << f.code << "**: " << md_escape(f.message) << '\n';
    }
  }
  bool any = false;
  for (const auto& item : sheet.items) {
    if (item.moderated) {
      out << (any ? "" : "\n## Moderated scores\n\n") << "- " << item_name(item) << ": "
          << fixed(item.moderated) << " (" << used_range(item)
          << "): " << (item.comment ? md_escape(*item.comment) : "(no comment)") << '\n';
      any = true;
    }
  }
  bool comments = false;
  for (const auto& item : sheet.items) {
    for (const auto& s : item.scores) {
      if (!s.comment.empty()) {
        out << (comments ? "" : "\n## Evaluators' comments\n\n") << "- " << item_name(item) << ", "
            << md_escape(s.evaluator) << ": " << md_escape(s.comment) << '\n';
        comments = true;
      }
    }
  }
}

void write_leniency(const panel::Worksheet& sheet, std::ostream& out)
{
  out << "\n## Evaluators\n\n";
  write_header(
      {"Evaluator", "Role", "Scored", "Conflicted", "Compared", "Mean dev", "SD (n−1)", "Leniency"},
      "llrrrrrl", out);
  for (const auto& l : sheet.leniency) {
    write_row({md_escape(l.evaluator), md_escape(l.role), std::to_string(l.scored),
               std::to_string(l.conflicted), std::to_string(l.compared),
               signed_fixed(l.mean_deviation), sd(l.sd_sample), l.label},
              out);
  }
  out << '\n' << md_escape(deviation_rule()) << ".\n";
}

void write_agreement(const panel::Agreement& a, std::ostream& out)
{
  out << "\n## Agreement\n\n" << md_escape(a.name) << ": ";
  if (a.w) {
    out << fmt::format("**W = {}** over {} scored by all {} evaluators; chi-square = {} with {} "
                       "of freedom; {} left out.\n\n",
                       util::format_fixed(*a.w, 2), counted(a.items, "item"), a.raters,
                       util::format_fixed(*a.chi_square, 2), counted(a.items - 1, "degree"),
                       counted(a.items_left_out, "item"));
    out << md_escape(a.calculation) << "\n\n";
  } else {
    out << fmt::format("W is undefined: {} (m = {} evaluators, n = {} items, {} left out).\n\n",
                       md_escape(a.reason), a.raters, a.items, counted(a.items_left_out, "item"));
  }
  out << "Formula: " << md_escape(a.formula) << '\n';
}

} // namespace

void write_panel_md(const panel::Worksheet& sheet, std::ostream& out)
{
  out << "# Moderation worksheet: " << md_escape(sheet.tender) << " — " << md_escape(sheet.title)
      << "\n\n";
  out << "Panel aggregate: " << sheet.aggregate << "; spread flag at "
      << util::format_short(sheet.spread_flag)
      << " scale points; statistics over the used scores, 2 decimals.\n\n";
  if (sheet.items.empty()) {
    out << "No question was scored.\n";
  } else {
    write_scores(sheet, out);
  }
  write_moderation(sheet, out);
  write_leniency(sheet, out);
  write_agreement(sheet.agreement, out);
}

} // namespace tenderscore::report
