// SPDX-License-Identifier: MIT
#pragma once

// Value maps loaded from inline YAML through the real loader and checks, so tests pin the
// file:line:column of every diagnostic; the mental-health-wellbeing example's files by name.

#include <tenderscore/app/workflow.hpp>
#include <tenderscore/load/loader.hpp>

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tenderscore::test {

/// Return the text of examples/mental-health-wellbeing/`name`.
inline std::string mh_example(const std::string& name)
{
  std::ifstream in(std::string(TENDERSCORE_SOURCE_DIR) + "/examples/mental-health-wellbeing/" +
                   name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Return the text of data/proxies/green-book.yaml.
inline std::string green_book()
{
  std::ifstream in(std::string(TENDERSCORE_SOURCE_DIR) + "/data/proxies/green-book.yaml");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Load every (path, text) of `files` and check them as `validate` does.
inline app::CheckedInputs check_texts(const std::vector<std::pair<std::string, std::string>>& files)
{
  app::CheckedInputs inputs;
  for (const auto& [path, text] : files) {
    inputs.files.push_back(load::load_text(path, text, inputs.diagnostics));
  }
  app::check_loaded(inputs, validate::Options{});
  return inputs;
}

/// Return the diagnostics of `diags` whose rule starts with `prefix`, one per line, as
/// "file:line:column: severity: message [rule]".
inline std::string diagnostics_text(const diag::Diagnostics& diags, std::string_view prefix)
{
  std::string text;
  for (const auto& d : diags.sorted()) {
    if (d.rule.rfind(prefix, 0) != 0) {
      continue;
    }
    text += fmt::format("{}{}:{}:{}: {}: {} [{}]", text.empty() ? "" : "\n", d.where.path(),
                        d.where.line, d.where.column, diag::severity_name(d.severity), d.message,
                        d.rule);
  }
  return text;
}

} // namespace tenderscore::test
