#include "model/policy.h"

#include <gtest/gtest.h>

namespace consentry {
namespace {

Cookie persistent_cookie(const std::string& name) {
  Cookie cookie;
  cookie.name = name;
  cookie.domain = ".example.com";
  cookie.session = false;
  cookie.expiration_date = 1893456000;
  return cookie;
}

Cookie session_cookie(const std::string& name) {
  Cookie cookie = persistent_cookie(name);
  cookie.session = true;
  cookie.expiration_date.reset();
  return cookie;
}

// A knowledge-base hit's confidence: above every caution level.
constexpr double kSure = 0.95;

Action action_for(const Preferences& preferences, const Cookie& cookie, const std::string& site,
                  Category category) {
  return decide(preferences, cookie, site, category, kSure).action;
}

TEST(PolicyTest, DefaultsDeleteRefusedPersistentCookies) {
  Preferences preferences;
  Decision decision =
      decide(preferences, persistent_cookie("_ga"), "example.com", Category::performance, kSure);
  EXPECT_EQ(decision.action, Action::remove);
  EXPECT_EQ(decision.why, "performance is refused on example.com");
  EXPECT_EQ(action_for(preferences, persistent_cookie("lang"), "example.com", Category::functional),
            Action::keep);
}

TEST(PolicyTest, NecessaryIsAlwaysKept) {
  Decision decision =
      decide(Preferences(), persistent_cookie("sid"), "example.com", Category::necessary, kSure);
  EXPECT_EQ(decision.action, Action::keep);
  EXPECT_EQ(decision.why, "necessary cookies are always kept");
}

TEST(PolicyTest, ASiteOverrideWinsOverGlobal) {
  Preferences preferences;
  CategorySet site;
  site.set(Category::targeting, true);
  site.set(Category::functional, false);
  preferences.sites["example.com"] = site;
  EXPECT_EQ(action_for(preferences, persistent_cookie("fr"), "example.com", Category::targeting),
            Action::keep);
  EXPECT_EQ(action_for(preferences, persistent_cookie("lang"), "example.com", Category::functional),
            Action::remove);
  EXPECT_EQ(action_for(preferences, persistent_cookie("fr"), "other.org", Category::targeting),
            Action::remove);
}

TEST(PolicyTest, TheKeepListWinsOverEverything) {
  Preferences preferences;
  preferences.delete_session_cookies = true;
  preferences.keep_list.insert({"example.com", "fr"});
  Decision decision =
      decide(preferences, persistent_cookie("fr"), "example.com", Category::targeting, kSure);
  EXPECT_EQ(decision.action, Action::keep);
  EXPECT_EQ(decision.why, "on your keep list");
  EXPECT_EQ(action_for(preferences, persistent_cookie("fr"), "other.org", Category::targeting),
            Action::remove);
}

TEST(PolicyTest, RefusedSessionCookiesAreKeptUnlessTheOptionIsOn) {
  Preferences preferences;
  Decision kept =
      decide(preferences, session_cookie("_gid"), "example.com", Category::performance, kSure);
  EXPECT_EQ(kept.action, Action::keep);
  EXPECT_EQ(kept.why, "performance is refused on example.com, but session cookies are kept");
  preferences.delete_session_cookies = true;
  EXPECT_EQ(action_for(preferences, session_cookie("_gid"), "example.com", Category::performance),
            Action::remove);
  EXPECT_EQ(action_for(preferences, session_cookie("lang"), "example.com", Category::functional),
            Action::keep);
}

TEST(PolicyTest, ARefusedCookieBelowTheCautionIsKeptAndTheReasonSaysWhy) {
  Preferences preferences;  // careful: 0.75
  Decision kept =
      decide(preferences, persistent_cookie("vid"), "example.com", Category::targeting, 0.6);
  EXPECT_EQ(kept.action, Action::keep);
  EXPECT_EQ(kept.why,
            "targeting is refused on example.com, but Consentry is only 60% sure of that and your "
            "caution (careful) asks for 75%");
  EXPECT_EQ(decide(preferences, persistent_cookie("vid"), "example.com", Category::targeting, 0.75)
                .action,
            Action::remove);
  preferences.caution = Caution::strict;
  EXPECT_EQ(
      decide(preferences, persistent_cookie("vid"), "example.com", Category::targeting, 0.6).action,
      Action::remove);
  EXPECT_EQ(decide(preferences, persistent_cookie("vid"), "example.com", Category::targeting, 0.45)
                .action,
            Action::keep);
}

TEST(PolicyTest, CautionDoesNotTouchAllowedCategories) {
  Preferences preferences;
  Decision decision =
      decide(preferences, persistent_cookie("lang"), "example.com", Category::functional, 0.3);
  EXPECT_EQ(decision.action, Action::keep);
  EXPECT_EQ(decision.why, "functional is allowed on example.com");
}

TEST(PolicyTest, CautionLevelsAskForMoreAsTheyGrowCareful) {
  EXPECT_GT(confidence_needed(Caution::careful), confidence_needed(Caution::balanced));
  EXPECT_GT(confidence_needed(Caution::balanced), confidence_needed(Caution::strict));
  for (Caution caution : kAllCautions) EXPECT_EQ(parse_caution(caution_name(caution)), caution);
  EXPECT_EQ(parse_caution("reckless"), std::nullopt);
  EXPECT_EQ(kDefaultCaution, Caution::careful);
}

TEST(PolicyTest, ActionNamesAreTheWireWords) {
  EXPECT_STREQ(action_name(Action::keep), "keep");
  EXPECT_STREQ(action_name(Action::remove), "delete");
}

}  // namespace
}  // namespace consentry
