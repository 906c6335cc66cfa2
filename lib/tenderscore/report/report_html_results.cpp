// SPDX-License-Identifier: MIT
// The HTML report's results per lot: ranking, chart, points per criterion, exclusions, flags.
#include <tenderscore/report/html_charts.hpp>
#include <tenderscore/report/html_parts.hpp>
#include <tenderscore/report/html_sections.hpp>
#include <tenderscore/report/html_shown.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

namespace tenderscore::report {

namespace {

using namespace html_parts;

bool per_point(const score::Result& result)
{
  return result.award == "price-per-quality-point";
}

std::string rank_text(const score::BidResult& bid)
{
  return fmt::format("{}{}", bid.tied ? "=" : "", bid.rank.value_or(0));
}

void write_benchmarks(const score::LotResult& lot, std::ostream& out)
{
  const auto& b = lot.benchmarks;
  if (!b.lowest) {
    return;
  }
  out << "<p class=\"note\">Prices of the bids in contention: lowest " << fixed(b.lowest)
      << ", highest " << fixed(b.highest) << ", median " << fixed(b.median);
  if (b.abnormally_low_below) {
    out << "; a price below " << fixed(b.abnormally_low_below) << " is abnormally low";
  }
  out << ".</p>\n";
}

void write_ranking(const Evaluation& e, const score::LotResult& lot, std::ostream& out)
{
  const bool ppqp = per_point(e.result);
  out << "<table class=\"ranking\">\n<thead><tr><th class=\"num\">Rank</th><th>Bidder</th>"
         "<th class=\"num\">Total</th>"
      << (ppqp ? "<th class=\"num\">Price per point</th>" : "");
  for (const auto& id : lot.top_level) {
    out << "<th class=\"num\">" << html_escape(criterion_title(e.tender, lot.lot, id)) << "</th>";
  }
  out << "<th class=\"num\">Price</th><th>Flags</th></tr></thead>\n<tbody>\n";
  for (const score::BidResult* shown : shown_bids(lot)) {
    const score::BidResult& bid = *shown;
    out << "<tr" << (bid.rank == 1 ? " class=\"winner\"" : "") << "><td class=\"num\">"
        << rank_text(bid) << "</td><td>" << html_escape(bid.bidder) << "</td><td class=\"num\">"
        << fixed(bid.total) << "</td>"
        << (ppqp ? "<td class=\"num\">" + fixed(bid.price_per_point) + "</td>" : "");
    for (const auto& id : lot.top_level) {
      const auto* c = find_points(bid, id);
      out << "<td class=\"num\">" << (c != nullptr ? fixed(c->points) : "–") << "</td>";
    }
    std::string flags;
    for (const auto& f : bid.flags) {
      flags += (flags.empty() ? "" : ", ") + html_escape(f.name());
    }
    out << "<td class=\"num\">" << fixed(bid.price) << "</td><td>" << flags << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  if (const std::size_t ranked = ranked_count(lot); ranked > k_html_full) {
    out << "<p class=\"note\">" << html_escape(cut_note(ranked)) << "</p>\n";
  }
}

std::string score_text(const score::CriterionPoints& c)
{
  if (c.score) {
    return util::format_short(*c.score) + (c.score_source.empty() ? "" : " " + c.score_source);
  }
  return c.price ? "price " + util::format_short(*c.price) : "";
}

void write_bid_points(const Evaluation& e, const score::LotResult& lot, const score::BidResult& bid,
                      std::ostream& out)
{
  out << "<table class=\"points\">\n<caption>" << rank_text(bid) << ". " << html_escape(bid.bidder)
      << ": total " << fixed(bid.total) << "</caption>\n<thead><tr>"
      << "<th>Criterion</th><th class=\"num\">Weight</th><th class=\"num\">Score</th>"
         "<th class=\"num\">Points</th><th>How</th></tr></thead>\n<tbody>\n";
  for (const auto& c : bid.criteria) {
    out << "<tr class=\"" << c.kind
        << "\"><td style=\"padding-left:" << fmt::format("{}", 0.5 + 1.5 * c.depth) << "em\">"
        << html_escape(criterion_title(e.tender, lot.lot, c.id))
        << (c.social_value ? " <span class=\"badge\">social value</span>" : "")
        << "</td><td class=\"num\">" << util::format_short(c.weight) << "</td><td class=\"num\">"
        << html_escape(score_text(c)) << "</td><td class=\"num\">"
        << util::format_fixed(c.points, 2) << "</td><td><span class=\"formula\">"
        << html_escape(c.formula) << "</span>";
    if (!c.comment.empty()) {
      out << "<span class=\"comment\">" << html_escape(c.comment) << "</span>";
    }
    out << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  if (!bid.price_per_point_formula.empty()) {
    out << "<p class=\"note\">Price per quality point: " << html_escape(bid.price_per_point_formula)
        << "</p>\n";
  }
  if (!bid.tie_note.empty()) {
    out << "<p class=\"note\">Tie: " << html_escape(bid.tie_note) << "</p>\n";
  }
}

void write_exclusions(const score::LotResult& lot, std::ostream& out)
{
  const bool any = std::any_of(lot.bids.begin(), lot.bids.end(), [](const auto& bid) {
    return bid.status == score::BidStatus::excluded;
  });
  out << "<h4>Exclusions</h4>\n";
  if (!any) {
    out << "<p>No bid was excluded.</p>\n";
    return;
  }
  out << "<table class=\"exclusions\">\n<thead><tr><th>Bidder</th><th>Reasons (the first "
         "decides)</th><th>Stage reached</th></tr></thead>\n<tbody>\n";
  for (const auto& bid : lot.bids) {
    if (bid.status != score::BidStatus::excluded) {
      continue;
    }
    out << "<tr><td>" << html_escape(bid.bidder) << "</td><td><ol class=\"reasons\">";
    for (std::size_t i = 0; i < bid.exclusions.size(); ++i) {
      const auto& x = bid.exclusions[i];
      out << "<li" << (i == 0 ? " class=\"decisive\"" : "") << ">" << html_escape(x.reason)
          << " <code>[" << html_escape(x.rule) << "]</code></li>";
    }
    out << "</ol></td><td>" << (bid.stage_reached.empty() ? "–" : html_escape(bid.stage_reached))
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_flags(const score::LotResult& lot, std::ostream& out)
{
  out << "<h4>Flags</h4>\n";
  bool any = false;
  for (const auto& bid : lot.bids) {
    for (const auto& f : bid.flags) {
      if (!any) {
        out << "<table class=\"flags\">\n<thead><tr><th>Bidder</th><th>Flag</th><th>What to look "
               "at</th></tr></thead>\n<tbody>\n";
        any = true;
      }
      out << "<tr><td>" << html_escape(bid.bidder) << "</td><td><code>" << html_escape(f.name())
          << "</code></td><td>" << html_escape(f.message) << "</td></tr>\n";
    }
  }
  out << (any ? "</tbody>\n</table>\n" : "<p>No bid is flagged.</p>\n");
}

// Under a funding pot: the pot, and the request and funding of each ranked bid shown.
void write_funding(const score::LotResult& lot, std::ostream& out)
{
  const score::Pot& pot = *lot.funding;
  out << "<h4>Funding</h4>\n<p>Pot " << util::format_short(pot.pot) << " (rule "
      << html_escape(pot.rule) << "): " << util::format_short(pot.awarded) << " awarded, "
      << util::format_short(pot.remaining) << " left.</p>\n";
  out << "<table>\n<thead><tr><th>Rank</th><th>Bidder</th><th>Organisation</th><th>Request</th>"
         "<th>Funding</th><th>Amount</th><th>Reason</th></tr></thead>\n<tbody>\n";
  for (const score::BidResult* bid : shown_bids(lot)) {
    if (!bid->funding) {
      continue;
    }
    const score::Funding& f = *bid->funding;
    out << "<tr><td>" << (bid->rank ? std::to_string(*bid->rank) : "-") << "</td><td>"
        << html_escape(bid->bidder) << "</td><td>" << html_escape(bid->organisation) << "</td><td>"
        << (bid->price ? util::format_fixed(*bid->price, 2) : "") << "</td><td>"
        << (f.funded ? "funded" : (f.undecided ? "undecided" : "not funded")) << "</td><td>"
        << util::format_fixed(f.amount, 2) << "</td><td>" << html_escape(f.reason)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_stages(const score::Result& result, const score::LotResult& lot, std::ostream& out)
{
  out << "<h4>Stages</h4>\n<ul>\n";
  for (std::size_t i = 0; i < result.stages.size(); ++i) {
    const std::string& stage = result.stages[i];
    const auto count = std::count_if(lot.bids.begin(), lot.bids.end(),
                                     [&](const auto& bid) { return bid.stage_reached == stage; });
    const bool last = i + 1 == result.stages.size();
    out << "<li><code>" << html_escape(stage) << "</code>: " << count << " bid"
        << (count == 1 ? "" : "s") << (last ? " reached it" : " stopped here") << "</li>\n";
  }
  out << "</ul>\n";
  if (!lot.stage_note.empty()) {
    out << "<p class=\"note\">" << html_escape(lot.stage_note) << "</p>\n";
  }
}

void write_lot(const Evaluation& e, const score::LotResult& lot, std::ostream& out)
{
  if (lot.lot) {
    out << "<h3>" << lot_name(e.tender, lot.lot) << "</h3>\n";
  }
  if (lot.lot && (lot.price_method != e.result.price_method ||
                  lot.social_value_share != e.result.social_value_share)) {
    out << "<p>Price method: " << (lot.price_method.empty() ? "none" : lot.price_method)
        << "; social value: " << util::format_short(lot.social_value_share)
        << "% of the total.</p>\n";
  }
  const bool ranked = std::any_of(lot.bids.begin(), lot.bids.end(), [](const auto& bid) {
    return bid.status == score::BidStatus::ranked;
  });
  if (!ranked) {
    out << "<p>No bid is in contention.</p>\n";
  } else {
    write_ranking(e, lot, out);
    if (lot.funding) {
      write_funding(lot, out);
    }
    write_benchmarks(lot, out);
    write_points_chart(e.tender, lot, out);
    out << "<h4>Points per criterion</h4>\n";
    for (const score::BidResult* bid : shown_bids(lot)) {
      write_bid_points(e, lot, *bid, out);
    }
  }
  if (!e.result.stages.empty()) {
    write_stages(e.result, lot, out);
  }
  write_exclusions(lot, out);
  write_flags(lot, out);
}

} // namespace

void write_results_html(const Evaluation& e, std::ostream& out)
{
  const score::Result& r = e.result;
  out << "<section id=\"results\">\n<h2>Results</h2>\n<p>";
  if (per_point(r)) {
    out << "Award on price per quality point: price ÷ total quality points, lowest wins.";
  } else {
    out << "Award on the highest weighted total; price method: "
        << (r.price_method.empty() ? "none" : r.price_method) << ".";
  }
  out << " Question scores: moderated, else the " << r.aggregate
      << " of the evaluators' scores. Social value: " << util::format_short(r.social_value_share)
      << "% of the total.";
  if (!r.tie_break.empty()) {
    out << " Ties on the total are broken by: "
        << html_escape(fmt::format("{}", fmt::join(r.tie_break, ", ")))
        << "; a tie that survives is shared.";
  }
  if (!r.lot_cap.empty()) {
    out << " Lots: " << html_escape(r.lot_cap) << ".";
  }
  out << "</p>\n";
  for (const auto& lot : r.lots) {
    write_lot(e, lot, out);
  }
  out << "</section>\n";
}

} // namespace tenderscore::report
