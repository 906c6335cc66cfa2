// SPDX-License-Identifier: MIT
#include <tenderscore/report/markdown.hpp>

#include <tenderscore/util/text.hpp>

namespace tenderscore::report {

std::string md_escape(std::string_view text)
{
  std::string flat;
  flat.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    flat += text[i] == '\r' || text[i] == '\n' ? ' ' : text[i];
    i += crlf ? 1 : 0;
  }
  // Terminal escaping first: its own backslashes are then escaped, so "\x1B" shows literally.
  const std::string safe = util::escape_terminal(flat);
  std::string out;
  out.reserve(safe.size());
  for (char c : safe) {
    if (std::string_view("\\`*_[]<>|&~").find(c) != std::string_view::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

} // namespace tenderscore::report
