// Training positions from SGF files: packed planes equal Leela Zero's input
// planes of the replayed position, move and outcome targets, results (RE),
// the file search, and bad files reported by name and skipped.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "engine/nn/evaluator.h"
#include "engine/nn/input_features.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/train/sgf_positions.h"

namespace m37::train {
namespace {

const std::string kData = MOVE37_TRAIN_DATA;

bool mentions(const std::vector<std::string>& lines, const std::string& a, const std::string& b) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
        return l.find(a) != std::string::npos && l.find(b) != std::string::npos;
    });
}

TEST(SgfPositions, WinnerFromResult) {
    EXPECT_EQ(sgfWinner("B+R"), int(kBlack));
    EXPECT_EQ(sgfWinner("W+2.5"), int(kWhite));
    EXPECT_EQ(sgfWinner(" w+T"), int(kWhite));
    EXPECT_EQ(sgfWinner("0"), 0);
    EXPECT_EQ(sgfWinner("Void"), 0);
    EXPECT_EQ(sgfWinner("?"), 0);
    EXPECT_EQ(sgfWinner(""), 0);
}

TEST(SgfPositions, PlanesAndTargetsMatchTheReplayedGame) {
    const std::string file = kData + "/game1.sgf";
    SgfReadResult read = readSgfFile(file);
    ASSERT_TRUE(read.ok());
    PositionSet set(19);
    std::string why;
    ASSERT_TRUE(addGamePositions(*read.games[0], file, &set, &why)) << why;
    ASSERT_EQ(set.games().size(), 1u);
    const SgfReplay whole = replaySgfGame(*read.games[0]);
    ASSERT_TRUE(whole.ok);
    ASSERT_EQ(set.size(), size_t(whole.movesPlayed));
    EXPECT_EQ(set.games()[0].winner, int(kBlack));  // RE[B+R]

    std::vector<float> planes(size_t(nn::kLzInputPlanes) * 361);
    for (size_t i = 0; i < set.size(); ++i) {
        SgfReplayOptions o;
        o.untilMove = int(i) + 1;
        const SgfReplay r = replaySgfGame(*read.games[0], o);
        ASSERT_TRUE(r.ok);
        set.planes(i, planes.data());
        EXPECT_EQ(planes, nn::lzInputPlanes(r.state)) << "position " << i;
        const MoveRecord& mv = whole.state.moves()[i];
        EXPECT_EQ(set.info(i).move, nn::policyIndex(mv.loc, 19));
        EXPECT_EQ(set.info(i).toMove, uint8_t(mv.color));
        EXPECT_EQ(set.info(i).outcome, mv.color == kBlack ? 1 : -1);
        EXPECT_EQ(set.info(i).game, 0u);
    }
}

TEST(SgfPositions, FindsSgfAndMgtFilesRecursively) {
    std::vector<std::string> problems;
    auto files = findSgfFiles({kData, kData + "/no-such-folder"}, &problems);
    std::vector<std::string> names;
    for (const auto& f : files) names.push_back(std::filesystem::path(f).filename().string());
    EXPECT_EQ(names, (std::vector<std::string>{"bad.sgf", "game1.sgf", "game2.sgf", "nine.sgf",
                                               "game3.MGT"}));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("no-such-folder"), std::string::npos);
}

TEST(SgfPositions, BadFilesAreReportedAndSkipped) {
    SgfLoadReport rep;
    PositionSet set = loadSgfPositions({kData}, 19, &rep);
    EXPECT_EQ(rep.files, 5);
    EXPECT_EQ(rep.gamesUsed, 3);
    EXPECT_EQ(rep.filesSkipped, 2);
    EXPECT_TRUE(mentions(rep.problems, "bad.sgf: ", "not terminated"))
        << ::testing::PrintToString(rep.problems);
    EXPECT_TRUE(mentions(rep.problems, "nine.sgf: ", "board size 9"));
    EXPECT_EQ(set.games().size(), 3u);
    // The MGT game has RE[0]: no value target.
    for (size_t i = 0; i < set.size(); ++i) {
        const GameRecord& g = set.games()[set.info(i).game];
        if (g.source.find("game3.MGT") != std::string::npos)
            EXPECT_EQ(set.info(i).outcome, 0);
        else
            EXPECT_NE(set.info(i).outcome, 0);
    }
}

}  // namespace
}  // namespace m37::train
