// Random networks of any board size (engine/nn/random_network.h), used by
// `bench nn`. Kept here until tests/nn takes it: a 9x9 net evaluates
// positions with proper policies and values, the same spec gives the same
// numbers, and a wrong size is refused.
#include <cmath>
#include <numeric>

#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/nn/random_network.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"

using namespace m37;
using namespace m37::nn;

namespace {

NNParams cpuParams() {
    NNParams p;
    p.allowCuda = false;
    p.cacheEntries = 0;
    p.symmetryMode = SymmetryMode::kFixed;
    return p;
}

}  // namespace

TEST(RandomNetwork, NineByNineEvaluates) {
    RandomLzSpec spec;
    spec.blocks = 2;
    spec.filters = 16;
    std::string error;
    std::shared_ptr<const TorchNetwork> net = randomTorchNetwork(spec, 9, cpuParams(), &error);
    ASSERT_TRUE(net) << error;
    EXPECT_EQ(net->shape().boardSize, 9);
    EXPECT_EQ(net->shape().blocks, 2);
    EXPECT_EQ(net->shape().filters, 16);
    TorchEvaluator ev(net, cpuParams());
    EXPECT_TRUE(ev.capabilities().supports(9));
    GameState g(9);
    g.play(makeLoc(2, 2, 9));
    const EvalOutput out = ev.evaluate(g);
    ASSERT_TRUE(ev.lastError().empty()) << ev.lastError();
    ASSERT_EQ(out.policy.size(), 82u);
    EXPECT_NEAR(std::accumulate(out.policy.begin(), out.policy.end(), 0.0), 1.0, 1e-4);
    EXPECT_EQ(out.policy[size_t(2 * 9 + 2)], 0.0f);  // occupied point masked
    EXPECT_GT(out.value, 0.0f);
    EXPECT_LT(out.value, 1.0f);
    // Far from flat: the best move has clearly more than the uniform share.
    EXPECT_GT(*std::max_element(out.rawPolicy.begin(), out.rawPolicy.end()), 2.0f / 82);

    // Same spec, same numbers; another seed, other numbers.
    std::shared_ptr<const TorchNetwork> same = randomTorchNetwork(spec, 9, cpuParams(), &error);
    TorchEvaluator ev2(same, cpuParams());
    const EvalOutput out2 = ev2.evaluate(g);
    EXPECT_EQ(out.rawPolicy, out2.rawPolicy);
    EXPECT_EQ(out.value, out2.value);
    spec.seed = 38;
    TorchEvaluator ev3(randomTorchNetwork(spec, 9, cpuParams(), &error), cpuParams());
    EXPECT_NE(ev3.evaluate(g).rawPolicy, out.rawPolicy);
}

TEST(RandomNetwork, WeightsMustFitTheBoard) {
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    const LzWeights w = randomLzWeights(spec, 9);
    std::string error;
    EXPECT_FALSE(TorchNetwork::fromLzSized(w, 19, cpuParams(), &error));
    EXPECT_NE(error.find("19x19"), std::string::npos) << error;
    EXPECT_FALSE(TorchNetwork::fromLz(w, cpuParams(), &error));
    EXPECT_TRUE(TorchNetwork::fromLzSized(w, 9, cpuParams(), &error)) << error;
    const LzWeights w19 = randomLzWeights(spec, 19);
    EXPECT_TRUE(TorchNetwork::fromLz(w19, cpuParams(), &error)) << error;
}
