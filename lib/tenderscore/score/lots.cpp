// SPDX-License-Identifier: MIT
// A cap on the lots one bidder may win (SPEC §5): which lots a capped bidder keeps, by lot value
// or by the combination of winners with the highest sum of winning totals. The cap counts
// organisations: bids naming one organisation (compared by util::normalise_name) count together.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/names.hpp>
#include <tenderscore/util/rational.hpp>
#include <tenderscore/util/text.hpp>

#include <algorithm>
#include <numeric>

namespace tenderscore::score::detail {

namespace {

using Counts = std::map<std::string, Rational>;

std::string quoted(const std::string& id)
{
  return "'" + id + "'";
}

// Whom the cap counts: the bid's organisation (its bidder unless it names one), by name.
std::string who(const BidResult& bid)
{
  return util::normalise_name(bid.organisation.empty() ? bid.bidder : bid.organisation);
}

// The ranked bids of a lot in rank order (input order within a tie).
std::vector<const BidResult*> ranked(const LotResult& lot)
{
  std::vector<const BidResult*> out;
  for (const auto& bid : lot.bids) {
    if (bid.status == BidStatus::ranked) {
      out.push_back(&bid);
    }
  }
  return out;
}

Rational value_of(const model::Lot& lot)
{
  return lot.value ? lot.value->value : Rational{0};
}

// Lots in order of value, highest first (lot order within equal values); each goes to its best
// ranked bid whose bidder has not reached the cap.
std::vector<std::string> by_lot_value(const model::Tender& tender,
                                      const std::vector<LotResult>& lots, const Rational& cap)
{
  std::vector<std::size_t> order(lots.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return value_of(tender.lots[a]) > value_of(tender.lots[b]);
  });
  std::vector<std::string> winners(lots.size());
  Counts won;
  for (std::size_t i : order) {
    for (const BidResult* bid : ranked(lots[i])) {
      if (won[who(*bid)] < cap) {
        winners[i] = who(*bid);
        won[who(*bid)] += 1;
        break;
      }
    }
  }
  return winners;
}

// Exhaustive search, lots in order and each lot's bids in rank order, so that among equal sums
// the first found (better-ranked winners in earlier lots) is kept; branches that cannot beat the
// best so far are cut.
struct Search
{
  const std::vector<std::vector<const BidResult*>>& candidates;
  const std::vector<Rational>& bound; // Σ best total of lots i.. onwards
  const Rational& cap;
  Counts won;
  std::vector<std::string> current;
  Rational sum;
  std::optional<Rational> best_sum;
  std::vector<std::string> best;

  void run(std::size_t i)
  {
    if (best_sum && sum + bound[i] <= *best_sum) {
      return;
    }
    if (i == candidates.size()) {
      best_sum = sum;
      best = current;
      return;
    }
    bool any = false;
    for (const BidResult* bid : candidates[i]) {
      if (won[who(*bid)] >= cap) {
        continue;
      }
      any = true;
      won[who(*bid)] += 1;
      sum += *bid->total;
      current[i] = who(*bid);
      run(i + 1);
      current[i].clear();
      sum -= *bid->total;
      won[who(*bid)] -= 1;
    }
    if (!any) {
      run(i + 1);
    }
  }
};

std::vector<std::string> best_combination(const std::vector<LotResult>& lots, const Rational& cap)
{
  std::vector<std::vector<const BidResult*>> candidates;
  for (const auto& lot : lots) {
    candidates.push_back(ranked(lot));
  }
  std::vector<Rational> bound(lots.size() + 1, Rational{0});
  for (std::size_t i = lots.size(); i-- > 0;) {
    Rational top = 0;
    for (const BidResult* bid : candidates[i]) {
      top = std::max(top, *bid->total);
    }
    bound[i] = bound[i + 1] + top;
  }
  Search search{candidates, bound, cap, {}, std::vector<std::string>(lots.size()), 0, {}, {}};
  search.run(0);
  return search.best;
}

std::string kept_text(const std::vector<LotResult>& lots, const std::vector<std::string>& winners,
                      const std::string& bidder)
{
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < lots.size(); ++i) {
    if (winners[i] == bidder) {
      kept.push_back(quoted(lots[i].lot.value_or("")));
    }
  }
  return kept.empty() ? "none" : util::join_names(kept);
}

} // namespace

