// SPDX-License-Identifier: MIT
#include <tenderscore/app/json_input.hpp>

#include <algorithm>
#include <string>

namespace tenderscore::app {

std::optional<nlohmann::ordered_json> read_json(const diag::SourcePtr& source,
                                                diag::Diagnostics& diags, std::string_view rule,
                                                std::string_view what)
{
  using nlohmann::ordered_json;
  try {
    return ordered_json::parse(source->text());
  } catch (const ordered_json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    const auto [line, column] = source->position(std::min(offset, source->text().size()));
    std::string message = "the ";
    message += what;
    message += " is not valid JSON: ";
    message += e.what();
    diags.error({source, line, column}, std::string(rule), message);
  }
  return std::nullopt;
}

} // namespace tenderscore::app
