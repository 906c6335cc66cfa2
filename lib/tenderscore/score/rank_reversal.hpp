// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/sensitivity.hpp>

#include <cstddef>
#include <vector>

namespace tenderscore::score {

// Beyond this many ranked bids in a lot, rank reversal is not checked: each check scores the
// whole tender again, once per bid.
inline constexpr std::size_t k_rank_reversal_max_bids = 100;

/// Fill in the rank reversal of each lot of `sensitivity` (computed from `result`, the result
/// of `tender` and `bids`, which must have passed validation): withdraw each ranked bid other than
/// the lot's winner in turn, score the tender again exactly, and record the withdrawals after
/// which other bids are ranked first in that lot. A lot with no winner, or with more than
/// `max_bids` ranked bids, is left unchecked with a note.
void add_rank_reversals(const model::Tender& tender,
                        const std::vector<const model::BidsFile*>& bids, const Result& result,
                        std::vector<LotSensitivity>& sensitivity,
                        std::size_t max_bids = k_rank_reversal_max_bids);

} // namespace tenderscore::score
