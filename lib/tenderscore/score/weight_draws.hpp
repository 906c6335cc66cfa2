// SPDX-License-Identifier: MIT
// Weight uncertainty: the top-level weights drawn at random around the published ones (a
// Dirichlet distribution), and how often each bid comes first and at each rank.
#pragma once

#include <tenderscore/score/result.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::score {

struct DrawOptions
{
  std::uint64_t draws = 10000;
  std::uint64_t seed = 1;
  // The Dirichlet's concentration c: weight i is drawn with parameter c × w_i ÷ 100, so its mean
  // is the published w_i and its standard deviation √(w_i (100 − w_i) ÷ (c + 1)) points; higher
  // is surer (at c = 100 a 40-point weight has a standard deviation of about 4.9 points).
  double concentration = 100;
  // A lot with more ranked bids than this is not drawn, with a note (the evaluation report
  // keeps its own run short; `sensitivity` draws for any number).
  std::size_t max_bids = static_cast<std::size_t>(-1);
};

struct BidOdds
{
  std::string bidder;
  std::uint64_t first_alone = 0;    // draws in which it alone is first
  std::uint64_t first_tied = 0;     // draws in which it shares first place (a tie is not broken)
  std::vector<std::uint64_t> ranks; // ranks[r]: draws at rank r + 1 (tied bids share a rank)
};

struct LotDraws
{
  std::optional<std::string> lot;
  std::uint64_t draws = 0;
  std::vector<std::string> criteria; // the top-level criteria whose weights were drawn
  std::vector<BidOdds> bids;         // the ranked bids, in the result's order
  std::string note;                  // why nothing was drawn, else ""
};

/// Draw `options.draws` weight vectors for each lot of `result` and count each ranked bid's
/// first places and ranks. Each bid's points on a top-level criterion scale with its weight (so
/// no rescoring is needed); under price per quality point a bid's standing is its total per unit
/// of price. Exclusions and a two-stage shortlist stay as scored. Reproducible for a seed: the
/// generator is std::mt19937_64 and the Gamma and normal draws are this file's own
/// (Marsaglia–Tsang in logarithms and the polar method), not a standard library's; arithmetic
/// is double (the same on any build that has the same C library's log, exp and pow), and bids
/// whose standing is equal in a draw tie. Throws std::invalid_argument when `draws` is 0
/// or the concentration is not positive and finite.
std::vector<LotDraws> weight_uncertainty(const Result& result, const DrawOptions& options);

} // namespace tenderscore::score
