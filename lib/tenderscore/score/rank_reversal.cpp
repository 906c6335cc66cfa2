// SPDX-License-Identifier: MIT
#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/rank_reversal.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::score {

namespace {

const LotResult* find_lot(const Result& result, const std::optional<std::string>& lot)
{
  for (const auto& candidate : result.lots) {
    if (candidate.lot == lot) {
      return &candidate;
    }
  }
  return nullptr;
}

// The bidders ranked first in `lot`, sorted.
std::vector<std::string> ranked_first(const LotResult& lot)
{
  std::vector<std::string> first;
  for (const auto& bid : lot.bids) {
    if (bid.status == BidStatus::ranked && bid.rank == 1) {
      first.push_back(bid.bidder);
    }
  }
  std::sort(first.begin(), first.end());
  return first;
}

// The bids files of `bids` without the bid of `bidder` for `lot`.
std::vector<model::BidsFile> without(const std::vector<const model::BidsFile*>& bids,
                                     const std::string& bidder,
                                     const std::optional<std::string>& lot)
{
  std::vector<model::BidsFile> out;
  out.reserve(bids.size());
  for (const model::BidsFile* file : bids) {
    model::BidsFile copy{file->source, file->tender, {}};
    for (const auto& bid : file->bids) {
      const std::optional<std::string> bid_lot =
          bid.lot ? std::optional<std::string>(bid.lot->value) : std::nullopt;
      if (bid.bidder.value != bidder || bid_lot != lot) {
        copy.bids.push_back(bid);
      }
    }
    out.push_back(std::move(copy));
  }
  return out;
}

} // namespace

void add_rank_reversals(const model::Tender& tender,
                        const std::vector<const model::BidsFile*>& bids, const Result& result,
                        std::vector<LotSensitivity>& sensitivity, std::size_t max_bids)
{
  for (auto& s : sensitivity) {
    const LotResult* lot = find_lot(result, s.lot);
    if (lot == nullptr || ranked_first(*lot).empty()) {
      s.reversal_note = "rank reversal not checked: no bid was ranked";
      continue;
    }
    const std::vector<std::string> winners = ranked_first(*lot);
    std::vector<std::string> others;
    for (const auto& bid : lot->bids) {
      if (bid.status == BidStatus::ranked &&
          !std::binary_search(winners.begin(), winners.end(), bid.bidder)) {
        others.push_back(bid.bidder);
      }
    }
    const std::size_t ranked = others.size() + winners.size();
    if (ranked > max_bids) {
      s.reversal_note = fmt::format("rank reversal not checked: {} bids are ranked, over the {} "
                                    "that are each withdrawn and scored again",
                                    ranked, max_bids);
      continue;
    }
    s.reversal_checked = true;
    for (const auto& bidder : others) {
      const std::vector<model::BidsFile> files = without(bids, bidder, s.lot);
      std::vector<const model::BidsFile*> pointers;
      for (const auto& file : files) {
        pointers.push_back(&file);
      }
      const Result after = score_tender(tender, pointers);
      const LotResult* lot_after = find_lot(after, s.lot);
      std::vector<std::string> first =
          lot_after != nullptr ? ranked_first(*lot_after) : std::vector<std::string>{};
      if (first != winners) {
        s.reversals.push_back({bidder, std::move(first)});
      }
    }
  }
}

} // namespace tenderscore::score
