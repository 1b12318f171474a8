// Leela Zero's 18 input planes: mover's stones now and 1..7 moves ago, the
// opponent's, then the colour planes; zero planes before the game began.
// The lz18-lib6 set: the same and the liberty planes of each side's chains
// (1, 2, 3+), which commute with the board's symmetries; the sets' names.
#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/nn/input_features.h"
#include "engine/nn/symmetry.h"

namespace m37::nn {
namespace {

Loc at(const char* v, int n = 19) {
    return *parseGtpVertex(v, n);
}

// The points set in plane p, as GTP vertices.
std::vector<std::string> stones(const std::vector<float>& planes, int p, int n = 19) {
    std::vector<std::string> out;
    for (int i = 0; i < n * n; ++i) {
        const float v = planes[size_t(p * n * n + i)];
        EXPECT_TRUE(v == 0.0f || v == 1.0f);
        if (v == 1.0f) out.push_back(gtpVertex(makeLoc(i % n, i / n, n), n));
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool allOnes(const std::vector<float>& planes, int p, int n = 19) {
    for (int i = 0; i < n * n; ++i)
        if (planes[size_t(p * n * n + i)] != 1.0f) return false;
    return true;
}

using V = std::vector<std::string>;

TEST(InputFeatures, EmptyBoardBlackToMove) {
    GameState g(19);
    auto planes = lzInputPlanes(g);
    ASSERT_EQ(planes.size(), size_t(18 * 361));
    for (int p = 0; p < 16; ++p) EXPECT_TRUE(stones(planes, p).empty());
    EXPECT_TRUE(allOnes(planes, 16));
    EXPECT_TRUE(stones(planes, 17).empty());
}

TEST(InputFeatures, HistoryOrderAndShortHistory) {
    GameState g(19);
    g.play(at("D4"), kBlack);
    g.play(at("Q16"), kWhite);
    g.play(at("Q4"), kBlack);  // white to move
    auto planes = lzInputPlanes(g);
    EXPECT_EQ(stones(planes, 0), V{"Q16"});         // white now
    EXPECT_EQ(stones(planes, 8), (V{"D4", "Q4"}));  // black now
    EXPECT_EQ(stones(planes, 1), V{"Q16"});         // one move ago
    EXPECT_EQ(stones(planes, 9), V{"D4"});
    EXPECT_EQ(stones(planes, 2), V{});  // two moves ago
    EXPECT_EQ(stones(planes, 10), V{"D4"});
    for (int p : {3, 4, 5, 6, 7, 11, 12, 13, 14, 15}) EXPECT_TRUE(stones(planes, p).empty()) << p;
    EXPECT_TRUE(stones(planes, 16).empty());
    EXPECT_TRUE(allOnes(planes, 17));
    // Orientation: row 0 of a plane is the top row (19), D4 is x=3, y=15.
    EXPECT_EQ(planes[size_t(8 * 361 + 15 * 19 + 3)], 1.0f);
}

TEST(InputFeatures, PassesRepeatTheBoardAndCapturesShowInHistory) {
    GameState g(19);
    g.play(at("A1"), kWhite);
    g.play(at("A2"), kBlack);
    g.play(at("Q16"), kWhite);
    g.play(at("B1"), kBlack);  // captures A1
    g.play(kPassLoc, kWhite);  // black to move
    auto planes = lzInputPlanes(g);
    EXPECT_EQ(stones(planes, 0), (V{"A2", "B1"}));
    EXPECT_EQ(stones(planes, 8), V{"Q16"});
    EXPECT_EQ(stones(planes, 1), (V{"A2", "B1"}));  // before the pass: same board
    EXPECT_EQ(stones(planes, 9), V{"Q16"});
    EXPECT_EQ(stones(planes, 2), V{"A2"});  // before the capture
    EXPECT_EQ(stones(planes, 10), (V{"A1", "Q16"}));
    EXPECT_EQ(stones(planes, 5), V{});       // the empty board
    EXPECT_TRUE(stones(planes, 6).empty());  // before the game
    EXPECT_TRUE(allOnes(planes, 16));
}

TEST(InputFeatures, LongHistoryUsesLastEight) {
    GameState g(19);
    const char* moves[] = {"A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "J1", "K1"};
    Color c = kBlack;
    for (const char* m : moves) {
        g.play(at(m), c);
        c = opponent(c);
    }
    auto planes = lzInputPlanes(g);  // black to move, 10 stones
    EXPECT_EQ(stones(planes, 0).size(), 5u);
    EXPECT_EQ(stones(planes, 8).size(), 5u);
    EXPECT_EQ(stones(planes, 7).size(), 2u);  // 7 moves ago: 3 stones, 2 black
    EXPECT_EQ(stones(planes, 15).size(), 1u);
}

TEST(InputFeatures, OtherBoardSizes) {
    GameState g(9);
    g.play(at("E5", 9), kBlack);
    auto planes = lzInputPlanes(g);
    ASSERT_EQ(planes.size(), size_t(18 * 81));
    EXPECT_EQ(stones(planes, 8, 9), V{"E5"});
    EXPECT_TRUE(allOnes(planes, 17, 9));
}

TEST(InputFeatures, NamesAndPlaneCounts) {
    EXPECT_EQ(parseInputFeatures("lz18"), InputFeatures::kLz18);
    EXPECT_EQ(parseInputFeatures("lz18-lib6"), InputFeatures::kLz18Liberties);
    EXPECT_FALSE(parseInputFeatures("lz18-lib"));
    EXPECT_FALSE(parseInputFeatures(""));
    for (auto f : {InputFeatures::kLz18, InputFeatures::kLz18Liberties})
        EXPECT_EQ(parseInputFeatures(inputFeaturesName(f)), f);
    EXPECT_EQ(inputPlaneCount(InputFeatures::kLz18), 18);
    EXPECT_EQ(inputPlaneCount(InputFeatures::kLz18Liberties), 24);
}

// 5x5, White to move:
//   5 . X . . .
//   4 X O . . .
//   3 O O X X X
//   2 . . . . .
//   1 . . . . O
TEST(InputFeatures, LibertyPlanesCountEachChainsLiberties) {
    GameState g(5);
    auto play = [&](const char* v, Color c) {
        ASSERT_EQ(g.play(at(v, 5), c), MoveError::kNone) << v;
    };
    play("B5", kBlack);
    play("B4", kWhite);
    play("A4", kBlack);
    play("A3", kWhite);
    play("C3", kBlack);
    play("B3", kWhite);
    play("D3", kBlack);
    play("E1", kWhite);
    play("E3", kBlack);  // White to move
    auto planes = inputPlanes(g, InputFeatures::kLz18Liberties);
    ASSERT_EQ(planes.size(), size_t(24 * 25));
    // The first 18 planes are lz18's.
    const auto lz = lzInputPlanes(g);
    EXPECT_TRUE(std::equal(lz.begin(), lz.end(), planes.begin()));
    // White (to move): A3-B3-B4 has A2, B2, C4 -> 3+; E1 has D1, E2 -> 2.
    EXPECT_EQ(stones(planes, 18, 5), V{});
    EXPECT_EQ(stones(planes, 19, 5), V{"E1"});
    EXPECT_EQ(stones(planes, 20, 5), (V{"A3", "B3", "B4"}));
    // Black: A4 has A5 only -> 1; B5 has A5, C5 -> 2; C3-D3-E3 has C4, D4,
    // E4, C2, D2, E2 -> 3+.
    EXPECT_EQ(stones(planes, 21, 5), V{"A4"});
    EXPECT_EQ(stones(planes, 22, 5), V{"B5"});
    EXPECT_EQ(stones(planes, 23, 5), (V{"C3", "D3", "E3"}));
    // lz18 alone is the first block, unchanged.
    EXPECT_EQ(inputPlanes(g, InputFeatures::kLz18), lz);
}

TEST(InputFeatures, LibertyPlanesCommuteWithSymmetries) {
    GameState g(9);
    const char* moves[] = {"E5", "D5", "D4", "E4", "F4", "E3", "C5", "D6", "C6", "E6", "A1", "B1"};
    Color c = kBlack;
    for (const char* m : moves) {
        ASSERT_EQ(g.play(at(m, 9), c), MoveError::kNone) << m;
        c = opponent(c);
    }
    const int area = 81;
    const auto full = inputPlanes(g, InputFeatures::kLz18Liberties);
    for (int s = 0; s < kNumSymmetries; ++s) {
        // Transform all 24 planes, against: transform lz18, then add liberties.
        std::vector<float> a(full.size()), b(full.size());
        transformPlanes(s, full.data(), a.data(), 24, 9);
        transformPlanes(s, full.data(), b.data(), 18, 9);
        addLibertyPlanes(b.data(), 9);
        EXPECT_EQ(a, b) << "symmetry " << s;
        int set = 0;
        for (int i = 18 * area; i < 24 * area; ++i) set += a[size_t(i)] != 0;
        EXPECT_EQ(set, 12) << "every stone is in exactly one liberty plane";
    }
}

}  // namespace
}  // namespace m37::nn
