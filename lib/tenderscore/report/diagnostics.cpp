// SPDX-License-Identifier: MIT
#include <tenderscore/report/diagnostics.hpp>

#include <tenderscore/report/json_text.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

// Return `line` made safe for a terminal and the display offset of code-point column `column`.
std::pair<std::string, std::size_t> display_line(std::string_view line, int column)
{
  std::string shown;
  std::size_t caret = 0;
  int current = 1;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t length = 1;
    while (i + length < line.size() &&
           (static_cast<unsigned char>(line[i + length]) & 0xC0) == 0x80) {
      ++length;
    }
    const std::string_view character = line.substr(i, length);
    const std::string piece =
        character == "\t" ? std::string(" ") : util::escape_terminal(character);
    if (current < column) {
      caret += util::utf8_length(piece);
    }
    shown += piece;
    i += length;
    ++current;
  }
  if (column > current) {
    caret += static_cast<std::size_t>(column - current);
  }
  return {shown, caret};
}

// Return display_line for at most k_window code points of `line` around `column`, marking cut
// ends with "…", so a 40,000-character line does not flood the terminal.
constexpr int k_window = 120;

std::pair<std::string, std::size_t> display_window(std::string_view line, int column)
{
  if (static_cast<int>(util::utf8_length(line)) <= k_window) {
    return display_line(line, column);
  }
  const int first = std::max(1, column - k_window / 2);
  std::size_t begin = 0;
  std::size_t end = line.size();
  int index = 1;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) {
      continue;
    }
    if (index == first) {
      begin = i;
    }
    if (index == first + k_window) {
      end = i;
      break;
    }
    ++index;
  }
  auto [shown, caret] = display_line(line.substr(begin, end - begin), column - first + 1);
  if (first > 1) {
    shown = "…" + shown;
    ++caret;
  }
  if (end < line.size()) {
    shown += "…";
  }
  return {shown, caret};
}

std::string plural(std::size_t n, const char* word)
{
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

std::string github_escape(std::string_view text, bool property)
{
  std::string out;
  for (char c : text) {
    switch (c) {
    case '%':
      out += "%25";
      break;
    case '\r':
      out += "%0D";
      break;
    case '\n':
      out += "%0A";
      break;
    case ':':
      out += property ? "%3A" : ":";
      break;
    case ',':
      out += property ? "%2C" : ",";
      break;
    default:
      out += c;
    }
  }
  return out;
}

} // namespace

void write_diagnostics_text(const std::vector<diag::Diagnostic>& diagnostics, std::ostream& out)
{
  for (const auto& d : diagnostics) {
    const auto& where = d.where;
    if (where.known()) {
      out << util::escape_terminal(where.path()) << ':' << where.line << ':' << where.column
          << ": ";
    } else if (where.file) {
      out << util::escape_terminal(where.path()) << ": ";
    }
    out << diag::severity_name(d.severity) << ": " << d.message << " [" << d.rule << "]\n";
    if (!where.known()) {
      continue;
    }
    const auto [shown, caret] = display_window(where.file->line(where.line), where.column);
    const std::string gutter = fmt::format("{:>5}", where.line);
    out << gutter << " | " << shown << '\n';
    out << std::string(gutter.size(), ' ') << " | " << std::string(caret, ' ') << "^\n";
  }
}

void write_diagnostics_json(const std::vector<diag::Diagnostic>& diagnostics,
                            const std::vector<std::string>& files, bool valid, std::ostream& out,
                            std::size_t max_listed)
{
  nlohmann::ordered_json doc;
  doc["format"] = "tenderscore/diagnostics@1";
  doc["valid"] = valid;
  doc["files"] = files;
  doc["counts"] = {{"error", 0}, {"warning", 0}, {"note", 0}};
  auto& list = doc["diagnostics"] = nlohmann::ordered_json::array();
  for (const auto& d : diagnostics) {
    doc["counts"][diag::severity_name(d.severity)] =
        doc["counts"][diag::severity_name(d.severity)].get<int>() + 1;
    if (list.size() >= max_listed) {
      continue;
    }
    nlohmann::ordered_json item;
    item["file"] = d.where.path();
    item["line"] = d.where.line;
    item["column"] = d.where.column;
    item["severity"] = diag::severity_name(d.severity);
    item["rule"] = d.rule;
    item["message"] = d.message;
    list.push_back(std::move(item));
  }
  const std::size_t not_shown = diagnostics.size() - list.size();
  if (not_shown > 0) {
    doc["not_shown"] = not_shown; // after the last use of `list`: inserting may move it
  }
  out << json_escape_controls(
             doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
      << '\n';
}

void write_diagnostics_github(const std::vector<diag::Diagnostic>& diagnostics, std::ostream& out)
{
  for (const auto& d : diagnostics) {
    const char* command = d.severity == diag::Severity::error     ? "error"
                          : d.severity == diag::Severity::warning ? "warning"
                                                                  : "notice";
    out << "::" << command << " file=" << github_escape(d.where.path(), true);
    if (d.where.known()) {
      out << ",line=" << d.where.line << ",col=" << d.where.column;
    }
    out << ",title=" << github_escape(d.rule, true)
        << "::" << util::escape_terminal(github_escape(d.message, false)) << '\n';
  }
}

std::string count_summary(const std::vector<diag::Diagnostic>& diagnostics)
{
  const auto count = [&](diag::Severity s) {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [&](const auto& d) { return d.severity == s; }));
  };
  const std::size_t errors = count(diag::Severity::error);
  const std::size_t warnings = count(diag::Severity::warning);
  const std::size_t notes = count(diag::Severity::note);
  if (errors + warnings + notes == 0) {
    return "no problems";
  }
  std::vector<std::string> parts;
  if (errors) {
    parts.push_back(plural(errors, "error"));
  }
  if (warnings) {
    parts.push_back(plural(warnings, "warning"));
  }
  if (notes) {
    parts.push_back(plural(notes, "note"));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

} // namespace tenderscore::report
