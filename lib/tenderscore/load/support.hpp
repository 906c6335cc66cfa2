// SPDX-License-Identifier: MIT
// Private to load/: small helpers shared by the parser, the schema check and the builders.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::load::detail {

/// Return true when `text` is a plain decimal as YAML 1.2's core schema and util::parse_decimal
/// read one: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_decimal_syntax(std::string_view text);

/// Return `bytes` for a message, e.g. "64 MiB" or "1024 bytes".
std::string byte_size(std::size_t bytes);

/// Return the JSON pointer of member or item `token` (unescaped) of `pointer`.
std::string child_pointer(const std::string& pointer, const std::string& token);

/// Return the unescaped tokens of the JSON pointer `pointer` ("" has none).
std::vector<std::string> pointer_tokens(const std::string& pointer);

} // namespace tenderscore::load::detail
