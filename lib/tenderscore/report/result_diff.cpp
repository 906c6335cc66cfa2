// SPDX-License-Identifier: MIT
// Comparing two results: lots matched by id, bids by bidder, values member by member.
#include <tenderscore/report/result_diff.hpp>

#include <tenderscore/load/document.hpp>
#include <tenderscore/report/json_text.hpp>
#include <tenderscore/util/text.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ostream>
#include <set>
#include <string_view>
#include <unordered_map>

namespace tenderscore::report {

namespace {

using nlohmann::ordered_json;
using Change = Difference::Change;

constexpr const char* k_exact_suffix = "_exact";
constexpr std::size_t k_shown_text = 160; // a value longer than this is cut in text output

std::string dumped(const ordered_json& value)
{
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// A lot's id for display: its "lot" string, or none (null: the tender has no lots).
std::optional<std::string> lot_id(const ordered_json& lot)
{
  const auto found = lot.find("lot");
  if (found == lot.end() || !found->is_string()) {
    return std::nullopt;
  }
  return found->get<std::string>();
}

// The value a lot or bid is matched by ("lot" or "bidder"), compared as JSON.
const ordered_json& key_of(const ordered_json& item, const char* key)
{
  static const ordered_json none;
  if (!item.is_object()) {
    return none;
  }
  const auto found = item.find(key);
  return found == item.end() ? none : *found;
}

const ordered_json& list(const ordered_json& object, const char* key)
{
  static const ordered_json empty = ordered_json::array();
  if (!object.is_object()) {
    return empty;
  }
  const auto found = object.find(key);
  return found != object.end() && found->is_array() ? *found : empty;
}

// The difference being built: whose it is and where it lies in each file.
struct Place
{
  Difference owner; // change, in_lot, lot and bidder set; the rest filled per difference
  std::string field;
  std::string pointer_a;
  std::string pointer_b;

  Place member(const std::string& key) const
  {
    Place out = *this;
    if (!out.field.empty()) {
      out.field += '/';
    }
    out.field += key;
    const std::string reference = load::pointer_token(key);
    out.pointer_a += '/';
    out.pointer_a += reference;
    out.pointer_b += '/';
    out.pointer_b += reference;
    return out;
  }
};

class Differ
{
public:
  std::vector<Difference> differences;

  // Compare the members of objects `a` and `b` (anything else is compared whole). Members are
  // looked up through an index, so an object of many members takes linear time.
  void compare_members(const ordered_json& a, const ordered_json& b, const Place& at,
                       const std::set<std::string>& skip)
  {
    if (!a.is_object() || !b.is_object()) {
      if (a != b) {
        add(Change::changed, at, dumped(a), dumped(b));
      }
      return;
    }
    const Index in_a = index(a);
    const Index in_b = index(b);
    for (auto it = a.begin(); it != a.end(); ++it) {
      const std::string& key = it.key();
      if (skip.count(key) > 0 || is_paired_exact(key, in_a, in_b)) {
        continue;
      }
      const Place inner = at.member(key);
      const ordered_json* other = lookup(in_b, key);
      if (other == nullptr) {
        add(Change::removed, inner, dumped(*it), "");
        continue;
      }
      const ordered_json* exact_a = lookup(in_a, key + k_exact_suffix);
      const ordered_json* exact_b = lookup(in_b, key + k_exact_suffix);
      if (exact_a != nullptr && exact_b != nullptr) {
        compare_exact(*it, *exact_a, *other, *exact_b, inner);
      } else {
        compare_values(*it, *other, inner);
      }
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
      const std::string& key = it.key();
      if (skip.count(key) == 0 && lookup(in_a, key) == nullptr &&
          !is_paired_exact(key, in_a, in_b)) {
        add(Change::added, at.member(key), "", dumped(*it));
      }
    }
  }

  void compare_lots(const ordered_json& a, const ordered_json& b, const Place& at)
  {
    const ordered_json& lots_a = list(a, "lots");
    const ordered_json& lots_b = list(b, "lots");
    std::vector<bool> matched(lots_b.size(), false);
    for (std::size_t i = 0; i < lots_a.size(); ++i) {
      const ordered_json& lot = lots_a[i];
      Place place = at;
      place.owner.in_lot = true;
      place.owner.lot = lot_id(lot);
      place.pointer_a += fmt::format("/lots/{}", i);
      const std::size_t j = find(lots_b, matched, [&](const ordered_json& other) {
        return key_of(other, "lot") == key_of(lot, "lot");
      });
      if (j == lots_b.size()) {
        add(Change::removed, place, dumped(lot), "");
        continue;
      }
      place.pointer_b += fmt::format("/lots/{}", j);
      compare_members(lot, lots_b[j], place, {"lot", "bids"});
      compare_bids(lot, lots_b[j], place);
    }
    for (std::size_t j = 0; j < lots_b.size(); ++j) {
      if (!matched[j]) {
        Place place = at;
        place.owner.in_lot = true;
        place.owner.lot = lot_id(lots_b[j]);
        place.pointer_b += fmt::format("/lots/{}", j);
        add(Change::added, place, "", dumped(lots_b[j]));
      }
    }
  }

private:
  void compare_bids(const ordered_json& lot_a, const ordered_json& lot_b, const Place& lot)
  {
    const ordered_json& bids_a = list(lot_a, "bids");
    const ordered_json& bids_b = list(lot_b, "bids");
    std::vector<bool> matched(bids_b.size(), false);
    const auto bidder = [](const ordered_json& bid) {
      const ordered_json& name = key_of(bid, "bidder");
      return name.is_string() ? name.get<std::string>() : dumped(name);
    };
    for (std::size_t i = 0; i < bids_a.size(); ++i) {
      Place place = lot;
      place.owner.bidder = bidder(bids_a[i]);
      place.pointer_a += fmt::format("/bids/{}", i);
      // bidders are unique within a lot in a valid result; a repeated one pairs in order
      const std::size_t j = find(bids_b, matched, [&](const ordered_json& other) {
        return key_of(other, "bidder") == key_of(bids_a[i], "bidder");
      });
      if (j == bids_b.size()) {
        add(Change::removed, place, dumped(bids_a[i]), "");
        continue;
      }
      place.pointer_b += fmt::format("/bids/{}", j);
      compare_members(bids_a[i], bids_b[j], place, {"bidder"});
    }
    for (std::size_t j = 0; j < bids_b.size(); ++j) {
      if (!matched[j]) {
        Place place = lot;
        place.owner.bidder = bidder(bids_b[j]);
        place.pointer_b += fmt::format("/bids/{}", j);
        add(Change::added, place, "", dumped(bids_b[j]));
      }
    }
  }

  // The first item of `items` not yet matched that `same` accepts, marked matched; else size.
  template <typename Same>
  static std::size_t find(const ordered_json& items, std::vector<bool>& matched, Same same)
  {
    for (std::size_t j = 0; j < items.size(); ++j) {
      if (!matched[j] && same(items[j])) {
        matched[j] = true;
        return j;
      }
    }
    return items.size();
  }

  using Index = std::unordered_map<std::string_view, const ordered_json*>;

  static Index index(const ordered_json& object)
  {
    Index out;
    out.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it) {
      out.emplace(it.key(), &it.value());
    }
    return out;
  }

  static const ordered_json* lookup(const Index& index, const std::string& key)
  {
    const auto found = index.find(key);
    return found == index.end() ? nullptr : found->second;
  }

  // "x_exact" when both objects hold "x" and "x_exact": compared together with "x".
  static bool is_paired_exact(const std::string& key, const Index& a, const Index& b)
  {
    const std::size_t n = std::char_traits<char>::length(k_exact_suffix);
    if (key.size() <= n || key.compare(key.size() - n, n, k_exact_suffix) != 0) {
      return false;
    }
    const std::string base = key.substr(0, key.size() - n);
    return lookup(a, base) != nullptr && lookup(b, base) != nullptr && lookup(a, key) != nullptr &&
           lookup(b, key) != nullptr;
  }

  // A number the result gives both as a decimal and exactly: different when either differs
  // (the exact fractions decide a result; a decimal that disagrees with its own fraction was
  // edited by hand, which is a difference too).
  void compare_exact(const ordered_json& a, const ordered_json& exact_a, const ordered_json& b,
                     const ordered_json& exact_b, const Place& at)
  {
    if (exact_a == exact_b && a == b) {
      return;
    }
    add(Change::changed, at, dumped(a), dumped(b));
    differences.back().exact_before = exact_text(exact_a);
    differences.back().exact_after = exact_text(exact_b);
  }

  void compare_values(const ordered_json& a, const ordered_json& b, const Place& at)
  {
    if (a.is_object() && b.is_object()) {
      compare_members(a, b, at, {});
      return;
    }
    if (a != b) {
      add(Change::changed, at, dumped(a), dumped(b));
    }
  }

  static std::string exact_text(const ordered_json& exact_value)
  {
    return exact_value.is_string() ? exact_value.get<std::string>() : dumped(exact_value);
  }

  void add(Change change, const Place& at, std::string before, std::string after)
  {
    Difference d = at.owner;
    d.change = change;
    d.field = at.field;
    d.pointer_a = change == Change::added ? "" : at.pointer_a;
    d.pointer_b = change == Change::removed ? "" : at.pointer_b;
    d.before = std::move(before);
    d.after = std::move(after);
    differences.push_back(std::move(d));
  }
};

std::string owner_text(const Difference& d)
{
  const std::string lot = d.lot ? fmt::format("lot {}", util::quote(*d.lot)) : "the lot";
  if (d.bidder) {
    return d.lot ? fmt::format("bid {} in {}", util::quote(*d.bidder), lot)
                 : fmt::format("bid {}", util::quote(*d.bidder));
  }
  return d.in_lot ? lot : std::string("the result");
}

// A value for text output: escaped, and cut (at a character boundary) when long.
std::string shown(const std::string& value)
{
  if (value.size() <= k_shown_text) {
    return util::escape_terminal(value);
  }
  std::size_t end = k_shown_text - 3;
  while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0U) == 0x80U) {
    --end; // not inside a UTF-8 sequence
  }
  std::string cut = value.substr(0, end);
  cut += "...";
  return util::escape_terminal(cut);
}

