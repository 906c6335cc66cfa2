// SPDX-License-Identifier: MIT
// Helpers shared by the load tests: inline YAML under a fixed pseudo file name, diagnostics
// rendered as whole "file:line:column: severity: message [rule]" strings.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/document.hpp>
#include <tenderscore/load/loader.hpp>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <memory>
#include <string>
#include <vector>

namespace tenderscore::test {

inline std::vector<std::string> render(const diag::Diagnostics& diags)
{
  std::vector<std::string> lines;
  for (const auto& d : diags.sorted()) {
    lines.push_back(fmt::format("{}:{}:{}: {}: {} [{}]", d.where.path(), d.where.line,
                                d.where.column, diag::severity_name(d.severity), d.message,
                                d.rule));
  }
  return lines;
}

inline diag::SourcePtr source(std::string text)
{
  return std::make_shared<diag::SourceFile>("t.yaml", std::move(text));
}

/// Parse `text` as t.yaml and return the rendered diagnostics.
inline std::vector<std::string> parse_errors(std::string text, const load::Limits& limits = {})
{
  diag::Diagnostics diags;
  load::parse_yaml(source(std::move(text)), diags, limits);
  return render(diags);
}

/// Load `text` as t.yaml and return the rendered diagnostics.
inline std::vector<std::string> load_errors(std::string text)
{
  diag::Diagnostics diags;
  load::load_text("t.yaml", std::move(text), diags);
  return render(diags);
}

using Lines = std::vector<std::string>;

} // namespace tenderscore::test

namespace doctest {

// Shows both sides of a failed comparison of rendered diagnostics, one per line.
template <>
struct StringMaker<std::vector<std::string>>
{
  static String convert(const std::vector<std::string>& lines)
  {
    std::string text = "{";
    for (const auto& line : lines) {
      text += "\n  \"" + line + "\"";
    }
    return (text + "\n}").c_str();
  }
};

} // namespace doctest
