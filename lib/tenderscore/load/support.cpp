// SPDX-License-Identifier: MIT
#include <tenderscore/load/support.hpp>

#include <tenderscore/load/document.hpp>

#include <fmt/format.h>

namespace tenderscore::load::detail {

bool is_decimal_syntax(std::string_view text)
{
  const auto digits = [&](std::size_t i) {
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++i;
    }
    return i;
  };
  std::size_t i = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  const std::size_t integer_end = digits(i);
  std::size_t end = integer_end;
  if (end < text.size() && text[end] == '.') {
    end = digits(end + 1);
  }
  if (integer_end == i && end <= integer_end + 1) {
    return false; // no digit before or after the point
  }
  if (end < text.size() && (text[end] == 'e' || text[end] == 'E')) {
    i = end + 1 < text.size() && (text[end + 1] == '-' || text[end + 1] == '+') ? end + 2 : end + 1;
    end = digits(i);
    if (end == i) {
      return false;
    }
  }
  return end == text.size();
}

std::string byte_size(std::size_t bytes)
{
  constexpr std::size_t mib = std::size_t{1} << 20;
  constexpr std::size_t kib = std::size_t{1} << 10;
  if (bytes >= mib && bytes % mib == 0) {
    return fmt::format("{} MiB", bytes / mib);
  }
  if (bytes >= kib && bytes % kib == 0) {
    return fmt::format("{} KiB", bytes / kib);
  }
  return fmt::format("{} bytes", bytes);
}

std::string child_pointer(const std::string& pointer, const std::string& token)
{
  return pointer + "/" + pointer_token(token);
}

std::vector<std::string> pointer_tokens(const std::string& pointer)
{
  std::vector<std::string> tokens;
  std::size_t start = 0;
  while (start < pointer.size()) {
    const std::size_t end = std::min(pointer.find('/', start + 1), pointer.size());
    std::string token;
    for (std::size_t i = start + 1; i < end; ++i) {
      if (pointer[i] == '~' && i + 1 < end && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
        token += pointer[++i] == '0' ? '~' : '/';
      } else {
        token += pointer[i];
      }
    }
    tokens.push_back(std::move(token));
    start = end;
  }
  return tokens;
}

} // namespace tenderscore::load::detail
