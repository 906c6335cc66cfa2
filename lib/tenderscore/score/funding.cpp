// SPDX-License-Identifier: MIT
// A funding pot: ranked bids funded in rank order at the amount they request (their price),
// under the rule `skip` or `stop`, a minimum total and a cap on awards per organisation. A tie
// that the pot (or the cap) cannot fund for every tied bid is never broken by chance: the tied
// bids, and every bid ranked below them, wait undecided until the tie is resolved.
#include <tenderscore/score/detail.hpp>

#include <tenderscore/util/names.hpp>
#include <tenderscore/util/text.hpp>

#include <map>

namespace tenderscore::score::detail {

namespace {

using util::format_fixed;
using util::format_short;
using util::quote;

Funding not_funded(std::string reason, bool undecided = false)
{
  return {false, undecided, Rational(0), std::move(reason)};
}

// The ranked bids of `lot` in runs of one rank: [begin, end) index ranges.
std::vector<std::pair<std::size_t, std::size_t>> rank_runs(const LotResult& lot)
{
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  for (std::size_t i = 0; i < lot.bids.size() && lot.bids[i].status == BidStatus::ranked;) {
    std::size_t end = i + 1;
    while (end < lot.bids.size() && lot.bids[end].status == BidStatus::ranked &&
           lot.bids[end].rank == lot.bids[i].rank) {
      ++end;
    }
    runs.emplace_back(i, end);
    i = end;
  }
  return runs;
}

// The tied bids named in a reason: at most k_named, then how many more, so that a reason stays
// short however many bids tie (it is repeated on each of them).
constexpr std::size_t k_named = 5;

std::string names(const std::vector<BidResult*>& bids)
{
  std::vector<std::string> named;
  for (std::size_t i = 0; i < bids.size() && i < k_named; ++i) {
    named.push_back(quote(bids[i]->bidder) + " (" + format_short(*bids[i]->price) + ")");
  }
  if (bids.size() > k_named) {
    named.push_back(std::to_string(bids.size() - k_named) + " more");
  }
  return util::join_names(named);
}

class Allocation
{
public:
  Allocation(const model::Funding& funding, const Rational& pot)
      : m_funding(funding)
      , m_remaining(pot)
  {
  }

  // Decide the bids of one run of tied rank `rank` (one bid when not tied).
  void run(std::vector<BidResult*> bids, int rank)
  {
    std::vector<BidResult*> candidates;
    for (BidResult* bid : bids) {
      if (m_blocked_at) {
        bid->funding = not_funded("undecided: the tie at rank " + std::to_string(*m_blocked_at) +
                                      " must be resolved first",
                                  true);
      } else if (!bid->price || !bid->total) {
        bid->funding = not_funded("no amount requested"); // validation refuses this first
      } else if (m_funding.minimum_total && *bid->total < m_funding.minimum_total->value) {
        bid->funding =
            not_funded("total " + format_fixed(*bid->total, 2) + " is below the minimum total of " +
                       format_short(m_funding.minimum_total->value) + " for funding");
      } else if (m_stopped_at) {
        bid->funding = not_funded("not reached: the pot stopped at rank " +
                                  std::to_string(*m_stopped_at) + " (rule stop)");
      } else {
        candidates.push_back(bid);
      }
    }
    candidates = apply_organisation_cap(std::move(candidates), rank);
    if (m_blocked_at == rank) {
      // tied with bids of one organisation the cap cannot fund together: the run waits
      for (BidResult* bid : candidates) {
        bid->funding = not_funded(
            "undecided: the tie at rank " + std::to_string(rank) + " must be resolved first", true);
      }
      return;
    }
    std::vector<BidResult*> fits;
    Rational asked = 0;
    for (BidResult* bid : candidates) {
      if (*bid->price <= m_remaining) {
        fits.push_back(bid);
        asked += *bid->price;
      }
    }
    const Rational left = m_remaining;
    const bool some_too_big = fits.size() < candidates.size();
    if (m_funding.rule.value == model::FundingRule::stop && some_too_big && !fits.empty()) {
      // Under stop, whichever tied bid comes first decides whether the others are funded: the
      // run waits for the tie to be resolved.
      for (BidResult* bid : candidates) {
        bid->funding =
            not_funded("undecided: tie at rank " + std::to_string(rank) + " under rule stop: the " +
                           format_short(left) + " left funds some tied requests but not all (" +
                           names(candidates) + ")",
                       true);
      }
      m_blocked_at = rank;
      return;
    }
    if (asked <= m_remaining) {
      for (BidResult* bid : fits) {
        m_remaining -= *bid->price;
        ++m_awards[util::normalise_name(bid->organisation)];
        bid->funding = {true, false, *bid->price,
                        "funded at rank " + std::to_string(rank) + ": request " +
                            format_short(*bid->price) + " of the " + format_short(left) + " left"};
      }
    } else {
      for (BidResult* bid : fits) {
        bid->funding = not_funded("undecided: tie at the pot boundary at rank " +
                                      std::to_string(rank) + ": the " + format_short(left) +
                                      " left cannot fund every tied request (" + names(fits) + ")",
                                  true);
      }
      m_blocked_at = rank;
    }
    for (BidResult* bid : candidates) {
      if (*bid->price <= left) {
        continue;
      }
      if (m_funding.rule.value == model::FundingRule::stop && !m_blocked_at) {
        bid->funding = not_funded("the pot stopped here: request " + format_short(*bid->price) +
                                  " does not fit the " + format_short(left) + " left (rule stop)");
        m_stopped_at = rank;
      } else {
        bid->funding = not_funded("request " + format_short(*bid->price) + " does not fit the " +
                                  format_short(left) + " left at rank " + std::to_string(rank));
      }
    }
  }

