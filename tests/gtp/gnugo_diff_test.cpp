// Differential test against GNU Go 3.8 over GTP. Random games on 9x9, 13x13
// and 19x19 are played move by move on both engines: GNU Go in Chinese
// rules (simple ko, no suicide — move37's "chinese" preset), move37 as an
// in-process GtpServer. Moves are drawn (seeded) from GNU Go's all_legal,
// avoiding the mover's own eyes so games end, with a pass now and then;
// before each move a few moves GNU Go refuses (occupied points, suicides,
// ko retakes) are offered to both and must be refused by both. After every
// move all_legal (both colours' answers compared both ways) and list_stones
// black/white must agree. A game ends when neither side has a non-eye
// legal move; final_score is compared there, where the position is
// completely played out (every empty point an eye of one side, or dame
// between living groups) so that dead-stone judgement is trivial. Also
// compares fixed_handicap answers for every board size and count.
#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/go/rng.h"
#include "engine/gtp/gtp_client.h"
#include "tests/gtp/gtp_test_util.h"

namespace m37 {
namespace {

std::string findGnugo() {
    if (const char* p = std::getenv("GNUGO")) return p;
    std::string path = std::getenv("PATH") ? std::getenv("PATH") : "";
    path += ":/usr/games:/usr/local/games";
    std::stringstream ss(path);
    std::string dir;
    while (std::getline(ss, dir, ':')) {
        std::string f = dir + "/gnugo";
        if (!dir.empty() && access(f.c_str(), X_OK) == 0) return f;
    }
    return {};
}

std::set<std::string> words(const std::string& s) {
    std::set<std::string> out;
    std::stringstream ss(s);
    std::string w;
    while (ss >> w) out.insert(w);
    return out;
}

struct Figures {
    int games = 0, moves = 0, refusals = 0, passes = 0, scored = 0, capped = 0;
};

class GnugoDiff : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string exe = findGnugo();
        ASSERT_FALSE(exe.empty()) << "gnugo not found (packaging/setup.sh installs it)";
        ASSERT_TRUE(gnugo_.start(
            {exe, "--mode", "gtp", "--chinese-rules", "--level", "0", "--komi", "7.5"}))
            << gnugo_.lastError();
        auto r = gnugo_.send("protocol_version", 10000);
        ASSERT_TRUE(r.ok) << r.error;
    }
    void TearDown() override { gnugo_.stop(); }

    std::string gg(const std::string& cmd, bool expectOk = true) {
        GtpReply r = gnugo_.send(cmd, 60000);
        EXPECT_TRUE(r.transportOk()) << cmd << ": " << r.error;
        if (expectOk) EXPECT_TRUE(r.ok) << cmd << " -> " << r.text;
        return r.text;
    }

    GtpClient gnugo_;
};

TEST_F(GnugoDiff, FixedHandicapAnswersMatch) {
    GtpServer m(test::fastOptions());
    int compared = 0;
    for (int size = 2; size <= 19; ++size)
        for (int n = 0; n <= 10; ++n) {
            gg("boardsize " + std::to_string(size));
            m.handle("boardsize " + std::to_string(size));
            std::string cmd = "fixed_handicap " + std::to_string(n);
            GtpReply g = gnugo_.send(cmd);
            test::Answer a = test::ask(m, cmd);
            ASSERT_TRUE(g.transportOk());
            EXPECT_EQ(a.ok, g.ok) << size << " " << n << " gnugo: " << g.text;
            if (a.ok && g.ok) EXPECT_EQ(words(a.text), words(g.text)) << size << " " << n;
            ++compared;
        }
    std::printf("fixed_handicap: %d size/count pairs compared\n", compared);
}

