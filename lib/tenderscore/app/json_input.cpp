// SPDX-License-Identifier: MIT
#include <tenderscore/app/json_input.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <string>

namespace tenderscore::app {

namespace {

// The byte offset of the first `[` or `{` (outside strings) that opens a level deeper than
// `max_depth`, or npos. Malformed text is left to the parser, which reports it.
std::size_t too_deep(std::string_view text, int max_depth)
{
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i; // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        return i;
      }
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string_view::npos;
}

} // namespace

std::optional<nlohmann::ordered_json> read_json(const diag::SourcePtr& source,
                                                diag::Diagnostics& diags, std::string_view rule,
                                                std::string_view what, int max_depth)
{
  using nlohmann::ordered_json;
  const std::string& text = source->text();
  const auto report = [&](std::size_t offset, const std::string& why) {
    const auto [line, column] = source->position(std::min(offset, text.size()));
    diags.error({source, line, column}, std::string(rule),
                fmt::format("the {} is not valid JSON: {}", what, why));
  };
  if (const std::size_t deep = too_deep(text, max_depth); deep != std::string_view::npos) {
    report(deep,
           fmt::format("nested deeper than {} levels (raise it with --max-depth)", max_depth));
    return std::nullopt;
  }
  try {
    return ordered_json::parse(text);
  } catch (const ordered_json::parse_error& e) {
    report(e.byte > 0 ? e.byte - 1 : 0, e.what());
  } catch (const ordered_json::exception& e) {
    report(0, e.what()); // a number out of range: the parser gives no position
  }
  return std::nullopt;
}

} // namespace tenderscore::app
