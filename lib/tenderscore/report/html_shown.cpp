// SPDX-License-Identifier: MIT
#include <tenderscore/report/html_shown.hpp>

#include <fmt/format.h>

namespace tenderscore::report {

std::size_t ranked_count(const score::LotResult& lot)
{
  std::size_t n = 0;
  for (const auto& bid : lot.bids) {
    n += bid.status == score::BidStatus::ranked ? 1U : 0U;
  }
  return n;
}

std::vector<const score::BidResult*> shown_bids(const score::LotResult& lot)
{
  std::vector<const score::BidResult*> ranked;
  for (const auto& bid : lot.bids) {
    if (bid.status == score::BidStatus::ranked) {
      ranked.push_back(&bid);
    }
  }
  if (ranked.size() > k_html_full) {
    ranked.resize(k_html_top);
  }
  return ranked;
}

std::string cut_note(std::size_t ranked)
{
  return fmt::format("This page shows the top {} of the {} bids in contention; every bid's "
                     "total, points and scores are in the CSV, JSON and XLSX outputs "
                     "(tenderscore score --format csv, tenderscore report --format json or "
                     "xlsx) and the panel worksheet (tenderscore panel).",
                     k_html_top, ranked);
}

ShownItems::ShownItems(const score::Result& result)
{
  for (const auto& lot : result.lots) {
    if (ranked_count(lot) <= k_html_full) {
      continue;
    }
    m_cut_lots.insert(lot.lot);
    for (const auto* bid : shown_bids(lot)) {
      m_shown.emplace(lot.lot, bid->bidder);
    }
  }
}

bool ShownItems::shown(const panel::Item& item) const
{
  return m_cut_lots.count(item.lot) == 0 || m_shown.count({item.lot, item.bidder}) > 0;
}

} // namespace tenderscore::report
