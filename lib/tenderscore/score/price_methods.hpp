// SPDX-License-Identifier: MIT
// The same bids scored under each price formula the tender's data supports, side by side.
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/result.hpp>

#include <string>
#include <vector>

namespace tenderscore::score {

struct MethodResult
{
  model::PriceMethod method;
  bool published = false; // the tender's own method (for every price criterion)
  Result result;
};

/// Score `tender` and `bids` (valid inputs) once per price method whose parameters the tender
/// gives, with every price criterion (the lots' own included) switched to that method and its
/// other settings kept: lowest-ratio, linear (the tender's k, else 1) and range always;
/// fixed-bounds when every price criterion has a floor and a ceiling; budget when every one has
/// a ceiling. In the order of model::PriceMethod; empty when the tender has no price criterion.
std::vector<MethodResult> compare_price_methods(const model::Tender& tender,
                                                const std::vector<const model::BidsFile*>& bids);

} // namespace tenderscore::score