bool over_cap(const model::LotRules& rules, const std::vector<LotResult>& lots)
{
  Counts firsts;
  for (const auto& lot : lots) {
    for (const auto& bid : lot.bids) {
      if (bid.rank && *bid.rank == 1) {
        firsts[who(bid)] += 1;
      }
    }
  }
  return std::any_of(firsts.begin(), firsts.end(), [&](const auto& entry) {
    return entry.second > rules.max_lots_per_bidder.value;
  });
}

std::vector<std::string> allocate_lots(const model::Tender& tender,
                                       const std::vector<LotResult>& lots)
{
  const Rational& cap = tender.lot_rules->max_lots_per_bidder.value;
  if (tender.lot_rules->allocation.value == model::Allocation::best_combination) {
    return best_combination(lots, cap);
  }
  return by_lot_value(tender, lots, cap);
}

std::map<std::string, Rational> lots_won(const std::vector<LotResult>& lots)
{
  std::map<std::string, Rational> won;
  for (const auto& lot : lots) {
    const auto ranked_bids = ranked(lot);
    if (!ranked_bids.empty() &&
        (ranked_bids.size() == 1 || *ranked_bids[1]->rank != *ranked_bids[0]->rank)) {
      won[who(*ranked_bids[0])] += 1;
    }
  }
  return won;
}

bool cap_out(const model::Tender& tender, const std::vector<LotResult>& lots,
             const std::vector<std::string>& winners, std::size_t lot,
             std::map<std::string, Exclusion>& capped)
{
  const auto ranked_bids = ranked(lots[lot]);
  // The allocated winner's rank; with none, every ranked bid's bidder is at the cap.
  std::optional<int> winner_rank;
  for (const BidResult* bid : ranked_bids) {
    if (!winners[lot].empty() && who(*bid) == winners[lot]) {
      winner_rank = *bid->rank;
      break;
    }
  }
  if (!winners[lot].empty() && !winner_rank) {
    return false;
  }
  const model::LotRules& rules = *tender.lot_rules;
  const bool by_value = rules.allocation.value == model::Allocation::by_lot_value;
  bool changed = false;
  for (const BidResult* bid : ranked_bids) {
    if ((winner_rank && *bid->rank >= *winner_rank) || capped.count(who(*bid)) != 0) {
      continue;
    }
    const bool own = bid->organisation.empty() || bid->organisation == bid->bidder;
    capped[who(*bid)] = {
        "lot-cap", "",
        "capped out after ranking " + util::ordinal(*bid->rank) + " with " +
            util::format_fixed(*bid->total, 2) + " points: " +
            (own ? quoted(bid->bidder) : "organisation " + quoted(bid->organisation)) +
            " may win at most " + util::format_short(rules.max_lots_per_bidder.value) + " lot" +
            (rules.max_lots_per_bidder.value == 1 ? "" : "s") + " and keeps " +
            kept_text(lots, winners, who(*bid)) +
            (by_value ? " (by lot value)" : " (best combination)")};
    changed = true;
  }
  return changed;
}

void restate_lot_caps(const model::Tender& tender, std::vector<LotResult>& lots)
{
  std::vector<std::string> winners;
  for (const auto& lot : lots) {
    const auto ranked_bids = ranked(lot);
    const bool sole = !ranked_bids.empty() &&
                      (ranked_bids.size() == 1 || *ranked_bids[1]->rank != *ranked_bids[0]->rank);
    winners.push_back(sole ? who(*ranked_bids[0]) : std::string{});
  }
  const bool by_value = tender.lot_rules->allocation.value == model::Allocation::by_lot_value;
  const std::string suffix = by_value ? " (by lot value)" : " (best combination)";
  for (auto& lot : lots) {
    for (auto& bid : lot.bids) {
      for (auto& exclusion : bid.exclusions) {
        const auto keeps = exclusion.reason.rfind(" and keeps ");
        if (exclusion.rule != "lot-cap" || keeps == std::string::npos) {
          continue;
        }
        exclusion.reason = exclusion.reason.substr(0, keeps) + " and keeps " +
                           kept_text(lots, winners, who(bid)) + suffix;
      }
    }
  }
}

} // namespace tenderscore::score::detail
