// SPDX-License-Identifier: MIT
#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/rank_reversal.hpp>
#include <tenderscore/score/robustness.hpp>

#include <stdexcept>

namespace tenderscore::score {

Robustness analyse_robustness(const model::Tender& tender,
                              const std::vector<const model::BidsFile*>& bids,
                              const RobustnessOptions& options)
{
  if (!(options.step > 0) || !(options.end > 0) || options.end > 100) {
    throw std::invalid_argument("the sweep needs a step above 0 and an end in (0, 100]");
  }
  Robustness out{options, score_tender(tender, bids), {}, {}, {}, {}};
  out.weights = break_even_weights(out.result);
  add_rank_reversals(tender, bids, out.result, out.weights);
  out.sweep = social_value_sweep(out.result, options.step, options.end);
  out.draws = weight_uncertainty(out.result, options.draws);
  out.methods = compare_price_methods(tender, bids, out.result);
  return out;
}

} // namespace tenderscore::score