TEST_F(GnugoDiff, RandomGamesAgree) {
    Figures fig;
    Rng rng(20240611);
    const int sizes[] = {9, 13, 19};
    const int gamesPer[] = {110, 60, 30};
    for (int si = 0; si < 3; ++si) {
        const int size = sizes[si];
        for (int game = 0; game < gamesPer[si]; ++game) {
            GtpServerOptions o = test::fastOptions();
            o.search.deadStonePlayouts = 32;
            GtpServer m(o);
            const std::string bs = "boardsize " + std::to_string(size);
            gg(bs);
            gg("clear_board");
            gg("komi 7.5");
            ASSERT_TRUE(test::ask(m, bs).ok);
            ASSERT_TRUE(test::ask(m, "komi 7.5").ok);
            Color c = kBlack;
            int forcedPasses = 0, moves = 0;
            const int cap = 4 * size * size;
            bool mismatch = false;
            while (forcedPasses < 2 && moves < cap && !mismatch) {
                const char* cn = c == kBlack ? "black" : "white";
                std::string legalG = gg(std::string("all_legal ") + cn);
                std::string legalM = test::ask(m, std::string("all_legal ") + cn).text;
                auto setG = words(legalG), setM = words(legalM);
                EXPECT_EQ(setG, setM) << "all_legal " << cn << " size " << size << " game " << game
                                      << " move " << moves;
                if (setG != setM) mismatch = true;
                const Board& b = m.game().board();
                // Offer some moves GNU Go refuses: both must refuse them.
                if (rng.below(4) == 0) {
                    std::vector<std::string> refused;
                    for (int y = 0; y < size; ++y)
                        for (int x = 0; x < size; ++x) {
                            std::string v = gtpVertex(b.loc(x, y), size);
                            if (!setG.count(v)) refused.push_back(v);
                        }
                    if (!refused.empty()) {
                        std::string v = refused[rng.below(uint32_t(refused.size()))];
                        std::string cmd = std::string("play ") + cn + " " + v;
                        GtpReply g = gnugo_.send(cmd);
                        test::Answer a = test::ask(m, cmd);
                        EXPECT_FALSE(g.ok) << cmd;
                        EXPECT_FALSE(a.ok) << cmd;
                        EXPECT_EQ(g.text, "illegal move");
                        EXPECT_EQ(a.text.rfind("illegal move", 0), 0u) << a.text;
                        ++fig.refusals;
                    }
                }
                std::vector<std::string> candidates;
                for (const auto& v : setG) {
                    Loc l = *parseGtpVertex(v, size);
                    if (!b.isEye(l, c)) candidates.push_back(v);
                }
                std::sort(candidates.begin(), candidates.end());
                std::string move;
                if (candidates.empty()) {
                    move = "PASS";
                    ++forcedPasses;
                } else if (rng.below(40) == 0) {
                    move = "PASS";
                    forcedPasses = 0;
                } else {
                    move = candidates[rng.below(uint32_t(candidates.size()))];
                    forcedPasses = 0;
                }
                if (move == "PASS") ++fig.passes;
                std::string cmd = std::string("play ") + cn + " " + move;
                gg(cmd);
                test::Answer a = test::ask(m, cmd);
                EXPECT_TRUE(a.ok) << cmd << " -> " << a.text;
                ++moves;
                for (const char* col : {"black", "white"}) {
                    std::string q = std::string("list_stones ") + col;
                    if (words(gg(q)) != words(test::ask(m, q).text)) {
                        ADD_FAILURE() << q << " differs after " << cmd << " (size " << size
                                      << " game " << game << " move " << moves << ")";
                        mismatch = true;
                    }
                }
                c = opponent(c);
            }
            fig.moves += moves;
            ++fig.games;
            if (mismatch) return;
            if (forcedPasses < 2) {
                ++fig.capped;
                continue;
            }
            std::string sg = gg("final_score");
            std::string sm = test::ask(m, "final_score").text;
            EXPECT_EQ(sg, sm) << "size " << size << " game " << game << "\n"
                              << m.game().board().toString();
            ++fig.scored;
        }
    }
    std::printf(
        "gnugo diff: %d games, %d moves compared, %d refusals, %d passes, %d scored, "
        "%d capped\n",
        fig.games, fig.moves, fig.refusals, fig.passes, fig.scored, fig.capped);
    RecordProperty("games", fig.games);
    RecordProperty("moves", fig.moves);
}

}  // namespace
}  // namespace m37
