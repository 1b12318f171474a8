// The GRPO trainer on a tiny SFT model of 5x5 records: a run writes its
// CSVs (a row per step, a held-out row at the start, every evalEvery steps
// and the end) and loadable models with their provenance; a run stopped
// after two steps and resumed ends with exactly the weights of an
// uninterrupted one; a checkpoint of other settings and a preference run
// without a preference net are refused.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "engine/nn/net_file.h"
#include "engine/reason/grpo_trainer.h"
#include "engine/reason/sft_trainer.h"
#include "engine/reason/transformer.h"
#include "tests/reason/sft_test_util.h"

namespace m37::reason {
namespace {

namespace fs = std::filesystem;

std::string tmpDir(const std::string& name) {
    const std::string d = std::string(MOVE37_REASON_TEST_TMP) + "/grpo_" + name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// A tiny SFT model of 12 small records, made once per process (ctest runs
// each test in its own process, several at once: each makes its own).
const std::string& sftModel() {
    static const std::string path = [] {
        const std::string dir = tmpDir("sft_" + std::to_string(::getpid()));
        SftParams p;
        p.traces = dir + "/traces.txt";
        std::ofstream(p.traces) << test::smallTraceFile(12);
        p.outDir = dir + "/run";
        p.holdoutEvery = 4;
        p.model.dModel = 32;
        p.model.layers = 2;
        p.model.heads = 2;
        p.model.context = 96;
        p.steps = 60;
        p.batch = 4;
        p.lr = 1e-2;
        p.warmup = 2;
        p.logEvery = 0;
        p.evalEvery = 0;
        p.checkpointEvery = 0;
        p.checkpointMinutes = 0;
        const SftResult r = trainSft(p, nullptr, nullptr);
        EXPECT_TRUE(r.ok) << r.error;
        return SftRunFiles(p.outDir).model;
    }();
    return path;
}

GrpoParams tinyGrpo(const std::string& dir) {
    GrpoParams p;
    p.traces = dir + "/traces.txt";
    std::ofstream(p.traces) << test::smallTraceFile(12);
    p.init = sftModel();
    p.outDir = dir + "/run";
    p.holdoutEvery = 4;
    p.steps = 4;
    p.positionsPerStep = 2;
    p.groupSize = 3;
    p.lr = 1e-3;
    p.warmup = 1;
    p.maxTokens = 48;
    p.evalEvery = 2;
    p.evalPositions = 2;
    p.checkpointEvery = 0;
    p.checkpointMinutes = 0;
    p.seed = 5;
    p.command = "grpo test";
    p.judgeName = "constant";
    return p;
}

GrpoJudges constantJudge() {
    GrpoJudges j;
    j.judge = [](const GameState&) { return 0.5f; };
    return j;
}

std::vector<std::string> lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> v;
    for (std::string line; std::getline(in, line);) v.push_back(line);
    return v;
}

TEST(GrpoTrainer, WritesLogsAndLoadableModels) {
    const GrpoParams p = tinyGrpo(tmpDir("logs"));
    const GrpoResult r = trainGrpo(p, constantJudge(), nullptr, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.step, 4);
    EXPECT_EQ(r.trainPositions, 9u);
    EXPECT_EQ(r.heldOutPositions, 3u);
    const GrpoRunFiles files(p.outDir);
    const auto train = lines(files.csv);
    ASSERT_EQ(train.size(), 5u);
    EXPECT_EQ(train[0].rfind("step,reward,reward_std,format,accuracy,faithfulness,preference,", 0),
              0u);
    for (int s = 1; s <= 4; ++s) EXPECT_EQ(std::atoi(train[size_t(s)].c_str()), s);
    const auto eval = lines(files.eval);
    ASSERT_EQ(eval.size(), 4u);  // header, steps 0, 2 and 4
    EXPECT_EQ(std::atoi(eval[1].c_str()), 0);
    EXPECT_EQ(std::atoi(eval[3].c_str()), 4);
    std::string err;
    nn::NetMetadata meta;
    ASSERT_TRUE(loadTransformer(files.model, &err, &meta)) << err;
    EXPECT_EQ(meta.command, "grpo test");
    EXPECT_NE(meta.notes.find("reason-grpo (Dr. GRPO"), std::string::npos) << meta.notes;
    EXPECT_NE(meta.notes.find("reward verifier"), std::string::npos) << meta.notes;
    ASSERT_TRUE(loadTransformer(files.best, &err)) << err;
    // The curves are drawn at the end.
    for (const char* svg : {"/rewards.svg", "/length.svg"}) {
        const auto text = lines(p.outDir + svg);
        ASSERT_FALSE(text.empty()) << svg;
        EXPECT_EQ(text[0].rfind("<svg", 0), 0u) << svg;
    }
    // The policy moved away from its start (the check can fail).
    auto init = nn::readNetFile(p.init, &err);
    auto trained = nn::readNetFile(files.model, &err);
    ASSERT_TRUE(init && trained) << err;
    EXPECT_NE(init->tensors[0].values, trained->tensors[0].values);
}

TEST(GrpoTrainer, StoppedRunResumesToTheSameWeights) {
    const GrpoParams whole = tinyGrpo(tmpDir("whole"));
    ASSERT_TRUE(trainGrpo(whole, constantJudge(), nullptr, nullptr).ok);
    const GrpoParams parts = tinyGrpo(tmpDir("parts"));
    std::atomic<bool> stop{false};
    const GrpoResult first = trainGrpo(parts, constantJudge(), &stop, nullptr, [&](int64_t s) {
        if (s == 2) stop = true;
    });
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_TRUE(first.interrupted);
    stop = false;
    const GrpoResult second = trainGrpo(parts, constantJudge(), &stop, nullptr);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(second.resumedFrom, 2);
    EXPECT_EQ(second.step, 4);
    std::string err;
    auto a = nn::readNetFile(GrpoRunFiles(whole.outDir).model, &err);
    auto b = nn::readNetFile(GrpoRunFiles(parts.outDir).model, &err);
    ASSERT_TRUE(a && b) << err;
    ASSERT_EQ(a->tensors.size(), b->tensors.size());
    for (size_t i = 0; i < a->tensors.size(); ++i)
        EXPECT_EQ(a->tensors[i].values, b->tensors[i].values) << a->tensors[i].name;
    EXPECT_EQ(lines(GrpoRunFiles(parts.outDir).csv).size(), 5u);  // each step once
}

TEST(GrpoTrainer, RefusesOtherSettingsAndAMissingPreference) {
    GrpoParams p = tinyGrpo(tmpDir("refuse"));
    p.steps = 1;
    ASSERT_TRUE(trainGrpo(p, constantJudge(), nullptr, nullptr).ok);
    p.groupSize = 4;
    p.steps = 2;
    GrpoResult r = trainGrpo(p, constantJudge(), nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("checkpoint.pt: made by a run with group 3"), std::string::npos)
        << r.error;
    p.groupSize = 3;
    p.legalMoves = false;  // sampled and scored without the legal-move mask
    r = trainGrpo(p, constantJudge(), nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("legal_moves 1"), std::string::npos) << r.error;
    GrpoParams q = tinyGrpo(tmpDir("pref"));
    q.reward.kind = RewardKind::kPreference;
    r = trainGrpo(q, constantJudge(), nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("preference net"), std::string::npos) << r.error;
}

}  // namespace
}  // namespace m37::reason
