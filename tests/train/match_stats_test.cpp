// Wilson intervals and Elo figures against values worked out by hand
// (Wilson: centre (p + z^2/2n)/(1 + z^2/n), z = 1.96).
#include <cmath>

#include <gtest/gtest.h>

#include "engine/train/match_stats.h"

using namespace m37::train;

TEST(MatchStats, WilsonKnownValues) {
    Interval a = wilsonInterval(8, 10);
    EXPECT_NEAR(a.low, 0.4902, 1e-4);
    EXPECT_NEAR(a.high, 0.9433, 1e-4);
    Interval b = wilsonInterval(50, 100);
    EXPECT_NEAR(b.low, 0.4038, 1e-4);
    EXPECT_NEAR(b.high, 0.5962, 1e-4);
    Interval c = wilsonInterval(0, 20);
    EXPECT_DOUBLE_EQ(c.low, 0.0);
    EXPECT_NEAR(c.high, 0.1611, 1e-4);
    Interval d = wilsonInterval(20, 20);
    EXPECT_NEAR(d.low, 0.8389, 1e-4);
    EXPECT_DOUBLE_EQ(d.high, 1.0);
    Interval e = wilsonInterval(0, 0);
    EXPECT_EQ(e.low, 0.0);
    EXPECT_EQ(e.high, 1.0);
}

TEST(MatchStats, EloKnownValues) {
    EXPECT_NEAR(eloFromScore(0.5), 0.0, 1e-9);
    EXPECT_NEAR(eloFromScore(0.75), 190.85, 0.01);  // 400 log10(3)
    EXPECT_NEAR(eloFromScore(0.25), -190.85, 0.01);
    EXPECT_NEAR(eloFromScore(10.0 / 11.0), 400.0, 1e-9);  // odds 10:1
    EXPECT_TRUE(std::isinf(eloFromScore(1.0)) && eloFromScore(1.0) > 0);
    EXPECT_TRUE(std::isinf(eloFromScore(0.0)) && eloFromScore(0.0) < 0);
    EXPECT_EQ(formatElo(190.85), "+191");
    EXPECT_EQ(formatElo(-42.4), "-42");
    EXPECT_EQ(formatElo(eloFromScore(1.0)), "+inf");
}

TEST(MatchStats, TallyByColourAndDraws) {
    MatchTally t;
    t.add(1, true);
    t.add(2, false);
    t.add(0, true);
    t.add(1, false);
    EXPECT_EQ(t.games, 4);
    EXPECT_EQ(t.wins1, 2);
    EXPECT_EQ(t.wins2, 1);
    EXPECT_EQ(t.draws, 1);
    EXPECT_EQ(t.games1Black, 2);
    EXPECT_EQ(t.wins1Black, 1);
    EXPECT_EQ(t.draws1Black, 1);
    EXPECT_EQ(t.games1White, 2);
    EXPECT_EQ(t.wins1White, 1);
    EXPECT_DOUBLE_EQ(t.score1(), 2.5 / 4);
    const Interval s = t.score1Interval();
    const Interval e = t.elo1Interval();
    EXPECT_NEAR(e.low, eloFromScore(s.low), 1e-9);
    EXPECT_NEAR(e.high, eloFromScore(s.high), 1e-9);
    EXPECT_LT(e.low, t.elo1());
    EXPECT_GT(e.high, t.elo1());
}
