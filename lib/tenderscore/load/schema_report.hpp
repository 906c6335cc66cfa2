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

// libstdc++'s std::regex recurses several frames deep per character: 4,096 matching characters
// overflowed an 8 MiB stack in a clang -O0 ASan build. Strings are checked against the schema
// on at most this many bytes, which decides every pattern we ship (ids are at most 64 bytes,
// currencies and periods are fixed-length) and every maxLength (64). The loader parses the
// whole text again (scale points with util::parse_decimal), so nothing cut off goes unchecked.
inline constexpr std::size_t k_max_checked_bytes = 256;

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
