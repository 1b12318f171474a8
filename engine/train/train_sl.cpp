#include "engine/train/train_sl.h"

#include "engine/train/progress_text.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numeric>
#include <sstream>

#include "engine/go/rng.h"
#include "engine/nn/symmetry.h"
#include "engine/train/torch_model.h"

namespace m37::train {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kCsvHeader =
    "step,policy_loss,value_loss,accuracy,lr,positions_per_s,holdout_top1,holdout_top5,"
    "holdout_policy_loss,holdout_value_loss";

uint64_t mix(uint64_t a, uint64_t b) {
    uint64_t z = a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

template <typename T>
void shuffle(std::vector<T>& v, uint64_t seed) {
    Rng rng(seed);
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.below(uint32_t(i))]);
}

std::string todayUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
    return buf;
}

std::string fmt(const char* f, double x) {
    char buf[64];
    std::snprintf(buf, sizeof buf, f, x);
    return buf;
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
        const int n = set_.boardSize(), area = n * n;
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
                nn::transformPlanes(s, raw_.data(), dst, 18, n);
            }
            const int m = info.move;
            mv[j] = m >= area ? area : nn::symmetryIndex(nn::inverseSymmetry(s), m, n);
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

// Checkpoint keys and the run's fixed settings, which a resumed run must share.
struct RunKey {
    PolicyValueShape shape;
    int64_t batch = 0;
    int64_t seed = 0;
    double holdout = 0;
};

void writeAtomically(const std::string& path, const std::function<void(const std::string&)>& w) {
    const std::string tmp = path + ".tmp";
    w(tmp);
    fs::rename(tmp, path);
}

// Rewrites the CSV keeping the header and rows up to `step`.
void trimCsv(const std::string& path, int64_t step) {
    std::ifstream in(path);
    std::string line, kept = std::string(kCsvHeader) + "\n";
    bool first = true;
    while (std::getline(in, line)) {
        if (first) {
            first = false;
            continue;
        }
        if (line.empty()) continue;
        const int64_t s = std::atoll(line.c_str());
        if (s <= step) kept += line + "\n";
    }
    in.close();
    writeAtomically(path, [&](const std::string& tmp) {
        std::ofstream out(tmp, std::ios::trunc);
        out << kept;
    });
}

}  // namespace

