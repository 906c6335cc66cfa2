// SPDX-License-Identifier: MIT
// A funding pot: one pot without lots, one per lot with them; a whole-number cap per
// organisation; a request range in order; a request on every bid, inside that range; and
// organisation names that only look different.
#include <tenderscore/util/names.hpp>
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <map>
#include <set>

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

void check_organisation_names(const model::Tender& tender,
                              const std::vector<const model::BidsFile*>& bids, Diagnostics& diags)
{
  if (!tender.funding) {
    return;
  }
  struct First
  {
    std::string name; // as normalised
    std::string written;
    diag::Location where;
  };
  std::map<std::string, First> by_key;                // likeness key → first name seen
  std::set<std::pair<std::string, std::string>> told; // pairs of names already reported
  for (const model::BidsFile* file : bids) {
    if (file->tender.value != tender.info.id) {
      continue;
    }
    for (const auto& bid : file->bids) {
      const model::Located<std::string>& written =
          bid.organisation ? *bid.organisation : bid.bidder;
      const std::string name = util::normalise_name(written.value);
      const auto [first, added] = by_key.try_emplace(util::name_likeness_key(written.value),
                                                     First{name, written.value, written.where});
      if (added || first->second.name == name || !told.emplace(first->second.name, name).second) {
        continue;
      }
      const std::string at = where_text(first->second.where, written.where);
      diags.warning(written.where, "funding.organisation-name",
                    fmt::format("organisation {} differs from {}{} only in case, white space or "
                                "look-alike characters; funding counts them as two "
                                "organisations: write the name the same way in both places",
                                quote(written.value), quote(first->second.written),
                                at.empty() ? "" : " (at " + at + ")"));
    }
  }
}

} // namespace tenderscore::validate::detail
