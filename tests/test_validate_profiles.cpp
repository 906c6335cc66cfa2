// SPDX-License-Identifier: MIT
#include "validate_test_support.hpp"

#include <doctest/doctest.h>

using namespace tenderscore;
using test::check;
using test::rendered;
using validate::Profile;

TEST_CASE("validate::parse_profile")
{
  CHECK(validate::parse_profile("default") == Profile::standard);
  CHECK(validate::parse_profile("uk-central-government") == Profile::uk_central_government);
  CHECK_FALSE(validate::parse_profile("uk"));
  CHECK_FALSE(validate::parse_profile(""));
  CHECK(std::string(validate::profile_name(Profile::standard)) == "default");
  CHECK(std::string(validate::profile_name(Profile::uk_central_government)) ==
        "uk-central-government");
}

TEST_CASE("validate::check_tender profiles")
{
  model::Tender t = test::waste_tender();
  model::Criterion& price = t.criteria[0];
  model::Criterion& social = t.criteria[2];

  SUBCASE("the waste tender gives social value 5%: below the uk-central-government minimum")
  {
    const auto d = check(t, Profile::uk_central_government);
    CHECK(d.count(diag::Severity::error) == 1);
    CHECK(rendered(d, "profile.social-value") ==
          "t.yaml:47:13: error: social value carries 5% of the total; the uk-central-government "
          "profile (PPN 06/20) requires at least 10% [profile.social-value]");
    CHECK(rendered(d) == rendered(d, "outcomes.too-few-kpis") + "\n" +
                             rendered(d, "price.method-risk") + "\n" +
                             rendered(d, "profile.social-value"));
  }
  SUBCASE("profile.social-value passes at exactly 10%, counting outermost criteria only")
  {
    price.weight.value = 35;
    social.weight.value = 10;
    social.children[0].weight.value = 10;
    social.children[0].social_value = true; // nested: already inside a social value group
    CHECK(rendered(check(t, Profile::uk_central_government)) ==
          rendered(check(t), "outcomes.too-few-kpis") + "\n" +
              rendered(check(t), "price.method-risk"));
  }
  SUBCASE("social-value.missing")
  {
    CHECK(rendered(check(t), "social-value.missing").empty());
    social.social_value = false;
    CHECK(rendered(check(t), "social-value.missing") ==
          "t.yaml:4:7: warning: no criterion is marked social_value: the Public Services (Social "
          "Value) Act 2012 requires commissioners to consider social value "
          "[social-value.missing]");
    const auto uk = check(t, Profile::uk_central_government);
    CHECK(rendered(uk, "social-value.missing").empty());
    CHECK(rendered(uk, "profile.social-value") ==
          "t.yaml:4:7: error: social value carries 0% of the total; the uk-central-government "
          "profile (PPN 06/20) requires at least 10% [profile.social-value]");
  }
  SUBCASE("each lot's own criteria are held to the profile")
  {
    t = test::waste_tender_with_lots();
    CHECK(rendered(check(t), "social-value.missing").empty());
    CHECK(rendered(check(t, Profile::uk_central_government), "profile.social-value") ==
          "t.yaml:47:13: error: social value carries 5% of the total; the uk-central-government "
          "profile (PPN 06/20) requires at least 10% [profile.social-value]");
    auto& south = *t.lots[1].criteria;
    south[0].weight.value = 35;
    south[2].weight.value = 5;
    south[2].children[0].weight.value = 5;
    CHECK(rendered(check(t, Profile::uk_central_government), "profile.social-value") ==
          "t.yaml:47:13: error: social value carries 5% of the total; the uk-central-government "
          "profile (PPN 06/20) requires at least 10% [profile.social-value]\n"
          "t.yaml:91:17: error: social value carries 5% of the total of lot 'south'; the "
          "uk-central-government profile (PPN 06/20) requires at least 10% "
          "[profile.social-value]");
    south[2].social_value = false;
    CHECK(rendered(check(t), "social-value.missing") ==
          "t.yaml:79:9: warning: no criterion of lot 'south' is marked social_value: the Public "
          "Services (Social Value) Act 2012 requires commissioners to consider social value "
          "[social-value.missing]");
  }
}
