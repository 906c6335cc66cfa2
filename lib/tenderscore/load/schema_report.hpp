// SPDX-License-Identifier: MIT
// Private to load/: turns JSON Schema violations into clear, located diagnostics.
#pragma once

#include <tenderscore/diag/diagnostic.hpp>
#include <tenderscore/load/document.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace tenderscore::load::detail {

// libstdc++'s std::regex recurses per character and overflows the stack on very long strings:
// patterns are matched against at most this many bytes, which decides every pattern we ship.
inline constexpr std::size_t k_max_checked_bytes = 4096;

// One violation as the validator saw it: where (pointer tokens, unescaped) and what.
struct Violation
{
  std::vector<std::string> tokens;
  std::string description;
};

/// Return the diagnostics for the `violations` of `document` against `schema`, one per problem,
/// in document order.
std::vector<diag::Diagnostic> describe_violations(const Document& document,
                                                  const nlohmann::json& schema,
                                                  const std::vector<Violation>& violations);

} // namespace tenderscore::load::detail
