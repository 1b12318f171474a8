// `train` (train_rl.h) on a tiny net and a few 5x5 self-play chunks played
// by the rollout search: the loss falls on a fixed chunk set; a stopped run
// resumes with the same step count and no duplicated CSV rows, landing on
// the same net as an uninterrupted run; raising steps with a new chunk
// extends the window, which keeps the newest positions; a bad chunk is
// skipped with a warning naming file and line; the exported net.m37 loads
// and evaluates, and starts another run (--init-net) unchanged; --q-ratio
// trains the value toward the searches' root values while the held-out
// figures stay against the game results; an lz18 net starts an lz18-lib6
// run (liberty planes) with the same outputs, which then trains.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>

#include "engine/go/coord.h"
#include "engine/nn/net_file.h"
#include "engine/nn/net_loader.h"
#include "engine/train/selfplay.h"
#include "engine/train/train_rl.h"
#include "tests/train/train_test_util.h"

namespace m37::train {
namespace {

namespace fs = std::filesystem;

std::string freshDir(const std::string& name) {
    return freshTestDir("train_rl", name);
}

// Chunk k (0..3) of two 5x5 rollout games, made once per test process.
const std::vector<SelfPlayGame>& chunkGames(int k) {
    static std::vector<std::vector<SelfPlayGame>> chunks = [] {
        std::vector<std::vector<SelfPlayGame>> c(4);
        SelfPlayParams sp;
        sp.boardSize = 5;
        sp.visits = 16;
        sp.fastVisits = 4;
        sp.fullShare = 0.6;
        sp.temperatureMoves = 6;
        sp.netName = "rollouts";
        Rng rng(7);
        uint64_t seed = 1;
        for (auto& games : c)
            for (int g = 0; g < 2; ++g)
                games.push_back(playSelfPlayGame(sp, EvaluatorFactory{}, rng, seed++));
        return c;
    }();
    return chunks[size_t(k)];
}

// Writes chunks first..last-1 into dir as selfplay-00000k.txt, each newer
// than the one before.
void writeChunks(const std::string& dir, int first, int last) {
    fs::create_directories(dir);
    for (int k = first; k < last; ++k) {
        char name[32];
        std::snprintf(name, sizeof name, "/selfplay-%06d.txt", k);
        std::string error;
        ASSERT_TRUE(writeSelfPlayChunk(dir + name, chunkGames(k), &error)) << error;
        fs::last_write_time(dir + name,
                            fs::file_time_type::clock::now() + std::chrono::seconds(k - 10));
    }
}

TrainParams tiny(const std::string& data, const std::string& out, int64_t steps) {
    TrainParams p;
    setTinyRun(p, out, steps);
    p.chunkDirs = {data};
    p.boardSize = 5;
    p.batch = 16;
    p.holdout = 0;
    p.command = "train_rl_test";
    return p;
}

TEST(TrainRl, LossFallsOnAFixedChunkSet) {
    const std::string data = freshDir("fixed-data");
    writeChunks(data, 0, 2);
    const std::string out = freshDir("fixed");
    TrainParams p = tiny(data, out, 40);
    p.augment = false;
    p.lr = 0.05;
    p.checkpointEvery = 0;
    TrainResult r = runTrain(p, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.step, 40);
    EXPECT_EQ(r.chunks, 2u);
    EXPECT_EQ(r.games, 4u);
    EXPECT_GT(r.windowPositions, 0u);
    EXPECT_GT(r.positionsPerSecond, 0);
    const std::vector<double> policy = csvColumn(out, 1), value = csvColumn(out, 2);
    ASSERT_EQ(policy.size(), 40u);
    double first = 0, last = 0;
    for (int i = 0; i < 5; ++i) {
        first += policy[size_t(i)] + value[size_t(i)];
        last += policy[policy.size() - 1 - size_t(i)] + value[value.size() - 1 - size_t(i)];
    }
    EXPECT_LT(last, first * 0.9) << "first steps " << first / 5 << ", last steps " << last / 5;
    // Every row names the window.
    for (double wp : csvColumn(out, 6)) EXPECT_EQ(size_t(wp), r.windowPositions);
}

TEST(TrainRl, StoppedRunResumesAsAnUninterruptedRun) {
    const std::string data = freshDir("resume-data");
    writeChunks(data, 0, 2);
    const std::string straight = freshDir("straight");
    TrainParams ps = tiny(data, straight, 8);
    ps.holdout = 0.3;
    ps.evalEvery = 4;
    TrainResult a = runTrain(ps, nullptr);
    ASSERT_TRUE(a.ok) << a.error;
    EXPECT_EQ(a.step, 8);

    const std::string resumed = freshDir("resumed");
    TrainParams p = tiny(data, resumed, 5);
    p.holdout = 0.3;
    p.evalEvery = 4;
    TrainResult b1 = runTrain(p, nullptr);
    ASSERT_TRUE(b1.ok) << b1.error;
    EXPECT_EQ(b1.step, 5);
    // As if killed after logging step 6 but before its checkpoint (at 6).
    {
        std::ofstream csv(resumed + "/train.csv", std::ios::app);
        csv << "6,9.9,9.9,0,0.02,1,99,,,\n";
    }
    // Stopped before a step: the checkpoint stays at 5.
    std::atomic<bool> stop{true};
    p.steps = 8;
    TrainResult b2 = runTrain(p, nullptr, &stop);
    ASSERT_TRUE(b2.ok) << b2.error;
    EXPECT_TRUE(b2.interrupted);
    EXPECT_EQ(b2.resumedFrom, 5);
    EXPECT_EQ(b2.step, 5);
    EXPECT_EQ(csvSteps(resumed), (std::vector<int64_t>{1, 2, 3, 4, 5}));

    TrainResult b3 = runTrain(p, nullptr);
    ASSERT_TRUE(b3.ok) << b3.error;
    EXPECT_FALSE(b3.interrupted);
    EXPECT_EQ(b3.resumedFrom, 5);
    EXPECT_EQ(b3.step, 8);
    EXPECT_EQ(csvSteps(resumed), (std::vector<int64_t>{1, 2, 3, 4, 5, 6, 7, 8}));
    // The row step 6 logged before the kill is replaced (a real row may hold
    // "9.9" elsewhere, in its positions/s for one).
    EXPECT_NE(csvLines(resumed)[6].rfind("6,9.9,9.9,", 0), 0u);
    EXPECT_LT(maxTensorDiff(straight + "/net.m37", resumed + "/net.m37"), 1e-5);
    EXPECT_NEAR(a.holdoutTop1, b3.holdoutTop1, 1e-9);
    EXPECT_NEAR(a.holdoutPolicyLoss, b3.holdoutPolicyLoss, 1e-4);
    EXPECT_GT(a.holdoutGames, 0u);
    EXPECT_GT(a.holdoutPolicyLoss, 0);
    // The held-out figures are in the CSV at step 4 and the end.
    const auto lines = csvLines(resumed);
    EXPECT_EQ(lines[0],
              "step,policy_loss,value_loss,accuracy,lr,positions_per_s,window_positions,"
              "holdout_top1,holdout_policy_loss,holdout_value_loss");
    EXPECT_EQ(lines[3].substr(lines[3].size() - 2), ",,");  // step 3
    EXPECT_NE(lines[4].substr(lines[4].size() - 2), ",,");  // step 4
    EXPECT_NE(lines[8].substr(lines[8].size() - 2), ",,");  // step 8

    // A checkpoint of another shape is refused, naming both.
    TrainParams other = p;
    other.channels = 16;
    TrainResult refused = runTrain(other, nullptr);
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("checkpoint.pt: made by a run with net 1x8"), std::string::npos)
        << refused.error;
}

TEST(TrainRl, RaisingStepsWithANewChunkExtendsTheWindow) {
    const std::string data = freshDir("grow-data");
    writeChunks(data, 0, 2);
    const std::string out = freshDir("grow");
    TrainResult gen1 = runTrain(tiny(data, out, 3), nullptr);
    ASSERT_TRUE(gen1.ok) << gen1.error;
    EXPECT_EQ(gen1.chunks, 2u);

    writeChunks(data + "/gen2", 2, 3);  // a sub-folder: searched recursively
    TrainResult gen2 = runTrain(tiny(data, out, 6), nullptr);
    ASSERT_TRUE(gen2.ok) << gen2.error;
    EXPECT_EQ(gen2.resumedFrom, 3);
    EXPECT_EQ(gen2.step, 6);
    EXPECT_EQ(gen2.chunks, 3u);
    EXPECT_EQ(gen2.games, 6u);
    EXPECT_GT(gen2.windowPositions, gen1.windowPositions);
    EXPECT_EQ(csvSteps(out), (std::vector<int64_t>{1, 2, 3, 4, 5, 6}));
    const std::vector<double> windows = csvColumn(out, 6);
    EXPECT_EQ(size_t(windows[2]), gen1.windowPositions);
    EXPECT_EQ(size_t(windows[5]), gen2.windowPositions);

    // A window smaller than the chunks keeps only the newest chunk's games.
    size_t newest = 0;
    std::string error;
    for (const auto& g : chunkGames(2))
        forEachSelfPlayPosition(
            g, [&](const GameState&, const SelfPlayMove& m) { newest += m.full ? 1 : 0; }, &error);
    TrainParams small = tiny(data, freshDir("grow-small"), 1);
    small.window = newest;
    TrainResult s = runTrain(small, nullptr);
    ASSERT_TRUE(s.ok) << s.error;
    EXPECT_EQ(s.windowPositions, newest);
    EXPECT_EQ(s.chunks, 1u);
}

TEST(TrainRl, BadChunkIsSkippedWithFileAndLine) {
    const std::string data = freshDir("bad-data");
    writeChunks(data, 0, 1);
    {
        std::ofstream bad(data + "/selfplay-000009.txt");
        bad << "move37-selfplay 1\ngame\nsize 5\nrules "
               "ko=simple,scoring=area,suicide=0,bonus=n,komi=7\nresult B+R\nmoves 1\n"
               "B Z9 full 0.5 1:3\nend\n";
    }
    TrainResult r = runTrain(tiny(data, freshDir("bad"), 2), nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.chunks, 1u);
    EXPECT_EQ(r.chunksSkipped, 1u);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("selfplay-000009.txt:7: "), std::string::npos) << r.warnings[0];

