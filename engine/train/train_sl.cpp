#include "engine/train/train_sl.h"

#include "engine/train/progress_text.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

#include "engine/train/torch_model.h"
#include "engine/train/trainer_common.h"

namespace m37::train {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kCsvHeader =
    "step,policy_loss,value_loss,accuracy,lr,positions_per_s,holdout_top1,holdout_top5,"
    "holdout_policy_loss,holdout_value_loss";

std::string fmt(const char* f, double x) {
    return formatNumber(f, x);
}

// Held-out evaluation figures.
struct EvalFigures {
    double top1 = 0, top5 = 0, policyLoss = 0, valueLoss = 0;
    size_t positions = 0;
};

// Builds batches from positions: planes (with a symmetry), move targets in
// the net's frame, value targets and weights.
class BatchBuilder {
  public:
    explicit BatchBuilder(const PositionSet& set) : set_(set) {
        const int n = set.boardSize();
        planeFloats_ = size_t(18) * size_t(n * n);
        raw_.resize(planeFloats_);
    }

    struct Batch {
        torch::Tensor input, move, value, weight;
    };

    Batch build(const std::vector<uint32_t>& positions, const std::vector<int>& symmetries) {
        const int n = set_.boardSize();
        const int64_t b = int64_t(positions.size());
        Batch out;
        out.input = torch::empty({b, 18, n, n}, torch::kFloat32);
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
            float* dst = in + size_t(j) * planeFloats_;
            if (s == 0) {
                set_.planes(idx, dst);
            } else {
                set_.planes(idx, raw_.data());
                symmetricPlanes(s, raw_.data(), dst, 18, n);
            }
            mv[j] = symmetricMove(s, info.move, n);
            val[j] = float(info.outcome);
            w[j] = info.outcome != 0 ? 1.0f : 0.0f;
        }
        return out;
    }

  private:
    const PositionSet& set_;
    size_t planeFloats_;
    std::vector<float> raw_;
};

struct Losses {
    torch::Tensor total, policy, value, correct;
};

Losses computeLosses(PolicyValueNet& net, const BatchBuilder::Batch& b, double valueWeight) {
    auto [logits, v] = net->forward(b.input);
    Losses l;
    l.policy = torch::nn::functional::cross_entropy(logits, b.move);
    const torch::Tensor wsum = b.weight.sum().clamp_min(1.0);
    l.value = (b.weight * (v - b.value).pow(2)).sum() / wsum;
    l.total = l.policy + valueWeight * l.value;
    l.correct = (logits.argmax(1) == b.move).sum();
    return l;
}

