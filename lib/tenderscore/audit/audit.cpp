// SPDX-License-Identifier: MIT
#include <tenderscore/audit/audit.hpp>
#include <tenderscore/audit/sha256.hpp>

#include <algorithm>

namespace tenderscore::audit {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

bool shell_safe(const std::string& word)
{
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           std::string_view{"@%_+=:,./-"}.find(c) != std::string_view::npos;
  });
}

} // namespace

InputDigest digest_source(const diag::SourceFile& source)
{
  // hashed in two parts, so that a large file is not copied to put its mark back
  const std::string_view bom = source.had_bom() ? k_bom : std::string_view{};
  const std::string_view text = source.text();
  return {source.path(), bom.size() + text.size(), sha256_hex({bom, text})};
}

std::string shell_command_line(const std::vector<std::string>& argv)
{
  std::string line;
  for (const auto& word : argv) {
    if (!line.empty()) {
      line += ' ';
    }
    if (shell_safe(word)) {
      line += word;
      continue;
    }
    line += '\'';
    for (const char c : word) {
      if (c == '\'') {
        line += "'\\''";
      } else {
        line += c;
      }
    }
    line += '\'';
  }
  return line;
}

} // namespace tenderscore::audit
