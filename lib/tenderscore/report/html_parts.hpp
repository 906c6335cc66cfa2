// SPDX-License-Identifier: MIT
// Private to the HTML report: how numbers and names read, and the charts' shared vocabulary.
#pragma once

#include <tenderscore/model/tender.hpp>
#include <tenderscore/report/html.hpp>
#include <tenderscore/score/result.hpp>

#include <array>
#include <optional>
#include <string>

namespace tenderscore::report::html_parts {

using util::Rational;

/// Return `value` to 2 decimals, or "–" when there is none.
inline std::string fixed(const std::optional<Rational>& value)
{
  return value ? util::format_fixed(*value, 2) : std::string("–");
}

/// Return `value` to 2 decimals followed by its exact fraction when that differs, e.g.
/// "33.33 (= 100/3)".
inline std::string fixed_exact(const Rational& value)
{
  const std::string shown = util::format_fixed(value, 2);
  const std::string exact = util::format_exact(value);
  return util::parse_decimal(shown) == value ? shown : shown + " (= " + exact + ")";
}

/// Return an SVG coordinate: `value` to 2 decimals.
inline std::string coord(const Rational& value)
{
  return util::format_fixed(value, 2);
}

/// Return the title of criterion `id` among the criteria of `lot` (or stage 1's own) in
/// `tender`, else `id`.
inline std::string criterion_title(const model::Tender& tender,
                                   const std::optional<std::string>& lot, const std::string& id)
{
  const model::Criterion* c = tender.find_scored_criterion(lot, id);
  return c != nullptr && !c->title.empty() ? c->title : id;
}

/// Return the points of criterion `id` of `bid`, or nullptr.
inline const score::CriterionPoints* find_points(const score::BidResult& bid, const std::string& id)
{
  for (const auto& c : bid.criteria) {
    if (c.id == id) {
      return &c;
    }
  }
  return nullptr;
}

// Okabe–Ito colours, distinguishable with colour-blindness and in greyscale print; yellow last.
inline constexpr std::array<const char*, 8> k_palette{"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                                      "#56B4E9", "#D55E00", "#999999", "#F0E442"};

/// Return the colour of series `index`.
inline const char* colour(std::size_t index)
{
  return k_palette[index % k_palette.size()];
}

/// Return "Lot <title>" or the tender-wide heading suffix for `lot`, escaped.
inline std::string lot_name(const model::Tender& tender, const std::optional<std::string>& lot)
{
  if (!lot) {
    return "";
  }
  for (const auto& l : tender.lots) {
    if (l.id == *lot && !l.title.empty() && l.title != l.id) {
      return "Lot " + html_escape(l.title) + " (" + html_escape(l.id) + ")";
    }
  }
  return "Lot " + html_escape(*lot);
}

} // namespace tenderscore::report::html_parts

namespace tenderscore::report::html_parts {

/// Open an inline SVG of `width` × `height` pixels whose accessible name is `title` (raw text).
inline std::string svg_open(int width, int height, const std::string& title)
{
  const std::string w = std::to_string(width);
  const std::string h = std::to_string(height);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"" + w +
         "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n<title>" +
         html_escape(title) + "</title>\n";
}

/// Return an SVG `<text>` at (`x`, `y`) holding the raw `text` escaped, cut to `max_chars` with
/// the whole text as its tooltip when cut; `attributes` are added as given (trusted).
inline std::string svg_text(const std::string& x, const std::string& y, const std::string& text,
                            std::size_t max_chars, const std::string& attributes = "")
{
  const std::string shown = cut_text(text, max_chars);
  std::string out =
      "<text x=\"" + x + "\" y=\"" + y + "\"" + (attributes.empty() ? "" : " " + attributes) + ">";
  if (shown != text) {
    out += "<title>" + html_escape(text) + "</title>";
  }
  return out + html_escape(shown) + "</text>\n";
}

} // namespace tenderscore::report::html_parts
