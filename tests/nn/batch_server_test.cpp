// BatchServer (engine/nn/batch_server.h) over real backends (the
// deterministic RandomEvaluator and a small random LibTorch net) from
// several threads: each client gets what the backend gives its positions
// alone, the requests of waiting clients merge into one batch (never more
// than maxBatch positions), a client going away releases the others, and
// destroying the server with clients waiting neither hangs nor loses their
// answers.
#include <gtest/gtest.h>

#include <climits>
#include <thread>
#include <vector>

#include "engine/go/coord.h"
#include "engine/go/rng.h"
#include "engine/nn/batch_server.h"
#include "engine/nn/random_evaluator.h"
#include "engine/nn/random_network.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"

namespace m37::nn {
namespace {

// A position after `moves` random legal moves on a 9x9 board.
GameState randomPosition(uint64_t seed, int moves) {
    Rng rng(seed);
    GameState s(9);
    for (int i = 0; i < moves; ++i) {
        for (int tries = 0; tries < 50; ++tries) {
            const Loc l = makeLoc(int(rng.below(9)), int(rng.below(9)), 9);
            if (s.isLegal(l, s.toMove())) {
                s.play(l);
                break;
            }
        }
    }
    return s;
}

NNParams cpuFixed() {
    NNParams p;
    p.allowCuda = false;
    p.cacheEntries = 0;
    p.symmetryMode = SymmetryMode::kFixed;
    return p;
}

std::unique_ptr<Evaluator> smallTorchNet() {
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    std::string error;
    std::shared_ptr<const TorchNetwork> net = randomTorchNetwork(spec, 9, cpuFixed(), &error);
    EXPECT_TRUE(net) << error;
    return net ? std::make_unique<TorchEvaluator>(net, cpuFixed()) : nullptr;
}

// `threads` clients each evaluate `rounds` batches of `perBatch` positions;
// every output is compared with `reference` evaluating the position alone.
void checkAgainstAlone(BatchServer& server, Evaluator& reference, int threads, int rounds,
                       int perBatch, float tolerance) {
    std::vector<std::vector<EvalOutput>> got(static_cast<size_t>(threads));
    std::vector<std::unique_ptr<Evaluator>> clients;
    for (int t = 0; t < threads; ++t) clients.push_back(server.makeClient());
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            Evaluator& c = *clients[size_t(t)];
            for (int r = 0; r < rounds; ++r) {
                for (int k = 0; k < perBatch; ++k)
                    c.add(randomPosition(uint64_t(1000 * t + 10 * r + k), 3 + k));
                c.compute();
                for (int k = 0; k < perBatch; ++k) got[size_t(t)].push_back(c.output(k));
            }
            clients[size_t(t)].reset();  // leave, so the others need not wait for it
        });
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t)
        for (int r = 0; r < rounds; ++r)
            for (int k = 0; k < perBatch; ++k) {
                const EvalOutput want =
                    reference.evaluate(randomPosition(uint64_t(1000 * t + 10 * r + k), 3 + k));
                const EvalOutput& o = got[size_t(t)][size_t(r * perBatch + k)];
                ASSERT_EQ(o.policy.size(), want.policy.size());
                for (size_t i = 0; i < want.policy.size(); ++i)
                    ASSERT_NEAR(o.policy[i], want.policy[i], tolerance)
                        << "thread " << t << " round " << r << " position " << k;
                ASSERT_NEAR(o.value, want.value, tolerance);
            }
}

TEST(BatchServer, ClientsGetWhatTheBackendGivesAlone) {
    BatchServerParams p;
    p.maxBatch = 16;
    BatchServer server(std::make_unique<RandomEvaluator>(7), p);
    EXPECT_EQ(server.capabilities().name, RandomEvaluator(7).capabilities().name);
    RandomEvaluator reference(7);
    checkAgainstAlone(server, reference, 4, 20, 3, 0.0f);
    EXPECT_EQ(server.positions(), 4 * 20 * 3);
}

TEST(BatchServer, TorchNetMatchesAlone) {
    auto backend = smallTorchNet();
    auto reference = smallTorchNet();
    ASSERT_TRUE(backend && reference);
    BatchServerParams p;
    p.maxBatch = 32;
    BatchServer server(std::move(backend), p);
    EXPECT_TRUE(server.capabilities().supports(9));
    EXPECT_EQ(server.capabilities().inputPlanes, reference->capabilities().inputPlanes);
    checkAgainstAlone(server, *reference, 3, 6, 4, 1e-4f);
}

