// Batch analysis of a file with a real rollout search: a run stopped after
// a few positions leaves a valid partial file; the rerun searches only what
// is missing and keeps what was done; a third run searches nothing and
// leaves the file as it was; other visits start again; a move range; bad
// input; GNU Go loads the output.
#include "engine/review/batch_analysis.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/sgf/sgf_reader.h"
#include "tests/review/gnugo_util.h"

namespace m37 {
namespace {

const char* kGame =
    "(;GM[1]FF[4]SZ[9]KM[7]PB[Kim]PW[Lee]C[A 9x9 game.]"
    ";B[ee];W[cc];B[gc];W[cg];B[dd];W[gg];B[ec];W[dc];B[ge])\n";

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
}

class BatchAnalysis : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = ::testing::TempDir() + "/m37_batch_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name();
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        in_ = dir_ + "/game.sgf";
        out_ = dir_ + "/game.m37.sgf";
        std::ofstream(in_) << kGame;
        params_.info.engine = "move37 test";
        params_.info.visits = 40;
        params_.info.date = "2026-11-29";
        params_.saveEvery = 2;
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    static SearchParams search() {
        SearchParams p;
        p.rollouts = true;
        p.threads = 1;
        p.seed = 3;
        return p;
    }

    BatchResult run(const BatchParams& p) {
        SearchEngine engine(search());
        return analyzeFile(in_, out_, engine, p);
    }

    AnnotationRead readOut() {
        SgfReadResult r = readSgfFile(out_);
        EXPECT_TRUE(r.ok());
        return readAnnotation(*r.games.front());
    }

    std::string dir_, in_, out_;
    BatchParams params_;
};

// The MZA and MZC values of the first `n` positions of a file.
std::vector<std::string> analysisValues(const std::string& path, size_t n) {
    SgfReadResult r = readSgfFile(path);
    std::vector<std::string> out;
    const SgfNode* node = r.games.front().get();
    for (size_t i = 0; i < n && node; ++i, node = node->child(0)) {
        out.push_back(std::string(node->value("MZA")));
        if (const SgfProperty* c = node->find("MZC"))
            for (const auto& v : c->values) out.push_back(v);
    }
    return out;
}

TEST_F(BatchAnalysis, StoppedRunResumesWhereItStopped) {
    BatchParams limited = params_;
    limited.maxPositions = 4;
    BatchResult first = run(limited);
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_TRUE(first.stopped);
    EXPECT_EQ(first.positions, 10);
    EXPECT_EQ(first.searched, 4);
    EXPECT_EQ(first.reused, 0);
    EXPECT_EQ(first.analysed, 4);
    AnnotationRead partial = readOut();
    ASSERT_TRUE(partial.ok);
    EXPECT_TRUE(partial.warnings.empty());
    EXPECT_EQ(partial.review.analysedCount(), 4);
    EXPECT_EQ(partial.review.moves.size(), 3u);
    const std::vector<std::string> done = analysisValues(out_, 4);

    BatchResult second = run(params_);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_FALSE(second.stopped);
    EXPECT_EQ(second.reused, 4);
    EXPECT_EQ(second.searched, 6);
    EXPECT_EQ(second.analysed, 10);
    EXPECT_EQ(analysisValues(out_, 4), done);  // what was done is kept as it was
    AnnotationRead full = readOut();
    ASSERT_TRUE(full.ok);
    EXPECT_TRUE(full.warnings.empty());
    EXPECT_EQ(full.review.analysedCount(), 10);
    EXPECT_EQ(full.review.moves.size(), 9u);
    ASSERT_TRUE(full.info.has_value());
    EXPECT_EQ(full.info->visits, 40);
    for (const auto& p : full.review.positions) EXPECT_GE(p.visits, 40);
    // The input's own comment is kept, the analysis follows it.
    SgfReadResult r = readSgfFile(out_);
    EXPECT_EQ(std::string(r.games.front()->value("C")).rfind("A 9x9 game.\n\n--- move37 ---", 0),
              0u);

    const std::string text = slurp(out_);
    BatchResult third = run(params_);
    ASSERT_TRUE(third.ok);
    EXPECT_EQ(third.searched, 0);
    EXPECT_EQ(third.reused, 10);
    EXPECT_EQ(slurp(out_), text);
    EXPECT_FALSE(std::filesystem::exists(out_ + ".tmp"));
}

