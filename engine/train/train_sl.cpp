#include "engine/train/train_sl.h"

#include "engine/train/progress_text.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <numeric>
#include <sstream>

#include "engine/train/torch_model.h"
#include "engine/train/trainer_common.h"

namespace m37::train {

namespace {

constexpr const char* kCsvHeader =
    "step,policy_loss,value_loss,accuracy,lr,positions_per_s,holdout_top1,holdout_top5,"
    "holdout_policy_loss,holdout_value_loss";

// Held-out evaluation figures.
struct EvalFigures {
    double top1 = 0, top5 = 0, policyLoss = 0, valueLoss = 0;
    size_t positions = 0;
};

// Builds batches from positions: planes (with a symmetry), move targets in
// the net's frame, value targets and weights, on the training device.
class BatchBuilder {
  public:
    BatchBuilder(const PositionSet& set, nn::InputFeatures features, torch::Device device)
        : set_(set), features_(features), device_(device) {
        const int n = set.boardSize();
        planeFloats_ = size_t(nn::inputPlaneCount(features)) * size_t(n * n);
        raw_.resize(size_t(nn::kLzInputPlanes) * size_t(n * n));
    }

    struct Batch {
        torch::Tensor input, move, value, weight;
    };

    Batch build(const std::vector<uint32_t>& positions, const std::vector<int>& symmetries) {
        const int n = set_.boardSize();
        const int64_t b = int64_t(positions.size());
        Batch out;
        out.input = torch::empty({b, nn::inputPlaneCount(features_), n, n}, torch::kFloat32);
        out.move = torch::empty({b}, torch::kInt64);
        out.value = torch::empty({b}, torch::kFloat32);
        out.weight = torch::empty({b}, torch::kFloat32);
        float* in = out.input.data_ptr<float>();
        int64_t* mv = out.move.data_ptr<int64_t>();
        float* val = out.value.data_ptr<float>();
        float* w = out.weight.data_ptr<float>();
        for (int64_t j = 0; j < b; ++j) {
            const uint32_t idx = positions[size_t(j)];
            const int s = symmetries[size_t(j)];
            const PositionInfo& info = set_.info(idx);
            symmetricPositionPlanes(set_, idx, s, features_, in + size_t(j) * planeFloats_,
                                    raw_.data());
            mv[j] = symmetricMove(s, info.move, n);
            val[j] = float(info.outcome);
            w[j] = info.outcome != 0 ? 1.0f : 0.0f;
        }
        if (device_.is_cpu()) return out;
        return {out.input.to(device_), out.move.to(device_), out.value.to(device_),
                out.weight.to(device_)};
    }

