// SPDX-License-Identifier: MIT
// The moderation worksheet as CSV: one row per item and evaluator, for spreadsheets and scripts.
#include <tenderscore/report/panel_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

// Unrounded, as in JSON: the shortest decimal that reads back as the same double.
std::string number(const std::optional<util::Rational>& value)
{
  return value ? fmt::format("{}", util::to_double(*value)) : std::string{};
}

std::string flag_list(const panel::Item& item)
{
  std::string text;
  for (const auto& f : item.flags) {
    text += (text.empty() ? "" : ";") + f.code;
  }
  return text;
}

// The columns after the evaluator's own: the item's statistics, repeated on each of its rows.
std::string item_cells(const panel::Item& item)
{
  return fmt::format("{},{},{},{},{},{},{},{},{}", item.used, number(item.mean),
                     number(item.median), number(item.spread), number(item.moderated),
                     number(item.score), util::csv_cell(item.score_source),
                     util::csv_cell(flag_list(item)), util::csv_cell(item.comment.value_or("")));
}

} // namespace

void write_panel_csv(const panel::Worksheet& sheet, std::ostream& out)
{
  out << "lot,question,bidder,evaluator,score,conflicted,deviation,used,mean,median,spread,"
         "moderated,final_score,final_source,flags,comment,evaluator_comment\r\n";
  for (const auto& item : sheet.items) {
    const std::string key = util::csv_cell(item.lot.value_or("")) + ',' +
                            util::csv_cell(item.question) + ',' + util::csv_cell(item.bidder);
    if (item.scores.empty()) {
      out << key << ",,,,," << item_cells(item) << ",\r\n";
    }
    for (const auto& s : item.scores) {
      out << key << ',' << util::csv_cell(s.evaluator) << ',' << number(s.score) << ','
          << (s.conflicted ? "true" : "false") << ',' << number(s.deviation) << ','
          << item_cells(item) << ',' << util::csv_cell(s.comment) << "\r\n";
    }
  }
}

} // namespace tenderscore::report
