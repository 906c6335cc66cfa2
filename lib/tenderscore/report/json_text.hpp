// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace tenderscore::report {

/// Return `dumped`, a JSON text serialised by nlohmann::json::dump (ensure_ascii off), with
/// every character that nlohmann leaves raw but a terminal or editor would act on escaped as
/// `\uXXXX` (lower-case hex, as nlohmann writes C0 controls): DEL (U+007F), the C1 controls
/// (U+0080–U+009F, e.g. U+009B, a one-byte CSI) and the bidirectional embeddings, overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069). Outside strings a dump is ASCII, and in valid
/// UTF-8 the bytes C2 and E2 only ever lead a character, so a byte scan finds exactly these.
/// When the UTF-8 at byte `i` of `text` is DEL, a C1 control or a bidi embedding, override or
/// isolate, append it to `out` as `\uXXXX` (lower-case hex) and return how many bytes it took;
/// else return 0. The one place that says which characters these are.
inline std::size_t append_control_escape(std::string& out, std::string_view text, std::size_t i)
{
  static constexpr char hex[] = "0123456789abcdef";
  const auto byte = [text](std::size_t at) {
    return at < text.size() ? static_cast<unsigned char>(text[at]) : 0U;
  };
  unsigned code = 0;
  std::size_t length = 0;
  const unsigned b = byte(i);
  if (b == 0x7FU) {
    code = 0x7FU;
    length = 1;
  } else if (b == 0xC2U && byte(i + 1) >= 0x80U && byte(i + 1) <= 0x9FU) {
    code = byte(i + 1);
    length = 2;
  } else if (b == 0xE2U && byte(i + 1) == 0x80U && byte(i + 2) >= 0xAAU && byte(i + 2) <= 0xAEU) {
    code = 0x2000U + byte(i + 2) - 0x80U;
    length = 3;
  } else if (b == 0xE2U && byte(i + 1) == 0x81U && byte(i + 2) >= 0xA6U && byte(i + 2) <= 0xA9U) {
    code = 0x2040U + byte(i + 2) - 0x80U;
    length = 3;
  } else {
    return 0;
  }
  out += "\\u";
  out += hex[(code >> 12U) & 0xFU];
  out += hex[(code >> 8U) & 0xFU];
  out += hex[(code >> 4U) & 0xFU];
  out += hex[code & 0xFU];
  return length;
}

inline std::string json_escape_controls(std::string dumped)
{
  std::string out;
  out.reserve(dumped.size());
  for (std::size_t i = 0; i < dumped.size(); ++i) {
    if (const std::size_t length = append_control_escape(out, dumped, i); length > 0) {
      i += length - 1;
    } else {
      out += dumped[i];
    }
  }
  return out;
}

/// Return `text` as one quoted JSON string, exactly as nlohmann::json::dump writes it (`"` and
/// `\` escaped, C0 controls as `\n`, `\t`, ... or `\u001b`, other characters as UTF-8, an
/// invalid UTF-8 byte replaced by U+FFFD) and then json_escape_controls: DEL, C1 and bidi
/// controls as `\uXXXX`. For writers that stream JSON rather than dump a document.
inline std::string json_escape_string(std::string_view text)
{
  return json_escape_controls(nlohmann::json(std::string(text))
                                  .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace tenderscore::report
