// SPDX-License-Identifier: MIT
#include <tenderscore/diag/source.hpp>

#include <tenderscore/util/text.hpp>

#include <algorithm>

namespace tenderscore::diag {

namespace {

constexpr std::size_t k_block = 256;

bool starts_code_point(char c)
{
  return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U;
}

} // namespace

SourceFile::SourceFile(std::string path, std::string text)
    : m_path(std::move(path))
    , m_text(std::move(text))
{
  if (m_text.rfind("\xEF\xBB\xBF", 0) == 0) {
    m_text.erase(0, 3);
    m_had_bom = true;
  }
  m_line_starts.push_back(0);
  m_ascii_line.push_back(true);
  m_block_points.reserve(m_text.size() / k_block + 1);
  std::size_t points = 0;
  for (std::size_t i = 0; i < m_text.size(); ++i) {
    if (i % k_block == 0) {
      m_block_points.push_back(points);
    }
    const char c = m_text[i];
    points += starts_code_point(c) ? 1 : 0;
    if (c == '\n') {
      m_line_starts.push_back(i + 1);
      m_ascii_line.push_back(true);
    } else if ((static_cast<unsigned char>(c) & 0x80U) != 0) {
      m_ascii_line.back() = false;
    }
  }
}

std::size_t SourceFile::code_points(std::size_t from, std::size_t to) const
{
  const auto count = [this](std::size_t a, std::size_t b) {
    std::size_t n = 0;
    for (std::size_t i = a; i < b; ++i) {
      n += starts_code_point(m_text[i]) ? 1 : 0;
    }
    return n;
  };
  if (to - from <= 2 * k_block) {
    return count(from, to);
  }
  // points before `to` minus points before `from`, each from its block's start
  const std::size_t before_to = m_block_points[to / k_block] + count(to / k_block * k_block, to);
  const std::size_t before_from =
      m_block_points[from / k_block] + count(from / k_block * k_block, from);
  return before_to - before_from;
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
  if (line < 1 || static_cast<std::size_t>(line) > m_line_starts.size()) {
    return std::max(byte_column, 0) + 1;
  }
  const auto index = static_cast<std::size_t>(line - 1);
  const std::size_t start = m_line_starts[index];
  // The line's end without its line break (and a CR before it), as line() gives it.
  std::size_t end = index + 1 < m_line_starts.size() ? m_line_starts[index + 1] - 1 : m_text.size();
  if (end > start && m_text[end - 1] == '\r') {
    --end;
  }
  const auto wanted = static_cast<std::size_t>(std::max(byte_column, 0));
  const std::size_t bytes = std::min(wanted, end - start);
  const std::size_t points = m_ascii_line[index] ? bytes : code_points(start, start + bytes);
  return static_cast<int>(points) + 1 + static_cast<int>(wanted - bytes);
}

} // namespace tenderscore::diag
