// The SFT trainer on a tiny model and a handful of 5x5 records: the loss
// on the training records falls far below the fresh model's, a run stopped
// after a few steps and resumed ends with exactly the weights of an
// uninterrupted one, a checkpoint of other settings is refused, and a bad
// trace file is reported as FILE:LINE. Also the learning-rate schedule.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include "engine/nn/net_file.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/sft_data.h"
#include "engine/reason/sft_trainer.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/transformer.h"
#include "engine/reason/transformer_checkpoint.h"
#include "engine/reason/transformer_train.h"
#include "tests/reason/reason_test_util.h"
#include "tests/reason/sft_test_util.h"

namespace m37::reason {
namespace {

namespace fs = std::filesystem;

std::string tmpDir(const std::string& name) {
    const std::string d = std::string(MOVE37_REASON_TEST_TMP) + "/sft_" + name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

// A run on `records` small records in `dir`.
SftParams tinyRun(const std::string& dir, int records) {
    const std::string traces = dir + "/traces.txt";
    std::ofstream(traces) << test::smallTraceFile(records);
    SftParams p;
    p.traces = traces;
    p.outDir = dir + "/run";
    p.holdoutEvery = 4;
    p.model.dModel = 32;
    p.model.layers = 2;
    p.model.heads = 2;
    p.model.context = 96;
    p.steps = 12;
    p.batch = 4;
    p.lr = 3e-3;
    p.warmup = 2;
    p.logEvery = 1;
    p.evalEvery = 5;
    p.checkpointEvery = 0;
    p.checkpointMinutes = 0;
    p.seed = 7;
    p.command = "test";
    return p;
}

// The mean completion loss of examples under a model.
double examplesLoss(Transformer& m, const std::vector<SftExample>& examples) {
    std::vector<std::vector<int>> prompts, completions;
    for (const auto& e : examples) {
        prompts.push_back(e.prompt);
        completions.push_back(e.completion);
    }
    torch::NoGradGuard noGrad;
    m->eval();
    return maskedLmLoss(m, makeLmBatch(prompts, completions, 0)).item<double>();
}

// The records of a trace file as examples.
std::vector<SftExample> fileExamples(const std::string& path, int context) {
    std::string err;
    auto ex = readSftExamples(path, context, &err);
    EXPECT_TRUE(ex) << err;
    return ex ? *ex : std::vector<SftExample>{};
}

// The mean completion loss of the training records under a model.
double trainingLoss(Transformer& m, const SftParams& p) {
    std::vector<SftExample> train, held;
    splitHeldOut(fileExamples(p.traces, p.model.context), p.holdoutEvery, &train, &held);
    return examplesLoss(m, train);
}

nn::NetFile readModel(const std::string& path) {
    std::string err;
    auto f = nn::readNetFile(path, &err);
    EXPECT_TRUE(f) << err;
    return f ? *f : nn::NetFile{};
}

TEST(SftTrainer, LearningRateWarmsUpThenDecays) {
    SftParams p;
    p.lr = 1e-3;
    p.warmup = 10;
    p.steps = 110;
    p.minLrRatio = 0.1;
    EXPECT_NEAR(sftLearningRate(p, 0), 1e-4, 1e-12);
    EXPECT_NEAR(sftLearningRate(p, 9), 1e-3, 1e-12);
    EXPECT_NEAR(sftLearningRate(p, 10), 1e-3, 1e-12);
    EXPECT_NEAR(sftLearningRate(p, 60), 0.55e-3, 1e-12);
    EXPECT_NEAR(sftLearningRate(p, 110), 1e-4, 1e-12);
    EXPECT_LT(sftLearningRate(p, 80), sftLearningRate(p, 70));
}

TEST(SftTrainer, LossFallsAndTheModelLoads) {
    SftParams p = tinyRun(tmpDir("falls"), 12);
    p.steps = 100;
    p.lr = 1e-2;
    p.evalEvery = 25;
    const SftResult r = trainSft(p, nullptr, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.step, 100);
    EXPECT_EQ(r.trainRecords, 9u);
    EXPECT_EQ(r.heldOutRecords, 3u);
    EXPECT_GE(r.heldOutLoss, 0);
    p.model.vocab = Tokenizer::instance().vocabSize();
    Transformer fresh = makeTransformer(p.model, p.seed);
    std::string err;
    nn::NetMetadata meta;
    auto trained = loadTransformer(SftRunFiles(p.outDir).model, &err, &meta);
    ASSERT_TRUE(trained) << err;
    EXPECT_EQ(meta.command, "test");
    EXPECT_EQ((*trained)->params().boardSize, 5);
    const double before = trainingLoss(fresh, p), after = trainingLoss(*trained, p);
    EXPECT_LT(after, 0.3 * before) << before << " -> " << after;
    // The best held-out evaluation's model is kept beside the latest.
    nn::NetMetadata bestMeta;
    ASSERT_TRUE(loadTransformer(SftRunFiles(p.outDir).best, &err, &bestMeta)) << err;
    EXPECT_EQ(bestMeta.command, "test");
    // The file is what ReasonModel streams from.
    auto rm = ReasonModel::load(SftRunFiles(p.outDir).model, {}, &err);
    EXPECT_TRUE(rm) << err;
    // train.csv: a header and a row per step, held-out loss at 25, 50, 75 and the end.
    std::ifstream csv(SftRunFiles(p.outDir).csv);
    std::string line;
    int rows = 0, heldOutRows = 0;
    std::getline(csv, line);
    EXPECT_EQ(line, "step,loss,lr,tokens_per_s,heldout_loss,train_seconds");
    while (std::getline(csv, line)) {
        ++rows;
        const auto cut = line.rfind(',');
        const auto prev = line.rfind(',', cut - 1);
        heldOutRows += cut > prev + 1;
    }
    EXPECT_EQ(rows, 100);
    EXPECT_EQ(heldOutRows, 4);  // 25, 50, 75 and the end
}

// With --augment on, so the drawn symmetries must replay too.
TEST(SftTrainer, StoppedRunResumesToTheSameWeights) {
    SftParams whole = tinyRun(tmpDir("whole"), 10);
    whole.augment = true;
    ASSERT_TRUE(trainSft(whole, nullptr, nullptr).ok);

    SftParams parts = tinyRun(tmpDir("parts"), 10);
    parts.augment = true;
    std::atomic<bool> stop{false};
    const SftResult first = trainSft(parts, &stop, nullptr, [&](int64_t step) {
        if (step == 5) stop = true;
    });
    ASSERT_TRUE(first.ok) << first.error;
    EXPECT_TRUE(first.interrupted);
    EXPECT_EQ(first.step, 5);
    stop = false;
    const SftResult second = trainSft(parts, &stop, nullptr);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_FALSE(second.interrupted);
    EXPECT_EQ(second.resumedFrom, 5);
    EXPECT_EQ(second.step, 12);

    const nn::NetFile a = readModel(SftRunFiles(whole.outDir).model);
    const nn::NetFile b = readModel(SftRunFiles(parts.outDir).model);
    ASSERT_EQ(a.tensors.size(), b.tensors.size());
    ASSERT_FALSE(a.tensors.empty());
    for (size_t i = 0; i < a.tensors.size(); ++i) {
        EXPECT_EQ(a.tensors[i].name, b.tensors[i].name);
        EXPECT_EQ(a.tensors[i].values, b.tensors[i].values) << a.tensors[i].name;
    }
    // And a run that went on differs from the fresh start (the check can fail).
    SftParams fresh = whole;
    fresh.model.vocab = Tokenizer::instance().vocabSize();
    fresh.model.boardSize = 5;
    const nn::NetFile init = makeTransformer(fresh.model, fresh.seed)->toNetFile();
    EXPECT_NE(init.tensors[0].values, a.tensors[0].values);
    // The symmetries changed what was learned: the same run unturned differs.
    SftParams plain = tinyRun(tmpDir("plain"), 10);
    ASSERT_TRUE(trainSft(plain, nullptr, nullptr).ok);
    const nn::NetFile c = readModel(SftRunFiles(plain.outDir).model);
    EXPECT_NE(c.tensors[0].values, a.tensors[0].values);

    // The CSV has each step once.
    std::ifstream csv(SftRunFiles(parts.outDir).csv);
    std::string line;
    std::vector<int64_t> steps;
    std::getline(csv, line);
    while (std::getline(csv, line)) steps.push_back(std::atoll(line.c_str()));
    ASSERT_EQ(steps.size(), 12u);
    for (size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i], int64_t(i + 1));
}

TEST(SftTrainer, CheckpointOfOtherSettingsIsRefused) {
    SftParams p = tinyRun(tmpDir("refuse"), 8);
    p.steps = 3;
    ASSERT_TRUE(trainSft(p, nullptr, nullptr).ok);
    p.batch = 2;
    const SftResult r = trainSft(p, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find("checkpoint.pt: made by a run with"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("batch 4"), std::string::npos) << r.error;
}

// A checkpoint written before a setting existed resumes when the setting is
// off (its key reads as 0) and is refused when it is on.
TEST(SftTrainer, CheckpointWithoutANewerKeyReadsItAsOff) {
    Transformer m = makeTransformer(test::tinyTransformer(40, 32), 3);
    auto opt = makeAdamW(m, 1e-3, 0);
    const std::string path = tmpDir("newer-key") + "/checkpoint.pt";
    fs::create_directories(fs::path(path).parent_path());
    TransformerCheckpoint state;
    state.step = 7;
    std::string err;
    ASSERT_TRUE(writeTransformerCheckpoint(path, {{"batch", 4}}, "best", m, *opt, state, &err))
        << err;
    TransformerCheckpoint back;
    EXPECT_TRUE(readTransformerCheckpoint(path, {{"batch", 4}, {"last_move", 0}}, "best", m, *opt,
                                          &back, &err))
        << err;
    EXPECT_EQ(back.step, 7);
    EXPECT_FALSE(readTransformerCheckpoint(path, {{"batch", 4}, {"last_move", 1}}, "best", m, *opt,
                                           &back, &err));
    EXPECT_NE(err.find("made by a run with last_move 0; these settings ask for last_move 1"),
              std::string::npos)
        << err;
}

// Think-block heads (reason-traces --recorded) on the small records'
// positions, naming candidates the main records never name.
std::string headTraceFile(int records) {
    std::string text = traceFileHeader();
    for (int i = 0; i < records; ++i) {
        TraceRecord r = test::smallRecord(i);
        r.source = "head#" + std::to_string(i);
        r.think = std::string("<think>\nto move: ") + (r.toMove == kBlack ? "black" : "white") +
                  ".\ncandidates: " + (i % 2 ? "E1 A4" : "A4 E1") + ".\n";
        text += serializeTraceRecord(r);
    }
    return text;
}

// --extra-traces: its records join every step (never held out), so the run
// learns them and the run without them does not; the split of --traces and
// the checkpoint's identity keep them apart.
TEST(SftTrainer, ExtraRecordsJoinEveryStep) {
    const std::string dir = tmpDir("extra");
    SftParams plain = tinyRun(tmpDir("extra-plain"), 12);
    plain.steps = 60;
    plain.lr = 1e-2;
    SftParams extra = tinyRun(dir, 12);
    extra.steps = 60;
    extra.lr = 1e-2;
    extra.extraTraces = dir + "/heads.txt";
    extra.extraBatch = 2;
    std::ofstream(extra.extraTraces) << headTraceFile(6);
    const SftResult a = trainSft(plain, nullptr, nullptr);
    const SftResult b = trainSft(extra, nullptr, nullptr);
    ASSERT_TRUE(a.ok) << a.error;
    ASSERT_TRUE(b.ok) << b.error;
    EXPECT_EQ(b.extraRecords, 6u);
    EXPECT_EQ(b.trainRecords, a.trainRecords);
    EXPECT_EQ(b.heldOutRecords, a.heldOutRecords);
    std::string err;
    auto ma = loadTransformer(SftRunFiles(plain.outDir).model, &err);
    ASSERT_TRUE(ma) << err;
    auto mb = loadTransformer(SftRunFiles(extra.outDir).model, &err);
    ASSERT_TRUE(mb) << err;
    const std::vector<SftExample> heads = fileExamples(extra.extraTraces, 96);
    const double headsPlain = examplesLoss(*ma, heads);
    const double headsExtra = examplesLoss(*mb, heads);
    EXPECT_LT(headsExtra, 0.5 * headsPlain) << headsPlain << " vs " << headsExtra;
    // A checkpoint of another extra batch is not resumed.
    extra.extraBatch = 3;
    extra.steps = 61;
    const SftResult c = trainSft(extra, nullptr, nullptr);
    EXPECT_FALSE(c.ok);
    EXPECT_NE(c.error.find("extra_batch 2"), std::string::npos) << c.error;
}

TEST(SftTrainer, ExtraTracesAreCheckedLikeTheMainOnes) {
    const std::string dir = tmpDir("extra-bad");
    SftParams p = tinyRun(dir, 8);
    p.extraTraces = dir + "/heads.txt";
    std::ofstream(p.extraTraces) << headTraceFile(3);
    SftResult r = trainSft(p, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, "--extra-traces and --extra-batch go together");
    p.extraBatch = 2;
    // A record of another board size than the main records' (the second,
    // whose "record" line is the file's 14th).
    std::string other = headTraceFile(3);
    const size_t second = other.find("size 5", other.find("head#1"));
    other.replace(second, 6, "size 7");
    std::ofstream(p.extraTraces) << other;
    r = trainSft(p, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error,
              p.extraTraces + ":14: record 2 (head#1): its board size is not that of " + p.traces);
    // A bad record: file and line.
    std::ofstream(p.extraTraces) << test::replaceAll(headTraceFile(3), "candidates:", "maybe:");
    r = trainSft(p, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error.rfind(p.extraTraces + ":12: record 1 (head#0)", 0), 0u) << r.error;
}

TEST(SftTrainer, BadTraceFileGivesFileAndLine) {
    const std::string dir = tmpDir("bad");
    SftParams p = tinyRun(dir, 3);
    std::string text = test::smallTraceFile(3);
    const size_t at = text.find("conclusion:", text.find("test#1"));
    text.replace(at, 11, "so i think:");
    std::ofstream(p.traces) << text;
    const SftResult r = trainSft(p, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    // Record 2 starts at line 18; its conclusion is the think block's 5th line.
    EXPECT_EQ(r.error.rfind(p.traces + ":30: record 2 (test#1)", 0), 0u) << r.error;
    EXPECT_FALSE(fs::exists(SftRunFiles(p.outDir).checkpoint));
}

}  // namespace
}  // namespace m37::reason
