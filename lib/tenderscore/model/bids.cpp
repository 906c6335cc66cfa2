// SPDX-License-Identifier: MIT
#include <tenderscore/model/bids.hpp>

#include <algorithm>
#include <iterator>

namespace tenderscore::model {

std::vector<LotBids> bids_by_lot(const Tender& tender, const std::vector<const BidsFile*>& files)
{
  std::vector<const Bid*> all;
  for (const BidsFile* file : files) {
    if (file != nullptr) {
      for (const auto& bid : file->bids) {
        all.push_back(&bid);
      }
    }
  }
  if (tender.lots.empty()) {
    return {LotBids{std::nullopt, std::move(all)}};
  }
  std::vector<LotBids> groups;
  for (const auto& lot : tender.lots) {
    auto& group = groups.emplace_back(LotBids{lot.id, {}});
    std::copy_if(all.begin(), all.end(), std::back_inserter(group.bids),
                 [&](const Bid* bid) { return bid->lot && bid->lot->value == lot.id; });
  }
  return groups;
}

} // namespace tenderscore::model
