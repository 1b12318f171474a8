// Per-move time budgets from the clock.
#include <gtest/gtest.h>

#include "engine/search/time_manager.h"

namespace m37 {
namespace {

TEST(TimeManager, UnlimitedUsesVisits) {
    EXPECT_EQ(moveTimeSeconds(TimeControl{}, 19, 0, 0.3), 0.0);
}

TEST(TimeManager, AbsoluteSpreadsMainTime) {
    TimeControl tc;
    tc.unlimited = false;
    tc.mainSeconds = 600;
    double t0 = moveTimeSeconds(tc, 19, 0, 0.0);
    EXPECT_NEAR(t0, 600.0 / expectedMovesLeft(19, 0), 1e-9);
    EXPECT_GT(t0, 2.0);
    EXPECT_LT(t0, 10.0);
    tc.leftKnown = true;
    tc.leftSeconds = 10;
    EXPECT_LT(moveTimeSeconds(tc, 19, 250, 0.0), 10.0 / 4);
}

TEST(TimeManager, ByoYomiAndCanadian) {
    TimeControl jp;
    jp.unlimited = false;
    jp.mainSeconds = 0;
    jp.byoYomiSeconds = 30;
    jp.byoYomiPeriods = 3;
    EXPECT_NEAR(moveTimeSeconds(jp, 19, 100, 1.0), 29.0, 1e-9);
    TimeControl ca;
    ca.unlimited = false;
    ca.mainSeconds = 0;
    ca.byoYomiSeconds = 300;
    ca.byoYomiStones = 25;
    ca.leftKnown = true;
    ca.leftSeconds = 120;
    ca.leftStones = 10;
    EXPECT_NEAR(moveTimeSeconds(ca, 19, 100, 0.5), 11.5, 1e-9);
    // In main time: main share plus part of a period, never all of it.
    ca.leftStones = 0;
    ca.leftSeconds = 60;
    double t = moveTimeSeconds(ca, 19, 100, 0.0);
    EXPECT_GT(t, 60.0 / expectedMovesLeft(19, 100));
    EXPECT_LT(t, 60.0);
}

}  // namespace
}  // namespace m37
