// SPDX-License-Identifier: MIT
// How robust an award is: the five analyses of `tenderscore sensitivity` over one scored round.
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/price_methods.hpp>
#include <tenderscore/score/sensitivity.hpp>
#include <tenderscore/score/share_sweep.hpp>
#include <tenderscore/score/weight_draws.hpp>

#include <vector>

namespace tenderscore::score {

struct RobustnessOptions
{
  Rational step{1}; // the social value sweep's step, percent
  Rational end{20}; // and its end
  DrawOptions draws;
};

struct Robustness
{
  RobustnessOptions options;
  Result result;                       // the round as published
  std::vector<LotSensitivity> weights; // break-even weights and rank reversal, per lot
  std::vector<LotSweep> sweep;         // the social value share sweep, per lot
  std::vector<LotDraws> draws;         // weight uncertainty, per lot
  std::vector<MethodResult> methods;   // each supported price formula (whole round)
};

/// Score `tender` and `bids` (valid inputs) and run every analysis over the result, per lot in
/// the result's order. Throws std::invalid_argument for options out of range (see
/// social_value_sweep and weight_uncertainty).
Robustness analyse_robustness(const model::Tender& tender,
                              const std::vector<const model::BidsFile*>& bids,
                              const RobustnessOptions& options);

} // namespace tenderscore::score
