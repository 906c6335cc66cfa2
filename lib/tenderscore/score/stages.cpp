// SPDX-License-Identifier: MIT
// Stage 1 of a two-stage evaluation (SPEC §5): its gates (and, for an expression of interest,
// the minimums and thresholds of its own criteria), then a shortlist ranked on the points of its
// criteria (scale-max normalisation), the top N or those reaching a threshold.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/names.hpp>
#include <tenderscore/util/rational.hpp>

#include <fmt/format.h>

namespace tenderscore::score::detail {

namespace {

using util::format_short;

std::string quoted(const std::string& id)
{
  return "'" + id + "'";
}

std::string ordinal(int n)
{
  const int tens = n % 100;
  const int units = n % 10;
  const char* suffix = "th";
  if (tens < 11 || tens > 13) {
    suffix = units == 1 ? "st" : units == 2 ? "nd" : units == 3 ? "rd" : "th";
  }
  return std::to_string(n) + suffix;
}

void check_stage_gates(const model::Stage& stage, const model::Bid& bid, BidResult& result)
{
  for (const auto& gate : stage.gates) {
    const model::GateAnswer* answer = bid.find_gate(gate.value);
    if (!answer || !answer->pass) {
      result.exclusions.push_back({"gate", gate.value,
                                   "gate " + quoted(gate.value) +
                                       (answer ? " answered fail" : " not answered") +
                                       " at stage " + quoted(stage.id)});
    }
  }
}

QualityPoints stage_points(const model::Tender& tender, const model::Stage& stage,
                           const std::vector<model::Criterion>& criteria, const PanelScores& scores)
{
  QualityPoints sum;
  if (!stage.own_criteria.empty()) {
    // An expression of interest: its own criteria, which carry no award weight.
    for (const auto& c : stage.own_criteria) {
      add_quality_points(tender, c, scores, sum);
    }
    return sum;
  }
  if (stage.criteria.empty()) {
    // No criteria named (FORMAT.md's own form): rank on every quality point of the tender.
    for (const auto& c : criteria) {
      add_quality_points(tender, c, scores, sum);
    }
    return sum;
  }
  for (const auto& id : stage.criteria) {
    if (const model::Criterion* c = model::find_criterion(criteria, id.value)) {
      add_quality_points(tender, *c, scores, sum);
    }
  }
  return sum;
}

std::string names(const std::vector<const BidResult*>& bids)
{
  std::vector<std::string> quoted_names;
  for (const BidResult* bid : bids) {
    quoted_names.push_back(quoted(bid->bidder));
  }
  return util::join_names(quoted_names);
}

// Top N: a bid's rank is 1 + the number of bids with more points, so bids tied at the cut-off
// all go through.
std::string keep_top(const model::Stage& stage, const Rational& top,
                     const std::vector<std::pair<BidResult*, QualityPoints>>& in)
{
  const int count = static_cast<int>(in.size());
  std::vector<const BidResult*> tied_at_cut;
  int kept = 0;
  int cut_rank = 0;
  for (const auto& [result, sum] : in) {
    int rank = 1;
    for (const auto& other : in) {
      rank += other.second.points > sum.points ? 1 : 0;
    }
    if (Rational{rank} > top) {
      result->status = BidStatus::excluded;
      result->exclusions.push_back(
          {"shortlist", "",
           fmt::format("not shortlisted at stage {}: ranked {} of {} on {} points ({} of {} "
                       "available), the shortlist takes the top {}",
                       quoted(stage.id), ordinal(rank), count, stage.id, format_short(sum.points),
                       format_short(sum.available), format_short(top))});
      continue;
    }
    ++kept;
    if (rank > cut_rank) {
      cut_rank = rank;
      tied_at_cut.clear();
    }
    if (rank == cut_rank) {
      tied_at_cut.push_back(result);
    }
  }
  if (Rational{kept} <= top) {
    return {};
  }
  return fmt::format("{} tie at {} on {} points; ties at the cut-off all go through, so {} bids "
                     "are shortlisted at stage {} for a top {}",
                     names(tied_at_cut), ordinal(cut_rank), stage.id, kept, quoted(stage.id),
                     format_short(top));
}

void keep_threshold(const model::Stage& stage, const Rational& threshold,
                    const std::vector<std::pair<BidResult*, QualityPoints>>& in)
{
  for (const auto& [result, sum] : in) {
    const Rational share = sum.points / sum.available;
    if (share < threshold) {
      result->status = BidStatus::excluded;
      result->exclusions.push_back(
          {"shortlist", "",
           fmt::format("not shortlisted at stage {}: scored {} of {} available {} points "
                       "({}%), below the shortlist threshold of {}%",
                       quoted(stage.id), format_short(sum.points), format_short(sum.available),
                       stage.id, percent_rounded_down(share), format_short(threshold * 100))});
    }
  }
}

} // namespace

std::vector<std::string> stage_one_gates(const model::Tender& tender)
{
  std::vector<std::string> ids;
  if (!tender.stages.empty()) {
    for (const auto& gate : tender.stages.front().gates) {
      ids.push_back(gate.value);
    }
  }
  return ids;
}

// Stage-1 gates first; the shortlist then ranks only the bids that passed them. A shortlist
// whose criteria carry no quality points keeps everyone (validation rejects it).
std::string apply_stage_one(const model::Tender& tender,
                            const std::vector<model::Criterion>& criteria,
                            const std::vector<StageEntry>& entries)
{
  const model::Stage& stage = tender.stages.front();
  std::vector<std::pair<BidResult*, QualityPoints>> in;
  for (const auto& e : entries) {
    e.result->stage_reached = stage.id;
    check_stage_gates(stage, *e.bid, *e.result);
    if (e.result->exclusions.empty()) {
      for (auto& exclusion : score_bar_exclusions(tender, stage.own_criteria, *e.scores)) {
        exclusion.reason += " at stage " + quoted(stage.id);
        e.result->exclusions.push_back(std::move(exclusion));
      }
    }
    if (!e.result->exclusions.empty()) {
      e.result->status = BidStatus::excluded;
    } else {
      in.emplace_back(e.result, stage_points(tender, stage, criteria, *e.scores));
    }
  }
  if (!stage.shortlist || in.empty() || in.front().second.available <= 0) {
    return {};
  }
  if (stage.shortlist->top) {
    return keep_top(stage, stage.shortlist->top->value, in);
  }
  if (stage.shortlist->threshold) {
    keep_threshold(stage, stage.shortlist->threshold->value, in);
  }
  return {};
}

} // namespace tenderscore::score::detail
