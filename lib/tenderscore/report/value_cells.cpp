// SPDX-License-Identifier: MIT
#include <tenderscore/report/value_cells.hpp>

#include <fmt/format.h>

namespace tenderscore::report::detail {

namespace {

using util::format_short;
using util::Rational;

constexpr int k_written_years = 6;

std::string share(const Rational& value)
{
  return fmt::format("(1 − {})", format_short(value));
}

std::string per_participant_formula(const Rational& total, const Rational& participants,
                                    const Rational& result)
{
  return fmt::format("{} ÷ {} = {}", money(total), format_short(participants), money(result));
}

} // namespace

std::string money(const Rational& value)
{
  return util::format_fixed(value, 2);
}

std::string year_one_formula(const value::OutcomeValue& o)
{
  const auto& a = o.adjustments;
  return fmt::format("{} × {} × {} × {} × {} = {}", format_short(o.quantity),
                     format_short(o.proxy.value.value), share(a.deadweight), share(a.attribution),
                     share(a.displacement), money(o.year_one));
}

std::string present_value_formula(const value::OutcomeValue& o)
{
  const auto& a = o.adjustments;
  const std::string base = format_short(1 + a.rate);
  if (o.years.size() > k_written_years) {
    return fmt::format("Σ t=1..{} of {} × (1 − {})^(t − 1) ÷ {}^t = {}", o.years.size(),
                       money(o.year_one), format_short(a.drop_off), base, money(o.present_value));
  }
  std::string terms;
  for (const auto& y : o.years) {
    terms += fmt::format("{}{} ÷ {}^{}", terms.empty() ? "" : " + ", money(y.value), base, y.year);
  }
  return fmt::format("{} = {}", terms, money(o.present_value));
}

std::vector<ValueLine> value_lines(const value::ValueResult& result)
{
  std::vector<ValueLine> lines;
  const auto& v = result.vfm;
  const auto agency_lines = [&](const std::vector<value::AgencyLine>& agencies, const char* what) {
    for (const auto& a : agencies) {
      std::string formula;
      if (a.given_per_participant && v.participants) {
        formula = fmt::format("{} × {} participants = {}", money(*a.per_participant),
                              format_short(*v.participants), money(a.total));
      }
      lines.push_back({"vfm", a.agency, what, a.total, formula});
      if (a.per_participant && !a.given_per_participant) {
        lines.push_back({"vfm", a.agency, std::string(what) + " per participant",
                         *a.per_participant,
                         per_participant_formula(a.total, *v.participants, *a.per_participant)});
      } else if (a.per_participant) {
        lines.push_back({"vfm", a.agency, std::string(what) + " per participant",
                         *a.per_participant, "as given"});
      }
    }
  };
  agency_lines(v.costs, "pays");
  agency_lines(v.savings, "saves");
  lines.push_back({"vfm", "total", "investment", v.investment, "Σ what each agency pays"});
  lines.push_back({"vfm", "total", "savings", v.total_savings, "Σ what each agency saves"});
  lines.push_back({"vfm", "total", "net benefit", v.net_benefit,
                   fmt::format("savings − investment = {} − {} = {}", money(v.total_savings),
                               money(v.investment), money(v.net_benefit))});
  if (v.participants) {
    lines.push_back({"vfm", "total", "participants", *v.participants, "as given"});
    lines.push_back(
        {"vfm", "total", "cost per participant", *v.cost_per_participant,
         per_participant_formula(v.investment, *v.participants, *v.cost_per_participant)});
    lines.push_back(
        {"vfm", "total", "savings per participant", *v.savings_per_participant,
         per_participant_formula(v.total_savings, *v.participants, *v.savings_per_participant)});
    lines.push_back(
        {"vfm", "total", "net benefit per participant", *v.net_benefit_per_participant,
         per_participant_formula(v.net_benefit, *v.participants, *v.net_benefit_per_participant)});
  }
  if (v.savings_per_pound) {
    lines.push_back({"vfm", "total", "savings per 1 invested", *v.savings_per_pound,
                     fmt::format("{} ÷ {} = {}", money(v.total_savings), money(v.investment),
                                 money(*v.savings_per_pound))});
  }
  const auto& s = result.sroi;
  std::string sum_terms;
  for (const auto& o : s.outcomes) {
    lines.push_back({"outcome", o.id, "year 1 value", o.year_one, year_one_formula(o)});
    lines.push_back({"outcome", o.id, "present value", o.present_value, present_value_formula(o)});
    sum_terms += fmt::format("{}{}", sum_terms.empty() ? "" : " + ", money(o.present_value));
  }
  lines.push_back({"sroi", "total", "present value", s.present_value,
                   fmt::format("{} = {}", sum_terms, money(s.present_value))});
  lines.push_back({"sroi", "total", "investment", s.investment, "Σ what each agency pays"});
  lines.push_back({"sroi", "total", "net present value", s.net_present_value,
                   fmt::format("{} − {} = {}", money(s.present_value), money(s.investment),
                               money(s.net_present_value))});
  if (s.ratio) {
    lines.push_back({"sroi", "total", "ratio", *s.ratio,
                     fmt::format("present value ÷ investment = {} ÷ {} = {} : 1",
                                 money(s.present_value), money(s.investment), money(*s.ratio))});
  }
  if (result.sensitivity) {
    const auto add = [&](const value::Scenario& sc) {
      lines.push_back({"sensitivity", sc.assumption, "low ratio", sc.low_ratio, sc.low_change});
      lines.push_back({"sensitivity", sc.assumption, "high ratio", sc.high_ratio, sc.high_change});
    };
    for (const auto& sc : result.sensitivity->one_way) {
      add(sc);
    }
    add(result.sensitivity->corners);
  }
  return lines;
}

std::string range_sentence(const value::Sensitivity& sensitivity)
{
  const auto& c = sensitivity.corners;
  std::string most;
  if (!sensitivity.one_way.empty()) {
    const auto& top = sensitivity.one_way.front();
    most = fmt::format("; {} moves it most ({} to {})", top.assumption, money(top.low_ratio),
                       money(top.high_ratio));
  }
  return fmt::format("The ratio ranges from {} : 1 (every assumption at its low) to {} : 1 "
                     "(every one at its high){}.",
                     money(c.low_ratio), money(c.high_ratio), most);
}

} // namespace tenderscore::report::detail
