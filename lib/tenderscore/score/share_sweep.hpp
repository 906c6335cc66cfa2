// SPDX-License-Identifier: MIT
// The social value share swept across a range: who is first at each share, and the exact shares
// at which the winner changes.
#pragma once

#include <tenderscore/score/result.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::score {

// The ranking at one social value share.
struct SweepStep
{
  Rational share;                   // percent
  std::vector<std::string> ranking; // ranked bidders, best first (a tie keeps the result's order)
  std::vector<std::string> first;   // the bids sharing first place at this share
};

// A share at which the bids ranked first change: `before` just below it, `after` just above.
struct ShareChange
{
  Rational share;
  std::vector<std::string> before;
  std::vector<std::string> after;
};

struct LotSweep
{
  std::optional<std::string> lot;
  Rational current; // the lot's social value share as published
  std::vector<SweepStep> steps;
  std::vector<ShareChange> changes; // in increasing share, within [0, the sweep's end]
  std::string note;                 // why nothing was swept, else ""
};

/// Sweep each lot's social value share of `result` from 0 to `end` percent in steps of `step`
/// (and at `end`), exactly. The social value criteria's weights scale together to the share and
/// every other weight in proportion to the rest, so that the weights still sum to 100; each
/// bid's points scale with its weights (each total is linear in the share), and under price per
/// quality point each bid's total divided by its price is. Exclusions and a two-stage
/// shortlist stay as scored. A lot whose social value share is 0 or 100 is not swept (no
/// weights to scale), with a note. `step` must be positive and `end` in (0, 100].
std::vector<LotSweep> social_value_sweep(const Result& result, const Rational& step,
                                         const Rational& end);

} // namespace tenderscore::score
