#include "model/preferences.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace consentry {
namespace {

using nlohmann::json;

json settings(json fields) {
  json document = {{"format", "consentry-settings"}, {"version", 1}};
  document.update(fields);
  return document;
}

std::string error_of(const json& document) {
  try {
    preferences_from_json(document);
  } catch (const InvalidSettings& error) {
    return error.what();
  }
  return "no error";
}

TEST(CategorySetTest, FirstRunDefaultsAllowNecessaryAndFunctionalOnly) {
  CategorySet set;
  EXPECT_TRUE(set.allows(Category::necessary));
  EXPECT_TRUE(set.allows(Category::functional));
  EXPECT_FALSE(set.allows(Category::performance));
  EXPECT_FALSE(set.allows(Category::targeting));
}

TEST(CategorySetTest, NecessaryCannotBeRefused) {
  CategorySet set;
  set.set(Category::necessary, false);
  set.set(Category::targeting, true);
  EXPECT_TRUE(set.allows(Category::necessary));
  EXPECT_TRUE(set.allows(Category::targeting));
}

TEST(PreferencesTest, AllowedOnUsesTheSiteOverrideElseGlobal) {
  Preferences preferences;
  CategorySet site;
  site.set(Category::performance, true);
  preferences.sites["example.com"] = site;
  EXPECT_TRUE(preferences.allowed_on("example.com").allows(Category::performance));
  EXPECT_FALSE(preferences.allowed_on("other.org").allows(Category::performance));
}

TEST(PreferencesJsonTest, RoundTripsEverythingTheUserSet) {
  Preferences preferences;
  preferences.global.set(Category::functional, false);
  preferences.delete_session_cookies = true;
  preferences.caution = Caution::balanced;
  CategorySet site;
  site.set(Category::targeting, true);
  preferences.sites["example.co.uk"] = site;
  preferences.keep_list.insert({"example.com", "prefs"});
  preferences.keep_list.insert({"github.io", "ÿ-名前"});

  json document = preferences_to_json(preferences);
  EXPECT_EQ(document["format"], "consentry-settings");
  EXPECT_EQ(document["version"], 2);
  EXPECT_EQ(document["caution"], "balanced");
  EXPECT_EQ(document["allowed"], json({{"necessary", true},
                                       {"functional", false},
                                       {"performance", false},
                                       {"targeting", false}}));
  EXPECT_EQ(preferences_from_json(json::parse(document.dump())), preferences);
}

TEST(PreferencesJsonTest, DefaultsSerialiseToAFullDocument) {
  json document = preferences_to_json(Preferences());
  EXPECT_EQ(document["sites"], json::object());
  EXPECT_EQ(document["keep_list"], json::array());
  EXPECT_EQ(document["delete_session_cookies"], false);
  EXPECT_EQ(preferences_from_json(document), Preferences());
}

TEST(PreferencesJsonTest, PartialAllowedTakesDefaultsGloballyAndTheGlobalSetPerSite) {
  Preferences preferences = preferences_from_json(
      settings({{"allowed", {{"performance", true}}},
                {"sites", {{"example.com", {{"allowed", {{"targeting", true}}}}}}}}));
  EXPECT_TRUE(preferences.global.allows(Category::functional));
  EXPECT_TRUE(preferences.global.allows(Category::performance));
  const CategorySet& site = preferences.sites.at("example.com");
  EXPECT_TRUE(site.allows(Category::performance));  // from the global set
  EXPECT_TRUE(site.allows(Category::targeting));
}

TEST(PreferencesJsonTest, SiteKeysAreReducedToRegistrableDomains) {
  Preferences preferences = preferences_from_json(
      settings({{"sites", {{"https://shop.example.co.uk/cart", {{"allowed", json::object()}}}}},
                {"keep_list", {{{"site", "www.Example.com"}, {"name", "prefs"}}}}}));
  EXPECT_EQ(preferences.sites.count("example.co.uk"), 1u);
  EXPECT_EQ(preferences.keep_list.count(KeepEntry{"example.com", "prefs"}), 1u);
}

TEST(PreferencesJsonTest, TwoKeysForOneSiteMustAgree) {
  json same = settings({{"sites",
                         {{"a.example.com", {{"allowed", {{"targeting", true}}}}},
                          {"b.example.com", {{"allowed", {{"targeting", true}}}}}}}});
  EXPECT_EQ(preferences_from_json(same).sites.size(), 1u);
  json conflicting = settings({{"sites",
                                {{"a.example.com", {{"allowed", {{"targeting", true}}}}},
                                 {"b.example.com", {{"allowed", {{"targeting", false}}}}}}}});
  EXPECT_NE(error_of(conflicting).find("conflicts"), std::string::npos);
}

TEST(PreferencesJsonTest, ErrorsNameTheField) {
  EXPECT_EQ(error_of(json::array()), "settings: must be a JSON object");
  EXPECT_EQ(error_of(settings({{"allowed", {{"necessary", false}}}})),
            "allowed.necessary: necessary cookies are always allowed");
  EXPECT_EQ(error_of(settings({{"allowed", {{"ads", true}}}})),
            "allowed.ads: not a category (necessary, functional, performance, targeting)");
  EXPECT_EQ(error_of(settings({{"allowed", {{"targeting", "yes"}}}})),
            "allowed.targeting: must be true or false");
  EXPECT_EQ(error_of(settings({{"delete_session_cookies", 1}})),
            "delete_session_cookies: must be true or false");
  EXPECT_EQ(error_of(settings({{"sites", {{"example.com", {{"allowed", {{"x", true}}}}}}}})),
            "sites.example.com.allowed.x: not a category (necessary, functional, performance, "
            "targeting)");
  EXPECT_EQ(error_of(settings({{"sites", {{"example.com", true}}}})),
            "sites.example.com: must be an object {\"allowed\": {...}}");
  EXPECT_EQ(error_of(settings({{"keep_list", {{{"site", "example.com"}, {"name", ""}}}}})),
            "keep_list[0].name: must be a cookie name of 1 to 4096 bytes");
  EXPECT_EQ(error_of(settings({{"keep_list", {{{"site", "a b/c"}, {"name", "x"}}}}})),
            "keep_list[0].site: \"a b/c\" is not a site");
  EXPECT_EQ(error_of(settings({{"keep_list", {{{"site", ""}, {"name", "x"}}}}})),
            "keep_list[0].site: a site must not be empty");
}

TEST(PreferencesJsonTest, UnknownFieldsAreRefusedSoATypoLosesNothingSilently) {
  EXPECT_EQ(error_of(settings({{"alowed", {{"targeting", true}}}})), "alowed: unknown field");
  EXPECT_EQ(
      error_of(settings({{"keep_list", {{{"site", "a.com"}, {"name", "x"}, {"value", "1"}}}}})),
      "keep_list[0].value: unknown field");
}

TEST(PreferencesJsonTest, FormatAndVersionAreChecked) {
  EXPECT_EQ(error_of({{"format", "something-else"}, {"version", 1}}),
            "format: must be \"consentry-settings\"");
  EXPECT_EQ(error_of({{"format", "consentry-settings"}, {"version", -1}}),
            "version: must be a whole number");
  EXPECT_EQ(error_of({{"format", "consentry-settings"}}), "version: must be a whole number");
}

TEST(PreferencesJsonTest, ANewerVersionIsRefusedNamingBothVersions) {
  json newer = settings({{"version", 3}, {"allowed", {{"targeting", true}}}, {"new_thing", 1}});
  try {
    preferences_from_json(newer);
    FAIL() << "a newer version was accepted";
  } catch (const NewerSettingsVersion& error) {
    std::string message = error.what();
    EXPECT_NE(message.find("version 3"), std::string::npos) << message;
    EXPECT_NE(message.find("up to version 2"), std::string::npos) << message;
  }
}

TEST(PreferencesJsonTest, AVersion1FileGetsTheCarefulCaution) {
  Preferences preferences = preferences_from_json(
      {{"format", "consentry-settings"}, {"version", 1}, {"allowed", {{"targeting", true}}}});
  EXPECT_EQ(preferences.caution, Caution::careful);
  EXPECT_TRUE(preferences.global.allows(Category::targeting));
  EXPECT_EQ(error_of({{"format", "consentry-settings"}, {"version", 1}, {"caution", "strict"}}),
            "caution: unknown field in version 1");
}

TEST(PreferencesJsonTest, AnUnknownCautionIsRefusedByName) {
  EXPECT_EQ(error_of({{"format", "consentry-settings"}, {"version", 2}, {"caution", "reckless"}}),
            "caution: must be \"careful\", \"balanced\" or \"strict\"");
  EXPECT_EQ(preferences_from_json(
                {{"format", "consentry-settings"}, {"version", 2}, {"caution", "strict"}})
                .caution,
            Caution::strict);
}

TEST(PreferencesJsonTest, Version0IsMigratedKeepingEverythingTheUserSet) {
  json version_0 = {{"allowed", {"necessary", "performance"}},
                    {"delete_session_cookies", true},
                    {"sites", {{"www.example.com", {"functional", "targeting"}}}},
                    {"keep_list", {{{"site", "example.com"}, {"name", "prefs"}}}}};
  Preferences preferences = preferences_from_json(version_0);
  EXPECT_FALSE(preferences.global.allows(Category::functional));
  EXPECT_TRUE(preferences.global.allows(Category::performance));
  EXPECT_TRUE(preferences.delete_session_cookies);
  const CategorySet& site = preferences.sites.at("example.com");
  EXPECT_TRUE(site.allows(Category::functional));
  EXPECT_FALSE(site.allows(Category::performance));
  EXPECT_TRUE(site.allows(Category::targeting));
  EXPECT_EQ(preferences.keep_list, (std::set<KeepEntry>{{"example.com", "prefs"}}));
  EXPECT_EQ(preferences_from_json(preferences_to_json(preferences)), preferences);
}

TEST(PreferencesJsonTest, Version0WithAnUnknownCategoryIsRefused) {
  EXPECT_EQ(error_of({{"allowed", {"necessary", "ads"}}}), "allowed: \"ads\" is not a category");
}

TEST(ApplyAllowedTest, AFailedApplyLeavesTheSetUnchanged) {
  CategorySet set;
  EXPECT_THROW(apply_allowed(set, {{"targeting", true}, {"necessary", false}}, "allowed"),
               InvalidSettings);
  EXPECT_EQ(set, CategorySet());
  apply_allowed(set, {{"targeting", true}}, "allowed");
  EXPECT_TRUE(set.allows(Category::targeting));
}

}  // namespace
}  // namespace consentry
