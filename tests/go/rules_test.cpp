#include "engine/go/rules.h"

#include <gtest/gtest.h>

namespace m37 {
namespace {

TEST(Rules, PresetsMatchKataGo) {
    auto tt = Rules::preset("tromp-taylor");
    ASSERT_TRUE(tt);
    EXPECT_EQ(tt->ko, KoRule::kPositional);
    EXPECT_EQ(tt->scoring, ScoringRule::kArea);
    EXPECT_TRUE(tt->suicideAllowed);
    auto jp = Rules::preset("japanese");
    ASSERT_TRUE(jp);
    EXPECT_EQ(jp->scoring, ScoringRule::kTerritory);
    EXPECT_EQ(jp->ko, KoRule::kSimple);
    EXPECT_FLOAT_EQ(jp->komi, 6.5f);
    auto aga = Rules::preset("AGA");
    ASSERT_TRUE(aga);
    EXPECT_EQ(aga->ko, KoRule::kSituational);
    EXPECT_EQ(aga->handicapBonus, HandicapBonus::kNMinusOne);
    EXPECT_EQ(Rules::preset("new_zealand"), Rules::preset("nz"));
    EXPECT_FALSE(Rules::preset("chess"));
}

TEST(Rules, PrintParseRoundTrip) {
    for (const char* name : {"tromp-taylor", "chinese", "japanese", "korean", "aga", "nz"}) {
        Rules r = *Rules::preset(name);
        // korean equals japanese (KataGo's presets differ only in name)
        EXPECT_EQ(r.toString(), name == std::string("korean") ? "japanese" : name);
        EXPECT_EQ(Rules::parse(r.toString()), r);
        r.komi = 0.5f;
        EXPECT_EQ(Rules::parse(r.toString()), r) << r.toString();
        EXPECT_EQ(r.presetName(), name == std::string("korean") ? "japanese" : name);
    }
}

// Found by selfplay_chunk_fuzz (tests/fuzz/corpus/selfplay_chunk/crash-komi-digits): a
// komi of 0.4444…45 was printed as 0.444444 (%g), which reads back as
// another float, so a chunk did not survive being written again.
TEST(Rules, AnyKomiPrintsBackToTheSameFloat) {
    Rules r = *Rules::preset("chinese");
    for (float k : {0.44444445f, -3.5f, 7.5f, 0.1f, 999.99994f, -0.0f, 1e-30f}) {
        r.komi = k;
        const std::optional<Rules> back = Rules::parse(r.toString());
        ASSERT_TRUE(back) << r.toString();
        EXPECT_EQ(back->komi, k) << r.toString();
    }
    r.komi = 7.5f;
    EXPECT_EQ(r.toString(), "chinese");
    r.komi = 6.0f;
    EXPECT_NE(r.toString().find("komi=6"), std::string::npos) << r.toString();
}

TEST(Rules, ParseKeyValues) {
    auto r = Rules::parse("ko=situational, scoring=territory,suicide=1,komi=-3.5,bonus=n-1");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->ko, KoRule::kSituational);
    EXPECT_EQ(r->scoring, ScoringRule::kTerritory);
    EXPECT_TRUE(r->suicideAllowed);
    EXPECT_FLOAT_EQ(r->komi, -3.5f);
    EXPECT_EQ(r->handicapBonus, HandicapBonus::kNMinusOne);
    EXPECT_FALSE(Rules::parse("ko=sometimes"));
    EXPECT_FALSE(Rules::parse("komi=abc"));
    EXPECT_FALSE(Rules::parse("komi=nan"));
    EXPECT_FALSE(Rules::parse("colour=blue"));
    EXPECT_FALSE(Rules::parse(""));
}

TEST(Rules, Equality) {
    Rules a = *Rules::preset("chinese"), b = a;
    EXPECT_EQ(a, b);
    b.komi = 6.5f;
    EXPECT_NE(a, b);
}

}  // namespace
}  // namespace m37
