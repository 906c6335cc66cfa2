// SPDX-License-Identifier: MIT
#include <tenderscore/util/names.hpp>
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace tenderscore::validate {

using detail::Diagnostics;
using util::quote;

namespace {

// Report a lot the tender does not have, or a missing one; true when the bid's lot is usable.
bool check_lot(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags)
{
  const std::string bidder = quote(bid.bidder.value);
  const std::string tender_id = quote(tender.info.id);
  if (tender.lots.empty()) {
    if (bid.lot) {
      diags.error(bid.lot->where, "bids.lot",
                  fmt::format("bid {} names lot {}, but tender {} has no lots", bidder,
                              quote(bid.lot->value), tender_id));
    }
    return !bid.lot;
  }
  if (!bid.lot) {
    diags.error(
        bid.bidder.where, "bids.lot",
        fmt::format("bid {} names no lot, but tender {} is divided into lots", bidder, tender_id));
    return false;
  }
  std::vector<std::string> ids;
  for (const auto& lot : tender.lots) {
    ids.push_back(lot.id);
  }
  if (std::find(ids.begin(), ids.end(), bid.lot->value) == ids.end()) {
    diags.error(bid.lot->where, "bids.lot",
                fmt::format("bid {} names lot {}, which tender {} does not have{}", bidder,
                            quote(bid.lot->value), tender_id,
                            util::did_you_mean(bid.lot->value, ids)));
    return false;
  }
  return true;
}

// A price is unused where no criterion scores price, the tender does not award on price per
// quality point and there is no funding pot (whose requests are prices).
void check_price_unused(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                        const model::Tender& tender, Diagnostics& diags)
{
  if (!bid.price || tender.award.value == model::Award::price_per_quality_point || tender.funding ||
      detail::price_criterion_of(criteria) != nullptr) {
    return;
  }
  diags.warning(bid.price->where, "price.unused",
                fmt::format("bid {} has a price, but no criterion scores price; it is ignored",
                            quote(bid.bidder.value)));
}

void check_gates(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags)
{
  std::vector<std::string> ids;
  for (const auto& gate : tender.gates) {
    ids.push_back(gate.id);
    if (!bid.find_gate(gate.id)) {
      diags.error(
          bid.bidder.where, "gate.unanswered",
          fmt::format("bid {} does not answer gate {}", quote(bid.bidder.value), quote(gate.id)));
    }
  }
  for (const auto& answer : bid.gates) {
    if (std::find(ids.begin(), ids.end(), answer.gate) == ids.end()) {
      diags.error(answer.where, "ref.gate",
                  fmt::format("bid {} answers gate {}, which the tender does not have{}",
                              quote(bid.bidder.value), quote(answer.gate),
                              util::did_you_mean(answer.gate, ids)));
    }
  }
}

void check_kpis(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags)
{
  std::vector<std::string> ids;
  for (const auto& outcome : tender.outcomes) {
    for (const auto& kpi : outcome.kpis) {
      ids.push_back(kpi.id);
    }
  }
  for (const auto& commitment : bid.kpi_commitments) {
    if (std::find(ids.begin(), ids.end(), commitment.kpi) == ids.end()) {
      diags.error(commitment.where, "ref.kpi",
                  fmt::format("bid {} commits to KPI {}, which the tender does not have{}",
                              quote(bid.bidder.value), quote(commitment.kpi),
                              util::did_you_mean(commitment.kpi, ids)));
    }
  }
}

} // namespace

namespace detail {

namespace {

std::pair<std::string, std::string> lot_and_bidder(const model::Bid& bid)
{
  return {bid.lot ? bid.lot->value : std::string{}, bid.bidder.value};
}

} // namespace

const model::Bid* BidRegistry::find(const model::Bid& bid) const
{
  const auto found = m_first.find(lot_and_bidder(bid));
  return found == m_first.end() ? nullptr : found->second;
}

void BidRegistry::add(const model::Bid& bid)
{
  m_first.emplace(lot_and_bidder(bid), &bid);
}

void report_duplicate_bid(const model::Bid& bid, const model::Bid& first, Diagnostics& diags)
{
  const std::string at = where_text(first.bidder.where, bid.bidder.where);
  diags.error(bid.bidder.where, "bids.duplicate",
              fmt::format("duplicate bid from {}{}{}", quote(bid.bidder.value),
                          bid.lot ? " for lot " + quote(bid.lot->value) : "",
                          at.empty() ? "" : " (first at " + at + ")"));
}

} // namespace detail

void check_bids(const model::BidsFile& bids, const model::Tender& tender,
                const Options& /*options*/, diag::Diagnostics& diags)
{
  if (bids.tender.value != tender.info.id) {
    diags.error(bids.tender.where, "ref.tender",
                fmt::format("bids file names tender {}, but is checked against tender {}",
                            quote(bids.tender.value), quote(tender.info.id)));
  }
  detail::BidRegistry seen;
  for (const auto& bid : bids.bids) {
    if (const model::Bid* first = seen.find(bid)) {
      detail::report_duplicate_bid(bid, *first, diags);
    }
    seen.add(bid);
    const bool lot_known = check_lot(bid, tender, diags);
    if (bid.price && bid.price->value <= 0) {
      diags.error(bid.price->where, "price.non-positive",
                  fmt::format("price must be greater than zero, got {}",
                              util::format_short(bid.price->value)));
    }
    check_gates(bid, tender, diags);
    if (bid.organisation && util::normalise_name(bid.organisation->value).empty()) {
      diags.error(bid.organisation->where, "bids.organisation",
                  fmt::format("bid {} names a blank organisation; name it, or leave the key out "
                              "for the bidder to stand for itself",
                              quote(bid.bidder.value)));
    }
    detail::check_request(bid, tender, diags);
    detail::check_evaluators(bid, tender, diags);
    check_kpis(bid, tender, diags);
    if (lot_known) {
      const auto& criteria =
          tender.criteria_for(bid.lot ? std::optional{bid.lot->value} : std::nullopt);
      check_price_unused(bid, criteria, tender, diags);
      if (tender.stages.empty()) { // with stages: once the award stage is known to be reached
        detail::check_price_present(bid, criteria, tender, "", diags);
      }
      detail::check_scores(bid, criteria, tender, diags);
      detail::check_values(bid, criteria, diags);
    }
  }
}

} // namespace tenderscore::validate

namespace tenderscore::validate::detail {

const model::Criterion* price_criterion_of(const std::vector<model::Criterion>& criteria)
{
  const model::Criterion* price = nullptr;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int) {
    if (!price && c.kind() == model::CriterionKind::price) {
      price = &c;
    }
  });
  return price;
}

// A price is required where the (lot's) criteria score price or the tender awards on price per
// quality point.
void check_price_present(const model::Bid& bid, const std::vector<model::Criterion>& criteria,
                         const model::Tender& tender, const std::string& why, Diagnostics& diags)
{
  if (bid.price) {
    return;
  }
  if (tender.award.value == model::Award::price_per_quality_point) {
    diags.error(bid.bidder.where, "price.missing",
                fmt::format("bid {} has no price, but the tender awards on price per quality "
                            "point{}",
                            quote(bid.bidder.value), why));
  } else if (const model::Criterion* price = price_criterion_of(criteria)) {
    diags.error(bid.bidder.where, "price.missing",
                fmt::format("bid {} has no price, but criterion {} scores price{}",
                            quote(bid.bidder.value), quote(price->id), why));
  }
}

} // namespace tenderscore::validate::detail
