// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/result.hpp>

#include <vector>

namespace tenderscore::score {

/// Score every bid of `bids` against `tender` (SPEC §5); inputs must have passed validation.
Result score_tender(const model::Tender& tender, const std::vector<const model::BidsFile*>& bids);

} // namespace tenderscore::score