  private:
    const PositionSet& set_;
    nn::InputFeatures features_;
    torch::Device device_;
    size_t planeFloats_;
    std::vector<float> raw_;
};

StepLosses computeLosses(PolicyValueNet& net, const BatchBuilder::Batch& b, double valueWeight) {
    auto [logits, v] = net->forward(b.input);
    StepLosses l;
    l.policy = torch::nn::functional::cross_entropy(logits, b.move);
    const torch::Tensor wsum = b.weight.sum().clamp_min(1.0);
    l.value = (b.weight * (v - b.value).pow(2)).sum() / wsum;
    l.total = l.policy + valueWeight * l.value;
    l.correct = (logits.argmax(1) == b.move).sum();
    return l;
}

EvalFigures evaluate(PolicyValueNet& net, const PositionSet& set,
                     const std::vector<uint32_t>& positions, int batchSize, torch::Device device) {
    EvalFigures f;
    if (positions.empty()) return f;
    BatchBuilder builder(set, net->shape().features, device);
    double top1 = 0, top5 = 0, pl = 0, vl = 0, vw = 0;
    forEachEvalSlice(net, positions, batchSize, [&](const std::vector<uint32_t>& slice) {
        auto b = builder.build(slice, std::vector<int>(slice.size(), 0));
        auto [logits, v] = net->forward(b.input);
        pl += torch::nn::functional::cross_entropy(
                  logits, b.move,
                  torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                  .item<double>();
        vl += (b.weight * (v - b.value).pow(2)).sum().item<double>();
        vw += b.weight.sum().item<double>();
        const torch::Tensor top = std::get<1>(logits.topk(5, 1));
        const torch::Tensor hit = top.eq(b.move.unsqueeze(1));
        top1 += hit.select(1, 0).sum().item<double>();
        top5 += hit.any(1).sum().item<double>();
    });
    const double n = double(positions.size());
    f.positions = positions.size();
    f.top1 = top1 / n;
    f.top5 = top5 / n;
    f.policyLoss = pl / n;
    f.valueLoss = vw > 0 ? vl / vw : 0;
    return f;
}

}  // namespace

double trainSlLearningRate(const TrainSlParams& p, int64_t step) {
    return scheduledLearningRate(p.lr, p.lrSteps, p.lrDecay, step);
}

TrainSlResult runTrainSl(const TrainSlParams& p, std::FILE* out, const std::atomic<bool>* stop) {
    TrainSlResult r;
    auto fail = [&](std::string why) {
        r.error = std::move(why);
        return r;
    };
    if (p.outDir.empty()) return fail("no output folder (--out)");
    if (p.data.empty()) return fail("no data folders");
    if (p.batch < 1 || p.steps < 0 || p.blocks < 0 || p.channels < 1 || p.valueHidden < 1)
        return fail("bad shape or step settings");
    if (std::string error = prepareRunFolder(p); !error.empty()) return fail(error);
    const RunFiles files(p.outDir);

    try {
        seedTorch(p);

        // Data.
        const auto loadStart = std::chrono::steady_clock::now();
        PositionSet set = loadSgfPositions(p.data, p.boardSize, &r.load);
        for (const auto& problem : r.load.problems)
            say(out, "train-sl: skipped %s\n", problem.c_str());
        const auto& games = set.games();
        std::vector<uint32_t> order(games.size());
        std::iota(order.begin(), order.end(), 0u);
        seededShuffle(order, mixSeed(p.seed, 0x686f6c64));
        size_t held = size_t(std::llround(p.holdout * double(games.size())));
        if (p.holdout > 0 && held == 0 && games.size() >= 2) held = 1;
        std::vector<char> isHeld(games.size(), 0);
        for (size_t i = 0; i < held; ++i) isHeld[order[i]] = 1;
        std::vector<uint32_t> trainPos, heldPos;
        for (size_t i = 0; i < set.size(); ++i)
            (isHeld[set.info(i).game] ? heldPos : trainPos).push_back(uint32_t(i));
        r.trainPositions = trainPos.size();
        r.holdoutPositions = heldPos.size();
        r.holdoutGames = int(held);
        say(out,
            "train-sl: %d files (%d skipped), %d games used (%d skipped): %zu training "
            "positions from %zu games, %zu held-out positions from %zu games (loaded in %.1fs)\n",
            r.load.files, r.load.filesSkipped, r.load.gamesUsed, r.load.gamesSkipped,
            trainPos.size(), games.size() - held, heldPos.size(), held,
            std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count());
        if (trainPos.empty()) return fail("no training positions in the data folders");
        {
            std::ofstream h(p.outDir + "/holdout.txt", std::ios::trunc);
            for (size_t i = 0; i < held; ++i) h << games[order[i]].source << "\n";
        }
        const std::vector<uint32_t> evalSubset = periodicEvalPositions(heldPos, p);

        // Model and optimiser, fresh or from the checkpoint.
        RunIdentity id = runIdentity(p);
        id.doubles = {{"holdout", p.holdout}};
        id.settingsWord = "flags";
        const PolicyValueShape& shape = id.shape;
        const torch::Device device = trainingDevice();  // CUDA with a CUDA LibTorch and a GPU
        PolicyValueNet net(shape);
        net->to(device);
        torch::optim::SGD opt = makeSgd(net, p.lr, p.momentum, p.weightDecay);
        RunStart start;
        std::string error;
        auto checkGames = [&](CheckpointReader& a) {
            if (auto g = a.tryInt("games"); g && *g != int64_t(games.size()))
                say(out,
                    "train-sl: warning: the checkpoint's run had %lld games, the data folders now "
                    "hold %zu: the held-out split is not the same\n",
                    (long long)*g, games.size());
        };
        if (!resumeRun(files, id, kCsvHeader, device, net, opt, "train-sl", out, checkGames, &start,
                       &error))
            return fail(error);
        r.resumedFrom = start.step;
        if (!start.resumed) startCsv(files, kCsvHeader);
        net->train();
        say(out,
            "train-sl: net %s, batch %d, %lld steps (%.2f epochs), lr %g, on %s, %d thread%s\n",
            shape.toString().c_str(), p.batch, (long long)p.steps,
            double(p.steps) * p.batch / double(trainPos.size()), p.lr,
            device.is_cuda() ? "CUDA" : "the CPU", p.threads, p.threads == 1 ? "" : "s");

        EvalFigures lastEval;
        int64_t lastEvalStep = -1;
        auto exportRun = [&](int64_t atStep, double seconds) {
            NetProvenance prov;
            prov.command = p.command;
            prov.data = "professional/human game records (SGF) from " + joinFolders(p.data) + ": " +
                        std::to_string(games.size() - held) + " training games (" +
                        std::to_string(trainPos.size()) + " positions), " + std::to_string(held) +
                        " held-out games (" + std::to_string(heldPos.size()) + " positions)";
            prov.seconds = seconds;
            prov.notes = "supervised policy (move played) and value (game result, weight " +
                         formatNumber("%g", p.valueWeight) + "); " +
                         optimiserNotes(p, shape, atStep) + (p.notes.empty() ? "" : "; " + p.notes);
            if (lastEvalStep >= 0)
                prov.extra.push_back(
                    {"measured", "held-out top-1 " + formatNumber("%.1f%%", 100 * lastEval.top1) +
                                     ", top-5 " + formatNumber("%.1f%%", 100 * lastEval.top5) +
                                     " on " + std::to_string(lastEval.positions) +
                                     " positions of " + std::to_string(held) +
                                     " held-out games, at step " + std::to_string(lastEvalStep)});
            exportRunNet(net, files, prov, "train-sl", out);
        };

        // Training: the samples walk a seeded permutation of the training
        // positions, a new one each epoch.
        BatchBuilder builder(set, shape.features, device);
        std::vector<uint32_t> perm;
        int64_t permEpoch = -1;
        TrainingLoopHooks hooks;
        hooks.drawPosition = [&](uint64_t g) {
            const int64_t epoch = int64_t(g / trainPos.size());
            if (epoch != permEpoch) {
                perm = trainPos;
                seededShuffle(perm, mixSeed(p.seed, 0x65706f6368ULL + uint64_t(epoch)));
                permEpoch = epoch;
            }
            return perm[g % trainPos.size()];
        };
        hooks.losses = [&](const std::vector<uint32_t>& positions, const std::vector<int>& syms) {
            return computeLosses(net, builder.build(positions, syms), p.valueWeight);
        };
        hooks.heldOut = !heldPos.empty();
        hooks.noEvalColumns = ",,,";
        hooks.evaluate = [&](int64_t atStep, bool final) {
            if (final) {
                say(out, "train-sl: evaluating %zu held-out positions...\n", heldPos.size());
                lastEval = evaluate(net, set, heldPos, p.batch, device);
            } else {
                lastEval = evaluate(net, set, evalSubset, p.batch, device);
                say(out,
                    "train-sl: step %lld held-out (%zu positions): top-1 %.1f%%  top-5 %.1f%%  "
                    "policy loss %.3f  value mse %.3f\n",
                    (long long)atStep, lastEval.positions, 100 * lastEval.top1, 100 * lastEval.top5,
                    lastEval.policyLoss, lastEval.valueLoss);
            }
            lastEvalStep = atStep;
            return formatNumber("%.5f", lastEval.top1) + "," + formatNumber("%.5f", lastEval.top5) +
                   "," + formatNumber("%.5f", lastEval.policyLoss) + "," +
                   formatNumber("%.5f", lastEval.valueLoss);
        };
        hooks.checkpoint = [&](int64_t atStep, double seconds) {
            CheckpointKeys keys = runCheckpointKeys(id, atStep, seconds);
            keys.ints.push_back({"games", int64_t(games.size())});
            saveCheckpoint(files.checkpoint, net, opt, keys);
            exportRun(atStep, seconds);
        };
        const TrainingLoopResult loop =
            runTrainingLoop(p, files, start, opt, hooks, "train-sl", out, stop, &r);
        if (!r.ok || r.interrupted) return r;
        if (!heldPos.empty()) {
            r.holdoutTop1 = lastEval.top1;
            r.holdoutTop5 = lastEval.top5;
            r.holdoutPolicyLoss = lastEval.policyLoss;
            r.holdoutValueLoss = lastEval.valueLoss;
        }
        say(out,
            "train-sl: done at step %lld (%s of training): held-out top-1 %.1f%%, top-5 %.1f%% "
            "on %zu positions of %d held-out games; net %s\n",
            (long long)r.step, formatDuration(loop.totalSeconds).c_str(), 100 * r.holdoutTop1,
            100 * r.holdoutTop5, heldPos.size(), r.holdoutGames, files.net.c_str());
        return r;
    } catch (const std::exception& e) {
        return fail(std::string("LibTorch: ") + e.what());
    }
}

}  // namespace m37::train
