// SPDX-License-Identifier: MIT
#include <tenderscore/report/score_writers.hpp>

#include <tenderscore/util/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

using util::Rational;

std::string points(const std::optional<Rational>& value)
{
  return value ? util::format_fixed(*value, 2) : std::string("-");
}

const score::CriterionPoints* find_points(const score::BidResult& bid, const std::string& id)
{
  for (const auto& c : bid.criteria) {
    if (c.id == id) {
      return &c;
    }
  }
  return nullptr;
}

std::string pad_right(const std::string& text, std::size_t width)
{
  const std::size_t length = util::utf8_length(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

std::string pad_left(const std::string& text, std::size_t width)
{
  const std::size_t length = util::utf8_length(text);
  return length >= width ? text : std::string(width - length, ' ') + text;
}

bool per_point(const score::Result& result)
{
  return result.award == "price-per-quality-point";
}

void write_ranking(const score::LotResult& lot, bool with_per_point, std::ostream& out)
{
  std::vector<std::string> header{"Rank", "Bidder", "Total"};
  if (with_per_point) {
    header.push_back("£/point");
  }
  header.insert(header.end(), lot.top_level.begin(), lot.top_level.end());
  std::vector<std::vector<std::string>> rows;
  for (const auto& bid : lot.bids) {
    if (bid.status != score::BidStatus::ranked) {
      continue;
    }
    std::vector<std::string> row;
    row.push_back(fmt::format("{}{}", bid.tied ? "=" : "", bid.rank.value_or(0)));
    row.push_back(util::escape_terminal(bid.bidder));
    row.push_back(points(bid.total));
    if (with_per_point) {
      row.push_back(points(bid.price_per_point));
    }
    for (const auto& id : lot.top_level) {
      const auto* c = find_points(bid, id);
      row.push_back(c ? points(c->points) : std::string("-"));
    }
    rows.push_back(std::move(row));
  }
  if (rows.empty()) {
    out << "No bid is in contention.\n";
    return;
  }
  std::vector<std::size_t> widths(header.size());
  for (std::size_t i = 0; i < header.size(); ++i) {
    widths[i] = util::utf8_length(header[i]);
    for (const auto& row : rows) {
      widths[i] = std::max(widths[i], util::utf8_length(row[i]));
    }
  }
  const auto write_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool text_column = i < 2;
      line += text_column ? pad_right(row[i], widths[i]) : pad_left(row[i], widths[i]);
      if (i + 1 < row.size()) {
        line += "  ";
      }
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out << line << '\n';
  };
  write_row(header);
  for (const auto& row : rows) {
    write_row(row);
  }
}

std::string method_name(const std::string& price_method)
{
  return price_method.empty() ? "none" : price_method;
}

// Under a lot's heading: its own price method and social value share, when its criteria
// override the tender's with different ones.
void write_lot_rules(const score::Result& result, const score::LotResult& lot, std::ostream& out)
{
  if (lot.price_method == result.price_method &&
      lot.social_value_share == result.social_value_share) {
    return;
  }
  out << "price method: " << method_name(lot.price_method)
      << "; social value: " << util::format_short(lot.social_value_share) << "% of the total\n";
}

// Under price per quality point: how each ranked bid's price per point was computed.
void write_per_point(const score::LotResult& lot, std::ostream& out)
{
  bool any = false;
  for (const auto& bid : lot.bids) {
    if (bid.price_per_point) {
      if (!any) {
        out << "\nPrice per quality point (lowest wins)\n";
        any = true;
      }
      out << "  " << util::escape_terminal(bid.bidder) << ": " << bid.price_per_point_formula
          << '\n';
    }
  }
}

void write_notes(const score::LotResult& lot, std::ostream& out)
{
  bool any = false;
  for (const auto& bid : lot.bids) {
    if (bid.status == score::BidStatus::excluded) {
      if (!any) {
        out << "\nExcluded\n";
        any = true;
      }
      out << "  " << util::escape_terminal(bid.bidder) << ": " << bid.exclusions.front().reason
          << " [" << bid.exclusions.front().rule << "]\n";
      for (std::size_t i = 1; i < bid.exclusions.size(); ++i) {
        out << "    also: " << bid.exclusions[i].reason << " [" << bid.exclusions[i].rule << "]\n";
      }
      if (!bid.stage_reached.empty()) {
        out << "    stage: stopped at " << util::quote(bid.stage_reached) << '\n';
      }
    }
  }
  any = false;
  for (const auto& bid : lot.bids) {
    for (const auto& flag : bid.flags) {
      if (!any) {
        out << "\nFlags\n";
        any = true;
      }
      out << "  " << util::escape_terminal(bid.bidder) << ": " << flag.name() << ": "
          << flag.message << '\n';
    }
  }
  any = false;
  for (const auto& bid : lot.bids) {
    if (!bid.tie_note.empty()) {
      if (!any) {
        out << "\nTies\n";
        any = true;
      }
      out << "  " << util::escape_terminal(bid.bidder) << ": " << bid.tie_note << '\n';
    }
  }
}

// Under a funding pot: the pot, what was awarded and left, and each ranked bid's funding.
void write_funding(const score::LotResult& lot, std::ostream& out)
{
  const score::Pot& pot = *lot.funding;
  out << "\nFunding: pot " << util::format_short(pot.pot) << " (rule " << pot.rule
      << "): " << util::format_short(pot.awarded) << " awarded, "
      << util::format_short(pot.remaining) << " left\n";
  for (const auto& bid : lot.bids) {
    if (!bid.funding) {
      continue;
    }
    const score::Funding& f = *bid.funding;
    out << "  " << util::escape_terminal(bid.bidder) << ": "
        << (f.funded ? "funded " + util::format_short(f.amount)
                     : std::string(f.undecided ? "undecided" : "not funded"))
        << " — " << util::escape_terminal(f.reason) << '\n';
  }
}

// Two-stage only: how many bids stopped at stage 1 and reached stage 2, and a tie at the
// shortlist's cut-off.
void write_stages(const score::Result& result, const score::LotResult& lot, std::ostream& out)
{
  out << "\nStages\n";
  for (std::size_t i = 0; i < result.stages.size(); ++i) {
    const std::string& stage = result.stages[i];
    const auto count = std::count_if(lot.bids.begin(), lot.bids.end(),
                                     [&](const auto& bid) { return bid.stage_reached == stage; });
    const bool last = i + 1 == result.stages.size();
    out << "  " << util::quote(stage) << ": " << count << " bid" << (count == 1 ? "" : "s")
        << (last ? " reached it" : " stopped here") << '\n';
  }
  if (!lot.stage_note.empty()) {
    out << "  " << util::escape_terminal(lot.stage_note) << '\n';
  }
}

} // namespace

