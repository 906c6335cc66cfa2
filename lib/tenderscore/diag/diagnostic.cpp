// SPDX-License-Identifier: MIT
#include <tenderscore/diag/diagnostic.hpp>

#include <algorithm>
#include <map>

namespace tenderscore::diag {

const char* severity_name(Severity severity)
{
  switch (severity) {
  case Severity::note:
    return "note";
  case Severity::warning:
    return "warning";
  case Severity::error:
    return "error";
  }
  return "error";
}

void Diagnostics::error(Location where, std::string rule, std::string message)
{
  add({Severity::error, std::move(where), std::move(message), std::move(rule)});
}

void Diagnostics::warning(Location where, std::string rule, std::string message)
{
  add({Severity::warning, std::move(where), std::move(message), std::move(rule)});
}

void Diagnostics::note(Location where, std::string rule, std::string message)
{
  add({Severity::note, std::move(where), std::move(message), std::move(rule)});
}

void Diagnostics::add(Diagnostic diagnostic)
{
  m_items.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other)
{
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

std::size_t Diagnostics::count(Severity severity) const
{
  return static_cast<std::size_t>(std::count_if(
    m_items.begin(), m_items.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const
{
  std::map<std::string, std::size_t> file_order;
  for (const auto& d : m_items) {
    file_order.emplace(d.where.path(), file_order.size());
  }
  std::vector<Diagnostic> result = m_items;
  std::stable_sort(result.begin(), result.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    const auto fa = file_order.at(a.where.path());
    const auto fb = file_order.at(b.where.path());
    if (fa != fb) {
      return fa < fb;
    }
    if (a.where.line != b.where.line) {
      return a.where.line < b.where.line;
    }
    return a.where.column < b.where.column;
  });
  return result;
}

} // namespace tenderscore::diag
