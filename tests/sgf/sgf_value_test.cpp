#include "engine/sgf/sgf_value.h"

#include <gtest/gtest.h>

#include "engine/go/coord.h"

namespace m37 {
namespace {

TEST(SgfValue, PointListExpandsCompressedRectangles) {
    SgfProperty p{"AB", {"aa:cb", "dd", "bb", "", "tt"}};
    std::vector<std::string> bad;
    auto pts = sgfPointList(p, 19, &bad);
    ASSERT_EQ(pts.size(), 7u);  // 3x2 rectangle + dd (bb repeated; "" and tt are passes)
    EXPECT_EQ(pts[0], makeLoc(0, 0, 19));
    EXPECT_EQ(pts[5], makeLoc(2, 1, 19));
    EXPECT_EQ(pts[6], makeLoc(3, 3, 19));
    EXPECT_TRUE(bad.empty());
    // Corners in any order.
    SgfProperty q{"AW", {"cc:aa"}};
    EXPECT_EQ(sgfPointList(q, 9).size(), 9u);
}

TEST(SgfValue, PointListReportsBadPoints) {
    SgfProperty p{"AB", {"zz", "a", "aa:zz", "ab"}};
    std::vector<std::string> bad;
    auto pts = sgfPointList(p, 9, &bad);
    EXPECT_EQ(pts.size(), 1u);
    EXPECT_EQ(bad, (std::vector<std::string>{"zz", "a", "aa:zz"}));
}

TEST(SgfValue, NumbersRealsColours) {
    EXPECT_EQ(sgfNumber("19"), 19);
    EXPECT_EQ(sgfNumber(" +3 "), 3);
    EXPECT_EQ(sgfNumber("-2"), -2);
    EXPECT_FALSE(sgfNumber("x"));
    EXPECT_FALSE(sgfNumber(""));
    EXPECT_DOUBLE_EQ(*sgfReal("6.5"), 6.5);
    EXPECT_DOUBLE_EQ(*sgfReal("5,5"), 5.5);
    EXPECT_DOUBLE_EQ(*sgfReal("-0.5"), -0.5);
    EXPECT_FALSE(sgfReal("abc"));
    EXPECT_EQ(sgfColor("B"), kBlack);
    EXPECT_EQ(sgfColor("w"), kWhite);
    EXPECT_EQ(sgfColor("2"), kWhite);
    EXPECT_FALSE(sgfColor("x"));
}

TEST(SgfValue, ComposedAndBoardSize) {
    auto c = sgfSplitComposed("dd:A:B");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->first, "dd");
    EXPECT_EQ(c->second, "A:B");
    EXPECT_FALSE(sgfSplitComposed("dd"));
    SgfNode root;
    EXPECT_EQ(sgfBoardSize(root), 19);
    root.set("SZ", "9");
    EXPECT_EQ(sgfBoardSize(root), 9);
    root.set("SZ", "13:13");
    EXPECT_EQ(sgfBoardSize(root), 13);
    root.set("SZ", "13:9");
    EXPECT_FALSE(sgfBoardSize(root));
    root.set("SZ", "abc");
    EXPECT_FALSE(sgfBoardSize(root));
}

}  // namespace
}  // namespace m37
