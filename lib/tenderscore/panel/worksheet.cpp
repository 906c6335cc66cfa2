// SPDX-License-Identifier: MIT
// The moderation worksheet: one item per lot, question and bid, with the panel's statistics.
#include <tenderscore/panel/worksheet.hpp>

#include <algorithm>
#include <cctype>
#include <iterator>

namespace tenderscore::panel {

namespace {

using util::format_short;

bool is_blank(const std::string& text)
{
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

// Leave-one-out: each used score against the mean of the other used scores, so that a lenient
// evaluator does not pull up the benchmark they are compared with.
void set_deviations(Item& item, const Rational& sum)
{
  if (item.used < 2) {
    return;
  }
  const long others = static_cast<long>(item.used) - 1;
  for (auto& s : item.scores) {
    if (!s.conflicted) {
      s.deviation = s.score - (sum - s.score) / others;
    }
  }
}

// The engine's rules (score/panel.cpp): spread ≥ the panel's flag (and above 0); a moderated
// score outside the used scores' range. The worksheet adds a moderated score with no comment.
void set_flags(Item& item, const model::Panel& panel)
{
  if (item.spread && *item.spread > 0 && *item.spread >= panel.spread_flag.value) {
    item.flags.push_back(
        {"panel-spread", "evaluators' scores range from " + format_short(*item.low) + " to " +
                             format_short(*item.high) + " (spread " + format_short(*item.spread) +
                             ", flag at " + format_short(panel.spread_flag.value) + ")"});
  }
  if (item.moderated && item.low && (*item.moderated < *item.low || *item.moderated > *item.high)) {
    item.flags.push_back(
        {"moderated-outside-range", "moderated score " + format_short(*item.moderated) +
                                        " lies outside the evaluators' range " +
                                        format_short(*item.low) + "–" + format_short(*item.high)});
  }
  if (item.moderated && (!item.comment || is_blank(*item.comment))) {
    item.flags.push_back({"missing-rationale", "moderated score " + format_short(*item.moderated) +
                                                   " has no comment explaining it"});
  }
}

Item build_item(const std::optional<std::string>& lot, const std::string& question,
                const model::Bid& bid, const model::Panel& panel)
{
  Item item;
  item.lot = lot;
  item.question = question;
  item.bidder = bid.bidder.value;
  const model::QuestionScore* given = bid.find_score(question);
  if (!given) {
    return item; // validation reports a missing score; the worksheet shows an empty item
  }
  std::vector<Rational> used;
  Rational sum = 0;
  for (const auto& e : given->evaluators) {
    const bool conflicted = bid.conflicted(e.evaluator);
    item.scores.push_back({e.evaluator, e.score.value, conflicted, std::nullopt,
                           e.comment ? e.comment->value : std::string{}});
    if (!conflicted) {
      used.push_back(e.score.value);
      sum += e.score.value;
    }
  }
  item.used = used.size();
  if (!used.empty()) {
    item.mean = util::mean(used);
    std::vector<Rational> sorted = used;
    item.median = util::median(sorted);
    item.low = sorted.front();
    item.high = sorted.back();
    item.spread = *item.high - *item.low;
  }
  set_deviations(item, sum);
  if (given->moderated) {
    item.moderated = given->moderated->value;
  }
  if (const auto* explained = model::explanation(*given, bid, panel)) {
    item.comment = explained->value;
  }
  if (item.moderated) {
    item.score = item.moderated;
    item.score_source = "moderated";
  } else if (item.mean) {
    const bool median = panel.aggregate.value == model::Aggregate::median;
    item.score = median ? item.median : item.mean;
    item.score_source = median ? "median" : "mean";
  }
  set_flags(item, panel);
  return item;
}

// Stage 1's own questions (an expression of interest) first, then the award questions. Under
// two stages a bid stopped at stage 1 has no scores for the questions only the award stage
// uses (validation asks for none), so a question a bid has no score for is left out.
void add_lot(Worksheet& sheet, const model::Tender& tender, const std::optional<std::string>& lot,
             const std::vector<const model::Bid*>& bids)
{
  const auto add = [&](const model::Criterion& c, int) {
    if (c.kind() != model::CriterionKind::question) {
      return;
    }
    for (const model::Bid* bid : bids) {
      if (tender.stages.empty() || bid->find_score(c.id)) {
        sheet.items.push_back(build_item(lot, c.id, *bid, tender.panel));
      }
    }
  };
  model::for_each_criterion(tender.stage_criteria(), add);
  model::for_each_criterion(tender.criteria_for(lot), add);
}

// The tender's panel in order, then any evaluator the bids name that the panel does not list
// (validation rejects those; the library still shows them rather than drop their scores).
std::vector<Evaluator> evaluators_of(const model::Tender& tender, const std::vector<Item>& items)
{
  std::vector<Evaluator> result;
  for (const auto& e : tender.panel.evaluators) {
    result.push_back({e.id, e.role});
  }
  for (const auto& item : items) {
    for (const auto& s : item.scores) {
      if (std::none_of(result.begin(), result.end(),
                       [&](const Evaluator& e) { return e.id == s.evaluator; })) {
        result.push_back({s.evaluator, ""});
      }
    }
  }
  return result;
}

} // namespace

Worksheet build_worksheet(const model::Tender& tender,
                          const std::vector<const model::BidsFile*>& bids)
{
  Worksheet sheet;
  sheet.tender = tender.info.id;
  sheet.title = tender.info.title;
  sheet.aggregate = tender.panel.aggregate.value == model::Aggregate::median ? "median" : "mean";
  sheet.spread_flag = tender.panel.spread_flag.value;
  for (const auto& group : model::bids_by_lot(tender, bids)) {
    add_lot(sheet, tender, group.lot, group.bids);
  }
  sheet.evaluators = evaluators_of(tender, sheet.items);
  sheet.leniency = evaluator_leniency(sheet.items, sheet.evaluators);
  sheet.agreement = panel_agreement(sheet.items, sheet.evaluators);
  return sheet;
}

std::vector<const Item*> needing_moderation(const std::vector<Item>& items)
{
  std::vector<const Item*> result;
  for (const auto& item : items) {
    if (!item.flags.empty()) {
      result.push_back(&item);
    }
  }
  return result;
}

} // namespace tenderscore::panel
