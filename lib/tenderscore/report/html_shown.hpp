// SPDX-License-Identifier: MIT
// Private to the HTML report: which bids a large round shows in full. A page for a round of
// thousands of bids stays readable (and a few MB): a lot with more than k_html_full bids in
// contention shows its top k_html_top in the ranking, the points chart, the points per criterion
// and the panel sections, says so, and points to the CSV, JSON and XLSX outputs for the rest.
// Every exclusion and every flag is still listed.
#pragma once

#include <tenderscore/panel/worksheet.hpp>
#include <tenderscore/score/result.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::report {

inline constexpr std::size_t k_html_full = 200;
inline constexpr std::size_t k_html_top = 100;

/// The bids of `lot` in contention, in rank order, that the page shows in full.
std::vector<const score::BidResult*> shown_bids(const score::LotResult& lot);

/// The number of bids of `lot` in contention.
std::size_t ranked_count(const score::LotResult& lot);

/// The note under a table or chart cut to the top bids of a lot of `ranked` bids in contention.
std::string cut_note(std::size_t ranked);

/// Which panel items the page shows: every item of a lot shown in full, else the items of the
/// bids shown; counts what it leaves out.
class ShownItems
{
public:
  explicit ShownItems(const score::Result& result);
  bool shown(const panel::Item& item) const;
  /// Whether any lot is cut to its top bids.
  bool any_cut() const { return !m_cut_lots.empty(); }

private:
  std::set<std::optional<std::string>> m_cut_lots;
  std::set<std::pair<std::optional<std::string>, std::string>> m_shown;
};

} // namespace tenderscore::report
