// The 8 symmetries: permutations, numbered as Leela Zero numbers them, and
// transforming planes then untransforming a policy gives back the original.
#include <gtest/gtest.h>

#include <numeric>
#include <set>

#include "engine/go/coord.h"
#include "engine/nn/symmetry.h"

namespace m37::nn {
namespace {

TEST(Symmetry, EachIsAPermutationAndZeroIsIdentity) {
    for (int n : {2, 9, 13, 19}) {
        std::set<std::vector<int>> distinct;
        for (int s = 0; s < kNumSymmetries; ++s) {
            std::vector<int> image;
            std::set<int> seen;
            for (int i = 0; i < n * n; ++i) {
                const int j = symmetryIndex(s, i, n);
                ASSERT_TRUE(j >= 0 && j < n * n);
                seen.insert(j);
                image.push_back(j);
                if (s == 0) {
                    EXPECT_EQ(j, i);
                }
                EXPECT_EQ(symmetryIndex(inverseSymmetry(s), j, n), i) << s;
            }
            EXPECT_EQ(int(seen.size()), n * n);
            distinct.insert(image);
        }
        EXPECT_EQ(distinct.size(), 8u);
    }
}

TEST(Symmetry, LeelaZeroNumbering) {
    // In Leela Zero's coordinates (x right, y up from A1): swap if s&4, then
    // mirror x if s&2, then mirror y if s&1.
    const int n = 19;
    auto v = [&](const char* t) { return *parseGtpVertex(t, n); };
    EXPECT_EQ(symmetryLoc(1, v("C4"), n), v("C16"));  // mirror y
    EXPECT_EQ(symmetryLoc(2, v("C4"), n), v("R4"));   // mirror x
    EXPECT_EQ(symmetryLoc(3, v("C4"), n), v("R16"));
    EXPECT_EQ(symmetryLoc(4, v("C4"), n), v("D3"));   // transpose (x,y)=(2,3) -> (3,2)
    EXPECT_EQ(symmetryLoc(5, v("C4"), n), v("D17"));  // transpose, mirror y
    EXPECT_EQ(symmetryLoc(6, v("C4"), n), v("Q3"));   // transpose, mirror x
    EXPECT_EQ(symmetryLoc(7, v("C4"), n), v("Q17"));
    for (int s = 0; s < 8; ++s) EXPECT_EQ(symmetryLoc(s, kPassLoc, n), kPassLoc);
}

TEST(Symmetry, UntransformUndoesTransform) {
    for (int n : {9, 19}) {
        const int area = n * n;
        std::vector<float> planes(size_t(3 * area));
        std::iota(planes.begin(), planes.end(), 0.0f);
        for (int s = 0; s < kNumSymmetries; ++s) {
            std::vector<float> t(planes.size());
            transformPlanes(s, planes.data(), t.data(), 3, n);
            for (int c = 0; c < 3; ++c) {
                std::vector<float> policy(size_t(area + 1), -1.0f), back(size_t(area + 1));
                std::copy_n(t.begin() + c * area, area, policy.begin());
                policy[size_t(area)] = 42.0f;
                untransformPolicy(s, policy.data(), back.data(), n);
                for (int i = 0; i < area; ++i)
                    EXPECT_EQ(back[size_t(i)], planes[size_t(c * area + i)]) << s;
                EXPECT_EQ(back[size_t(area)], 42.0f);
            }
        }
    }
}

}  // namespace
}  // namespace m37::nn
