// SPDX-License-Identifier: MIT
#include <tenderscore/load/csv.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

namespace tenderscore::load {

CsvReader::CsvReader(diag::SourcePtr source, diag::Diagnostics& diags)
    : m_source(std::move(source))
    , m_text(m_source->text())
    , m_diags(diags)
{
  if (const auto bad = util::find_invalid_utf8(m_source->text())) {
    fail(*bad, fmt::format("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8",
                           static_cast<unsigned char>(m_text[*bad])));
  }
}

diag::Location CsvReader::at(std::size_t offset) const
{
  const auto [line, column] = m_source->position(offset);
  return {m_source, line, column};
}

void CsvReader::fail(std::size_t offset, std::string message)
{
  m_diags.error(at(offset), "csv.syntax", std::move(message));
  m_failed = true;
}

bool CsvReader::next()
{
  while (!m_failed && m_pos < m_text.size()) {
    m_record = m_pos;
    m_cells.clear();
    bool end_of_record = false;
    bool quoted = false;
    while (!end_of_record) {
      quoted = m_pos < m_text.size() && m_text[m_pos] == '"';
      if (!read_cell(end_of_record)) {
        return false;
      }
    }
    const bool blank = m_cells.size() == 1 && m_cells.front().text.empty() && !quoted;
    if (!blank) {
      return true;
    }
  }
  return false;
}

// Consume a line end at m_pos when there is one; return whether the record ended.
bool CsvReader::line_end()
{
  if (m_pos >= m_text.size()) {
    return true;
  }
  if (m_text[m_pos] == '\n') {
    ++m_pos;
    return true;
  }
  if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') {
    m_pos += 2;
    return true;
  }
  return false;
}

bool CsvReader::read_cell(bool& end_of_record)
{
  const std::size_t index = m_cells.size();
  CsvCell& cell = m_cells.emplace_back();
  cell.offset = m_pos;
  if (m_pos < m_text.size() && m_text[m_pos] == '"') {
    const std::size_t open = m_pos++;
    std::size_t quote = m_text.find('"', m_pos);
    if (quote == std::string_view::npos) {
      fail(open, "unterminated quoted field: no closing '\"' before the end of the file");
      return false;
    }
    if (quote + 1 >= m_text.size() || m_text[quote + 1] != '"') {
      cell.text = m_text.substr(m_pos, quote - m_pos); // no "" inside: a view of the text
      m_pos = quote + 1;
    } else {
      if (m_unescaped.size() <= index) {
        m_unescaped.resize(index + 1);
      }
      std::string& text = m_unescaped[index];
      text.clear();
      while (true) {
        text.append(m_text.substr(m_pos, quote - m_pos));
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
          text += '"';
          ++m_pos;
          quote = m_text.find('"', m_pos);
          if (quote == std::string_view::npos) {
            fail(open, "unterminated quoted field: no closing '\"' before the end of the file");
            return false;
          }
          continue;
        }
        break;
      }
      cell.text = text;
    }
    if (line_end()) {
      end_of_record = true;
    } else if (m_text[m_pos] == ',') {
      ++m_pos;
    } else {
      fail(m_pos, "unexpected text after a closing quote; write a quote inside a quoted field "
                  "as \"\"");
      return false;
    }
    return true;
  }
  const std::size_t start = m_pos;
  while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' &&
         !(m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')) {
    ++m_pos;
  }
  cell.text = m_text.substr(start, m_pos - start);
  if (m_pos < m_text.size() && m_text[m_pos] == ',') {
    ++m_pos;
  } else {
    line_end();
    end_of_record = true;
  }
  return true;
}

std::optional<std::vector<CsvRow>> read_csv(const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  CsvReader reader(source, diags);
  std::vector<CsvRow> rows;
  while (reader.next()) {
    CsvRow& row = rows.emplace_back();
    row.where = reader.at(reader.record_offset());
    for (const CsvCell& cell : reader.cells()) {
      row.fields.push_back({std::string(cell.text), reader.at(cell.offset)});
    }
  }
  if (reader.failed()) {
    return std::nullopt;
  }
  return rows;
}

} // namespace tenderscore::load
