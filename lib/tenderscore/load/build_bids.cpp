// SPDX-License-Identifier: MIT
#include <tenderscore/load/build.hpp>

#include <tenderscore/load/reader.hpp>

namespace tenderscore::load {

namespace {

using detail::Reader;

model::QuestionScore question_score(Reader& r, const std::string& question, const std::string& p)
{
  model::QuestionScore score;
  score.question = question;
  score.where = r.key_at(p);
  for (const auto& [evaluator, e] : r.members(p + "/evaluators")) {
    score.evaluators.push_back({evaluator, r.required_number(e), r.key_at(e), std::nullopt});
  }
  score.moderated = r.number(p + "/moderated");
  score.comment = r.located_text(p + "/comment");
  return score;
}

model::Bid bid(Reader& r, const std::string& p)
{
  model::Bid bid;
  bid.bidder = r.located_text(p + "/bidder").value_or(model::Located<std::string>{});
  bid.where = r.value_at(p);
  bid.lot = r.located_text(p + "/lot");
  bid.price = r.number(p + "/price");
  bid.organisation = r.located_text(p + "/organisation");
  for (const auto& [gate, g] : r.members(p + "/gates")) {
    const std::string answer = r.text(g);
    if (answer != "pass" && answer != "fail") {
      r.wrong(g, "pass or fail");
      continue;
    }
    bid.gates.push_back({gate, answer == "pass", r.value_at(g)});
  }
  for (const auto& [question, q] : r.members(p + "/scores")) {
    bid.scores.push_back(question_score(r, question, q));
  }
  for (const auto& [criterion, v] : r.members(p + "/values")) {
    bid.values.push_back({criterion, r.required_number(v), r.key_at(v)});
  }
  for (const auto& c : r.items(p + "/conflicts")) {
    if (auto evaluator = r.located_text(c)) {
      bid.conflicts.push_back(std::move(*evaluator));
    }
  }
  for (const auto& [kpi, k] : r.members(p + "/commitments/kpis")) {
    bid.kpi_commitments.push_back({kpi, r.required_number(k), r.key_at(k)});
  }
  return bid;
}

} // namespace

model::BidsFile build_bids(const Document& document, diag::Diagnostics& diags)
{
  Reader r(document, diags);
  model::BidsFile file;
  file.source = document.source;
  file.tender = r.located_text("/tender").value_or(model::Located<std::string>{});
  for (const auto& p : r.items("/bids")) {
    file.bids.push_back(bid(r, p));
  }
  return file;
}

} // namespace tenderscore::load
