// SPDX-License-Identifier: MIT
// A document described once and written as Markdown, terminal text or HTML: headings,
// paragraphs, lists and tables whose text the caller has escaped with the sink's escape().
#pragma once

#include <tenderscore/report/html.hpp>
#include <tenderscore/report/md_table.hpp>

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::report {

using Escape = std::function<std::string(std::string_view)>;

// Where the document goes: Markdown (or text) or HTML. Content is passed already escaped with
// escape(), so the structure is described once for every format.
class Sink
{
public:
  Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  virtual ~Sink() = default;
  virtual std::string escape(std::string_view text) const = 0;
  virtual void heading(int level, const std::string& text) = 0;
  virtual void paragraph(const std::string& text) = 0;
  virtual void list(const std::vector<std::string>& items) = 0;
  /// `align`: per column 'l' (text) or 'r' (a number).
  virtual void table(const std::vector<std::string>& header, const std::string& align,
                     const std::vector<std::vector<std::string>>& rows) = 0;
};

class MarkdownSink : public Sink
{
public:
  /// `continued`: the document follows other text, so even its first heading opens with a blank
  /// line.
  MarkdownSink(std::ostream& out, Escape escape, bool continued = false)
      : m_out(out)
      , m_escape(std::move(escape))
      , m_started(continued)
  {
  }
  std::string escape(std::string_view text) const override { return m_escape(text); }
  void heading(int level, const std::string& text) override
  {
    m_out << (m_started ? "\n" : "") << std::string(static_cast<std::size_t>(level), '#') << ' '
          << text << '\n';
    m_started = true;
  }
  void paragraph(const std::string& text) override { m_out << '\n' << text << '\n'; }
  void list(const std::vector<std::string>& items) override
  {
    m_out << '\n';
    for (const auto& item : items) {
      m_out << "- " << item << '\n';
    }
  }
  void table(const std::vector<std::string>& header, const std::string& align,
             const std::vector<std::vector<std::string>>& rows) override
  {
    m_out << '\n';
    md::write_header(header, align, m_out);
    for (const auto& row : rows) {
      md::write_row(row, m_out);
    }
  }

private:
  std::ostream& m_out;
  Escape m_escape;
  bool m_started;
};

class HtmlSink : public Sink
{
public:
  explicit HtmlSink(std::ostream& out)
      : m_out(out)
  {
  }
  std::string escape(std::string_view text) const override { return html_escape(text); }
  void heading(int level, const std::string& text) override
  {
    m_out << "<h" << level << '>' << text << "</h" << level << ">\n";
  }
  void paragraph(const std::string& text) override { m_out << "<p>" << text << "</p>\n"; }
  void list(const std::vector<std::string>& items) override
  {
    m_out << "<ul>\n";
    for (const auto& item : items) {
      m_out << "<li>" << item << "</li>\n";
    }
    m_out << "</ul>\n";
  }
  void table(const std::vector<std::string>& header, const std::string& align,
             const std::vector<std::vector<std::string>>& rows) override
  {
    const auto cell = [&](const char* tag, std::size_t i, const std::string& text) {
      m_out << '<' << tag << (i < align.size() && align[i] == 'r' ? " class=\"num\"" : "") << '>'
            << text << "</" << tag << '>';
    };
    m_out << "<table>\n<thead><tr>";
    for (std::size_t i = 0; i < header.size(); ++i) {
      cell("th", i, header[i]);
    }
    m_out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
      m_out << "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i) {
        cell("td", i, row[i]);
      }
      m_out << "</tr>\n";
    }
    m_out << "</tbody>\n</table>\n";
  }

private:
  std::ostream& m_out;
};

} // namespace tenderscore::report
