// SPDX-License-Identifier: MIT
#include <tenderscore/diag/source.hpp>

#include <tenderscore/util/text.hpp>

#include <algorithm>

namespace tenderscore::diag {

SourceFile::SourceFile(std::string path, std::string text)
  : m_path(std::move(path)),
    m_text(std::move(text))
{
  if (m_text.rfind("\xEF\xBB\xBF", 0) == 0) {
    m_text.erase(0, 3);
    m_had_bom = true;
  }
  m_line_starts.push_back(0);
  for (std::size_t i = 0; i < m_text.size(); ++i) {
    if (m_text[i] == '\n') {
      m_line_starts.push_back(i + 1);
    }
  }
}

std::string_view SourceFile::line(int line) const
{
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return {};
  }
  const std::size_t start = m_line_starts[static_cast<std::size_t>(line - 1)];
  std::size_t end = m_text.find('\n', start);
  if (end == std::string::npos) {
    end = m_text.size();
  }
  if (end > start && m_text[end - 1] == '\r') {
    --end;
  }
  return std::string_view(m_text).substr(start, end - start);
}

std::pair<int, int> SourceFile::position(std::size_t offset) const
{
  const auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
  const int line = static_cast<int>(index) + 1;
  const auto byte_column = static_cast<int>(offset - m_line_starts[index]);
  return {line, column_of(line, byte_column)};
}

int SourceFile::column_of(int line, int byte_column) const
{
  const std::string_view text = this->line(line);
  const auto bytes = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), text.size());
  return static_cast<int>(util::utf8_length(text.substr(0, bytes))) + 1 +
         std::max(0, byte_column - static_cast<int>(text.size()));
}

} // namespace tenderscore::diag
