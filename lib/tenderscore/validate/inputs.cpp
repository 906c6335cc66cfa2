// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace tenderscore::validate {

void check_inputs(const std::vector<const model::Tender*>& tenders,
                  const std::vector<const model::BidsFile*>& bids, const Options& options,
                  diag::Diagnostics& diags)
{
  detail::IdRegistry tender_ids("tender");
  std::vector<std::string> ids;
  for (const model::Tender* tender : tenders) {
    check_tender(*tender, options, diags);
    tender_ids.add(tender->info.id, tender->info.where, diags);
    ids.push_back(tender->info.id);
  }
  std::map<std::string, detail::BidRegistry> earlier_files; // by tender id
  for (const model::BidsFile* file : bids) {
    const auto tender = std::find_if(tenders.begin(), tenders.end(), [&](const model::Tender* t) {
      return t->info.id == file->tender.value;
    });
    if (tender == tenders.end()) {
      diags.error(file->tender.where, "ref.tender",
                  fmt::format("bids file names tender {}, which is not among the files given{}",
                              util::quote(file->tender.value),
                              util::did_you_mean(file->tender.value, ids)));
      continue;
    }
    check_bids(*file, **tender, options, diags);
    detail::BidRegistry& earlier = earlier_files[file->tender.value];
    for (const auto& bid : file->bids) {
      if (const model::Bid* first = earlier.find(bid)) {
        detail::report_duplicate_bid(bid, *first, diags);
      }
    }
    for (const auto& bid : file->bids) {
      earlier.add(bid);
    }
  }
  for (const model::Tender* tender : tenders) {
    detail::check_organisation_names(*tender, bids, diags);
  }
}

} // namespace tenderscore::validate
