// SPDX-License-Identifier: MIT
#include <tenderscore/report/evaluation.hpp>

#include <tenderscore/score/engine.hpp>
#include <tenderscore/score/rank_reversal.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::report {

std::vector<std::string> scoring_rules(const score::Result& result)
{
  std::vector<std::string> rules;
  rules.push_back("award: " + result.award);
  rules.push_back("price method: " +
                  (result.price_method.empty() ? std::string{"none"} : result.price_method));
  rules.push_back("question score: moderated, else the " + result.aggregate +
                  " of evaluators' scores");
  rules.push_back("social value share: " + util::format_short(result.social_value_share) + "%");
  std::string tie = "tie-break:";
  for (const auto& id : result.tie_break) {
    tie += " " + id;
  }
  rules.push_back(result.tie_break.empty() ? "tie-break: none" : tie);
  if (!result.stages.empty()) {
    std::string stages = "stages:";
    for (const auto& id : result.stages) {
      stages += " " + id;
    }
    rules.push_back(stages);
  }
  if (!result.lot_cap.empty()) {
    rules.push_back("lots: " + result.lot_cap);
  }
  rules.push_back("arithmetic: exact rational");
  return rules;
}

Evaluation evaluate(const model::Tender& tender, const std::vector<const model::BidsFile*>& bids,
                    audit::AuditBlock audit)
{
  Evaluation e{tender,          score::score_tender(tender, bids), {}, {}, {}, {}, {}, {}, {}, {},
               std::move(audit)};
  e.method = method_statement(tender, e.result);
  e.sensitivity = score::break_even_weights(e.result);
  score::add_rank_reversals(tender, bids, e.result, e.sensitivity);
  e.sweep = score::social_value_sweep(e.result, 5, 20);
  e.draw_options.max_bids = score::k_rank_reversal_max_bids;
  e.draws = score::weight_uncertainty(e.result, e.draw_options);
  std::size_t most_ranked = 0;
  for (const auto& lot : e.result.lots) {
    most_ranked = std::max<std::size_t>(
        most_ranked, static_cast<std::size_t>(std::count_if(
                         lot.bids.begin(), lot.bids.end(), [](const score::BidResult& bid) {
                           return bid.status == score::BidStatus::ranked;
                         })));
  }
  if (most_ranked > score::k_rank_reversal_max_bids) {
    e.methods_note = fmt::format("a lot has {} ranked bids, over the {} for which the report "
                                 "scores the round again (`tenderscore sensitivity` compares "
                                 "any number)",
                                 most_ranked, score::k_rank_reversal_max_bids);
  } else {
    e.methods = score::compare_price_methods(tender, bids, e.result);
  }
  e.worksheet = panel::build_worksheet(tender, bids);
  e.audit.rules = scoring_rules(e.result);
  return e;
}

} // namespace tenderscore::report
