// SPDX-License-Identifier: MIT
#include <tenderscore/report/html.hpp>

#include <tenderscore/util/text.hpp>

namespace tenderscore::report {

std::string html_escape(std::string_view text)
{
  std::string flat;
  flat.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    flat += text[i] == '\r' || text[i] == '\n' ? ' ' : text[i];
    i += crlf ? 1 : 0;
  }
  const std::string safe = util::escape_terminal(flat);
  std::string out;
  out.reserve(safe.size() + safe.size() / 8);
  for (char c : safe) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string cut_text(std::string_view text, std::size_t max_chars)
{
  if (util::utf8_length(text) <= max_chars || max_chars == 0) {
    return std::string(text);
  }
  std::size_t chars = 0;
  std::size_t i = 0;
  // Keep max_chars − 1 code points and the ellipsis; continuation bytes are 10xxxxxx.
  while (i < text.size()) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0U) != 0x80U) {
      if (chars == max_chars - 1) {
        break;
      }
      ++chars;
    }
    ++i;
  }
  return std::string(text.substr(0, i)) + "…";
}

} // namespace tenderscore::report
