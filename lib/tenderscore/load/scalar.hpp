// SPDX-License-Identifier: MIT
// Private to load/: how one YAML scalar becomes a JSON value.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace tenderscore::load::detail {

inline constexpr std::string_view k_core_tag_prefix = "tag:yaml.org,2002:";

// A resolved scalar, or the rule and message of why it cannot be one.
struct Scalar
{
  nlohmann::json value;
  std::string rule; // empty when the scalar resolved
  std::string message;
};

/// Resolve the scalar `text` carrying the yaml-cpp `tag` ("?" plain, "!" quoted, else explicit).
Scalar resolve_scalar(std::string_view tag, const std::string& text);

/// Return true when the plain scalar `text` is one of YAML's spellings of null.
bool is_null_word(std::string_view text);

/// Return true when `tag` is "?", "!" or one of the core tags `!!str`, `!!int`, `!!float`,
/// `!!bool`, `!!null`, `!!map` and `!!seq`.
bool is_supported_tag(std::string_view tag);

/// Return `tag` as it is usually written, e.g. "!!python/object" for the long core form.
std::string display_tag(std::string_view tag);

} // namespace tenderscore::load::detail
