// SPDX-License-Identifier: MIT
// Chart: per top-level criterion, the weights within which the winner holds.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>

#include <fmt/format.h>

#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

constexpr int k_width = 900;
constexpr int k_label_right = 200;
constexpr int k_left = 212; // weight 0
constexpr int k_span = 460; // weight 100
constexpr int k_top = 28;
constexpr int k_row = 26;
constexpr int k_band = 14;

Rational x_of(const Rational& weight)
{
  return Rational{k_left} + Rational{k_span} * weight / 100;
}

void write_axis(int rows, std::ostream& out)
{
  const int bottom = k_top + rows * k_row;
  for (int tick = 0; tick <= 100; tick += 20) {
    const std::string x = coord(x_of(Rational{tick}));
    out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"grid\"/>\n", x,
                       k_top - 4, bottom);
    out << svg_text(x, std::to_string(k_top - 8), std::to_string(tick) + "%", 4,
                    "text-anchor=\"middle\" class=\"tick\"");
  }
}

std::string holds_text(const score::BreakEven& b)
{
  return "holds " + (b.lower ? util::format_fixed(*b.lower, 2) : std::string("0")) + "–" +
         (b.upper ? util::format_fixed(*b.upper, 2) : std::string("100"));
}

void write_row(const model::Tender& tender, const score::LotSensitivity& s, std::size_t index,
               std::ostream& out)
{
  const score::BreakEven& b = s.criteria[index];
  const int y = k_top + static_cast<int>(index) * k_row + (k_row - k_band) / 2;
  const bool smallest = s.smallest && s.smallest->criterion == b.criterion;
  out << svg_text(std::to_string(k_label_right), std::to_string(y + 11),
                  criterion_title(tender, s.lot, b.criterion), 30,
                  smallest ? "text-anchor=\"end\" font-weight=\"bold\"" : "text-anchor=\"end\"");
  const Rational lo = b.lower.value_or(Rational{0});
  const Rational hi = b.upper.value_or(Rational{100});
  out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"changes\">"
                     "<title>outside this interval another bid wins</title></rect>\n",
                     k_left, y, k_span, k_band);
  out << fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" class=\"holds\"><title>"
                     "{} keeps first place for weights of {} from {} to {}</title></rect>\n",
                     coord(x_of(lo)), y, coord(x_of(hi) - x_of(lo)), k_band, html_escape(s.winner),
                     html_escape(b.criterion), util::format_fixed(lo, 2),
                     util::format_fixed(hi, 2));
  const std::string x = coord(x_of(b.weight));
  out << fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" class=\"now\"><title>"
                     "weight as set: {3}</title></line>\n",
                     x, y - 3, y + k_band + 3, util::format_short(b.weight));
  out << svg_text(std::to_string(k_left + k_span + 12), std::to_string(y + 11),
                  "set " + util::format_short(b.weight) + "; " + holds_text(b) +
                      (smallest ? " ◀" : ""),
                  40, "class=\"num\"");
}

} // namespace

void write_break_even_chart(const model::Tender& tender, const score::LotSensitivity& sensitivity,
                            std::ostream& out)
{
  if (sensitivity.criteria.empty() || sensitivity.winner.empty()) {
    return;
  }
  const int rows = static_cast<int>(sensitivity.criteria.size());
  const int height = k_top + rows * k_row + 6;
  out << "<figure>\n"
      << svg_open(k_width, height,
                  "Break-even weights: per top-level criterion, the weights within which " +
                      sensitivity.winner + " stays first");
  write_axis(rows, out);
  for (std::size_t i = 0; i < sensitivity.criteria.size(); ++i) {
    write_row(tender, sensitivity, i, out);
  }
  out << "</svg>\n<figcaption>Green: the weights (percent of the whole, the other top-level "
         "weights rescaled in proportion) within which "
      << html_escape(sensitivity.winner)
      << " stays first; red: another bid wins; black line: the weight as set"
      << (sensitivity.smallest ? "; ◀ and bold: the smallest change that alters the winner" : "")
      << ".</figcaption>\n</figure>\n";
}

} // namespace tenderscore::report
