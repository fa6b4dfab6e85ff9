#include "classifier/name_tokens.h"

#include <gtest/gtest.h>

#include <map>

namespace consentry {
namespace {

std::map<Signal, std::string> signals_of(std::string_view name) {
  NameSignals found = read_name(name);
  std::map<Signal, std::string> result;
  for (size_t i = 0; i < found.size; ++i) {
    result[found.items[i].signal] = std::string(found.items[i].word);
  }
  return result;
}

TEST(NameTokens, SplitsOnPunctuationCamelCaseAndDigits) {
  EXPECT_EQ(signals_of("_hjSessionUser_123"),
            (std::map<Signal, std::string>{{Signal::name_session, "session"},
                                           {Signal::name_account, "user"}}));
  EXPECT_EQ(signals_of("site-lang"),
            (std::map<Signal, std::string>{{Signal::name_preference, "lang"}}));
  EXPECT_EQ(signals_of("ASPNETSessionId").count(Signal::name_session), 1u);
  EXPECT_EQ(signals_of("ab.test").count(Signal::name_experiment), 1u);
}

TEST(NameTokens, FindsTellingStemsInsideWords) {
  EXPECT_EQ(signals_of("PHPSESSID")[Signal::name_session], "sess");
  EXPECT_EQ(signals_of("mycsrfcookie")[Signal::name_security], "csrf");
  EXPECT_EQ(signals_of("cookieconsentstatus")[Signal::name_consent], "consent");
}

TEST(NameTokens, CookieTestsAreNotExperiments) {
  for (const char* name :
       {"test", "cookietest", "cto_writeable", "criteo_write_test", "testCookie"}) {
    EXPECT_EQ(signals_of(name).count(Signal::name_cookie_test), 1u) << name;
    EXPECT_EQ(signals_of(name).count(Signal::name_experiment), 0u) << name;
  }
}

TEST(NameTokens, ChatWidgetsAreFeatures) {
  EXPECT_EQ(signals_of("livechat_visitor").count(Signal::name_feature), 1u);
  EXPECT_EQ(signals_of("zchatVisitorId").count(Signal::name_feature), 1u);
}

TEST(NameTokens, PanelsOpenedResizedOrToggledAreFeatureState) {
  EXPECT_EQ(signals_of("sidePanelOpen")[Signal::name_feature], "panel");
  EXPECT_EQ(signals_of("filtersOpened")[Signal::name_feature], "opened");
  EXPECT_EQ(signals_of("editorResizing")[Signal::name_feature], "resizing");
  EXPECT_EQ(signals_of("nav_toggle")[Signal::name_feature], "toggle");
}

TEST(NameTokens, ShortWordsCountOnlyWhole) {
  EXPECT_EQ(signals_of("ad_id").count(Signal::name_advertising), 1u);
  EXPECT_EQ(signals_of("header").count(Signal::name_advertising), 0u);
  EXPECT_EQ(signals_of("about").count(Signal::name_experiment), 0u);
}

TEST(NameTokens, DismissedBannersAndPopupsAreFeatureStateNotConsent) {
  EXPECT_EQ(signals_of("nhsuk-mobile-app-banner")[Signal::name_feature], "banner");
  EXPECT_EQ(signals_of("familyPopinDisplayedOnce")[Signal::name_feature], "popin");
  EXPECT_EQ(signals_of("promo_notice_dismissed").count(Signal::name_consent), 0u);
  EXPECT_EQ(signals_of("cookie_notice_dismissed").count(Signal::name_consent), 1u);
}

TEST(NameTokens, WishlistsAreAFeatureAndVisitsAreCounted) {
  EXPECT_EQ(signals_of("wishlist")[Signal::name_feature], "wishlist");
  EXPECT_EQ(signals_of("wishlist").count(Signal::name_cart), 0u);
  EXPECT_EQ(signals_of("first_visit")[Signal::name_analytics], "visit");
  EXPECT_EQ(signals_of("page_views")[Signal::name_analytics], "views");
  EXPECT_EQ(signals_of("first_touch")[Signal::name_campaign], "touch");
}

TEST(NameTokens, PreferencesInOtherLanguages) {
  EXPECT_EQ(signals_of("bund_schriftgroesse")[Signal::name_preference], "schriftgroesse");
  EXPECT_EQ(signals_of("site_langue")[Signal::name_preference], "langue");
}

TEST(NameTokens, SpotsGeneratedNames) {
  EXPECT_EQ(signals_of("wp_123456").count(Signal::name_generated), 1u);
  EXPECT_EQ(signals_of("c_9f8e7d6c5b").count(Signal::name_generated), 1u);
  EXPECT_EQ(signals_of("wp_2").count(Signal::name_generated), 0u);
  EXPECT_TRUE(signals_of("").empty());
  EXPECT_TRUE(signals_of("___").empty());
}

}  // namespace
}  // namespace consentry
