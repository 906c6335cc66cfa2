// SPDX-License-Identifier: MIT
// The same bids scored under each price formula the tender's data supports, side by side.
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/result.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tenderscore::score {

struct MethodResult
{
  model::PriceMethod method;
  Result result; // the round scored with every price criterion that supports it switched
  std::vector<std::optional<std::string>> supported; // lots whose price criteria all support it
  std::vector<std::optional<std::string>> published; // lots whose price criteria all use it
  // bids left out (bidder, lot) because the published result excludes them for being over a
  // budget ceiling
  std::vector<std::pair<std::string, std::optional<std::string>>> withheld;
  /// Return the bidders withheld from `lot`.
  std::vector<std::string> withheld_from(const std::optional<std::string>& lot) const;

  bool supports(const std::optional<std::string>& lot) const;
  bool is_published(const std::optional<std::string>& lot) const;
};

/// Score `tender` and `bids` (valid inputs) once per price method, with each price criterion
/// (the lots' own included) that has the method's parameters switched to it and its other
/// settings kept: lowest-ratio, linear (the criterion's k, else 1) and range always;
/// fixed-bounds with a floor and a ceiling; budget with a ceiling. Support and "published" are
/// decided per lot (from the criteria that apply to it). A bid the published result excludes
/// for being over a budget ceiling stays out under every other method (a ceiling published in a
/// tender is no less binding because the points are computed another way). Methods no lot
/// supports are left out; in the order of model::PriceMethod; empty without a price criterion.
std::vector<MethodResult> compare_price_methods(const model::Tender& tender,
                                                const std::vector<const model::BidsFile*>& bids,
                                                const Result& published);

} // namespace tenderscore::score
