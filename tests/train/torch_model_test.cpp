// The trainable net and the .m37 format: a freshly initialised net, trained
// a few steps (so batch-norm statistics and shifts are not trivial), exported
// with toNetFile and written, then loaded by TorchEvaluator::fromNetFile,
// gives the policy and value of the net's own eval-mode forward pass on
// real game positions.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <cstring>
#include <filesystem>

#include "engine/nn/input_features.h"
#include "engine/nn/net_file.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/train/torch_model.h"
#include "tests/scratch_dir.h"

namespace m37::train {
namespace {

const std::string kData = MOVE37_TRAIN_DATA;

std::string tmpDir() {
    return testScratchDir(std::string(MOVE37_TRAIN_TEST_TMP) + "/torch_model");
}

// Positions of a game record, before moves 1, 4, 9, ... .
std::vector<GameState> positions(const std::string& file) {
    SgfReadResult read = readSgfFile(file);
    EXPECT_TRUE(read.ok());
    std::vector<GameState> out;
    for (int m : {1, 4, 9, 16, 23, 30, 35}) {
        SgfReplayOptions o;
        o.untilMove = m;
        SgfReplay r = replaySgfGame(*read.games[0], o);
        EXPECT_TRUE(r.ok) << r.error;
        out.push_back(r.state);
    }
    return out;
}

torch::Tensor inputOf(const std::vector<GameState>& states) {
    const int64_t n = states[0].size();
    torch::Tensor x = torch::empty({int64_t(states.size()), 18, n, n});
    for (size_t i = 0; i < states.size(); ++i) {
        auto planes = nn::lzInputPlanes(states[i]);
        std::memcpy(x[int64_t(i)].data_ptr<float>(), planes.data(), planes.size() * sizeof(float));
    }
    return x;
}

TEST(TorchModel, ExportedNetGivesTheModelsOwnOutputs) {
    torch::manual_seed(7);
    PolicyValueShape shape;
    shape.blocks = 2;
    shape.channels = 16;
    shape.valueHidden = 32;
    PolicyValueNet net(shape);
    std::vector<GameState> states = positions(kData + "/game1.sgf");
    const torch::Tensor x = inputOf(states);

    // A few training steps on these positions, towards random moves.
    torch::Tensor targets = torch::randint(0, 362, {int64_t(states.size())}, torch::kInt64);
    torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(0.05).momentum(0.9));
    net->train();
    for (int step = 0; step < 5; ++step) {
        auto [logits, v] = net->forward(x);
        torch::Tensor loss =
            torch::nn::functional::cross_entropy(logits, targets) + (v - 0.5).pow(2).mean();
        opt.zero_grad();
        loss.backward();
        opt.step();
    }

    net->eval();
    torch::Tensor policy, value;
    {
        torch::NoGradGuard noGrad;
        auto [logits, v] = net->forward(x);
        policy = torch::softmax(logits, 1).contiguous();
        value = v.contiguous();
    }

    nn::NetFile file = net->toNetFile();
    file.meta.command = "torch_model_test";
    EXPECT_EQ(file.meta.blocks, 2);
    EXPECT_EQ(file.meta.channels, 16);
    const std::string path = tmpDir() + "/trained.m37";
    std::string error;
    ASSERT_TRUE(nn::writeNetFile(path, file, &error)) << error;

    nn::NNParams params;
    params.symmetryMode = nn::SymmetryMode::kFixed;
    params.symmetry = 0;
    params.cacheEntries = 0;
    auto ev = nn::TorchEvaluator::fromNetFile(path, params, &error);
    ASSERT_TRUE(ev) << error;
    double maxPolicyDiff = 0, maxValueDiff = 0;
    for (size_t i = 0; i < states.size(); ++i) {
        nn::EvalOutput out = ev->evaluate(states[i]);
        ASSERT_EQ(out.rawPolicy.size(), 362u);
        for (int m = 0; m < 362; ++m) {
            const double d =
                std::abs(out.rawPolicy[size_t(m)] - policy[int64_t(i)][m].item<float>());
            maxPolicyDiff = std::max(maxPolicyDiff, d);
        }
        const double winrate = (1.0 + value[int64_t(i)].item<float>()) / 2.0;
        maxValueDiff = std::max(maxValueDiff, std::abs(out.value - winrate));
    }
    EXPECT_LT(maxPolicyDiff, 1e-4);
    EXPECT_LT(maxValueDiff, 1e-4);
    // The outputs are not trivially equal for all positions (the test can fail).
    EXPECT_GT((policy[0] - policy[5]).abs().max().item<float>(), 1e-4);
}

TEST(TorchModel, NetFileHasTheLoadersTensors) {
    PolicyValueShape shape;
    shape.boardSize = 9;
    shape.blocks = 1;
    shape.channels = 8;
    shape.valueHidden = 16;
    PolicyValueNet net(shape);
    nn::NetFile f = net->toNetFile();
    EXPECT_EQ(f.meta.boardSize, 9);
    ASSERT_TRUE(f.find("res0.conv2.bn_var"));
    EXPECT_EQ(f.find("policy.fc.weight")->shape, (std::vector<int64_t>{82, 162}));
    EXPECT_EQ(f.find("value.fc1.weight")->shape, (std::vector<int64_t>{16, 81}));
    EXPECT_EQ(f.find("input.conv.weight")->shape, (std::vector<int64_t>{8, 18, 3, 3}));
    EXPECT_EQ(f.tensors.size(), size_t(3 * 5 + 6));
}

}  // namespace
}  // namespace m37::train
