// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace tenderscore::report::md {

using Row = std::vector<std::string>;

/// Write one Markdown table row; cells must already be escaped.
inline void write_row(const Row& cells, std::ostream& out)
{
  out << '|';
  for (const auto& cell : cells) {
    out << ' ' << cell << " |";
  }
  out << '\n';
}

/// Write a header row and its rule; column i is left-aligned when `align[i]` is 'l', else
/// right-aligned.
inline void write_header(const Row& header, const std::string& align, std::ostream& out)
{
  write_row(header, out);
  out << '|';
  for (std::size_t i = 0; i < header.size(); ++i) {
    out << (align[i] == 'l' ? " --- |" : " ---: |");
  }
  out << '\n';
}

} // namespace tenderscore::report::md
