// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace tenderscore::util {

std::size_t edit_distance(std::string_view a, std::string_view b)
{
  // Optimal string alignment: insertions, deletions, substitutions and adjacent swaps cost 1.
  const std::size_t width = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * width);
  const auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * width + j]; };
  for (std::size_t i = 0; i <= a.size(); ++i) {
    at(i, 0) = i;
  }
  for (std::size_t j = 0; j <= b.size(); ++j) {
    at(0, j) = j;
  }
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
      }
    }
  }
  return at(a.size(), b.size());
}

namespace {

// At most this many candidates per word get an edit distance (after the cheap filters
// below), so that a file with a million unknown keys against 10,000 known ones stays fast.
constexpr std::size_t k_max_compared = 200;

// A lower bound of the edit distance: of the bytes of `a` and `b` counted as multisets, the
// larger number not matched in the other. `counts` holds the byte counts of `a` on entry and on
// return.
std::size_t bag_distance(std::array<std::int32_t, 256>& counts, std::size_t a_size,
                         std::string_view b)
{
  std::size_t matched = 0;
  for (const char c : b) {
    if (counts[static_cast<unsigned char>(c)]-- > 0) {
      ++matched;
    }
  }
  for (const char c : b) {
    ++counts[static_cast<unsigned char>(c)];
  }
  return std::max(a_size, b.size()) - matched;
}

// The edit distance of edit_distance when it is at most `bound`, else bound + 1; stops as soon
// as every alignment costs more. `rows` is reused between calls.
std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound,
                             std::vector<std::size_t>& rows)
{
  const std::size_t width = b.size() + 1;
  rows.assign(3 * width, 0);
  std::size_t* before = rows.data();       // row i - 2
  std::size_t* previous = before + width;  // row i - 1
  std::size_t* current = previous + width; // row i
  for (std::size_t j = 0; j <= b.size(); ++j) {
    previous[j] = j;
  }
  std::size_t previous_min = 0;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t row_min = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d = std::min(d, before[j - 2] + 1);
      }
      current[j] = d;
      row_min = std::min(row_min, d);
    }
    // every later cell comes from this row, or from the one before through a swap (+1)
    if (row_min > bound && previous_min + 1 > bound) {
      return bound + 1;
    }
    previous_min = row_min;
    std::size_t* const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return std::min(previous[b.size()], bound + 1);
}

} // namespace

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates)
{
  if (word.size() > 256) {
    return std::nullopt;
  }
  std::array<std::int32_t, 256> counts{};
  for (const char c : word) {
    ++counts[static_cast<unsigned char>(c)];
  }
  std::vector<std::size_t> rows;
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  std::size_t compared = 0;
  for (const auto& candidate : candidates) {
    const std::size_t allowed =
        std::max<std::size_t>(1, std::max(word.size(), candidate.size()) / 3);
    // only a closer candidate than the best so far can replace it
    const std::size_t bound = best ? std::min(allowed, best_distance - 1) : allowed;
    const std::size_t length_gap = word.size() > candidate.size() ? word.size() - candidate.size()
                                                                  : candidate.size() - word.size();
    if (length_gap > bound || bag_distance(counts, word.size(), candidate) > bound) {
      continue; // both are lower bounds of the distance
    }
    if (++compared > k_max_compared) {
      break;
    }
    const std::size_t distance = bounded_distance(word, candidate, bound, rows);
    if (distance > bound || distance == 0) {
      continue;
    }
    best = candidate;
    best_distance = distance;
    if (distance == 1) {
      break; // nothing closer but the word itself
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates)
{
  const auto match = closest_match(word, candidates);
  return match ? fmt::format("; did you mean '{}'?", *match) : std::string{};
}

namespace {

// Return the length of the valid UTF-8 sequence starting at `text[i]`, or 0.
std::size_t utf8_sequence(std::string_view text, std::size_t i)
{
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    return 1;
  }
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    low = lead == 0xE0 ? 0xA0 : 0x80;
    high = lead == 0xED ? 0x9F : 0xBF;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    low = lead == 0xF0 ? 0x90 : 0x80;
    high = lead == 0xF4 ? 0x8F : 0xBF;
  } else {
    return 0;
  }
  if (i + length > text.size()) {
    return 0;
  }
  if (byte(i + 1) < low || byte(i + 1) > high) {
    return 0;
  }
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) {
      return 0;
    }
  }
  return length;
}

// Return the code point of the valid three-byte UTF-8 `sequence`.
unsigned code_point(std::string_view sequence)
{
  const auto byte = [&](std::size_t k) {
    return static_cast<unsigned>(static_cast<unsigned char>(sequence[k]));
  };
  return ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
}

// Return whether `cp` reorders or hides text: bidirectional controls, zero-width characters,
// line and paragraph separators, the byte-order mark.
bool is_invisible(unsigned cp)
{
  return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

} // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text)
{
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text, i);
    if (length == 0) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::size_t utf8_length(std::string_view text)
{
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

std::string escape_terminal(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence(text, i);
    const auto lead = static_cast<unsigned char>(text[i]);
    const bool c1 = length == 2 && lead == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0;
    if (length == 3 && is_invisible(code_point(text.substr(i, 3)))) {
      out += fmt::format("\\u{{{:04X}}}", code_point(text.substr(i, 3)));
      i += length;
      continue;
    }
    if (length == 0 || lead < 0x20 || lead == 0x7F || c1) {
      const std::size_t bad = length == 0 ? 1 : length;
      for (std::size_t k = 0; k < bad; ++k) {
        out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[i + k]));
      }
      i += bad;
      continue;
    }
    out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

std::string quote(std::string_view text, std::size_t max_chars)
{
  std::string escaped = escape_terminal(text);
  if (utf8_length(escaped) > max_chars) {
    std::size_t chars = 0;
    std::size_t cut = 0;
    while (cut < escaped.size() && chars < max_chars) {
      ++cut;
      while (cut < escaped.size() && (static_cast<unsigned char>(escaped[cut]) & 0xC0) == 0x80) {
        ++cut;
      }
      ++chars;
    }
    escaped.resize(cut);
    escaped += "…";
  }
  return "'" + escaped + "'";
}

std::string csv_cell(std::string_view text)
{
  const bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' ||
                                         text[0] == '@' || text[0] == '\t' || text[0] == '\r');
  // Built by appending: GCC 12's -Wrestrict misfires on std::string::insert at the front.
  std::string value = formula ? std::string("'") : std::string();
  // Line breaks and tabs are legitimate inside a quoted cell; every other control character
  // (and invalid UTF-8, bidi controls) is made visible so a CSV shown in a terminal is inert.
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      value += escape_terminal(text.substr(start, i - start));
      if (i < text.size()) {
        value += text[i];
      }
      start = i + 1;
    }
  }
  const bool needs_quotes = value.find_first_of(",\"\r\n") != std::string::npos;
  if (!needs_quotes) {
    return value;
  }
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string ordinal(int n)
{
  const int last_two = n % 100;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    switch (n % 10) {
    case 1:
      suffix = "st";
      break;
    case 2:
      suffix = "nd";
      break;
    case 3:
      suffix = "rd";
      break;
    default:
      break;
    }
  }
  return std::to_string(n) + suffix;
}

} // namespace tenderscore::util