TEST_F(BatchAnalysis, SeveralEnginesSearchDifferentPositionsAtOnce) {
    SearchEngine a(search()), b(search()), c(search());
    std::vector<int> searched;
    BatchResult r = analyzeFile(in_, out_, {&a, &b, &c}, params_,
                                [&](const BatchProgress& p) { searched.push_back(p.searched); });
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.stopped);
    EXPECT_EQ(r.searched, 10);
    EXPECT_EQ(searched, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    AnnotationRead full = readOut();
    EXPECT_TRUE(full.warnings.empty());
    EXPECT_EQ(full.review.analysedCount(), 10);
    EXPECT_EQ(full.review.moves.size(), 9u);
    for (const auto& p : full.review.positions) EXPECT_GE(p.visits, 40);
    // Stopped early, then resumed by one engine.
    std::filesystem::remove(out_);
    BatchParams limited = params_;
    limited.maxPositions = 4;
    BatchResult part = analyzeFile(in_, out_, {&a, &b}, limited);
    ASSERT_TRUE(part.ok);
    EXPECT_TRUE(part.stopped);
    EXPECT_GE(part.searched, 4);
    EXPECT_LE(part.searched, 5);
    BatchResult rest = run(params_);
    ASSERT_TRUE(rest.ok);
    EXPECT_EQ(rest.reused, part.searched);
    EXPECT_EQ(rest.reused + rest.searched, 10);
}

TEST_F(BatchAnalysis, OtherVisitsStartAgain) {
    ASSERT_TRUE(run(params_).ok);
    BatchParams more = params_;
    more.info.visits = 60;
    more.maxPositions = 1;
    BatchResult r = run(more);
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.reused, 0);
    EXPECT_EQ(r.searched, 1);
    EXPECT_EQ(r.analysed, 1);
}

TEST_F(BatchAnalysis, MoveRangeAnalysesThePositionsAroundThoseMoves) {
    BatchParams range = params_;
    range.firstMove = 3;
    range.lastMove = 4;
    BatchResult r = run(range);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.searched, 3);  // before move 3, after 3, after 4
    AnnotationRead a = readOut();
    std::vector<int> analysed;
    for (const auto& p : a.review.positions)
        if (p.analysed) analysed.push_back(p.index);
    EXPECT_EQ(analysed, (std::vector<int>{2, 3, 4}));
    ASSERT_EQ(a.review.moves.size(), 2u);
    EXPECT_EQ(a.review.moves[0].moveNumber, 3);
}

TEST_F(BatchAnalysis, BadInputIsAClearError) {
    std::ofstream(in_, std::ios::trunc) << "(;GM[1]SZ[9];B[ee";
    BatchResult r = run(params_);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.rfind(in_ + ":", 0), 0u) << r.error;
    SearchEngine engine(search());
    BatchResult missing = analyzeFile(dir_ + "/none.sgf", out_, engine, params_);
    EXPECT_FALSE(missing.ok);
    EXPECT_NE(missing.error.find("none.sgf"), std::string::npos) << missing.error;
    EXPECT_FALSE(std::filesystem::exists(out_));
}

TEST_F(BatchAnalysis, GnuGoLoadsTheOutput) {
    ASSERT_FALSE(test::findGnugo().empty()) << "gnugo not found";
    ASSERT_TRUE(run(params_).ok);
    auto replies = test::gnugoReplies("loadsgf " + out_ + "\nlist_stones white\n");
    ASSERT_GE(replies.size(), 2u) << ::testing::PrintToString(replies);
    EXPECT_EQ(replies[0], "= white");
    std::istringstream in(replies[1].substr(2));
    std::vector<std::string> stones;
    std::string w;
    while (in >> w) stones.push_back(w);
    std::sort(stones.begin(), stones.end());
    EXPECT_EQ(stones, (std::vector<std::string>{"C3", "C7", "D7", "G3"}));
}

}  // namespace
}  // namespace m37
