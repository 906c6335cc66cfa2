// SPDX-License-Identifier: MIT
// Assessment summaries: who gets one, what each shows, and the explanations still missing.
#include <tenderscore/report/summaries.hpp>

#include <tenderscore/audit/sha256.hpp>
#include <tenderscore/util/text.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>

namespace tenderscore::report {

namespace {

using score::BidResult;
using score::BidStatus;
using score::LotResult;

std::string title_of(const model::Criterion& c)
{
  return c.title.empty() ? c.id : c.title;
}

// The row of criterion `c` with everything the tender says about it, before any score.
SummaryRow tender_row(const model::Tender& tender, const model::Criterion& c, int depth)
{
  SummaryRow row;
  row.id = c.id;
  row.title = title_of(c);
  row.depth = depth;
  row.weight = c.weight.value;
  switch (c.kind()) {
  case model::CriterionKind::group:
    row.kind = "group";
    break;
  case model::CriterionKind::price:
    row.kind = "price";
    break;
  case model::CriterionKind::quantity:
    row.kind = "quantity";
    row.unit = c.quantity->unit;
    row.formula = quantity_formula_text(*c.quantity);
    break;
  case model::CriterionKind::question:
    row.kind = "question";
    row.relative_to_best = c.normalise.value == model::Normalise::relative_to_best;
    if (const model::Scale* scale = c.scale ? tender.find_scale(c.scale->value) : nullptr) {
      row.scale_min = scale->min.value;
      row.scale_max = scale->max.value;
    }
    break;
  }
  return row;
}

// A ranked bid: the engine's points for every criterion.
std::vector<SummaryRow> ranked_rows(const model::Tender& tender,
                                    const std::vector<model::Criterion>& criteria,
                                    const BidResult& bid)
{
  std::vector<SummaryRow> rows;
  for (const auto& p : bid.criteria) {
    const model::Criterion* c = model::find_criterion(criteria, p.id);
    if (c == nullptr) {
      continue; // cannot happen: the engine scored these criteria
    }
    SummaryRow row = tender_row(tender, *c, p.depth);
    row.points = p.points;
    row.score = p.score;
    row.score_source = p.score_source;
    row.price = p.price;
    row.explanation = p.comment;
    if (p.kind == "quantity") {
      row.value = p.value;
      row.formula += "; " + p.formula;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

// An excluded bid gets no points from the engine (BidResult::criteria is empty), so its
// question scores and comments come from the panel worksheet, which holds every bid's.
// The panel worksheet's items by (lot, bidder), then question: built once per run of summaries.
using ItemIndex = std::map<std::pair<std::optional<std::string>, std::string>,
                           std::map<std::string, const panel::Item*>>;

ItemIndex index_items(const panel::Worksheet& worksheet)
{
  ItemIndex index;
  for (const auto& item : worksheet.items) {
    index[{item.lot, item.bidder}].emplace(item.question, &item);
  }
  return index;
}

std::vector<SummaryRow> excluded_rows(const Evaluation& e, const ItemIndex& index,
                                      const std::vector<model::Criterion>& criteria,
                                      const LotResult& lot, const BidResult& bid)
{
  static const std::map<std::string, const panel::Item*> none;
  const auto of_bid = index.find({lot.lot, bid.bidder});
  const auto& items = of_bid == index.end() ? none : of_bid->second;
  std::vector<SummaryRow> rows;
  model::for_each_criterion(criteria, [&](const model::Criterion& c, int depth) {
    SummaryRow row = tender_row(e.tender, c, depth);
    if (c.kind() == model::CriterionKind::price) {
      row.price = bid.price;
    }
    for (const auto& [id, value] : bid.values) {
      if (c.kind() == model::CriterionKind::quantity && id == c.id) {
        row.value = value;
      }
    }
    const auto found = items.find(c.id);
    if (c.kind() == model::CriterionKind::question && found != items.end()) {
      row.score = found->second->score;
      row.score_source = found->second->score_source;
      row.explanation = found->second->comment.value_or("");
    }
    rows.push_back(std::move(row));
  });
  return rows;
}

SummaryBid summary_bid(const Evaluation& e, const ItemIndex& index, const LotResult& lot,
                       const BidResult& bid)
{
  const std::vector<model::Criterion>& criteria = e.tender.criteria_for(lot.lot);
  SummaryBid out;
  out.bidder = bid.bidder;
  out.ranked = bid.status == BidStatus::ranked;
  out.rank = bid.rank;
  out.tied = bid.tied;
  out.successful = out.ranked && bid.rank == 1 && !bid.tied; // a tie for first decides nothing
  if (bid.funding) { // under a funding pot, success is funding, whatever the rank
    out.funding = bid.funding;
    out.successful = bid.funding->funded;
  }
  out.total = bid.total;
  out.price = bid.price;
  out.exclusions = bid.exclusions;
  out.rows = out.ranked ? ranked_rows(e.tender, criteria, bid)
                        : excluded_rows(e, index, criteria, lot, bid);
  return out;
}

std::string lot_title(const model::Tender& tender, const std::optional<std::string>& lot)
{
  for (const auto& l : tender.lots) {
    if (lot && l.id == *lot) {
      return l.title.empty() ? l.id : l.title;
    }
  }
  return lot.value_or("");
}

// What every summary of one lot shares, computed once per lot (not once per bid: a round of
// 10,000 applications made that quadratic).
LotSummary lot_common(const Evaluation& e, const ItemIndex& index, const LotResult& lot)
{
  const score::Result& result = e.result;
  LotSummary out;
  out.lot = lot.lot;
  out.lot_title = lot_title(e.tender, lot.lot);
  for (const auto& other : lot.bids) {
    out.bids_in_final_stage += reached_final_stage(result, other) ? 1U : 0U;
    out.ranked += other.status == BidStatus::ranked ? 1U : 0U;
    if (other.status == BidStatus::ranked && other.rank == 1) {
      out.winners.push_back(summary_bid(e, index, lot, other));
    }
  }
  return out;
}

// `common` completed for `bid`: its own rows, and the winners unless it is the one successful.
LotSummary lot_summary(const Evaluation& e, const ItemIndex& index, const LotSummary& common,
                       const LotResult& lot, const BidResult& bid)
{
  LotSummary out;
  out.lot = common.lot;
  out.lot_title = common.lot_title;
  out.bids_in_final_stage = common.bids_in_final_stage;
  out.ranked = common.ranked;
  out.bid = summary_bid(e, index, lot, bid);
  if (!out.bid.successful) {
    out.winners = common.winners;
  }
  return out;
}

// The first bid of each (bidder, lot) over `bids`, in file order, and the first of each bidder.
class BidIndex
{
public:
  explicit BidIndex(const std::vector<const model::BidsFile*>& bids)
  {
    for (const model::BidsFile* file : bids) {
      if (file == nullptr) {
        continue;
      }
      for (const auto& bid : file->bids) {
        std::optional<std::string> lot;
        if (bid.lot) {
          lot = bid.lot->value;
        }
        m_by_lot.emplace(std::make_pair(bid.bidder.value, std::move(lot)), &bid);
        m_by_bidder.emplace(bid.bidder.value, &bid);
      }
    }
  }

  /// The bid of `bidder` in `lot`, or the bidder's first bid when `lot` is empty.
  const model::Bid* find(const std::string& bidder, const std::optional<std::string>& lot) const
  {
    if (!lot) {
      const auto it = m_by_bidder.find(bidder);
      return it == m_by_bidder.end() ? nullptr : it->second;
    }
    const auto it = m_by_lot.find(std::make_pair(bidder, lot));
    return it == m_by_lot.end() ? nullptr : it->second;
  }

private:
  std::map<std::pair<std::string, std::optional<std::string>>, const model::Bid*> m_by_lot;
  std::map<std::string, const model::Bid*> m_by_bidder;
};

bool blank(const std::string& text)
{
  return std::all_of(text.begin(), text.end(),
                     [](char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; });
}

std::string slug(const std::string& name)
{
  std::string out;
  bool dash = false;
  for (char ch : name) {
    const auto u = static_cast<unsigned char>(ch);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      out += ch;
      dash = false;
    } else if (u >= 'A' && u <= 'Z') {
      out += static_cast<char>(u - 'A' + 'a');
      dash = false;
    } else if (!dash && !out.empty()) {
      out += '-';
      dash = true;
    }
    if (out.size() >= 40) {
      break;
    }
  }
  while (!out.empty() && out.back() == '-') {
    out.pop_back();
  }
  return out.empty() ? "bidder" : out;
}

} // namespace

bool reached_final_stage(const score::Result& result, const score::BidResult& bid)
{
  if (!result.stages.empty() && bid.stage_reached != result.stages.back()) {
    return false;
  }
  return std::none_of(bid.exclusions.begin(), bid.exclusions.end(),
                      [](const auto& x) { return x.rule == "gate" || x.rule == "shortlist"; });
}

std::vector<AssessmentSummary> assessment_summaries(const Evaluation& evaluation)
{
  std::vector<AssessmentSummary> out;
  std::unordered_map<std::string, std::size_t> position; // bidder -> index in `out`
  const ItemIndex items = index_items(evaluation.worksheet);
  for (const auto& lot : evaluation.result.lots) {
    const LotSummary common = lot_common(evaluation, items, lot);
    for (const auto& bid : lot.bids) {
      if (!reached_final_stage(evaluation.result, bid)) {
        continue;
      }
      const auto [it, added] = position.emplace(bid.bidder, out.size());
      if (added) {
        out.push_back({bid.bidder, {}});
      }
      out[it->second].lots.push_back(lot_summary(evaluation, items, common, lot, bid));
    }
  }
  return out;
}

std::vector<diag::Diagnostic> summary_gaps(const Evaluation& evaluation,
                                           const std::vector<const model::BidsFile*>& bids)
{
  diag::Diagnostics gaps;
  const BidIndex index(bids);
  for (const auto& summary : assessment_summaries(evaluation)) {
    for (const auto& lot : summary.lots) {
      const model::Bid* bid = index.find(summary.bidder, lot.lot);
      if (bid == nullptr) {
        continue; // cannot happen: every scored bid comes from `bids`
      }
      if (lot.bid.funding && lot.bid.funding->undecided) {
        gaps.error(bid->where, "summary.undecided-funding",
                   "the funding of bidder " + util::quote(summary.bidder) +
                       (lot.lot ? " in lot " + util::quote(*lot.lot) : std::string{}) +
                       " is undecided (" + lot.bid.funding->reason +
                       "), so no summary can say whether it is funded; resolve the tie first");
      } else if (lot.bid.ranked && lot.bid.rank == 1 && lot.bid.tied && !lot.bid.funding) {
        gaps.error(bid->where, "summary.undecided-award",
                   "bidder " + util::quote(summary.bidder) + " is tied for first place" +
                       (lot.lot ? " in lot " + util::quote(*lot.lot) : std::string{}) +
                       " after the tie-break: the award is undecided, so no summary can say who "
                       "won; resolve the tie first");
      }
      for (const auto& row : lot.bid.rows) {
        if (row.kind != "question" || !blank(row.explanation)) {
          continue;
        }
        const model::QuestionScore* given = bid->find_score(row.id);
        if (given != nullptr &&
            model::explanation(*given, *bid, evaluation.tender.panel) != nullptr) {
          continue;
        }
        gaps.error(given != nullptr ? given->where : bid->where, "summary.missing-explanation",
                   "no explanation (comment) for question " + util::quote(row.id) + " of bidder " +
                       util::quote(summary.bidder) +
                       (lot.lot ? " in lot " + util::quote(*lot.lot) : std::string{}) +
                       ": an assessment summary must explain every score");
      }
    }
  }
  return gaps.sorted();
}

std::string summary_file_name(const std::string& bidder, const std::string& extension)
{
  return "summary-" + slug(bidder) + "-" + audit::sha256_hex(bidder).substr(0, 8) + "." + extension;
}

std::vector<std::string> summary_file_names(const std::vector<AssessmentSummary>& summaries,
                                            const std::string& extension)
{
  std::vector<std::string> names;
  std::map<std::string, int> uses;
  for (const auto& s : summaries) {
    names.push_back(summary_file_name(s.bidder, extension));
    ++uses[names.back()];
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (uses[names[i]] > 1) {
      names[i] = "summary-" + slug(summaries[i].bidder) + "-" +
                 audit::sha256_hex(summaries[i].bidder) + "." + extension;
    }
  }
  return names;
}

} // namespace tenderscore::report
