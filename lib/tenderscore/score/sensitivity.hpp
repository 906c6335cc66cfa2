// SPDX-License-Identifier: MIT
#pragma once

#include <tenderscore/score/result.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tenderscore::score {

// Where one top-level criterion's weight would have to move for the winner to change (SPEC §8).
// The other top-level weights are rescaled in proportion so that the weights still sum to 100;
// every bid's points on a criterion scale with its weight, so each total is linear in it and
// the crossing points are exact.
struct BreakEven
{
  std::string criterion;
  Rational weight; // as set in the tender, percent
  // the nearest weight below at which another bid draws level, strictly above 0 (at 0 or 100
  // the criterion is dropped or alone, which no tender would publish)
  std::optional<Rational> lower;
  std::string lower_bidder;      // that bid's bidder
  std::optional<Rational> upper; // the nearest weight above, strictly below 100
  std::string upper_bidder;
  std::string explanation; // the equation solved, written out
};

// The smallest single-weight change that makes another bid draw level with the winner.
struct WeightChange
{
  std::string criterion;
  Rational from;
  Rational to;
  std::string new_winner; // the bid that draws level
};

// A bid in contention whose withdrawal would change a lot's winner: relative price and score
// formulas (lowest-ratio, relative-to-best) measure each bid against the others, so removing
// one can reorder the rest.
struct RankReversal
{
  std::string withdrawn;          // the bid's bidder
  std::vector<std::string> first; // the bid(s) ranked first without it (several on a tie)
};

// The margin of a lot's winner and how robust the award is to each top-level weight.
struct LotSensitivity
{
  std::optional<std::string> lot;
  std::string winner;              // "" when no bid was ranked
  std::string runner_up;           // "" when fewer than two bids were ranked
  std::optional<Rational> margin;  // winner total − runner-up total (weighted total), or
                                   // runner-up − winner price per point (price per point)
  std::vector<BreakEven> criteria; // top-level criteria in tree order
  // the smallest change over `criteria` (the first in tree order, below before above, on a
  // tie); none when no weight strictly between 0 and 100 changes the winner
  std::optional<WeightChange> smallest;
  std::string note; // assumptions or why nothing was computed
  // Rank reversal (score/rank_reversal.hpp): every ranked bid but the winner withdrawn in turn
  // and the lot scored again; `reversals` in rank order of the bid withdrawn. When not checked,
  // `reversal_note` says why.
  bool reversal_checked = false;
  std::vector<RankReversal> reversals;
  std::string reversal_note;
};

/// Return, per lot of `result`, the winner's margin and the break-even weight of each
/// top-level criterion (computed exactly from the points in `result`).
std::vector<LotSensitivity> break_even_weights(const Result& result);

} // namespace tenderscore::score
