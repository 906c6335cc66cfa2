// SPDX-License-Identifier: MIT
// Chart: each ranked bid's weighted points stacked by top-level criterion.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_shown.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

constexpr int k_width = 900;
constexpr int k_label_right = 250; // bidder names end here
constexpr int k_left = 262;        // the 0 of the axis
constexpr int k_span = 540;        // 100 points
constexpr int k_top = 28;
constexpr int k_row = 24;
constexpr int k_bar = 14;
constexpr int k_legend_columns = 3;
constexpr int k_legend_row = 20;

Rational x_of(const Rational& points)
{
  return Rational{k_left} + Rational{k_span} * points / 100;
}

void write_axis(int rows, std::ostream& out)
{
  const int bottom = k_top + rows * k_row;
  for (int tick = 0; tick <= 100; tick += 20) {
    const std::string x = coord(x_of(Rational{tick}));
    out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>\n", x,
                       k_top - 4, bottom);
    out << svg_text(x, std::to_string(k_top - 8), std::to_string(tick), 4,
                    "text-anchor=\"middle\" class=\"tick\"");
  }
  out << svg_text(std::to_string(k_left + k_span + 60), std::to_string(k_top - 8), "total", 8,
                  "text-anchor=\"end\" class=\"tick\"");
}

void write_bar(const model::Tender& tender, const score::LotResult& lot,
               const score::BidResult& bid, int row, std::ostream& out)
{
  const int y = k_top + row * k_row + (k_row - k_bar) / 2;
  const std::string rank = fmt::format("{}{}. ", bid.tied ? "=" : "", bid.rank.value_or(0));
  out << svg_text(std::to_string(k_label_right), std::to_string(y + 11), rank + bid.bidder, 32,
                  "text-anchor=\"end\"");
  Rational x{k_left};
  for (std::size_t j = 0; j < lot.top_level.size(); ++j) {
    const auto* c = find_points(bid, lot.top_level[j]);
    if (c == nullptr || c->points <= 0) {
      continue;
    }
    const Rational width = Rational{k_span} * c->points / 100;
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>{}: "
                       "{} {} of {}</title></rect>\n",
                       coord(x), y, coord(width), k_bar, colour(j), html_escape(bid.bidder),
                       html_escape(criterion_title(tender, lot.lot, c->id)),
                       util::format_fixed(c->points, 2), util::format_short(c->weight));
    x += width;
  }
  out << svg_text(std::to_string(k_left + k_span + 60), std::to_string(y + 11),
                  bid.total ? util::format_fixed(*bid.total, 2) : "–", 12,
                  "text-anchor=\"end\" class=\"num\"");
}

void write_legend(const model::Tender& tender, const score::LotResult& lot, int top,
                  std::ostream& out)
{
  for (std::size_t j = 0; j < lot.top_level.size(); ++j) {
    const int x = 20 + static_cast<int>(j % k_legend_columns) * 290;
    const int y = top + static_cast<int>(j / k_legend_columns) * k_legend_row;
    const model::Criterion* c =
        model::find_criterion(tender.criteria_for(lot.lot), lot.top_level[j]);
    const std::string weight = c != nullptr ? " (" + util::format_short(c->weight.value) + ")" : "";
    out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n", x, y,
                       colour(j));
    out << svg_text(std::to_string(x + 18), std::to_string(y + 11),
                    criterion_title(tender, lot.lot, lot.top_level[j]) + weight, 36);
  }
}

} // namespace

void write_points_chart(const model::Tender& tender, const score::LotResult& lot, std::ostream& out)
{
  const std::vector<const score::BidResult*> ranked = shown_bids(lot);
  if (ranked.empty()) {
    return;
  }
  const int rows = static_cast<int>(ranked.size());
  const int legend_rows =
      (static_cast<int>(lot.top_level.size()) + k_legend_columns - 1) / k_legend_columns;
  const int legend_top = k_top + rows * k_row + 16;
  const int height = legend_top + legend_rows * k_legend_row + 4;
  out << "<figure>\n"
      << svg_open(k_width, height, "Weighted points of each ranked bid, by top-level criterion");
  write_axis(rows, out);
  for (int i = 0; i < rows; ++i) {
    write_bar(tender, lot, *ranked[static_cast<std::size_t>(i)], i, out);
  }
  write_legend(tender, lot, legend_top, out);
  out << "</svg>\n<figcaption>Weighted points of each ranked bid"
      << (ranked_count(lot) > k_html_full ? fmt::format(" (the top {})", k_html_top) : "")
      << ", stacked by top-level criterion (weight in brackets); the bar's length is the total "
         "out of 100.</figcaption>\n</figure>\n";
}

} // namespace tenderscore::report