double trainSlLearningRate(const TrainSlParams& p, int64_t step) {
    double lr = p.lr;
    for (int64_t s : p.lrSteps)
        if (step >= s) lr *= p.lrDecay;
    return lr;
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
        shuffle(order, mix(p.seed, 0x686f6c64));
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
        shuffle(evalSubset, mix(p.seed, 0x6576616c));
        if (p.evalPositions > 0 && evalSubset.size() > size_t(p.evalPositions))
            evalSubset.resize(size_t(p.evalPositions));

        // Model and optimiser, fresh or from the checkpoint.
        PolicyValueShape shape;
        shape.boardSize = p.boardSize;
        shape.blocks = p.blocks;
        shape.channels = p.channels;
        shape.valueHidden = p.valueHidden;
        PolicyValueNet net(shape);
        torch::optim::SGD opt(net->parameters(), torch::optim::SGDOptions(p.lr)
                                                     .momentum(p.momentum)
                                                     .weight_decay(p.weightDecay)
                                                     .nesterov(p.momentum > 0));
        int64_t step = 0;
        double trainSeconds = 0;
        if (fs::exists(ckptPath)) {
            torch::serialize::InputArchive a;
            try {
                a.load_from(ckptPath);
            } catch (const std::exception& e) {
                return fail(ckptPath + ": cannot read the checkpoint (" +
                            std::string(e.what()).substr(0, 200) +
                            "); move it away to start afresh");
            }
            c10::IValue v;
            auto readInt = [&](const char* key) {
                a.read(key, v);
                return v.toInt();
            };
            RunKey k;
            k.shape.boardSize = int(readInt("board_size"));
            k.shape.blocks = int(readInt("blocks"));
            k.shape.channels = int(readInt("channels"));
            k.shape.valueHidden = int(readInt("value_hidden"));
            k.batch = readInt("batch");
            k.seed = readInt("seed");
            a.read("holdout", v);
            k.holdout = v.toDouble();
            if (!(k.shape == shape) || k.batch != p.batch || k.seed != int64_t(p.seed) ||
                k.holdout != p.holdout)
                return fail(ckptPath + ": made by a run with net " + k.shape.toString() +
                            ", batch " + std::to_string(k.batch) + ", seed " +
                            std::to_string(k.seed) + ", holdout " + fmt("%g", k.holdout) +
                            "; these flags ask for " + shape.toString() + ", batch " +
                            std::to_string(p.batch) + ", seed " + std::to_string(p.seed) +
                            ", holdout " + fmt("%g", p.holdout) +
                            " (use the same flags to resume, or another --out)");
            step = readInt("step");
            if (a.try_read("games", v) && v.toInt() != int64_t(games.size()))
                say("train-sl: warning: the checkpoint's run had %lld games, the data folders now "
                    "hold %zu: the held-out split is not the same\n",
                    (long long)v.toInt(), games.size());
            a.read("train_seconds", v);
            trainSeconds = v.toDouble();
            torch::serialize::InputArchive m, o;
            a.read("model", m);
            net->load(m);
            a.read("optimizer", o);
            opt.load(o);
            r.resumedFrom = step;
            trimCsv(csvPath, step);
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
            nn::NetFile f = net->toNetFile();
            std::string dirs;
            for (const auto& d : p.data) dirs += (dirs.empty() ? "" : ", ") + d;
            f.meta.command = p.command;
            f.meta.data = "professional/human game records (SGF) from " + dirs + ": " +
                          std::to_string(games.size() - held) + " training games (" +
                          std::to_string(trainPos.size()) + " positions), " + std::to_string(held) +
                          " held-out games (" + std::to_string(heldPos.size()) + " positions)";
            f.meta.date = todayUtc();
            f.meta.hours = fmt("%.2f", seconds / 3600);
            f.meta.notes = "supervised policy (move played) and value (game result, weight " +
                           fmt("%g", p.valueWeight) + "); net " + shape.toString() + "; step " +
                           std::to_string(atStep) + " of " + std::to_string(p.steps) + ", batch " +
                           std::to_string(p.batch) + ", SGD lr " + fmt("%g", p.lr) + " momentum " +
                           fmt("%g", p.momentum) + " weight decay " + fmt("%g", p.weightDecay) +
                           (p.notes.empty() ? "" : "; " + p.notes);
            if (lastEvalStep >= 0)
                f.meta.extra.push_back(
                    {"measured", "held-out top-1 " + fmt("%.1f%%", 100 * lastEval.top1) +
                                     ", top-5 " + fmt("%.1f%%", 100 * lastEval.top5) + " on " +
                                     std::to_string(lastEval.positions) + " positions of " +
                                     std::to_string(held) + " held-out games, at step " +
                                     std::to_string(lastEvalStep)});
            std::string error;
            if (!nn::writeNetFile(netPath, f, &error))
                say("train-sl: cannot export %s: %s\n", netPath.c_str(), error.c_str());
        };
        auto checkpoint = [&](int64_t atStep, double seconds) {
            torch::serialize::OutputArchive a, m, o;
            net->save(m);
            opt.save(o);
            a.write("model", m);
            a.write("optimizer", o);
            a.write("step", c10::IValue(atStep));
            a.write("board_size", c10::IValue(int64_t(shape.boardSize)));
            a.write("blocks", c10::IValue(int64_t(shape.blocks)));
            a.write("channels", c10::IValue(int64_t(shape.channels)));
            a.write("value_hidden", c10::IValue(int64_t(shape.valueHidden)));
            a.write("batch", c10::IValue(int64_t(p.batch)));
            a.write("seed", c10::IValue(int64_t(p.seed)));
            a.write("holdout", c10::IValue(p.holdout));
            a.write("train_seconds", c10::IValue(seconds));
            a.write("games", c10::IValue(int64_t(games.size())));
            writeAtomically(ckptPath, [&](const std::string& tmp) { a.save_to(tmp); });
            exportNet(atStep, seconds);
        };

        // Training loop.
        BatchBuilder builder(set);
        std::vector<uint32_t> perm;
        int64_t permEpoch = -1;
        std::vector<uint32_t> positions(size_t(p.batch));
        std::vector<int> syms(size_t(p.batch));
        const auto sessionStart = Clock::now();
        auto lastCkpt = sessionStart;
        const int64_t startStep = step;
        int64_t lastCkptStep = step;
        double sumPolicy = 0, sumValue = 0, sumCorrect = 0, lr = trainSlLearningRate(p, step);
        int64_t sumSteps = 0;
        auto lastRow = sessionStart;
        int64_t lastRowStep = step;
        std::ofstream csv(csvPath, std::ios::app);
        auto sessionSeconds = [&] {
            return std::chrono::duration<double>(Clock::now() - sessionStart).count();
        };
        auto evalColumns = [&] {
            return fmt("%.5f", lastEval.top1) + "," + fmt("%.5f", lastEval.top5) + "," +
                   fmt("%.5f", lastEval.policyLoss) + "," + fmt("%.5f", lastEval.valueLoss);
        };
        // One CSV row and progress line for the steps since the last row.
        // `until`: when the steps ended (before any evaluation).
        auto writeRow = [&](const std::string& evalCols, Clock::time_point until) {
            const double rowSeconds = std::chrono::duration<double>(until - lastRow).count();
            const double rate =
                rowSeconds > 0 ? double(step - lastRowStep) * p.batch / rowSeconds : 0;
            const double overall = double(step - startStep) * p.batch / sessionSeconds();
            const double eta = overall > 0 ? double(p.steps - step) * p.batch / overall : -1;
            const double k = sumSteps > 0 ? 1.0 / double(sumSteps) : 0;
            csv << step << ",";
            if (sumSteps > 0)
                csv << fmt("%.5f", sumPolicy * k) << "," << fmt("%.5f", sumValue * k) << ","
                    << fmt("%.5f", sumCorrect * k) << "," << fmt("%g", lr) << ","
                    << fmt("%.1f", rate) << ",";
            else
                csv << ",,,,,";
            csv << evalCols << "\n";
            csv.flush();
            if (sumSteps > 0)
                say("train-sl: step %lld/%lld  policy %.3f  value %.3f  acc %.1f%%  lr %g  "
                    "%.0f pos/s  ETA %s\n",
                    (long long)step, (long long)p.steps, sumPolicy * k, sumValue * k,
                    100 * sumCorrect * k, lr, rate, formatDuration(eta).c_str());
            sumPolicy = sumValue = sumCorrect = 0;
            sumSteps = 0;
            lastRow = Clock::now();
            lastRowStep = step;
        };
        while (step < p.steps) {
            if (stop && stop->load()) {
                r.interrupted = true;
                break;
            }
            lr = trainSlLearningRate(p, step);
            for (auto& g : opt.param_groups())
                static_cast<torch::optim::SGDOptions&>(g.options()).lr(lr);
            for (int j = 0; j < p.batch; ++j) {
                const uint64_t g = uint64_t(step) * uint64_t(p.batch) + uint64_t(j);
                const int64_t epoch = int64_t(g / trainPos.size());
                if (epoch != permEpoch) {
                    perm = trainPos;
                    shuffle(perm, mix(p.seed, 0x65706f6368ULL + uint64_t(epoch)));
                    permEpoch = epoch;
                }
                positions[size_t(j)] = perm[g % trainPos.size()];
                syms[size_t(j)] = p.augment ? int(mix(p.seed ^ 0x73796d, g) & 7) : 0;
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
            sumPolicy += pl;
            sumValue += l.value.item<double>();
            sumCorrect += l.correct.item<double>() / double(p.batch);
            ++sumSteps;
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
