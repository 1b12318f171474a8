// The pieces train-sl and train share (trainer_common.h): the learning-rate
// schedule, trimming the CSV to a checkpoint's step, the move under a
// symmetry agreeing with the planes under it, and a .m37 export imported
// back into a net of the same shape giving the same outputs.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/nn/input_features.h"
#include "engine/train/train_rl.h"
#include "engine/train/train_sl.h"
#include "engine/train/trainer_common.h"
#include "tests/scratch_dir.h"

namespace m37::train {
namespace {

namespace fs = std::filesystem;

TEST(TrainerCommon, LearningRateSchedule) {
    EXPECT_DOUBLE_EQ(scheduledLearningRate(0.1, {5, 8}, 0.5, 4), 0.1);
    EXPECT_DOUBLE_EQ(scheduledLearningRate(0.1, {5, 8}, 0.5, 5), 0.05);
    EXPECT_DOUBLE_EQ(scheduledLearningRate(0.1, {5, 8}, 0.5, 100), 0.025);
}

// Both trainers follow the schedule of their params (lr, lrSteps, lrDecay).
TEST(TrainerCommon, TrainersFollowTheLearningRateSchedule) {
    TrainSlParams sl;
    TrainParams rl;
    for (TrainerParams* p : {static_cast<TrainerParams*>(&sl), static_cast<TrainerParams*>(&rl)}) {
        p->lr = 0.1;
        p->lrSteps = {10, 20};
        p->lrDecay = 0.5;
    }
    for (int64_t step : {0, 9, 10, 19, 20, 25}) {
        const double expected = step < 10 ? 0.1 : step < 20 ? 0.05 : 0.025;
        EXPECT_DOUBLE_EQ(trainSlLearningRate(sl, step), expected) << step;
        EXPECT_DOUBLE_EQ(trainLearningRate(rl, step), expected) << step;
    }
}

TEST(TrainerCommon, TrimCsvKeepsRowsUpToTheStep) {
    const std::string dir = testScratchDir(std::string(MOVE37_TRAIN_TEST_TMP) + "/trainer_common");
    const std::string path = dir + "/trim.csv";
    {
        std::ofstream f(path, std::ios::trunc);
        f << "step,x\n1,a\n2,b\n\n3,c\n4,d\n";
    }
    trimCsv(path, "step,x", 2);
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    EXPECT_EQ(ss.str(), "step,x\n1,a\n2,b\n");
}

TEST(TrainerCommon, SymmetricMoveFollowsThePlanes) {
    const int n = 5, area = n * n;
    for (int s = 0; s < 8; ++s)
        for (int m = 0; m < area; ++m) {
            std::vector<float> raw(size_t(area), 0.0f), dst(size_t(area), 0.0f);
            raw[size_t(m)] = 1;
            symmetricPlanes(s, raw.data(), dst.data(), 1, n);
            EXPECT_EQ(dst[size_t(symmetricMove(s, m, n))], 1.0f) << "s " << s << " m " << m;
        }
    EXPECT_EQ(symmetricMove(3, area, n), area);  // pass
}

TEST(TrainerCommon, ImportedNetFileGivesTheSameOutputs) {
    torch::manual_seed(3);
    PolicyValueShape shape;
    shape.boardSize = 5;
    shape.blocks = 2;
    shape.channels = 8;
    shape.valueHidden = 12;
    PolicyValueNet a(shape);
    // A few training steps so that batch-norm statistics and shifts are not trivial.
    torch::optim::SGD opt = makeSgd(a, 0.05, 0.9, 1e-4);
    for (int i = 0; i < 3; ++i) {
        torch::Tensor x = torch::rand({4, 18, 5, 5});
        auto [p, v] = a->forward(x);
        torch::Tensor loss = p.pow(2).mean() + (v - 0.5).pow(2).mean();
        opt.zero_grad();
        loss.backward();
        opt.step();
    }
    a->eval();
    const nn::NetFile file = a->toNetFile();
    std::string error;
    auto fileShape = netFileShape(file, &error);
    ASSERT_TRUE(fileShape) << error;
    EXPECT_EQ(*fileShape, shape);

    PolicyValueNet b(shape);
    ASSERT_TRUE(importNetFile(file, b, &error)) << error;
    b->eval();
    torch::NoGradGuard noGrad;
    torch::Tensor x = torch::rand({3, 18, 5, 5});
    auto [pa, va] = a->forward(x);
    auto [pb, vb] = b->forward(x);
    EXPECT_LT((pa - pb).abs().max().item<double>(), 1e-4);
    EXPECT_LT((va - vb).abs().max().item<double>(), 1e-4);

    // A net of another shape is refused.
    shape.channels = 16;
    PolicyValueNet c(shape);
    EXPECT_FALSE(importNetFile(file, c, &error));
    EXPECT_NE(error.find("another shape"), std::string::npos) << error;
}

}  // namespace
}  // namespace m37::train
