// Parity with Leela Zero: the same random weight file, the same positions
// played into move37 and into `leelaz --cpu-only`, and the same symmetry on
// both sides must give the same `heatmap` (policy x1000 per point, pass) and
// winrate. leelaz truncates policy x1000 to an integer, so a move37
// probability p agrees with leelaz's integer k when k <= 1000p < k+1 (then
// both lie within 0.001 of each other); a tiny slack covers float rounding
// right at the boundary. Skipped when leelaz is not installed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "engine/go/coord.h"
#include "engine/go/game_state.h"
#include "engine/go/rng.h"
#include "engine/nn/heatmap.h"
#include "engine/nn/lz_random_net.h"
#include "engine/nn/symmetry.h"
#include "engine/nn/torch_evaluator.h"
#include "tests/nn/leelaz_process.h"
#include "tests/scratch_dir.h"

namespace m37::nn {
namespace {

struct Position {
    std::string name;
    std::vector<MoveRecord> moves;
};

Position fromText(const std::string& name, const std::vector<std::string>& moves) {
    Position p{name, {}};
    for (const auto& m : moves) {
        const Color c = (m[0] == 'b' || m[0] == 'B') ? kBlack : kWhite;
        auto loc = parseGtpVertex(m.substr(2), 19);
        EXPECT_TRUE(loc.has_value()) << m;
        p.moves.push_back({c, loc.value_or(kPassLoc)});
    }
    return p;
}

// A random game of `length` moves (legal, no filling of own eyes, a few
// passes), alternating colours.
Position randomGame(const std::string& name, int length, uint64_t seed) {
    Position p{name, {}};
    GameState g(19);
    Rng rng(seed);
    for (int i = 0; i < length; ++i) {
        const Color c = g.toMove();
        Loc move = kPassLoc;
        if (rng.below(100) >= 3) {
            const Board& b = g.board();
            for (int tries = 0; tries < 50; ++tries) {
                Loc l = b.emptyAt(int(rng.below(uint32_t(b.emptyCount()))));
                if (b.isPlayoutCandidate(l, c, false) && g.isLegal(l, c)) {
                    move = l;
                    break;
                }
            }
        }
        EXPECT_EQ(g.play(move, c), MoveError::kNone);
        p.moves.push_back({c, move});
    }
    return p;
}

std::vector<Position> positions() {
    std::vector<Position> ps;
    ps.push_back(fromText("empty board", {}));
    ps.push_back(fromText("one move, white to move", {"b D4"}));
    ps.push_back(fromText("two moves", {"b D4", "w Q16"}));
    ps.push_back(fromText("opening, 5 moves", {"b Q16", "w D4", "b Q3", "w D16", "b R5"}));
    ps.push_back(fromText("black passes first", {"b pass"}));
    ps.push_back(fromText("both pass", {"b D4", "w pass", "b pass"}));
    ps.push_back(fromText("black plays twice", {"b D4", "b Q16", "b Q4"}));
    ps.push_back(fromText("corner capture", {"w A1", "b A2", "w Q16", "b B1"}));
    ps.push_back(fromText("capture then moves",
                          {"w A1", "b A2", "w Q16", "b B1", "w C3", "b R4", "w pass", "b D17"}));
    const std::vector<std::string> ko = {"b D5", "w E5",  "b C4", "w F4", "b D3",
                                         "w E3", "b Q16", "w D4", "b E4"};
    ps.push_back(fromText("ko taken by black, white may not retake", ko));
    auto ko2 = ko;
    ko2.insert(ko2.end(), {"w Q4", "b R16", "w D4"});
    ps.push_back(fromText("ko retaken by white", ko2));
    ps.push_back(
        fromText("long history, 12 moves", {"b Q16", "w D4", "b Q3", "w D16", "b R5", "w C14",
                                            "b F17", "w K10", "b O3", "w C6", "b J16", "w pass"}));
    ps.push_back(
        fromText("edge group captured", {"b K1", "w J1", "b A19", "w L1", "b B19", "w K2"}));
    const int lengths[] = {7, 9, 15, 24, 40, 60, 90, 120, 160, 200, 240};
    for (int i = 0; i < int(std::size(lengths)); ++i)
        ps.push_back(randomGame("random game of " + std::to_string(lengths[i]) + " moves",
                                lengths[i], 1000 + uint64_t(i)));
    return ps;
}

GameState play(const Position& p) {
    GameState g(19);
    for (const auto& m : p.moves) EXPECT_EQ(g.play(m.loc, m.color), MoveError::kNone) << p.name;
    return g;
}

std::vector<std::string> gtp(const Position& p) {
    std::vector<std::string> cmds{"clear_board"};
    for (const auto& m : p.moves)
        cmds.push_back(std::string("play ") + (m.color == kBlack ? "b " : "w ") +
                       gtpVertex(m.loc, 19));
    return cmds;
}

struct Stats {
    int positions = 0;
    int points = 0;
    int exactPoints = 0;
    int exactTexts = 0;
    double maxExcursion = 0;  // x1000 units outside leelaz's truncation interval
    double maxWinrateDiff = 0;
};

void compare(const test::LeelazHeatmap& lz, const GameState& g, const EvalOutput& ours,
             const std::string& what, Stats& st) {
    const Board& b = g.board();
    auto check = [&](double o, int k, const std::string& where) {
        const double excursion = std::max({0.0, k - o, o - (k + 1)});
        st.maxExcursion = std::max(st.maxExcursion, excursion);
        EXPECT_LE(excursion, 0.01)
            << what << " at " << where << ": move37 " << o / 1000 << ", leelaz " << k << "/1000";
        ++st.points;
        if (int(o) == k) ++st.exactPoints;
    };
    for (int i = 0; i < 361; ++i) {
        const Loc l = policyLoc(i, 19);
        if (b.at(l) != kEmpty) {
            EXPECT_EQ(lz.grid[size_t(i)], 0) << what;
            continue;
        }
        check(ours.rawPolicy[size_t(i)] * 1000.0, lz.grid[size_t(i)], gtpVertex(l, 19));
    }
    check(ours.rawPolicy[361] * 1000.0, lz.pass, "pass");
    const double dw = std::fabs(ours.value - lz.winrate);
    st.maxWinrateDiff = std::max(st.maxWinrateDiff, dw);
    EXPECT_LE(dw, 0.001) << what << ": winrate move37 " << ours.value << ", leelaz " << lz.winrate;
    ++st.positions;
    const std::string text = lzHeatmap(b, ours);
    if (text == lz.text) ++st.exactTexts;
    // Apart from the winrate's last digits, the texts agree where the numbers do.
    const size_t grid = text.rfind("winrate: ");
    if (st.exactPoints == st.points) {
        EXPECT_EQ(text.substr(0, grid), lz.text.substr(0, grid)) << what;
    }
}

std::string tmpDir() {
    return testScratchDir(std::string(MOVE37_NN_TEST_TMP) + "/parity");
}

void report(const char* what, const Stats& st) {
    std::printf(
        "[parity] %s: %d positions, %d/%d points with equal x1000 integers, %d/%d heatmap texts "
        "identical, max excursion %.5f/1000, max |winrate diff| %.2e\n",
        what, st.positions, st.exactPoints, st.points, st.exactTexts, st.positions, st.maxExcursion,
        st.maxWinrateDiff);
}

class LzParity : public ::testing::Test {
  protected:
    void SetUp() override {
        exe_ = test::findLeelaz();
        if (exe_.empty()) GTEST_SKIP() << "leelaz not installed (Debian package leela-zero)";
        dir_ = tmpDir();
    }

