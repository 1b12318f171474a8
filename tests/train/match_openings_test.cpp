// Match openings (engine/train/match_openings.h): SGF files and folders of
// them load as move lists in name order; a file of another board size, one
// with a move illegal under the match rules, setup stones, a finished game,
// or a missing path is refused with the file and what is wrong.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/go/coord.h"
#include "engine/train/match_openings.h"
#include "tests/scratch_dir.h"

namespace m37::train {
namespace {

namespace fs = std::filesystem;

std::string dirFor(const std::string& name) {
    const fs::path d = fs::path(testScratchDir(MOVE37_TRAIN_TEST_TMP)) / name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d.string();
}

std::string write(const std::string& dir, const std::string& name, const std::string& sgf) {
    const std::string path = dir + "/" + name;
    std::ofstream(path) << sgf;
    return path;
}

const Rules kChinese = *Rules::preset("chinese");

TEST(MatchOpenings, FilesAndFoldersLoadInNameOrder) {
    const std::string dir = dirFor("good");
    write(dir, "b.sgf", "(;GM[1]SZ[9];B[ee];W[cc];B[gg])");
    write(dir, "a.sgf", "(;GM[1]SZ[9]KM[6.5]RU[Japanese];B[cg];W[])");
    write(dir, "notes.txt", "not an opening");
    const std::string single = write(dirFor("single"), "c.sgf", "(;GM[1]SZ[9])");
    std::string error;
    auto o = loadMatchOpenings({dir, single}, 9, kChinese, &error);
    ASSERT_TRUE(o) << error;
    ASSERT_EQ(o->size(), 3u);
    EXPECT_EQ((*o)[0].name, "a.sgf");
    ASSERT_EQ((*o)[0].moves.size(), 2u);
    EXPECT_EQ((*o)[0].moves[0].color, kBlack);
    EXPECT_EQ(gtpVertex((*o)[0].moves[0].loc, 9), "C3");
    EXPECT_EQ((*o)[0].moves[1].loc, kPassLoc);
    EXPECT_EQ((*o)[1].name, "b.sgf");
    ASSERT_EQ((*o)[1].moves.size(), 3u);
    EXPECT_EQ(gtpVertex((*o)[1].moves[2].loc, 9), "G3");
    EXPECT_TRUE((*o)[2].moves.empty());  // the empty board is an opening too

    // Games 2k and 2k+1 share opening k, cycling.
    EXPECT_EQ(openingForGame(*o, 0), &(*o)[0]);
    EXPECT_EQ(openingForGame(*o, 1), &(*o)[0]);
    EXPECT_EQ(openingForGame(*o, 5), &(*o)[2]);
    EXPECT_EQ(openingForGame(*o, 6), &(*o)[0]);
    EXPECT_EQ(openingForGame({}, 0), nullptr);
}

TEST(MatchOpenings, BadOpeningsNameTheFileAndTheFault) {
    const std::string dir = dirFor("bad");
    auto expectError = [&](const std::string& sgf, const std::string& what) {
        const std::string path = write(dir, "x.sgf", sgf);
        std::string error;
        EXPECT_FALSE(loadMatchOpenings({path}, 9, kChinese, &error)) << sgf;
        EXPECT_EQ(error.rfind(path + ": ", 0), 0u) << error;
        EXPECT_NE(error.find(what), std::string::npos) << error;
    };
    expectError("(;GM[1]SZ[19];B[dd])", "a 19x19 game; the match is 9x9");
    expectError("(;GM[1]SZ[9];B[ee];W[ee])", "move 2 (W E5) is illegal under the match rules");
    expectError("(;GM[1]SZ[9]AB[ee];W[cc])", "has setup stones");
    expectError("(;GM[1]SZ[9];B[ee];W[];B[])", "the game is over");
    expectError("this is no SGF", "1:1: error: no SGF game tree found");

    std::string error;
    EXPECT_FALSE(loadMatchOpenings({dir + "/missing.sgf"}, 9, kChinese, &error));
    EXPECT_NE(error.find("missing.sgf: no such file or folder"), std::string::npos) << error;
    EXPECT_FALSE(loadMatchOpenings({dirFor("empty")}, 9, kChinese, &error));
    EXPECT_NE(error.find("no .sgf file"), std::string::npos) << error;
}

}  // namespace
}  // namespace m37::train