void write_score_table(const score::Result& result, std::ostream& out)
{
  out << util::escape_terminal(result.tender) << " — " << util::escape_terminal(result.title)
      << '\n';
  if (per_point(result)) {
    out << "award: price per quality point (price ÷ total quality points, lowest wins)";
  } else {
    out << "price method: " << method_name(result.price_method);
  }
  out << "; panel aggregate: " << result.aggregate
      << "; social value: " << util::format_short(result.social_value_share) << "% of the total";
  if (!result.tie_break.empty()) {
    out << "; tie-break: " << fmt::format("{}", fmt::join(result.tie_break, ", "));
  }
  if (!result.lot_cap.empty()) {
    out << "; lots: " << result.lot_cap;
  }
  if (!result.stages.empty()) {
    out << "; stages: " << fmt::format("{}", fmt::join(result.stages, " → "));
  }
  out << '\n';
  for (const auto& lot : result.lots) {
    out << '\n';
    if (lot.lot) {
      out << "Lot " << util::escape_terminal(*lot.lot) << '\n';
      write_lot_rules(result, lot, out);
    }
    write_ranking(lot, per_point(result), out);
    if (per_point(result)) {
      write_per_point(lot, out);
    }
    if (lot.funding) {
      write_funding(lot, out);
    }
    if (!result.stages.empty()) {
      write_stages(result, lot, out);
    }
    write_notes(lot, out);
  }
}

} // namespace tenderscore::report
