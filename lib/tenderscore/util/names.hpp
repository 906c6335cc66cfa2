// SPDX-License-Identifier: MIT
// Names written by different people (organisations behind bids): one canonical form to compare
// them by, and a looser key under which names that only look different collide.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tenderscore::util {

/// Return `name` in Unicode NFC with leading and trailing white space removed and every run of
/// white space inside made one space: two names are the same name when these are equal.
std::string normalise_name(std::string_view name);

/// Return `items` as an English list: "a", "a and b", "a, b and c".
std::string join_names(const std::vector<std::string>& items);

/// Return a key under which names that differ only in case, white space or compatibility
/// look-alike characters (NFKC with case folding: fullwidth letters, ligatures, superscripts)
/// collide, e.g. "Arts  Trust", "arts trust" and "ＡＲＴＳ Trust".
std::string name_likeness_key(std::string_view name);

} // namespace tenderscore::util
