// SPDX-License-Identifier: MIT
#include <tenderscore/load/limits.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <set>

namespace tenderscore::load {

std::string raise_hint(const char* flag)
{
  return fmt::format(" (raise it with {})", flag);
}

std::string human_size(std::size_t bytes)
{
  constexpr std::size_t kib = std::size_t{1} << 10;
  constexpr std::size_t mib = std::size_t{1} << 20;
  constexpr std::size_t gib = std::size_t{1} << 30;
  if (bytes < kib) {
    return fmt::format("{} {}", bytes, bytes == 1 ? "byte" : "bytes");
  }
  const std::size_t unit = bytes >= gib ? gib : bytes >= mib ? mib : kib;
  const char* name = bytes >= gib ? "GiB" : bytes >= mib ? "MiB" : "KiB";
  const std::size_t tenths = (bytes / unit) * 10 + ((bytes % unit) * 10 + unit / 2) / unit;
  return fmt::format("{}.{} {}", tenths / 10, tenths % 10, name);
}

namespace {

// Counts criteria nodes depth first and reports the first one beyond the limit.
class CriteriaCounter
{
public:
  CriteriaCounter(const Limits& limits, diag::Diagnostics& diags)
      : m_limits(limits)
      , m_diags(diags)
  {
  }

  bool count(const std::vector<model::Criterion>& criteria)
  {
    for (const auto& c : criteria) {
      if (++m_count > m_limits.max_criteria) {
        m_diags.error(c.where, "limit.criteria",
                      fmt::format("criterion {} is over the limit of {} criteria in a run{}",
                                  util::quote(c.id, 40), m_limits.max_criteria,
                                  raise_hint(limit_flag::criteria)));
        return false;
      }
      if (!count(c.children)) {
        return false;
      }
    }
    return true;
  }

private:
  const Limits& m_limits;
  diag::Diagnostics& m_diags;
  std::size_t m_count = 0;
};

// Collects distinct evaluator ids and reports the first one beyond the limit.
class EvaluatorCounter
{
public:
  EvaluatorCounter(const Limits& limits, diag::Diagnostics& diags)
      : m_limits(limits)
      , m_diags(diags)
  {
  }

  bool add(const std::string& id, const diag::Location& where)
  {
    if (!m_seen.insert(id).second || m_seen.size() <= m_limits.max_evaluators) {
      return true;
    }
    m_diags.error(where, "limit.evaluators",
                  fmt::format("evaluator {} is over the limit of {} evaluators in a run{}",
                              util::quote(id, 40), m_limits.max_evaluators,
                              raise_hint(limit_flag::evaluators)));
    return false;
  }

private:
  const Limits& m_limits;
  diag::Diagnostics& m_diags;
  std::set<std::string> m_seen;
};

bool count_bids(const std::vector<const model::BidsFile*>& bids, const Limits& limits,
                diag::Diagnostics& diags)
{
  std::size_t count = 0;
  for (const model::BidsFile* file : bids) {
    for (const model::Bid& bid : file->bids) {
      if (++count > limits.max_bids) {
        diags.error(bid.where.known() ? bid.where : bid.bidder.where, "limit.bids",
                    fmt::format("bid {} (from {}) is over the limit of {} bids in a run{}", count,
                                util::quote(bid.bidder.value, 40), limits.max_bids,
                                raise_hint(limit_flag::bids)));
        return false;
      }
    }
  }
  return true;
}

bool count_evaluators(const std::vector<const model::Tender*>& tenders,
                      const std::vector<const model::BidsFile*>& bids, const Limits& limits,
                      diag::Diagnostics& diags)
{
  EvaluatorCounter counter(limits, diags);
  for (const model::Tender* tender : tenders) {
    for (const model::Evaluator& e : tender->panel.evaluators) {
      if (!counter.add(e.id, e.where)) {
        return false;
      }
    }
  }
  for (const model::BidsFile* file : bids) {
    for (const model::Bid& bid : file->bids) {
      for (const model::QuestionScore& q : bid.scores) {
        for (const model::EvaluatorScore& e : q.evaluators) {
          if (!counter.add(e.evaluator, e.where)) {
            return false;
          }
        }
      }
    }
  }
  return true;
}

} // namespace

bool check_counts(const std::vector<const model::Tender*>& tenders,
                  const std::vector<const model::BidsFile*>& bids, const Limits& limits,
                  diag::Diagnostics& diags)
{
  CriteriaCounter criteria(limits, diags);
  bool within = true;
  for (const model::Tender* tender : tenders) {
    if (!criteria.count(tender->criteria)) {
      within = false;
      break;
    }
    for (const model::Lot& lot : tender->lots) {
      if (lot.criteria && !criteria.count(*lot.criteria)) {
        within = false;
        break;
      }
    }
    if (!within) {
      break;
    }
  }
  within = count_bids(bids, limits, diags) && within;
  within = count_evaluators(tenders, bids, limits, diags) && within;
  return within;
}

} // namespace tenderscore::load
