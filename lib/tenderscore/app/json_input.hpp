// SPDX-License-Identifier: MIT
// Reading a JSON file that tenderscore wrote (a report for `verify`, results for `diff`).
#pragma once

#include <tenderscore/diag/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

namespace tenderscore::app {

/// Parse `source` as JSON; on a syntax error, a number out of range or nesting deeper than
/// `max_depth` (checked before parsing, so that no deep document is ever built or walked)
/// report `rule` at its line and column ("the `what` is not valid JSON: ...") and return
/// nothing.
std::optional<nlohmann::ordered_json> read_json(const diag::SourcePtr& source,
                                                diag::Diagnostics& diags, std::string_view rule,
                                                std::string_view what, int max_depth);

} // namespace tenderscore::app