TEST(BatchServer, WaitingClientsMergeUpToMaxBatch) {
    // A wait far longer than the test: a batch goes only when every live
    // client is waiting or maxBatch positions are queued.
    BatchServerParams p;
    p.maxBatch = 8;
    p.maxWaitMicros = INT_MAX;
    BatchServer server(std::make_unique<RandomEvaluator>(3), p);
    RandomEvaluator reference(3);
    checkAgainstAlone(server, reference, 4, 10, 2, 0.0f);
    // Four clients of two positions each: every batch holds all four.
    EXPECT_EQ(server.batches(), 10);
    EXPECT_DOUBLE_EQ(server.meanBatch(), 8.0);
    EXPECT_EQ(server.largestBatch(), 8);

    // A cap of 4: two requests at most in a batch.
    p.maxBatch = 4;
    BatchServer capped(std::make_unique<RandomEvaluator>(3), p);
    checkAgainstAlone(capped, reference, 4, 10, 2, 0.0f);
    EXPECT_EQ(capped.largestBatch(), 4);
    EXPECT_GT(capped.meanBatch(), 1.0);
    EXPECT_EQ(capped.positions(), 80);
}

TEST(BatchServer, RequestLargerThanMaxBatchIsComputedAlone) {
    BatchServerParams p;
    p.maxBatch = 2;
    BatchServer server(std::make_unique<RandomEvaluator>(5), p);
    auto client = server.makeClient();
    RandomEvaluator reference(5);
    for (int k = 0; k < 5; ++k) client->add(randomPosition(uint64_t(k), k));
    client->compute();
    for (int k = 0; k < 5; ++k)
        EXPECT_EQ(client->output(k).policy,
                  reference.evaluate(randomPosition(uint64_t(k), k)).policy);
    EXPECT_EQ(server.batches(), 1);
    EXPECT_EQ(server.largestBatch(), 5);
}

TEST(BatchServer, ClientLeavingReleasesTheWaitingOnes) {
    BatchServerParams p;
    p.maxBatch = 64;
    p.maxWaitMicros = INT_MAX;  // only the departure can release the batch
    BatchServer server(std::make_unique<RandomEvaluator>(9), p);
    auto idle = server.makeClient();
    auto busy = server.makeClient();
    const GameState pos = randomPosition(42, 6);
    EvalOutput got;
    std::thread t([&] { got = busy->evaluate(pos); });
    while (server.waitingClients() == 0) std::this_thread::yield();
    idle.reset();
    t.join();
    RandomEvaluator reference(9);
    EXPECT_EQ(got.policy, reference.evaluate(pos).policy);
    EXPECT_EQ(server.batches(), 1);
}

TEST(BatchServer, DestroyedWithClientsWaiting) {
    BatchServerParams p;
    p.maxBatch = 64;
    p.maxWaitMicros = INT_MAX;
    auto server = std::make_unique<BatchServer>(std::make_unique<RandomEvaluator>(4), p);
    std::vector<std::unique_ptr<Evaluator>> clients;
    for (int i = 0; i < 4; ++i) clients.push_back(server->makeClient());
    // Three of four clients wait (the fourth keeps the batch from going).
    std::vector<EvalOutput> got(3);
    std::vector<std::thread> pool;
    for (int i = 0; i < 3; ++i)
        pool.emplace_back([&, i] {
            got[size_t(i)] = clients[size_t(i)]->evaluate(randomPosition(uint64_t(i), 5));
        });
    while (server->waitingClients() < 3) std::this_thread::yield();
    server.reset();  // computes what is queued, then stops
    for (auto& th : pool) th.join();
    RandomEvaluator reference(4);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(got[size_t(i)].policy, reference.evaluate(randomPosition(uint64_t(i), 5)).policy);
    // Clients outliving the server still answer (directly on the backend).
    const EvalOutput late = clients[3]->evaluate(randomPosition(9, 7));
    EXPECT_EQ(late.policy, reference.evaluate(randomPosition(9, 7)).policy);
    clients.clear();
}

}  // namespace
}  // namespace m37::nn