ordered_json side(const std::string& pointer, const std::string& value, const std::string& exact)
{
  if (pointer.empty()) {
    return nullptr;
  }
  ordered_json out = ordered_json::object();
  out["pointer"] = pointer;
  out["value"] = ordered_json::parse(value);
  if (!exact.empty()) {
    out["exact"] = exact;
  }
  return out;
}

// A value for text output, with its exact fraction when it has one: `79.575757… (= 2626/33)`.
std::string shown(const std::string& value, const std::string& exact)
{
  return exact.empty() ? shown(value)
                       : fmt::format("{} (= {})", shown(value), util::escape_terminal(exact));
}

const char* change_name(Change change)
{
  switch (change) {
  case Change::added:
    return "added";
  case Change::removed:
    return "removed";
  case Change::changed:
    return "changed";
  }
  return "changed";
}

} // namespace

std::string result_shape_problem(const ordered_json& result, const std::string& base)
{
  if (!result.is_object()) {
    return fmt::format("{} is not an object", base.empty() ? "the document" : base);
  }
  const auto lots = result.find("lots");
  if (lots == result.end() || !lots->is_array()) {
    return fmt::format("{}/lots is not a list of lots", base);
  }
  for (std::size_t i = 0; i < lots->size(); ++i) {
    const ordered_json& lot = (*lots)[i];
    const std::string at = fmt::format("{}/lots/{}", base, i);
    if (!lot.is_object()) {
      return fmt::format("{} is not an object", at);
    }
    const auto id = lot.find("lot");
    if (id == lot.end() || !(id->is_string() || id->is_null())) {
      return fmt::format("{}/lot is not a lot id (a string, or null)", at);
    }
    const auto bids = lot.find("bids");
    if (bids == lot.end() || !bids->is_array()) {
      return fmt::format("{}/bids is not a list of bids", at);
    }
    for (std::size_t j = 0; j < bids->size(); ++j) {
      const ordered_json& bid = (*bids)[j];
      const auto bidder = bid.is_object() ? bid.find("bidder") : bid.end();
      if (!bid.is_object() || bidder == bid.end() || !bidder->is_string()) {
        return fmt::format("{}/bids/{} is not a bid with a \"bidder\" name", at, j);
      }
    }
  }
  return "";
}

