// Inputs found by the sgf_fuzz target (tests/data/sgf/fuzz/), replayed
// through the same checks: read, write, re-read to an equal tree, replay,
// and read as the app does (first game only): the games skimmed after it
// add up to those a full read finds, and reading the rest alone finds them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace fs = std::filesystem;

namespace m37 {
namespace {

TEST(SgfFuzzRegression, AllInputsRoundTrip) {
    fs::path dir = fs::path(MOVE37_TESTDATA_DIR) / "sgf" / "fuzz";
    int count = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        SCOPED_TRACE(e.path().filename().string());
        std::ifstream in(e.path(), std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        SgfReadResult r = readSgf(ss.str());
        std::string text = writeSgf(r.games);
        SgfReadResult again = readSgf(text);
        ASSERT_EQ(again.games.size(), r.games.size());
        for (size_t g = 0; g < r.games.size(); ++g) {
            std::string why;
            EXPECT_TRUE(sameTree(*r.games[g], *again.games[g], &why)) << why;
            SgfReplay rep = replaySgfGame(*r.games[g]);
            if (rep.ok) (void)writeSgf(*sgfFromGameState(rep.state));
        }
        EXPECT_EQ(writeSgf(again.games), text);
        SgfReadOptions firstOnly;
        firstOnly.maxGames = 1;
        SgfReadResult first = readSgf(ss.str(), firstOnly);
        if (!r.hasErrors())
            EXPECT_EQ(first.games.size() + size_t(first.unreadGames), r.games.size());
        if (first.unreadGames > 0) {
            SgfReadResult rest = readSgf(std::string_view(ss.str()).substr(first.unreadOffset));
            if (!rest.hasErrors()) EXPECT_EQ(rest.games.size(), size_t(first.unreadGames));
        }
        ++count;
    }
    EXPECT_GE(count, 1);
}

TEST(SgfFuzzRegression, LeadByteBeforeCarriageReturn) {
    // Shift_JIS lead byte 0x82 followed by CR: the CR is a line end.
    auto r = readSgf("(;CA[Shift_JIS]C[\x95\\\x82\r\rx];B[cc])");
    ASSERT_EQ(r.games.size(), 1u);
    EXPECT_EQ(r.games[0]->value("C").find('\r'), std::string::npos);
    auto again = readSgf(writeSgf(r.games));
    EXPECT_TRUE(sameTree(*r.games[0], *again.games[0]));
}

}  // namespace
}  // namespace m37
