// SPDX-License-Identifier: MIT
#include <tenderscore/util/names.hpp>

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

namespace tenderscore::util {

namespace {

// `text` mapped by utf8proc with `options`, or `text` unchanged when it is not valid UTF-8.
std::string mapped(std::string_view text, int options)
{
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
      static_cast<utf8proc_ssize_t>(text.size()), &out, static_cast<utf8proc_option_t>(options));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
  if (length < 0) {
    return std::string(text);
  }
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(length));
}

bool space(char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::string normalise_name(std::string_view name)
{
  const std::string composed = mapped(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  std::string out;
  bool gap = false;
  for (const char c : composed) {
    if (space(c)) {
      gap = !out.empty();
      continue;
    }
    if (gap) {
      out += ' ';
      gap = false;
    }
    out += c;
  }
  return out;
}

std::string join_names(const std::vector<std::string>& items)
{
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      out += i + 1 == items.size() ? " and " : ", ";
    }
    out += items[i];
  }
  return out;
}

std::string name_likeness_key(std::string_view name)
{
  const std::string folded = mapped(name, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                                              UTF8PROC_CASEFOLD | UTF8PROC_IGNORE | UTF8PROC_LUMP);
  std::string out;
  for (const char c : folded) {
    if (!space(c)) {
      out += c;
    }
  }
  return out;
}

} // namespace tenderscore::util
