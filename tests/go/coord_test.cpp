#include "engine/go/coord.h"

#include <gtest/gtest.h>

namespace m37 {
namespace {

TEST(Coord, GtpVertexSkipsI) {
    EXPECT_EQ(gtpVertex(makeLoc(0, 18, 19), 19), "A1");
    EXPECT_EQ(gtpVertex(makeLoc(7, 18, 19), 19), "H1");
    EXPECT_EQ(gtpVertex(makeLoc(8, 18, 19), 19), "J1");
    EXPECT_EQ(gtpVertex(makeLoc(18, 0, 19), 19), "T19");
    EXPECT_EQ(gtpVertex(makeLoc(3, 5, 9), 9), "D4");
    EXPECT_EQ(gtpVertex(kPassLoc, 9), "PASS");
    EXPECT_EQ(gtpVertex(makeLoc(24, 0, 25), 25), "Z25");
}

TEST(Coord, ParseGtpVertex) {
    EXPECT_EQ(parseGtpVertex("d4", 9), makeLoc(3, 5, 9));
    EXPECT_EQ(parseGtpVertex("D4", 9), makeLoc(3, 5, 9));
    EXPECT_EQ(parseGtpVertex("pass", 9), kPassLoc);
    EXPECT_EQ(parseGtpVertex("PaSs", 9), kPassLoc);
    EXPECT_EQ(parseGtpVertex("J1", 19), makeLoc(8, 18, 19));
    EXPECT_FALSE(parseGtpVertex("I5", 19));
    EXPECT_FALSE(parseGtpVertex("K1", 9));
    EXPECT_FALSE(parseGtpVertex("A0", 9));
    EXPECT_FALSE(parseGtpVertex("A10", 9));
    EXPECT_FALSE(parseGtpVertex("A01", 19));
    EXPECT_FALSE(parseGtpVertex("", 9));
    EXPECT_FALSE(parseGtpVertex("4D", 9));
    EXPECT_FALSE(parseGtpVertex("A1x", 9));
    EXPECT_FALSE(parseGtpVertex("resign", 9));
}

TEST(Coord, GtpRoundTripAllSizes) {
    for (int size = 2; size <= 25; ++size)
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                Loc l = makeLoc(x, y, size);
                EXPECT_EQ(parseGtpVertex(gtpVertex(l, size), size), l);
                EXPECT_EQ(parseSgfPoint(sgfPoint(l, size), size), l);
                EXPECT_EQ(locX(l, size), x);
                EXPECT_EQ(locY(l, size), y);
            }
}

TEST(Coord, SgfPoints) {
    EXPECT_EQ(sgfPoint(makeLoc(3, 3, 19), 19), "dd");
    EXPECT_EQ(sgfPoint(kPassLoc, 19), "");
    EXPECT_EQ(sgfPoint(kPassLoc, 19, true), "tt");
    EXPECT_EQ(sgfPoint(kPassLoc, 21, true), "");
    EXPECT_EQ(parseSgfPoint("tt", 19), kPassLoc);
    EXPECT_EQ(parseSgfPoint("tt", 9), kPassLoc);
    EXPECT_EQ(parseSgfPoint("", 19), kPassLoc);
    EXPECT_EQ(parseSgfPoint("tt", 21), makeLoc(19, 19, 21));
    EXPECT_FALSE(parseSgfPoint("jj", 9));
    EXPECT_FALSE(parseSgfPoint("a", 9));
    EXPECT_FALSE(parseSgfPoint("a1", 9));
}

}  // namespace
}  // namespace m37
