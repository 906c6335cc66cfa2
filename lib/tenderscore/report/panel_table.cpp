// SPDX-License-Identifier: MIT
// The moderation worksheet for a terminal: fixed-width tables, untrusted text escaped.
#include <tenderscore/report/panel_cells.hpp>
#include <tenderscore/report/panel_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

using namespace panel_cells;
using util::escape_terminal;
using Row = std::vector<std::string>;

// Column i is left-aligned when `align[i]` is 'l', else right-aligned; two spaces between
// columns, no trailing spaces.
void write_grid(const Row& header, const std::vector<Row>& rows, const std::string& align,
                std::ostream& out)
{
  std::vector<std::size_t> widths(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    widths[i] = util::utf8_length(header[i]);
    for (const auto& row : rows) {
      widths[i] = std::max(widths[i], util::utf8_length(row[i]));
    }
  }
  const auto write_row = [&](const Row& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const std::string pad(widths[i] - util::utf8_length(row[i]), ' ');
      line += align[i] == 'l' ? row[i] + pad : pad + row[i];
      line += i + 1 < row.size() ? "  " : "";
    }
    line.erase(line.find_last_not_of(' ') + 1);
    out << line << '\n';
  };
  write_row(header);
  for (const auto& row : rows) {
    write_row(row);
  }
}

std::string item_name(const panel::Item& item)
{
  const std::string name = item.question + " / " + item.bidder;
  return escape_terminal(item.lot ? *item.lot + " / " + name : name);
}

void write_scores(const panel::Worksheet& sheet, std::ostream& out)
{
  Row header{"Question", "Bidder"};
  for (const auto& e : sheet.evaluators) {
    header.push_back(escape_terminal(e.id));
  }
  for (const char* name : {"Mean", "Median", "Spread", "Moderated", "Score", "From", "Flags"}) {
    header.emplace_back(name);
  }
  const std::string align = "ll" + std::string(sheet.evaluators.size() + 5, 'r') + "ll";
  std::vector<Row> rows;
  const auto flush = [&] {
    if (!rows.empty()) {
      write_grid(header, rows, align, out);
      rows.clear();
    }
  };
  for (std::size_t i = 0; i < sheet.items.size(); ++i) {
    const auto& item = sheet.items[i];
    if (item.lot && (i == 0 || sheet.items[i - 1].lot != item.lot)) {
      flush();
      out << (i == 0 ? "" : "\n") << "Lot " << escape_terminal(*item.lot) << '\n';
    }
    Row row{escape_terminal(item.question), escape_terminal(item.bidder)};
    for (const auto& e : sheet.evaluators) {
      row.push_back(evaluator_score(item, e.id));
    }
    for (const auto& value : {item.mean, item.median, item.spread, item.moderated, item.score}) {
      row.push_back(fixed(value));
    }
    row.push_back(item.score_source.empty() ? "-" : item.score_source);
    row.push_back(flag_codes(item));
    rows.push_back(std::move(row));
  }
  flush();
  out << k_conflict_legend << '\n';
}

void write_moderation(const panel::Worksheet& sheet, std::ostream& out)
{
  const auto flagged = panel::needing_moderation(sheet.items);
  out << "\nNeeds moderation (" << counted(flagged.size(), "item") << ")\n";
  if (flagged.empty()) {
    out << "  none\n";
  }
  for (const auto* item : flagged) {
    for (const auto& f : item->flags) {
      out << "  " << item_name(*item) << ": " << f.code << ": " << f.message << '\n';
    }
  }
  bool any = false;
  for (const auto& item : sheet.items) {
    if (item.moderated) {
      out << (any ? "" : "\nModerated scores\n") << "  " << item_name(item) << ": "
          << fixed(item.moderated) << " (" << used_range(item)
          << "): " << (item.comment ? escape_terminal(one_line(*item.comment)) : "(no comment)")
          << '\n';
      any = true;
    }
  }
  bool comments = false;
  for (const auto& item : sheet.items) {
    for (const auto& s : item.scores) {
      if (!s.comment.empty()) {
        out << (comments ? "" : "\nEvaluators' comments\n") << "  " << item_name(item) << ", "
            << escape_terminal(s.evaluator) << ": " << escape_terminal(one_line(s.comment)) << '\n';
        comments = true;
      }
    }
  }
}

void write_leniency(const panel::Worksheet& sheet, std::ostream& out)
{
  out << "\nEvaluators\n";
  std::vector<Row> rows;
  for (const auto& l : sheet.leniency) {
    rows.push_back({escape_terminal(l.evaluator), escape_terminal(l.role), std::to_string(l.scored),
                    std::to_string(l.conflicted), std::to_string(l.compared),
                    signed_fixed(l.mean_deviation), sd(l.sd_sample), l.label});
  }
  write_grid(
      {"Evaluator", "Role", "Scored", "Conflicted", "Compared", "Mean dev", "SD (n−1)", "Leniency"},
      rows, "llrrrrrl", out);
  out << deviation_rule() << '\n';
}

void write_agreement(const panel::Agreement& a, std::ostream& out)
{
  out << "\nAgreement: " << a.name << '\n';
  if (a.w) {
    out << fmt::format("W = {} over {} scored by all {} evaluators; chi-square = {} with {} of "
                       "freedom; {} left out\n",
                       util::format_fixed(*a.w, 2), counted(a.items, "item"), a.raters,
                       util::format_fixed(*a.chi_square, 2), counted(a.items - 1, "degree"),
                       counted(a.items_left_out, "item"));
    out << a.calculation << '\n';
  } else {
    out << fmt::format("W is undefined: {} (m = {} evaluators, n = {} items, {} left out)\n",
                       a.reason, a.raters, a.items, counted(a.items_left_out, "item"));
  }
  out << a.formula << '\n';
}

} // namespace

void write_panel_table(const panel::Worksheet& sheet, std::ostream& out)
{
  out << escape_terminal(sheet.tender) << " — " << escape_terminal(sheet.title) << '\n';
  out << "panel aggregate: " << sheet.aggregate << "; spread flag at "
      << util::format_short(sheet.spread_flag)
      << " scale points; statistics over the used scores, 2 decimals\n\n";
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
