// SPDX-License-Identifier: MIT
// Private to score/: the steps that score_tender is built from (SPEC §5).
#pragma once

#include <tenderscore/model/bids.hpp>
#include <tenderscore/model/tender.hpp>
#include <tenderscore/score/measured.hpp>
#include <tenderscore/score/result.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tenderscore::score::detail {

// A question's final score for one bid before weighting, with the panel's audit trail.
struct PanelScore
{
  Rational score;
  std::string source; // "moderated" | "mean" | "median"
  std::vector<EvaluatorScoreUsed> evaluators;
  std::string comment;
};

// The final score of every question of one bid, keyed by question id.
using PanelScores = std::map<std::string, PanelScore>;

// The best final score among bids in contention of each relative-to-best question.
using BestScores = std::map<std::string, Rational>;

// The value one bid states for each quantitative criterion, keyed by criterion id.
using Values = std::map<std::string, Rational>;

// The lowest and highest value in contention of each quantitative criterion (lowest and
// highest only are set), keyed by criterion id.
using ValueBenchmarks = std::map<std::string, PriceBenchmarks>;

// Points together with the formula, every input written out, that produced them.
struct Points
{
  Rational points;
  std::string formula;
};

// panel.cpp

/// Score every question of `criteria` for `bid` with `panel`, appending panel flags to `flags`.
PanelScores score_questions(const std::vector<model::Criterion>& criteria, const model::Bid& bid,
                            const model::Panel& panel, std::vector<Flag>& flags);

// exclusions.cpp

// The absolute points of the question leaves under criteria and the weight they carry.
struct QualityPoints
{
  Rational points;    // Σ leaf weight × score ÷ scale max
  Rational available; // Σ leaf weight
};

/// Add the question leaves of `criterion` (itself when a question) of `tender`, scored
/// `scores`, to `sum`: always on the scale max, and leaving the price criterion out.
void add_quality_points(const model::Tender& tender, const model::Criterion& criterion,
                        const PanelScores& scores, QualityPoints& sum);

/// Return `share` in percent rounded down to one decimal, e.g. "59.9" for 0.5995.
std::string percent_rounded_down(const Rational& share);

/// Return the maximum of the scale of `question` in `tender`, or 0 when it has none.
Rational scale_max(const model::Tender& tender, const model::Criterion& question);

/// Return every reason to exclude `bid` scored `scores` on `criteria` of `tender`, in rule order,
/// leaving out the gates named in `skip_gates`.
std::vector<Exclusion> find_exclusions(const model::Tender& tender,
                                       const std::vector<model::Criterion>& criteria,
                                       const model::Bid& bid, const PanelScores& scores,
                                       const std::vector<std::string>& skip_gates = {});

/// Return the exclusions that the minimums and thresholds of `criteria` of `tender` (stage 1's
/// own criteria, say) give a bid scored `scores`, in rule order.
std::vector<Exclusion> score_bar_exclusions(const model::Tender& tender,
                                            const std::vector<model::Criterion>& criteria,
                                            const PanelScores& scores);

// lots.cpp

/// Return whether a bidder ranks 1st in more of `lots` than `rules` allow.
bool over_cap(const model::LotRules& rules, const std::vector<LotResult>& lots);

/// Return the bidder who wins each of `lots` (in `tender.lots` order) under the lot rules of
/// `tender`, "" where no bid is ranked or none may win.
std::vector<std::string> allocate_lots(const model::Tender& tender,
                                       const std::vector<LotResult>& lots);

/// Return how many of `lots` each bidder wins: lots where it is the only bid ranked 1st.
std::map<std::string, Rational> lots_won(const std::vector<LotResult>& lots);

/// Add to `capped` a "lot-cap" exclusion for each bid of lot number `lot` of `lots` ranked
/// ahead of its winner in `winners` (every ranked bid when the lot has none), naming the lots
/// its bidder keeps; true when one was added.
bool cap_out(const model::Tender& tender, const std::vector<LotResult>& lots,
             const std::vector<std::string>& winners, std::size_t lot,
             std::map<std::string, Exclusion>& capped);

