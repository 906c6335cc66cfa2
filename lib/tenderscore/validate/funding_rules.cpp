// SPDX-License-Identifier: MIT
// A funding pot: one pot without lots, one per lot with them; a whole-number cap per
// organisation; a request range in order; and a request on every bid, inside that range.
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate::detail {

using util::format_short;
using util::quote;

void check_funding(const model::Tender& tender, Diagnostics& diags)
{
  if (!tender.funding) {
    for (const auto& lot : tender.lots) {
      if (lot.pot) {
        diags.error(
            lot.pot->where, "funding.pot",
            fmt::format("lot {} has a pot, but the tender has no funding: key", quote(lot.id)));
      }
    }
    return;
  }
  const model::Funding& funding = *tender.funding;
  if (tender.lots.empty() && !funding.pot) {
    diags.error(funding.where, "funding.pot",
                "funding needs a pot: the money available, e.g. 'pot: 120000'");
  }
  if (!tender.lots.empty() && funding.pot) {
    diags.error(funding.pot->where, "funding.pot",
                "the tender has lots: give each lot its own pot (lots[].pot) instead");
  }
  for (const auto& lot : tender.lots) {
    if (!lot.pot) {
      diags.error(
          lot.where, "funding.pot",
          fmt::format("lot {} has no pot; under funding every lot needs one", quote(lot.id)));
    }
  }
  if (const auto& cap = funding.max_awards_per_organisation;
      cap && (cap->value < 1 || !cap->value.is_integer())) {
    diags.error(cap->where, "funding.max-awards",
                fmt::format("max_awards_per_organisation must be a whole number of at least 1, "
                            "got {}",
                            format_short(cap->value)));
  }
  if (funding.max_request && funding.min_request &&
      funding.min_request->value > funding.max_request->value) {
    diags.error(funding.min_request->where, "funding.request-range",
                fmt::format("min_request {} is above max_request {}",
                            format_short(funding.min_request->value),
                            format_short(funding.max_request->value)));
  }
}

void check_request(const model::Bid& bid, const model::Tender& tender, Diagnostics& diags)
{
  if (!tender.funding) {
    return;
  }
  const model::Funding& funding = *tender.funding;
  if (!bid.price) {
    diags.error(bid.bidder.where, "funding.no-request",
                fmt::format("bid {} requests no amount; under a funding pot, 'price' is the "
                            "amount requested",
                            quote(bid.bidder.value)));
    return;
  }
  const Rational& request = bid.price->value;
  if (funding.max_request && request > funding.max_request->value) {
    diags.warning(bid.price->where, "funding.over-max-request",
                  fmt::format("bid {} requests {}, above the maximum request of {}; it will be "
                              "excluded",
                              quote(bid.bidder.value), format_short(request),
                              format_short(funding.max_request->value)));
  }
  if (funding.min_request && request < funding.min_request->value) {
    diags.warning(bid.price->where, "funding.under-min-request",
                  fmt::format("bid {} requests {}, below the minimum request of {}; it will be "
                              "excluded",
                              quote(bid.bidder.value), format_short(request),
                              format_short(funding.min_request->value)));
  }
}

} // namespace tenderscore::validate::detail