EvalFigures evaluate(PolicyValueNet& net, const PositionSet& set,
                     const std::vector<uint32_t>& positions, int batchSize) {
    EvalFigures f;
    if (positions.empty()) return f;
    torch::NoGradGuard noGrad;
    net->eval();
    BatchBuilder builder(set);
    double top1 = 0, top5 = 0, pl = 0, vl = 0, vw = 0;
    const size_t bs = size_t(std::max(batchSize, 256));
    for (size_t start = 0; start < positions.size(); start += bs) {
        const size_t end = std::min(positions.size(), start + bs);
        std::vector<uint32_t> chunk(positions.begin() + long(start), positions.begin() + long(end));
        auto b = builder.build(chunk, std::vector<int>(chunk.size(), 0));
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
    }
    net->train();
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
    auto say = [&](const char* f, auto... args) {
        if (!out) return;
        std::fprintf(out, f, args...);
        std::fflush(out);
    };
    auto fail = [&](std::string why) {
        r.error = std::move(why);
        return r;
    };
    if (p.outDir.empty()) return fail("no output folder (--out)");
    if (p.data.empty()) return fail("no data folders");
    if (p.batch < 1 || p.steps < 0 || p.blocks < 0 || p.channels < 1 || p.valueHidden < 1)
        return fail("bad shape or step settings");
    if (p.holdout < 0 || p.holdout >= 1) return fail("--holdout must be in [0, 1)");
    std::error_code ec;
    fs::create_directories(p.outDir, ec);
    if (ec) return fail(p.outDir + ": " + ec.message());

    const std::string csvPath = p.outDir + "/train.csv";
    const std::string ckptPath = p.outDir + "/checkpoint.pt";
    const std::string netPath = p.outDir + "/net.m37";

    try {
        if (p.threads > 0) at::set_num_threads(p.threads);
        torch::manual_seed(p.seed);

        // Data.
        const auto loadStart = Clock::now();
        PositionSet set = loadSgfPositions(p.data, p.boardSize, &r.load);
        for (const auto& problem : r.load.problems) say("train-sl: skipped %s\n", problem.c_str());
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
        say("train-sl: %d files (%d skipped), %d games used (%d skipped): %zu training "
            "positions from %zu games, %zu held-out positions from %zu games (loaded in %.1fs)\n",
            r.load.files, r.load.filesSkipped, r.load.gamesUsed, r.load.gamesSkipped,
            trainPos.size(), games.size() - held, heldPos.size(), held,
            std::chrono::duration<double>(Clock::now() - loadStart).count());
        if (trainPos.empty()) return fail("no training positions in the data folders");
        {
            std::ofstream h(p.outDir + "/holdout.txt", std::ios::trunc);
            for (size_t i = 0; i < held; ++i) h << games[order[i]].source << "\n";
        }
        std::vector<uint32_t> evalSubset = heldPos;
        seededShuffle(evalSubset, mixSeed(p.seed, 0x6576616c));
        if (p.evalPositions > 0 && evalSubset.size() > size_t(p.evalPositions))
            evalSubset.resize(size_t(p.evalPositions));

        // Model and optimiser, fresh or from the checkpoint.
        PolicyValueShape shape;
        shape.boardSize = p.boardSize;
        shape.blocks = p.blocks;
        shape.channels = p.channels;
        shape.valueHidden = p.valueHidden;
        PolicyValueNet net(shape);
        torch::optim::SGD opt = makeSgd(net, p.lr, p.momentum, p.weightDecay);
        int64_t step = 0;
        double trainSeconds = 0;
        if (fs::exists(ckptPath)) {
            CheckpointReader a;
            std::string error;
            if (!a.open(ckptPath, torch::kCPU, &error)) return fail(error);
            const PolicyValueShape kShape = a.readShape();
            const int64_t kBatch = a.readInt("batch");
            const int64_t kSeed = a.readInt("seed");
            const double kHoldout = a.readDouble("holdout");
            if (!(kShape == shape) || kBatch != p.batch || kSeed != int64_t(p.seed) ||
                kHoldout != p.holdout)
                return fail(
                    ckptPath + ": made by a run with net " + kShape.toString() + ", batch " +
                    std::to_string(kBatch) + ", seed " + std::to_string(kSeed) + ", holdout " +
                    fmt("%g", kHoldout) + "; these flags ask for " + shape.toString() + ", batch " +
                    std::to_string(p.batch) + ", seed " + std::to_string(p.seed) + ", holdout " +
                    fmt("%g", p.holdout) + " (use the same flags to resume, or another --out)");
            step = a.readInt("step");
            if (auto g = a.tryInt("games"); g && *g != int64_t(games.size()))
                say("train-sl: warning: the checkpoint's run had %lld games, the data folders now "
                    "hold %zu: the held-out split is not the same\n",
                    (long long)*g, games.size());
            trainSeconds = a.readDouble("train_seconds");
            a.loadInto(net, opt);
            r.resumedFrom = step;
            trimCsv(csvPath, kCsvHeader, step);
            say("train-sl: resumed from %s at step %lld\n", ckptPath.c_str(), (long long)step);
        } else {
            std::ofstream csv(csvPath, std::ios::trunc);
            csv << kCsvHeader << "\n";
        }
        net->train();
        say("train-sl: net %s, batch %d, %lld steps (%.2f epochs), lr %g, %d thread%s\n",
            shape.toString().c_str(), p.batch, (long long)p.steps,
            double(p.steps) * p.batch / double(trainPos.size()), p.lr, p.threads,
            p.threads == 1 ? "" : "s");

        EvalFigures lastEval;
        int64_t lastEvalStep = -1;
        auto exportNet = [&](int64_t atStep, double seconds) {
            NetProvenance prov;
            std::string dirs;
            for (const auto& d : p.data) dirs += (dirs.empty() ? "" : ", ") + d;
            prov.command = p.command;
            prov.data = "professional/human game records (SGF) from " + dirs + ": " +
                        std::to_string(games.size() - held) + " training games (" +
                        std::to_string(trainPos.size()) + " positions), " + std::to_string(held) +
                        " held-out games (" + std::to_string(heldPos.size()) + " positions)";
            prov.seconds = seconds;
            prov.notes = "supervised policy (move played) and value (game result, weight " +
                         fmt("%g", p.valueWeight) + "); net " + shape.toString() + "; step " +
                         std::to_string(atStep) + " of " + std::to_string(p.steps) + ", batch " +
                         std::to_string(p.batch) + ", SGD lr " + fmt("%g", p.lr) + " momentum " +
                         fmt("%g", p.momentum) + " weight decay " + fmt("%g", p.weightDecay) +
                         (p.notes.empty() ? "" : "; " + p.notes);
            if (lastEvalStep >= 0)
                prov.extra.push_back(
                    {"measured", "held-out top-1 " + fmt("%.1f%%", 100 * lastEval.top1) +
                                     ", top-5 " + fmt("%.1f%%", 100 * lastEval.top5) + " on " +
                                     std::to_string(lastEval.positions) + " positions of " +
                                     std::to_string(held) + " held-out games, at step " +
                                     std::to_string(lastEvalStep)});
            std::string error;
            if (!train::exportNet(net, netPath, prov, &error))
                say("train-sl: cannot export %s: %s\n", netPath.c_str(), error.c_str());
        };
        auto checkpoint = [&](int64_t atStep, double seconds) {
            CheckpointKeys keys;
            keys.ints.push_back({"step", atStep});
            addShapeKeys(shape, &keys);
            keys.ints.push_back({"batch", p.batch});
            keys.ints.push_back({"seed", int64_t(p.seed)});
            keys.doubles.push_back({"holdout", p.holdout});
            keys.doubles.push_back({"train_seconds", seconds});
            keys.ints.push_back({"games", int64_t(games.size())});
            saveCheckpoint(ckptPath, net, opt, keys);
            exportNet(atStep, seconds);
        };

        // Training loop.
        BatchBuilder builder(set);
        std::vector<uint32_t> perm;
        int64_t permEpoch = -1;
        std::vector<uint32_t> positions(size_t(p.batch));
        std::vector<int> syms(size_t(p.batch));
        const int64_t startStep = step;
        int64_t lastCkptStep = step;
        double lr = trainSlLearningRate(p, step);
        TrainLog log(csvPath, "train-sl", out, p.batch, startStep, p.steps);
        auto lastCkpt = TrainLog::Clock::now();
        auto sessionSeconds = [&] { return log.sessionSeconds(); };
        auto evalColumns = [&] {
            return fmt("%.5f", lastEval.top1) + "," + fmt("%.5f", lastEval.top5) + "," +
                   fmt("%.5f", lastEval.policyLoss) + "," + fmt("%.5f", lastEval.valueLoss);
        };
        auto writeRow = [&](const std::string& evalCols, Clock::time_point until) {
            log.row(step, lr, "", evalCols, until);
        };
        while (step < p.steps) {
            if (stop && stop->load()) {
                r.interrupted = true;
                break;
            }
            lr = trainSlLearningRate(p, step);
            setLearningRate(opt, lr);
            for (int j = 0; j < p.batch; ++j) {
                const uint64_t g = uint64_t(step) * uint64_t(p.batch) + uint64_t(j);
                const int64_t epoch = int64_t(g / trainPos.size());
                if (epoch != permEpoch) {
                    perm = trainPos;
                    seededShuffle(perm, mixSeed(p.seed, 0x65706f6368ULL + uint64_t(epoch)));
                    permEpoch = epoch;
                }
                positions[size_t(j)] = perm[g % trainPos.size()];
                syms[size_t(j)] = p.augment ? int(mixSeed(p.seed ^ 0x73796d, g) & 7) : 0;
            }
            auto batch = builder.build(positions, syms);
            Losses l = computeLosses(net, batch, p.valueWeight);
            opt.zero_grad();
            l.total.backward();
            opt.step();
            ++step;
            const double pl = l.policy.item<double>();
            if (!std::isfinite(pl))
                return fail("training diverged (policy loss " + fmt("%g", pl) + " at step " +
                            std::to_string(step) + "); try a lower --lr");
            log.add(pl, l.value.item<double>(), l.correct.item<double>() / double(p.batch));
            if (step == p.steps) break;  // the final row follows the loop

            const auto stepsDone = Clock::now();
            const bool evalNow = !heldPos.empty() && p.evalEvery > 0 && step % p.evalEvery == 0;
            if (evalNow) {
                lastEval = evaluate(net, set, evalSubset, p.batch);
                lastEvalStep = step;
                say("train-sl: step %lld held-out (%zu positions): top-1 %.1f%%  top-5 %.1f%%  "
                    "policy loss %.3f  value mse %.3f\n",
                    (long long)step, lastEval.positions, 100 * lastEval.top1, 100 * lastEval.top5,
                    lastEval.policyLoss, lastEval.valueLoss);
            }
            if ((p.logEvery > 0 && step % p.logEvery == 0) || evalNow)
                writeRow(evalNow ? evalColumns() : ",,,", stepsDone);
            const double sinceCkpt = std::chrono::duration<double>(Clock::now() - lastCkpt).count();
            if ((p.checkpointEvery > 0 && step % p.checkpointEvery == 0) ||
                (p.checkpointMinutes > 0 && sinceCkpt >= 60 * p.checkpointMinutes)) {
                checkpoint(step, trainSeconds + sessionSeconds());
                lastCkpt = Clock::now();
                lastCkptStep = step;
                say("train-sl: checkpoint at step %lld (%s, %s)\n", (long long)step,
                    ckptPath.c_str(), netPath.c_str());
            }
        }
        const double totalSeconds = trainSeconds + sessionSeconds();
        r.step = step;
        if (r.interrupted) {
            if (step > lastCkptStep) checkpoint(step, totalSeconds);
            say("train-sl: stopped at step %lld; checkpoint written, run the same command to "
                "resume\n",
                (long long)step);
            r.ok = true;
            return r;
        }
        // The end: every held-out position, a final row, checkpoint and net.
        const auto stepsDone = Clock::now();
        if (!heldPos.empty()) {
            say("train-sl: evaluating %zu held-out positions...\n", heldPos.size());
            lastEval = evaluate(net, set, heldPos, p.batch);
            lastEvalStep = step;
            r.holdoutTop1 = lastEval.top1;
            r.holdoutTop5 = lastEval.top5;
            r.holdoutPolicyLoss = lastEval.policyLoss;
            r.holdoutValueLoss = lastEval.valueLoss;
        }
        if (step > startStep) writeRow(heldPos.empty() ? ",,," : evalColumns(), stepsDone);
        checkpoint(step, totalSeconds);
        say("train-sl: done at step %lld (%s of training): held-out top-1 %.1f%%, top-5 %.1f%% "
            "on %zu positions of %d held-out games; net %s\n",
            (long long)step, formatDuration(totalSeconds).c_str(), 100 * r.holdoutTop1,
            100 * r.holdoutTop5, heldPos.size(), r.holdoutGames, netPath.c_str());
        r.ok = true;
        return r;
    } catch (const std::exception& e) {
        return fail(std::string("LibTorch: ") + e.what());
    }
}

}  // namespace m37::train