  const Rational& remaining() const { return m_remaining; }

private:
  // Bids whose organisation has used its awards are not fundable; tied bids of one
  // organisation that it has fewer awards left than bids for wait undecided.
  std::vector<BidResult*> apply_organisation_cap(std::vector<BidResult*> bids, int rank)
  {
    if (!m_funding.max_awards_per_organisation) {
      return bids;
    }
    const Rational& cap = m_funding.max_awards_per_organisation->value;
    // Tied bids of one organisation compete for its awards only when each could be funded: a
    // request over what is left never takes an award.
    std::map<std::string, std::vector<BidResult*>> by_organisation;
    for (BidResult* bid : bids) {
      if (*bid->price <= m_remaining) {
        by_organisation[util::normalise_name(bid->organisation)].push_back(bid);
      }
    }
    std::vector<BidResult*> kept;
    for (BidResult* bid : bids) {
      const std::string organisation = util::normalise_name(bid->organisation);
      const Rational used = m_awards[organisation];
      const auto& run = by_organisation[organisation];
      if (used >= cap) {
        bid->funding = not_funded("organisation " + quote(bid->organisation) + " already has " +
                                  format_short(used) + " award" + (used == 1 ? "" : "s") +
                                  ", the most one organisation may receive");
      } else if (*bid->price <= m_remaining &&
                 used + Rational(static_cast<std::int64_t>(run.size())) > cap) {
        bid->funding = not_funded("undecided: tie at rank " + std::to_string(rank) +
                                      " between bids of organisation " + quote(bid->organisation) +
                                      ", which may receive " + format_short(cap - used) +
                                      " more award" + (cap - used == 1 ? "" : "s"),
                                  true);
        m_blocked_at = rank;
      } else {
        kept.push_back(bid);
      }
    }
    return kept;
  }

  const model::Funding& m_funding;
  Rational m_remaining;
  std::map<std::string, int> m_awards; // normalised organisation → awards so far
  std::optional<int> m_blocked_at;     // the rank of an undecided tie
  std::optional<int> m_stopped_at;     // rule stop: the rank where the pot stopped
};

} // namespace

void fund_bids(LotResult& lot, const model::Funding& funding, const Rational& pot)
{
  Allocation allocation(funding, pot);
  for (const auto& [begin, end] : rank_runs(lot)) {
    std::vector<BidResult*> run;
    for (std::size_t i = begin; i < end; ++i) {
      run.push_back(&lot.bids[i]);
    }
    allocation.run(std::move(run), *lot.bids[begin].rank);
  }
  Pot out;
  out.pot = pot;
  out.remaining = allocation.remaining();
  out.awarded = pot - out.remaining;
  out.rule = funding.rule.value == model::FundingRule::stop ? "stop" : "skip";
  if (funding.minimum_total) {
    out.minimum_total = funding.minimum_total->value;
  }
  if (funding.max_awards_per_organisation) {
    out.max_awards_per_organisation = funding.max_awards_per_organisation->value;
  }
  lot.funding = std::move(out);
}

} // namespace tenderscore::score::detail
