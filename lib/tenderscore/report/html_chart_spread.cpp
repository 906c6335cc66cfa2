// SPDX-License-Identifier: MIT
// Chart: the panel's scores on one question, a row per bid.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

constexpr int k_width = 900;
constexpr int k_label_right = 250;
constexpr int k_left = 262;
constexpr int k_span = 500;
constexpr int k_top = 28;
constexpr int k_row = 28;
constexpr int k_legend_columns = 4;
constexpr int k_legend_row = 20;
constexpr int k_max_ticks = 10;

// The axis of a question: its scale's range, else the range of the scores given.
struct Axis
{
  Rational min{0};
  Rational max{1};
  Rational step{1};

  Rational x(const Rational& value) const
  {
    return Rational{k_left} + Rational{k_span} * (value - min) / (max - min);
  }
};

Axis question_axis(const model::Tender& tender, const panel::Item& item,
                   const std::vector<const panel::Item*>& items)
{
  Axis axis;
  const model::Criterion* c = tender.find_scored_criterion(item.lot, item.question);
  const model::Scale* scale =
      c != nullptr && c->scale ? tender.find_scale(c->scale->value) : nullptr;
  if (scale != nullptr && scale->max.value > scale->min.value) {
    axis.min = scale->min.value;
    axis.max = scale->max.value;
    axis.step = scale->step.value > 0 ? scale->step.value : Rational{1};
    return axis;
  }
  for (const auto* i : items) {
    for (const auto& s : i->scores) {
      axis.max = s.score > axis.max ? s.score : axis.max;
    }
  }
  return axis;
}

void write_axis(const Axis& axis, int rows, std::ostream& out)
{
  Rational step = axis.step;
  while ((axis.max - axis.min) / step > k_max_ticks) {
    step *= 2;
  }
  const int bottom = k_top + rows * k_row;
  for (Rational tick = axis.min; tick <= axis.max; tick += step) {
    const std::string x = coord(axis.x(tick));
    out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>\n", x,
                       k_top - 4, bottom);
    out << svg_text(x, std::to_string(k_top - 8), util::format_short(tick), 12,
                    "text-anchor=\"middle\" class=\"tick\"");
  }
  out << svg_text(std::to_string(k_left + k_span + 14), std::to_string(k_top - 8), "final", 8,
                  "class=\"tick\"");
}

std::size_t evaluator_index(const std::vector<panel::Evaluator>& evaluators, const std::string& id)
{
  for (std::size_t i = 0; i < evaluators.size(); ++i) {
    if (evaluators[i].id == id) {
      return i;
    }
  }
  return evaluators.size();
}

void write_dots(const std::vector<panel::Evaluator>& evaluators, const panel::Item& item,
                const Axis& axis, int middle, std::ostream& out)
{
  for (std::size_t k = 0; k < item.scores.size(); ++k) {
    const auto& s = item.scores[k];
    // Equal scores are stacked vertically, centred on the row, in input order.
    int same = 0;
    int before = 0;
    for (std::size_t j = 0; j < item.scores.size(); ++j) {
      same += item.scores[j].score == s.score ? 1 : 0;
      before += j < k && item.scores[j].score == s.score ? 1 : 0;
    }
    const Rational cy = Rational{middle} + Rational{11 * (2 * before - (same - 1)), 4};
    const std::string what = html_escape(s.evaluator) + ": " + util::format_short(s.score) +
                             (s.conflicted ? " (declared a conflict: not used)" : "");
    out << fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3.5\" {}><title>{}</title></circle>\n",
                       coord(axis.x(s.score)), coord(cy),
                       s.conflicted ? std::string("class=\"conflict\"")
                                    : fmt::format("fill=\"{}\" class=\"dot\"",
                                                  colour(evaluator_index(evaluators, s.evaluator))),
                       what);
  }
}

void write_item(const std::vector<panel::Evaluator>& evaluators, const panel::Item& item,
                const Axis& axis, int row, std::ostream& out)
{
  const int y = k_top + row * k_row;
  const int middle = y + k_row / 2;
  if (!item.flags.empty()) {
    std::string codes;
    for (const auto& f : item.flags) {
      codes += (codes.empty() ? "" : ", ") + f.code;
    }
    out << fmt::format("<rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"flagged\">"
                       "<title>{}</title></rect>\n",
                       y, k_width, k_row, html_escape(codes));
  }
  out << svg_text(std::to_string(k_label_right), std::to_string(middle + 4),
                  (item.flags.empty() ? "" : "⚑ ") + item.bidder, 32, "text-anchor=\"end\"");
  if (item.low) {
    const Rational x0 = axis.x(*item.low);
    const Rational width = axis.x(*item.high) - x0;
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"6\" class=\"range\"><title>"
                       "used scores {}–{}</title></rect>\n",
                       coord(x0 - 2), middle - 3, coord(width + 4), util::format_short(*item.low),
                       util::format_short(*item.high));
  }
  if (item.score) {
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"2\" height=\"{}\" class=\"final\"><title>"
                       "final score {} ({})</title></rect>\n",
                       coord(axis.x(*item.score) - 1), y + 1, k_row - 2,
                       util::format_short(*item.score), item.score_source);
  }
  write_dots(evaluators, item, axis, middle, out);
  out << svg_text(std::to_string(k_left + k_span + 14), std::to_string(middle + 4),
                  item.score ? util::format_fixed(*item.score, 2) + " " + item.score_source : "–",
                  20, "class=\"num\"");
}

void write_legend(const std::vector<panel::Evaluator>& evaluators, int top, std::ostream& out)
{
  for (std::size_t i = 0; i < evaluators.size(); ++i) {
    const int x = 20 + static_cast<int>(i % k_legend_columns) * 220;
    const int y = top + static_cast<int>(i / k_legend_columns) * k_legend_row;
    out << fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\" class=\"dot\"/>\n", x + 6,
                       y + 7, colour(i));
    out << svg_text(std::to_string(x + 16), std::to_string(y + 11), evaluators[i].id, 26);
  }
}

} // namespace

void write_spread_chart(const model::Tender& tender,
                        const std::vector<panel::Evaluator>& evaluators,
                        const std::vector<const panel::Item*>& items, std::ostream& out)
{
  if (items.empty()) {
    return;
  }
  const panel::Item& first = *items.front();
  const Axis axis = question_axis(tender, first, items);
  const int rows = static_cast<int>(items.size());
  const int legend_rows =
      (static_cast<int>(evaluators.size()) + k_legend_columns - 1) / k_legend_columns;
  const int legend_top = k_top + rows * k_row + 14;
  const int height = legend_top + legend_rows * k_legend_row + 4;
  const std::string title = criterion_title(tender, first.lot, first.question);
  out << "<figure>\n"
      << svg_open(k_width, height, "Panel scores on " + title + ", one row per bid");
  write_axis(axis, rows, out);
  for (int i = 0; i < rows; ++i) {
    write_item(evaluators, *items[static_cast<std::size_t>(i)], axis, i, out);
  }
  write_legend(evaluators, legend_top, out);
  out << "</svg>\n<figcaption><strong>" << html_escape(title)
      << "</strong>: each evaluator's score (a dot in their colour; hollow: set aside for a "
         "declared "
         "conflict), the range of the used scores (grey bar) and the final score (black mark); "
         "⚑ and a red row: flagged for moderation.</figcaption>\n</figure>\n";
}

} // namespace tenderscore::report