ResultDiff diff_results(const ordered_json& a, const std::string& base_a, const ordered_json& b,
                        const std::string& base_b)
{
  Differ differ;
  Place root;
  root.pointer_a = base_a;
  root.pointer_b = base_b;
  if (a.is_object() && b.is_object()) {
    differ.compare_members(a, b, root, {"lots", "inputs"}); // inputs: see verify
  }
  differ.compare_lots(a, b, root);
  ResultDiff out;
  out.differences = std::move(differ.differences);
  return out;
}

void write_diff_text(const ResultDiff& diff, std::ostream& out)
{
  out << "A: " << util::escape_terminal(diff.a) << '\n'
      << "B: " << util::escape_terminal(diff.b) << '\n';
  for (const Difference& d : diff.differences) {
    out << util::escape_terminal(owner_text(d)) << ": ";
    if (!d.field.empty()) {
      out << util::escape_terminal(d.field) << ": ";
    }
    switch (d.change) {
    case Change::changed:
      out << shown(d.before, d.exact_before) << " → " << shown(d.after, d.exact_after) << " (A "
          << util::escape_terminal(d.pointer_a) << ", B " << util::escape_terminal(d.pointer_b)
          << ")\n";
      break;
    case Change::added:
      out << "only in B" << (d.field.empty() ? "" : fmt::format(": {}", shown(d.after))) << " (B "
          << util::escape_terminal(d.pointer_b) << ")\n";
      break;
    case Change::removed:
      out << "only in A" << (d.field.empty() ? "" : fmt::format(": {}", shown(d.before))) << " (A "
          << util::escape_terminal(d.pointer_a) << ")\n";
      break;
    }
  }
  const std::size_t n = diff.differences.size();
  if (n == 0) {
    out << "no differences: the results are the same\n";
  } else {
    out << n << (n == 1 ? " difference\n" : " differences\n");
  }
}

void write_diff_json(const ResultDiff& diff, std::ostream& out)
{
  ordered_json doc = ordered_json::object();
  doc["format"] = k_diff_format;
  doc["a"] = diff.a;
  doc["b"] = diff.b;
  doc["equal"] = diff.equal();
  ordered_json list = ordered_json::array();
  for (const Difference& d : diff.differences) {
    ordered_json item = ordered_json::object();
    item["change"] = change_name(d.change);
    item["scope"] = d.bidder ? "bid" : (d.in_lot ? "lot" : "result");
    if (d.in_lot) {
      item["lot"] = d.lot ? ordered_json(*d.lot) : ordered_json(nullptr);
    }
    if (d.bidder) {
      item["bidder"] = *d.bidder;
    }
    item["field"] = d.field;
    item["a"] = side(d.pointer_a, d.before, d.exact_before);
    item["b"] = side(d.pointer_b, d.after, d.exact_after);
    list.push_back(std::move(item));
  }
  doc["differences"] = std::move(list);
  out << json_escape_controls(doc.dump(2, ' ', false, ordered_json::error_handler_t::replace))
      << '\n';
}

} // namespace tenderscore::report
