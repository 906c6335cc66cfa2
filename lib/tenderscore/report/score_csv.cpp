// SPDX-License-Identifier: MIT
#include <tenderscore/report/score_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

// Unrounded, as in JSON: the shortest decimal that reads back as the same double.
std::string csv_number(const std::optional<util::Rational>& value)
{
  return value ? fmt::format("{}", util::to_double(*value)) : std::string{};
}

std::vector<std::string> column_ids(const score::Result& result)
{
  std::vector<std::string> ids;
  for (const auto& lot : result.lots) {
    for (const auto& id : lot.criteria_order) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
        ids.push_back(id);
      }
    }
  }
  return ids;
}

} // namespace

void write_score_csv(const score::Result& result, std::ostream& out)
{
  const auto ids = column_ids(result);
  const bool per_point = result.award == "price-per-quality-point";
  const bool staged = !result.stages.empty();
  const bool funding = std::any_of(result.lots.begin(), result.lots.end(),
                                   [](const auto& lot) { return lot.funding.has_value(); });
  out << "lot,bidder,rank,status";
  if (staged) {
    out << ",stage";
  }
  out << ",total";
  if (per_point) {
    out << ",price_per_point";
  }
  for (const auto& id : ids) {
    out << ',' << util::csv_cell(id);
  }
  out << ",flags,exclusion";
  if (funding) {
    out << ",organisation,request,funding,undecided,amount,funding_reason";
  }
  out << "\r\n";
  for (const auto& lot : result.lots) {
    for (const auto& bid : lot.bids) {
      out << util::csv_cell(lot.lot.value_or("")) << ',' << util::csv_cell(bid.bidder) << ','
          << (bid.rank ? std::to_string(*bid.rank) : std::string{}) << ','
          << (bid.status == score::BidStatus::ranked ? "ranked" : "excluded") << ',';
      if (staged) {
        out << util::csv_cell(bid.stage_reached) << ',';
      }
      out << csv_number(bid.total);
      if (per_point) {
        out << ',' << csv_number(bid.price_per_point);
      }
      for (const auto& id : ids) {
        const auto it = std::find_if(bid.criteria.begin(), bid.criteria.end(),
                                     [&](const auto& c) { return c.id == id; });
        out << ',' << (it == bid.criteria.end() ? std::string{} : csv_number(it->points));
      }
      std::vector<std::string> flags;
      for (const auto& f : bid.flags) {
        flags.push_back(f.name());
      }
      out << ',' << util::csv_cell(fmt::format("{}", fmt::join(flags, ";"))) << ','
          << util::csv_cell(bid.exclusions.empty() ? std::string{} : bid.exclusions.front().reason);
      if (funding) {
        const auto& f = bid.funding;
        out << ',' << util::csv_cell(bid.organisation) << ',' << csv_number(bid.price) << ','
            << (f ? (f->funded ? "funded" : "not-funded") : "") << ','
            << (f ? (f->undecided ? "true" : "false") : "") << ','
            << (f ? csv_number(f->amount) : std::string{}) << ','
            << util::csv_cell(f ? f->reason : std::string{});
      }
      out << "\r\n";
    }
  }
}

} // namespace tenderscore::report
