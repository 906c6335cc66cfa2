// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tenderscore::report {

/// Return `text` safe inside a Markdown paragraph or table cell: the characters that Markdown
/// or HTML would interpret (\ ` * _ [ ] < > | & ~) are backslash-escaped, line breaks become a
/// space and other control characters become visible `\xNN` escapes (as util::escape_terminal).
std::string md_escape(std::string_view text);

} // namespace tenderscore::report