    // Nothing usable at all is an error.
    TrainParams none = tiny(data + "/selfplay-000009.txt", freshDir("bad-only"), 2);
    TrainResult e = runTrain(none, nullptr);
    EXPECT_FALSE(e.ok);
    EXPECT_NE(e.error.find("no training positions"), std::string::npos) << e.error;
}

TEST(TrainRl, QRatioTrainsTheValueTowardTheSearchValueAndHoldsOutAgainstTheResult) {
    // Every move's root winrate set to 0.9: with --q-ratio 1 the value target
    // is 2 * 0.9 - 1 = 0.8 for every position, whatever the game's result.
    const std::string data = freshDir("q-data");
    fs::create_directories(data);
    for (int k = 0; k < 4; ++k) {
        std::vector<SelfPlayGame> games = chunkGames(k);
        for (auto& g : games)
            for (auto& m : g.moves) m.winrate = 0.9f;
        std::string error;
        ASSERT_TRUE(writeSelfPlayChunk(data + "/selfplay-00000" + std::to_string(k) + ".txt", games,
                                       &error))
            << error;
    }
    const std::string out = freshDir("q");
    TrainParams p = tiny(data, out, 80);
    p.augment = false;
    p.lr = 0.05;
    p.holdout = 0.4;
    p.qRatio = 1.0;
    p.checkpointEvery = 0;
    TrainResult r = runTrain(p, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_GT(r.holdoutPositions, 0u);
    // Training value loss (column 2) is against the constant target and falls
    // near zero; the held-out value loss is against the results (+1 or -1, or 0
    // drawn), which a net answering 0.8 everywhere cannot match.
    const std::vector<double> value = csvColumn(out, 2);
    ASSERT_EQ(value.size(), 80u);
    EXPECT_LT(value.back(), 0.05);
    EXPECT_GT(r.holdoutValueLoss, 0.3);
    std::string error;
    auto net = nn::loadNetwork(out + "/net.m37", nn::NNParams{}, &error);
    ASSERT_TRUE(net) << error;
    auto file = nn::readNetFile(out + "/net.m37", &error);
    ASSERT_TRUE(file) << error;
    EXPECT_NE(file->meta.notes.find("0 game result + 1 root value"), std::string::npos)
        << file->meta.notes;
    GameState state(5, *Rules::preset("chinese"));
    EXPECT_NEAR(net->factory()()->evaluate(state).value, 0.9f, 0.05f);

    // A share outside [0, 1] is refused.
    p.outDir = freshDir("q-bad");
    p.qRatio = 1.5;
    TrainResult bad = runTrain(p, nullptr);
    EXPECT_FALSE(bad.ok);
    EXPECT_NE(bad.error.find("q ratio 1.5"), std::string::npos) << bad.error;
}

TEST(TrainRl, ExportedNetLoadsEvaluatesAndStartsAnotherRun) {
    const std::string data = freshDir("export-data");
    writeChunks(data, 0, 1);
    const std::string out = freshDir("export");
    TrainResult r = runTrain(tiny(data, out, 2), nullptr);
    ASSERT_TRUE(r.ok) << r.error;

    std::string error;
    auto file = nn::readNetFile(out + "/net.m37", &error);
    ASSERT_TRUE(file) << error;
    EXPECT_EQ(file->meta.boardSize, 5);
    EXPECT_EQ(file->meta.command, "train_rl_test");
    EXPECT_NE(file->meta.data.find("self-play chunks"), std::string::npos) << file->meta.data;
    EXPECT_NE(file->meta.notes.find("step 2 of 2"), std::string::npos) << file->meta.notes;
    auto net = nn::loadNetwork(out + "/net.m37", nn::NNParams{}, &error);
    ASSERT_TRUE(net) << error;
    auto ev = net->factory()();
    GameState state(5, *Rules::preset("chinese"));
    nn::EvalOutput o = ev->evaluate(state);
    ASSERT_EQ(o.policy.size(), 26u);
    double sum = 0;
    for (float x : o.policy) sum += x;
    EXPECT_NEAR(sum, 1.0, 1e-4);
    EXPECT_GT(o.value, 0.0f);
    EXPECT_LT(o.value, 1.0f);

    // --init-net: the shape and weights come from the file (flags' shape ignored).
    TrainParams p = tiny(data, freshDir("export-init"), 0);
    p.initNet = out + "/net.m37";
    p.blocks = 3;
    p.channels = 32;
    TrainResult i = runTrain(p, nullptr);
    ASSERT_TRUE(i.ok) << i.error;
    EXPECT_LT(maxTensorDiff(out + "/net.m37", p.outDir + "/net.m37"), 1e-5);
}

TEST(TrainRl, LibertyFeaturesStartFromAnLz18NetUnchangedThenTrain) {
    const std::string data = freshDir("lib-data");
    writeChunks(data, 0, 2);
    const std::string base = freshDir("lib-base");
    ASSERT_TRUE(runTrain(tiny(data, base, 4), nullptr).ok);

    // Step 0 of an lz18-lib6 run from the lz18 net: the same numbers.
    TrainParams p = tiny(data, freshDir("lib"), 0);
    p.initNet = base + "/net.m37";
    p.inputFeatures = nn::InputFeatures::kLz18Liberties;
    TrainResult r = runTrain(p, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    std::string error;
    auto file = nn::readNetFile(p.outDir + "/net.m37", &error);
    ASSERT_TRUE(file) << error;
    EXPECT_EQ(file->meta.inputFeatures, "lz18-lib6");
    EXPECT_EQ(file->meta.inputPlanes, 24);
    auto before = nn::loadNetwork(base + "/net.m37", nn::NNParams{}, &error);
    ASSERT_TRUE(before) << error;
    auto after = nn::loadNetwork(p.outDir + "/net.m37", nn::NNParams{}, &error);
    ASSERT_TRUE(after) << error;
    GameState state(5, *Rules::preset("chinese"));
    for (const char* v : {"C3", "B3", "C2", "B2"}) state.play(*parseGtpVertex(v, 5));
    auto evA = before->factory()(), evB = after->factory()();
    EXPECT_EQ(evB->capabilities().inputPlanes, 24);
    const nn::EvalOutput a = evA->evaluate(state), b = evB->evaluate(state);
    EXPECT_NEAR(a.value, b.value, 1e-5);
    ASSERT_EQ(a.policy.size(), b.policy.size());
    for (size_t i = 0; i < a.policy.size(); ++i) EXPECT_NEAR(a.policy[i], b.policy[i], 1e-5);

    // Training goes on with the new planes (resumed from the step-0 checkpoint).
    p.steps = 6;
    r = runTrain(p, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.step, 6);
    auto trained = nn::loadNetwork(p.outDir + "/net.m37", nn::NNParams{}, &error);
    ASSERT_TRUE(trained) << error;
    // The liberty planes' input weights (input channels 18-23) have learned something.
    auto trainedFile = nn::readNetFile(p.outDir + "/net.m37", &error);
    ASSERT_TRUE(trainedFile) << error;
    const nn::NamedTensor* in = trainedFile->find("input.conv.weight");
    ASSERT_TRUE(in);
    ASSERT_EQ(in->shape, (std::vector<int64_t>{8, 24, 3, 3}));
    double libertyWeights = 0;
    for (int64_t o = 0; o < 8; ++o)
        for (int64_t i = 18; i < 24; ++i)
            for (int64_t k = 0; k < 9; ++k)
                libertyWeights += std::abs(in->values[size_t((o * 24 + i) * 9 + k)]);
    EXPECT_GT(libertyWeights, 0.0);

    // An lz18-lib6 net cannot start an lz18 run.
    TrainParams back = tiny(data, freshDir("lib-back"), 0);
    back.initNet = p.outDir + "/net.m37";
    back.inputFeatures = nn::InputFeatures::kLz18;
    TrainResult refused = runTrain(back, nullptr);
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("input features are lz18-lib6, not lz18"), std::string::npos)
        << refused.error;
}

}  // namespace
}  // namespace m37::train
