// SPDX-License-Identifier: MIT
// Private to the panel writers for people (table, Markdown): how a worksheet cell reads.
#pragma once

#include <tenderscore/panel/worksheet.hpp>

#include <optional>
#include <string>

namespace tenderscore::report::panel_cells {

/// Return `value` to 2 decimals, or "-" when there is none.
inline std::string fixed(const std::optional<util::Rational>& value)
{
  return value ? util::format_fixed(*value, 2) : std::string("-");
}

/// Return a deviation `value` to 2 decimals with its sign: "+0.50", "-1.25", "0.00" or "-".
inline std::string signed_fixed(const std::optional<util::Rational>& value)
{
  if (!value) {
    return "-";
  }
  const std::string text = util::format_fixed(*value, 2);
  return *value > 0 && text != "0.00" ? "+" + text : text;
}

/// Return `evaluator`'s score on `item` as entered, in parentheses when it was set aside for a
/// conflict, or "-" when they gave none.
inline std::string evaluator_score(const panel::Item& item, const std::string& evaluator)
{
  for (const auto& s : item.scores) {
    if (s.evaluator == evaluator) {
      const std::string text = util::format_short(s.score);
      return s.conflicted ? "(" + text + ")" : text;
    }
  }
  return "-";
}

/// Return "evaluators 3.00–4.00", the range of the used scores of `item`, or a note that none
/// was used.
inline std::string used_range(const panel::Item& item)
{
  return item.low ? "evaluators " + fixed(item.low) + "–" + fixed(item.high)
                  : std::string("no evaluator score used");
}

/// Return the flag codes of `item` joined by ", ".
inline std::string flag_codes(const panel::Item& item)
{
  std::string text;
  for (const auto& f : item.flags) {
    text += (text.empty() ? "" : ", ") + f.code;
  }
  return text;
}

/// Return "1 item", "2 items": `count` and `noun`, plural unless count is 1.
inline std::string counted(std::size_t count, const std::string& noun)
{
  return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

/// Return `text` with each line break (CRLF, LF or CR) replaced by a space.
inline std::string one_line(const std::string& text)
{
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    out += text[i] == '\r' || text[i] == '\n' ? ' ' : text[i];
    i += crlf ? 1 : 0;
  }
  return out;
}

/// Return the sample standard deviation `sd` to 2 decimals, or "-".
inline std::string sd(const std::optional<double>& value)
{
  return value ? util::format_fixed(util::from_double(*value), 2) : std::string("-");
}

inline constexpr const char* k_conflict_legend =
    "(n) = set aside: the evaluator declared a conflict of interest for this bidder";

/// Return how deviations and the leniency labels are defined, for the reader of the worksheet.
inline std::string deviation_rule()
{
  const std::string at = util::format_fixed(panel::k_leniency_threshold, 2);
  return "deviation = the evaluator's score minus the mean of the other evaluators' used scores "
         "on the same item (leave-one-out), over items with at least 2 used scores; lenient at a "
         "mean deviation ≥ +" +
         at + ", severe at ≤ -" + at + "; SD is the sample standard deviation (n − 1)";
}

} // namespace tenderscore::report::panel_cells