/// Rewrite the lots a capped bidder keeps in every "lot-cap" exclusion of `lots` from the final
/// winners (the allocation that first capped it may have changed since).
void restate_lot_caps(const model::Tender& tender, std::vector<LotResult>& lots);

// funding.cpp

/// Fund the ranked bids of `lot` in rank order from `pot` under `funding`: each gains its
/// Funding and the lot its Pot.
void fund_bids(LotResult& lot, const model::Funding& funding, const Rational& pot);

// stages.cpp

// One bid of a lot as stage 1 sees it.
struct StageEntry
{
  const model::Bid* bid;
  const PanelScores* scores;
  BidResult* result;
};

/// Return the ids of the gates that stage 1 of `tender` applies (none without stages).
std::vector<std::string> stage_one_gates(const model::Tender& tender);

/// Apply stage 1 of `tender`, which has two stages, to `entries` scored on `criteria` (and on
/// stage 1's own criteria, when it has them): exclude the bids that fail a stage-1 gate, a
/// minimum or threshold of stage 1's own criteria, or are left off the shortlist, naming the
/// stage, and set every bid's stage reached; return a note on a tie at the shortlist's cut-off,
/// or "".
std::string apply_stage_one(const model::Tender& tender,
                            const std::vector<model::Criterion>& criteria,
                            const std::vector<StageEntry>& entries);

// measured.cpp (the rule table is public: score/measured.hpp)

/// Return the points `value` earns out of `weight` under `rule`, with the lowest and highest
/// values in contention as benchmarks (none when no bid is in contention).
Points measured_points(const MeasuredRule& rule, const Rational& weight, const Rational& value,
                       const std::optional<Rational>& lowest,
                       const std::optional<Rational>& highest);

// price.cpp

/// Return the price criterion anywhere in `criteria`, or nullptr.
const model::Criterion* find_price_criterion(const std::vector<model::Criterion>& criteria);

/// Return the benchmarks over `prices` of the bids in contention, judged by `price_criterion`.
PriceBenchmarks price_benchmarks(std::vector<Rational> prices,
                                 const model::Criterion* price_criterion);

/// Return the abnormally-low flag for `price` against `benchmarks` under `price_criterion`.
std::optional<Flag> abnormally_low_flag(const Rational& price, const PriceBenchmarks& benchmarks,
                                        const model::Criterion* price_criterion);

/// Return the points that `price` earns on the price criterion `criterion` against `benchmarks`.
Points price_points(const model::Criterion& criterion, const Rational& price,
                    const PriceBenchmarks& benchmarks);

// points.cpp

/// Return the best score in contention of every relative-to-best question of `criteria`, given
/// the scores `in_contention` of each bid in contention.
BestScores best_scores(const std::vector<model::Criterion>& criteria,
                       const std::vector<const PanelScores*>& in_contention);

/// Return the lowest and highest value in contention of every quantitative criterion of
/// `criteria`, given the values `in_contention` of each bid in contention.
ValueBenchmarks value_benchmarks(const std::vector<model::Criterion>& criteria,
                                 const std::vector<const Values*>& in_contention);

// What a bid in contention is scored on, besides the criteria.
struct Inputs
{
  const PanelScores& scores;
  const Values& values;
};

// The benchmarks over the bids in contention of a lot.
struct LotBenchmarks
{
  const BestScores& best;
  const PriceBenchmarks& prices;
  const ValueBenchmarks& values;
};

/// Fill the criteria, total and social value points of the bid in contention `result`.
void award_points(BidResult& result, const model::Tender& tender,
                  const std::vector<model::Criterion>& criteria, const Inputs& inputs,
                  const LotBenchmarks& benchmarks);

// ranking.cpp

/// Set the price per quality point of the bid in contention `result` (price ÷ total), or
/// exclude it when it has no quality points or no price.
void award_price_per_point(BidResult& result);

/// Rank the bids in contention of `bids` by total (highest first) or, under `award` price per
/// quality point, by price per point (lowest first), then by `tie_break` criteria that
/// `criteria` has; order `bids` ranked first (input order within a tie), then excluded.
void rank_bids(std::vector<BidResult>& bids, const std::vector<model::Criterion>& criteria,
               const std::vector<std::string>& tie_break,
               model::Award award = model::Award::weighted_total);

} // namespace tenderscore::score::detail
