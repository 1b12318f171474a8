// train-sl on a tiny net and three made-up games: the CSV log, checkpoint
// and exported net; resuming after a "kill" (two runs with rising --steps,
// the second dropping a CSV row logged after the checkpoint) lands on the
// same net as one uninterrupted run; a checkpoint of another shape is
// refused, and so is a corrupt one; bad files are reported and skipped.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/nn/net_file.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/train/train_sl.h"
#include "tests/train/train_test_util.h"

namespace m37::train {
namespace {

namespace fs = std::filesystem;

const std::string kData = MOVE37_TRAIN_DATA;

std::string freshDir(const std::string& name) {
    return freshTestDir("train_sl", name);
}

TrainSlParams tiny(const std::string& out, int64_t steps) {
    TrainSlParams p;
    setTinyRun(p, out, steps);
    p.data = {kData};
    p.batch = 8;
    p.lrSteps = {5};
    p.holdout = 0.34;  // one of the three games
    p.evalEvery = 2;
    p.evalPositions = 0;
    p.command = "train_sl_test";
    return p;
}

TEST(TrainSl, TinyRunWritesLogCheckpointAndNet) {
    const std::string dir = freshDir("tiny");
    TrainSlResult r = runTrainSl(tiny(dir, 4), nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.step, 4);
    EXPECT_EQ(r.resumedFrom, 0);
    EXPECT_EQ(r.holdoutGames, 1);
    EXPECT_GT(r.trainPositions, 0u);
    EXPECT_GT(r.holdoutPositions, 0u);
    EXPECT_GE(r.holdoutTop5, r.holdoutTop1);
    // The malformed file and the 9x9 game were reported, by name.
    std::string problems;
    for (const auto& s : r.load.problems) problems += s + "\n";
    EXPECT_NE(problems.find("bad.sgf: "), std::string::npos) << problems;
    EXPECT_NE(problems.find("nine.sgf: board size 9"), std::string::npos) << problems;

    auto lines = csvLines(dir);
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[0],
              "step,policy_loss,value_loss,accuracy,lr,positions_per_s,holdout_top1,"
              "holdout_top5,holdout_policy_loss,holdout_value_loss");
    EXPECT_EQ(csvSteps(dir), (std::vector<int64_t>{1, 2, 3, 4}));
    EXPECT_EQ(lines[1].substr(lines[1].size() - 3), ",,,");  // step 1: no evaluation
    EXPECT_NE(lines[2].substr(lines[2].size() - 3), ",,,");  // step 2: evaluated
    EXPECT_TRUE(fs::exists(dir + "/checkpoint.pt"));
    EXPECT_FALSE(fs::exists(dir + "/checkpoint.pt.tmp"));
    EXPECT_TRUE(fs::exists(dir + "/holdout.txt"));

    std::string error;
    auto net = nn::readNetFile(dir + "/net.m37", &error);
    ASSERT_TRUE(net) << error;
    EXPECT_EQ(net->meta.blocks, 1);
    EXPECT_EQ(net->meta.channels, 8);
    EXPECT_EQ(net->meta.command, "train_sl_test");
    EXPECT_NE(net->meta.notes.find("step 4 of 4"), std::string::npos) << net->meta.notes;
    ASSERT_FALSE(net->meta.extra.empty());
    EXPECT_EQ(net->meta.extra[0].first, "measured");
    EXPECT_NE(net->meta.extra[0].second.find("top-1"), std::string::npos);
    nn::NNParams params;
    auto ev = nn::TorchEvaluator::fromNetFile(dir + "/net.m37", params, &error);
    EXPECT_TRUE(ev) << error;
}

TEST(TrainSl, ResumeContinuesAsAnUninterruptedRun) {
    const std::string straight = freshDir("straight");
    TrainSlResult a = runTrainSl(tiny(straight, 6), nullptr);
    ASSERT_TRUE(a.ok) << a.error;

    const std::string resumed = freshDir("resumed");
    TrainSlResult b1 = runTrainSl(tiny(resumed, 4), nullptr);
    ASSERT_TRUE(b1.ok) << b1.error;
    // As if killed after logging step 5 but before its checkpoint.
    {
        std::ofstream csv(resumed + "/train.csv", std::ios::app);
        csv << "5,9.9,9.9,0,0.02,1,,,,\n";
    }
    TrainSlResult b2 = runTrainSl(tiny(resumed, 6), nullptr);
    ASSERT_TRUE(b2.ok) << b2.error;
    EXPECT_EQ(b2.resumedFrom, 4);
    EXPECT_EQ(b2.step, 6);
    EXPECT_EQ(csvSteps(resumed), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(csvLines(resumed)[5].find("9.9"), std::string::npos);

    EXPECT_LT(maxTensorDiff(straight + "/net.m37", resumed + "/net.m37"), 1e-5);
    EXPECT_NEAR(a.holdoutTop1, b2.holdoutTop1, 1e-9);

    // Running the finished run again trains nothing and keeps the log.
    TrainSlResult b3 = runTrainSl(tiny(resumed, 6), nullptr);
    ASSERT_TRUE(b3.ok) << b3.error;
    EXPECT_EQ(b3.resumedFrom, 6);
    EXPECT_EQ(csvSteps(resumed), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
}

TEST(TrainSl, CheckpointOfAnotherShapeIsRefused) {
    const std::string dir = freshDir("shape");
    ASSERT_TRUE(runTrainSl(tiny(dir, 2), nullptr).ok);
    TrainSlParams p = tiny(dir, 4);
    p.channels = 16;
    TrainSlResult r = runTrainSl(p, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("checkpoint.pt"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("1x8"), std::string::npos) << r.error;
}

TEST(TrainSl, CorruptCheckpointIsNamed) {
    const std::string dir = freshDir("corrupt");
    fs::create_directories(dir);
    {
        std::ofstream f(dir + "/checkpoint.pt");
        f << "not a checkpoint";
    }
    TrainSlResult r = runTrainSl(tiny(dir, 2), nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("checkpoint.pt: cannot read the checkpoint"), std::string::npos)
        << r.error;
}

TEST(TrainSl, NoGamesIsAnError) {
    TrainSlParams p = tiny(freshDir("empty"), 2);
    p.data = {kData + "/bad.sgf"};
    TrainSlResult r = runTrainSl(p, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("no training positions"), std::string::npos) << r.error;
    ASSERT_EQ(r.load.problems.size(), 1u);
    EXPECT_NE(r.load.problems[0].find("bad.sgf: "), std::string::npos);
}

}  // namespace
}  // namespace m37::train