    std::string makeNet(int version, int blocks = 2, int filters = 16) {
        RandomLzSpec spec;
        spec.blocks = blocks;
        spec.filters = filters;
        spec.seed = 37;
        spec.version = version;
        const std::string path = dir_ + "/random-" + std::to_string(blocks) + "x" +
                                 std::to_string(filters) + "-v" + std::to_string(version) +
                                 ".txt.gz";
        std::string error;
        EXPECT_TRUE(writeRandomLzWeights(path, spec, &error)) << error;
        return path;
    }

    std::unique_ptr<TorchEvaluator> evaluator(const std::string& net, SymmetryMode mode,
                                              int symmetry = 0) {
        NNParams params;
        params.symmetryMode = mode;
        params.symmetry = symmetry;
        params.threads = 1;
        std::string error;
        auto ev = TorchEvaluator::fromLzFile(net, params, &error);
        EXPECT_TRUE(ev) << error;
        return ev;
    }

    std::string exe_, dir_;
};

// Every position under the identity symmetry (`heatmap`) and the average of
// the 8 (`heatmap average`).
TEST_F(LzParity, HeatmapsMatchLeelaz) {
    const std::string net = makeNet(1);
    const auto ps = positions();
    ASSERT_GE(ps.size(), 20u);
    std::vector<std::string> cmds;
    for (const auto& p : ps) {
        auto c = gtp(p);
        cmds.insert(cmds.end(), c.begin(), c.end());
        cmds.push_back("heatmap");
        cmds.push_back("heatmap average");
    }
    auto run = test::runLeelaz(exe_, net, cmds, dir_);
    ASSERT_TRUE(run.ok) << run.error;
    ASSERT_EQ(run.out.find('?'), std::string::npos) << "leelaz refused a command:\n" << run.out;
    const auto maps = test::parseLeelazHeatmaps(run.err);
    ASSERT_EQ(maps.size(), 2 * ps.size()) << run.err.substr(0, 3000);

    auto direct = evaluator(net, SymmetryMode::kFixed, 0);
    auto average = evaluator(net, SymmetryMode::kAverage);
    ASSERT_TRUE(direct && average);
    Stats sd, sa;
    bool sawCapture = false, sawKo = false, sawWhite = false, sawBlack = false, sawPass = false;
    for (size_t i = 0; i < ps.size(); ++i) {
        const GameState g = play(ps[i]);
        sawCapture |= g.board().prisoners(kBlack) + g.board().prisoners(kWhite) > 0;
        sawKo |= g.board().koLoc() != kNullLoc;
        sawWhite |= g.toMove() == kWhite;
        sawBlack |= g.toMove() == kBlack;
        for (const auto& m : ps[i].moves) sawPass |= m.loc == kPassLoc;
        compare(maps[2 * i], g, direct->evaluate(g), ps[i].name + " (heatmap)", sd);
        compare(maps[2 * i + 1], g, average->evaluate(g), ps[i].name + " (heatmap average)", sa);
    }
    EXPECT_TRUE(sawCapture && sawKo && sawWhite && sawBlack && sawPass);
    report("heatmap (symmetry 0)", sd);
    report("heatmap average", sa);
    // Nearly every point must agree to the integer; differences only where
    // a value sits on a truncation boundary.
    EXPECT_GE(sd.exactPoints, sd.points * 99 / 100);
    EXPECT_GE(sa.exactPoints, sa.points * 99 / 100);
}

// `heatmap N` for each of the 8 symmetries: move37 numbers them as leelaz.
TEST_F(LzParity, EachSymmetryMatchesLeelaz) {
    const std::string net = makeNet(1);
    const auto all = positions();
    const std::vector<Position> ps = {all[3], all[10], all[17]};
    std::vector<std::string> cmds;
    for (const auto& p : ps) {
        auto c = gtp(p);
        cmds.insert(cmds.end(), c.begin(), c.end());
        for (int s = 0; s < kNumSymmetries; ++s) cmds.push_back("heatmap " + std::to_string(s));
    }
    auto run = test::runLeelaz(exe_, net, cmds, dir_);
    ASSERT_TRUE(run.ok) << run.error;
    const auto maps = test::parseLeelazHeatmaps(run.err);
    ASSERT_EQ(maps.size(), ps.size() * kNumSymmetries);
    Stats st;
    for (int s = 0; s < kNumSymmetries; ++s) {
        auto ev = evaluator(net, SymmetryMode::kFixed, s);
        for (size_t i = 0; i < ps.size(); ++i) {
            const GameState g = play(ps[i]);
            compare(maps[i * kNumSymmetries + size_t(s)], g, ev->evaluate(g),
                    ps[i].name + " (heatmap " + std::to_string(s) + ")", st);
        }
    }
    report("heatmap 0..7", st);
}

// Version 2 (ELF) files: the value head speaks for Black; both programs turn
// it into the mover's winrate.
TEST_F(LzParity, ElfVersion2MatchesLeelaz) {
    const std::string net = makeNet(2);
    const auto all = positions();
    std::vector<Position> ps(all.begin(), all.begin() + 8);
    std::vector<std::string> cmds;
    for (const auto& p : ps) {
        auto c = gtp(p);
        cmds.insert(cmds.end(), c.begin(), c.end());
        cmds.push_back("heatmap");
    }
    auto run = test::runLeelaz(exe_, net, cmds, dir_);
    ASSERT_TRUE(run.ok) << run.error;
    const auto maps = test::parseLeelazHeatmaps(run.err);
    ASSERT_EQ(maps.size(), ps.size());
    auto ev = evaluator(net, SymmetryMode::kFixed, 0);
    Stats st;
    for (size_t i = 0; i < ps.size(); ++i) {
        const GameState g = play(ps[i]);
        compare(maps[i], g, ev->evaluate(g), ps[i].name + " (v2)", st);
    }
    report("version 2 heatmap", st);
}

// A deeper, wider net (6 blocks x 64 filters, gzipped): rounding errors
// accumulate over more layers and still stay far below 0.001.
TEST_F(LzParity, DeeperNetMatchesLeelaz) {
    const std::string net = makeNet(1, 6, 64);
    const auto all = positions();
    const std::vector<Position> ps = {all[0], all[9], all[14], all[18], all[21], all[23]};
    std::vector<std::string> cmds;
    for (const auto& p : ps) {
        auto c = gtp(p);
        cmds.insert(cmds.end(), c.begin(), c.end());
        cmds.push_back("heatmap");
    }
    auto run = test::runLeelaz(exe_, net, cmds, dir_);
    ASSERT_TRUE(run.ok) << run.error;
    const auto maps = test::parseLeelazHeatmaps(run.err);
    ASSERT_EQ(maps.size(), ps.size());
    auto ev = evaluator(net, SymmetryMode::kFixed, 0);
    Stats st;
    for (size_t i = 0; i < ps.size(); ++i) {
        const GameState g = play(ps[i]);
        compare(maps[i], g, ev->evaluate(g), ps[i].name + " (6x64)", st);
    }
    report("6x64 heatmap", st);
}

}  // namespace
}  // namespace m37::nn
