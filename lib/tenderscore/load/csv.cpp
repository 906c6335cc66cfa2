// SPDX-License-Identifier: MIT
#include <tenderscore/load/csv.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

namespace tenderscore::load {

namespace {

class CsvScanner
{
public:
  CsvScanner(const diag::SourcePtr& source, diag::Diagnostics& diags)
      : m_source(source)
      , m_text(source->text())
      , m_diags(diags)
  {
  }

  std::optional<std::vector<CsvRow>> rows()
  {
    std::vector<CsvRow> rows;
    while (m_pos < m_text.size()) {
      CsvRow row;
      row.where = at(m_pos);
      bool end_of_row = false;
      while (!end_of_row) {
        auto field = next_field(end_of_row);
        if (!field) {
          return std::nullopt;
        }
        row.fields.push_back(std::move(*field));
      }
      const bool blank =
          row.fields.size() == 1 && row.fields.front().text.empty() && !m_last_quoted;
      if (!blank) {
        rows.push_back(std::move(row));
      }
    }
    return rows;
  }

private:
  diag::Location at(std::size_t offset) const
  {
    const auto [line, column] = m_source->position(offset);
    return {m_source, line, column};
  }

  void fail(std::size_t offset, std::string message)
  {
    m_diags.error(at(offset), "csv.syntax", std::move(message));
  }

  // Consume a line end at m_pos when there is one; return whether the row ended.
  bool line_end()
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

  std::optional<CsvField> next_field(bool& end_of_row)
  {
    CsvField field;
    m_last_quoted = m_pos < m_text.size() && m_text[m_pos] == '"';
    field.where = at(m_pos);
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
      const std::size_t open = m_pos++;
      while (true) {
        const std::size_t quote = m_text.find('"', m_pos);
        if (quote == std::string::npos) {
          fail(open, "unterminated quoted field: no closing '\"' before the end of the file");
          return std::nullopt;
        }
        field.text.append(m_text, m_pos, quote - m_pos);
        m_pos = quote + 1;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
          field.text += '"';
          ++m_pos;
          continue;
        }
        break;
      }
      if (line_end()) {
        end_of_row = true;
      } else if (m_text[m_pos] == ',') {
        ++m_pos;
      } else {
        fail(m_pos, "unexpected text after a closing quote; write a quote inside a quoted field "
                    "as \"\"");
        return std::nullopt;
      }
      return field;
    }
    while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '\n' &&
           !(m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n')) {
      field.text += m_text[m_pos++];
    }
    if (m_pos < m_text.size() && m_text[m_pos] == ',') {
      ++m_pos;
    } else {
      line_end();
      end_of_row = true;
    }
    return field;
  }

  diag::SourcePtr m_source;
  const std::string& m_text;
  diag::Diagnostics& m_diags;
  std::size_t m_pos = 0;
  bool m_last_quoted = false;
};

} // namespace

std::optional<std::vector<CsvRow>> read_csv(const diag::SourcePtr& source, diag::Diagnostics& diags)
{
  const std::string& text = source->text();
  if (const auto bad = util::find_invalid_utf8(text)) {
    const auto [line, column] = source->position(*bad);
    diags.error({source, line, column}, "csv.syntax",
                fmt::format("invalid UTF-8 byte 0x{:02X}; save the file as UTF-8",
                            static_cast<unsigned char>(text[*bad])));
    return std::nullopt;
  }
  return CsvScanner(source, diags).rows();
}

} // namespace tenderscore::load
