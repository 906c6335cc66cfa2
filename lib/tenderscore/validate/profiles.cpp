// SPDX-License-Identifier: MIT
#include <tenderscore/util/text.hpp>
#include <tenderscore/validate/rules.hpp>

#include <fmt/format.h>

namespace tenderscore::validate {

namespace {

struct ProfileName
{
  Profile profile;
  const char* name;
};

constexpr ProfileName k_profiles[] = {
  {Profile::standard, "default"},
  {Profile::uk_central_government, "uk-central-government"},
};

// The least share of the total, in percent, that PPN 06/20 gives social value.
constexpr int k_uk_social_value_minimum = 10;

} // namespace

std::optional<Profile> parse_profile(std::string_view name)
{
  for (const auto& entry : k_profiles) {
    if (name == entry.name) {
      return entry.profile;
    }
  }
  return std::nullopt;
}

const char* profile_name(Profile profile)
{
  for (const auto& entry : k_profiles) {
    if (entry.profile == profile) {
      return entry.name;
    }
  }
  return "default";
}

namespace detail {

namespace {

// Add the weights of the outermost social value criteria of `criteria` to `share`.
void add_social_value(const std::vector<model::Criterion>& criteria, Rational& share,
                      const model::Criterion*& first)
{
  for (const auto& c : criteria) {
    if (c.social_value) {
      share += c.weight.value;
      first = first ? first : &c;
    } else {
      add_social_value(c.children, share, first);
    }
  }
}

} // namespace

void check_social_value(const model::Tender& tender, Profile profile, Diagnostics& diags)
{
  for (const auto& tree : trees_of(tender)) {
    Rational share = 0;
    const model::Criterion* first = nullptr;
    add_social_value(tree.criteria, share, first);
    if (profile == Profile::standard && !first) {
      diags.warning(tree.fallback, "social-value.missing",
                    fmt::format("no criterion{} is marked social_value: the Public Services "
                                "(Social Value) Act 2012 requires commissioners to consider "
                                "social value",
                                tree.context));
    }
    if (profile == Profile::uk_central_government && share < k_uk_social_value_minimum) {
      diags.error(first ? first->weight.where : tree.fallback, "profile.social-value",
                  fmt::format("social value carries {}% of the total{}; the {} profile "
                              "(PPN 06/20) requires at least {}%",
                              util::format_short(share), tree.context, profile_name(profile),
                              k_uk_social_value_minimum));
    }
  }
}

} // namespace detail

} // namespace tenderscore::validate
