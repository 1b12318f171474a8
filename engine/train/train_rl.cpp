#include "engine/train/train_rl.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "engine/train/progress_text.h"
#include "engine/train/selfplay_chunk.h"
#include "engine/train/sgf_positions.h"
#include "engine/train/torch_model.h"
#include "engine/train/trainer_common.h"

namespace m37::train {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kCsvHeader =
    "step,policy_loss,value_loss,accuracy,lr,positions_per_s,window_positions,holdout_top1,"
    "holdout_policy_loss,holdout_value_loss";

// FNV-1a: a hash of a chunk's name that does not depend on the library.
uint64_t nameHash(const std::string& s) {
    uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    return h;
}

// The selfplay-*.txt files under `dirs` (a file is taken as it is), oldest
// first by modification time, then path.
std::vector<std::string> findChunks(const std::vector<std::string>& dirs,
                                    std::vector<std::string>* warnings) {
    std::vector<std::pair<fs::file_time_type, std::string>> found;
    auto consider = [&](const fs::path& path) {
        const std::string name = path.filename().string();
        if (name.rfind("selfplay-", 0) != 0 || name.size() < 13 ||
            name.compare(name.size() - 4, 4, ".txt") != 0)
            return;
        std::error_code ec;
        const auto t = fs::last_write_time(path, ec);
        if (!ec) found.push_back({t, path.string()});
    };
    for (const auto& d : dirs) {
        std::error_code ec;
        if (fs::is_regular_file(d, ec)) {
            found.push_back({fs::last_write_time(d, ec), d});
            continue;
        }
        if (!fs::is_directory(d, ec)) {
            warnings->push_back(d + ": no such folder");
            continue;
        }
        for (fs::recursive_directory_iterator it(d, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_regular_file(ec)) consider(it->path());
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end(),
                            [](const auto& a, const auto& b) { return a.second == b.second; }),
                found.end());
    std::vector<std::string> paths;
    for (auto& f : found) paths.push_back(f.second);
    return paths;
}

// The replay window: packed planes and targets of every position.
struct Window {
    explicit Window(int boardSize) : set(boardSize) {}
    PositionSet set;                 // planes; info.move = the most visited move
    std::vector<uint32_t> start;     // targets of position i: [start[i], start[i+1])
    std::vector<uint16_t> index;     // policy index
    std::vector<float> prob;         // normalised visits
    std::vector<float> trainValue;   // value target of position i (the result blended by qRatio)
    std::vector<uint32_t> trainPos;  // positions to train on
    std::vector<uint32_t> heldPos;   // held-out positions
    size_t games = 0, heldGames = 0, chunks = 0, chunksSkipped = 0, gamesSkipped = 0;
    std::string newest, oldest;  // chunk names
};

// Reads the newest `window` training positions (held-out games aside) of
// the chunks.
Window readWindow(const TrainParams& p, std::vector<std::string>* warnings) {
    Window w(p.boardSize);
    w.start.push_back(0);
    const std::vector<std::string> files = findChunks(p.chunkDirs, warnings);
    const int n = p.boardSize, area = n * n;
    struct Pending {
        GameState state;
        SelfPlayMove move;
    };
    for (auto f = files.rbegin(); f != files.rend() && w.trainPos.size() < p.window; ++f) {
        std::string error;
        auto games = readSelfPlayChunk(*f, &error);
        if (!games) {
            warnings->push_back(error);
            ++w.chunksSkipped;
            continue;
        }
        ++w.chunks;
        if (w.newest.empty()) w.newest = *f;
        w.oldest = *f;
        const uint64_t fileHash = nameHash(fs::path(*f).filename().string());
        for (size_t g = games->size(); g-- > 0 && w.trainPos.size() < p.window;) {
            const SelfPlayGame& game = (*games)[g];
            const std::string where = *f + ": game " + std::to_string(g + 1);
            if (game.boardSize != n) {
                warnings->push_back(where + ": board size " + std::to_string(game.boardSize) +
                                    ", training " + std::to_string(n) + "x" + std::to_string(n));
                ++w.gamesSkipped;
                continue;
            }
            const int winner = sgfWinner(game.result);
            const bool draw = game.result == "0" || game.result == "Draw";
            if (winner == 0 && !draw) {  // "?": unfinished
                ++w.gamesSkipped;
                continue;
            }
            std::vector<Pending> positions;
            bool bad = false;
            const bool ok = forEachSelfPlayPosition(
                game,
                [&](const GameState& s, const SelfPlayMove& m) {
                    if (!m.full) return;
                    uint64_t total = 0;
                    for (auto& [i, v] : m.visits) {
                        if (i > area) bad = true;
                        total += v;
                    }
                    if (total == 0) return;  // no target
                    positions.push_back({s, m});
                },
                &error);
            if (!ok || bad) {
                warnings->push_back(where + ": " + (ok ? "policy index beyond the board" : error));
                ++w.gamesSkipped;
                continue;
            }
            if (positions.empty()) continue;
            const double u =
                double(mixSeed(p.seed ^ fileHash, g) >> 11) * (1.0 / 9007199254740992.0);
            const bool held = u < p.holdout;
            size_t first = 0;
            if (!held && w.trainPos.size() + positions.size() > p.window)
                first = positions.size() - (p.window - w.trainPos.size());  // the newest ones
            ++w.games;
            if (held) ++w.heldGames;
            for (size_t k = first; k < positions.size(); ++k) {
                const Pending& pos = positions[k];
                uint32_t best = 0, bestVisits = 0;
                uint64_t total = 0;
                for (auto& [i, v] : pos.move.visits) {
                    total += v;
                    if (v > bestVisits || (v == bestVisits && i < best)) {
                        best = i;
                        bestVisits = v;
                    }
                }
                const Color mover = pos.state.toMove();
                const int outcome = draw ? 0 : (winner == int(mover) ? 1 : -1);
                const uint32_t idx = uint32_t(w.set.size());
                w.set.add(pos.state, int(best), outcome, uint32_t(w.games - 1));
                const double rootValue = 2.0 * double(pos.move.winrate) - 1.0;
                w.trainValue.push_back(
                    float((1.0 - p.qRatio) * double(outcome) + p.qRatio * rootValue));
                for (auto& [i, v] : pos.move.visits) {
                    if (v == 0) continue;
                    w.index.push_back(i);
                    w.prob.push_back(float(double(v) / double(total)));
                }
                w.start.push_back(uint32_t(w.index.size()));
                (held ? w.heldPos : w.trainPos).push_back(idx);
            }
        }
    }
    return w;
}

// Builds batches: planes under a symmetry, the visit distribution and the
// most visited move in the net's frame, value targets (the training target,
// or the game result alone for held-out figures); on `device`.
class BatchBuilder {
  public:
    BatchBuilder(const Window& w, nn::InputFeatures features, torch::Device device)
        : w_(w), features_(features), device_(device) {
        const int n = w.set.boardSize();
        planeFloats_ = size_t(nn::inputPlaneCount(features)) * size_t(n * n);
        raw_.resize(size_t(nn::kLzInputPlanes) * size_t(n * n));
    }

    struct Batch {
        torch::Tensor input, policy, best, value;
    };

    enum class Value { Training, Result };

    Batch build(const std::vector<uint32_t>& positions, const std::vector<int>& symmetries,
                Value value = Value::Training) {
        const int n = w_.set.boardSize(), area = n * n;
        const int64_t b = int64_t(positions.size());
        Batch out;
        out.input = torch::empty({b, nn::inputPlaneCount(features_), n, n}, torch::kFloat32);
        out.policy = torch::zeros({b, area + 1}, torch::kFloat32);
        out.best = torch::empty({b}, torch::kInt64);
        out.value = torch::empty({b}, torch::kFloat32);
        float* in = out.input.data_ptr<float>();
        float* pol = out.policy.data_ptr<float>();
        int64_t* best = out.best.data_ptr<int64_t>();
        float* val = out.value.data_ptr<float>();
        for (int64_t j = 0; j < b; ++j) {
            const uint32_t idx = positions[size_t(j)];
            const int s = symmetries[size_t(j)];
            const PositionInfo& info = w_.set.info(idx);
            symmetricPositionPlanes(w_.set, idx, s, features_, in + size_t(j) * planeFloats_,
                                    raw_.data());
            float* row = pol + size_t(j) * size_t(area + 1);
            for (uint32_t t = w_.start[idx]; t < w_.start[idx + 1]; ++t)
                row[symmetricMove(s, w_.index[t], n)] += w_.prob[t];
            best[j] = symmetricMove(s, info.move, n);
            val[j] = value == Value::Result ? float(info.outcome) : w_.trainValue[idx];
        }
        if (device_.is_cpu()) return out;
        return {out.input.to(device_), out.policy.to(device_), out.best.to(device_),
                out.value.to(device_)};
    }

  private:
    const Window& w_;
    nn::InputFeatures features_;
    torch::Device device_;
    size_t planeFloats_;
    std::vector<float> raw_;
};

StepLosses computeLosses(PolicyValueNet& net, const BatchBuilder::Batch& b, double valueWeight) {
    auto [logits, v] = net->forward(b.input);
    StepLosses l;
    l.policy = -(b.policy * torch::log_softmax(logits, 1)).sum(1).mean();
    l.value = (v - b.value).pow(2).mean();
    l.total = l.policy + valueWeight * l.value;
    l.correct = (logits.argmax(1) == b.best).sum();
    return l;
}

struct EvalFigures {
    double top1 = 0, policyLoss = 0, valueLoss = 0;
    size_t positions = 0;
};

EvalFigures evaluate(PolicyValueNet& net, BatchBuilder& builder,
                     const std::vector<uint32_t>& positions, int batchSize) {
    EvalFigures f;
    if (positions.empty()) return f;
    double top1 = 0, pl = 0, vl = 0;
    forEachEvalSlice(net, positions, batchSize, [&](const std::vector<uint32_t>& slice) {
        auto b =
            builder.build(slice, std::vector<int>(slice.size(), 0), BatchBuilder::Value::Result);
        auto [logits, v] = net->forward(b.input);
        pl += -(b.policy * torch::log_softmax(logits, 1)).sum().item<double>();
        vl += (v - b.value).pow(2).sum().item<double>();
        top1 += (logits.argmax(1) == b.best).sum().item<double>();
    });
    const double n = double(positions.size());
    f.positions = positions.size();
    f.top1 = top1 / n;
    f.policyLoss = pl / n;
    f.valueLoss = vl / n;
    return f;
}

}  // namespace

double trainLearningRate(const TrainParams& p, int64_t step) {
    return scheduledLearningRate(p.lr, p.lrSteps, p.lrDecay, step);
}

TrainResult runTrain(const TrainParams& params, std::FILE* out, const std::atomic<bool>* stop) {
    TrainResult r;
    TrainParams p = params;
    auto fail = [&](std::string why) {
        r.error = std::move(why);
        return r;
    };
    if (p.outDir.empty()) return fail("no output folder (--out)");
    if (p.chunkDirs.empty()) return fail("no chunk folders (--data)");
    if (p.batch < 1 || p.steps < 0 || p.window < 1) return fail("bad batch, steps or window");
    if (!(p.qRatio >= 0 && p.qRatio <= 1))
        return fail("q ratio " + formatNumber("%g", p.qRatio) + ": expected a share in [0, 1]");
    if (std::string error = prepareRunFolder(p); !error.empty()) return fail(error);
    const RunFiles files(p.outDir);

    try {
        seedTorch(p);
        const torch::Device device = trainingDevice();

        // The net's shape: the initial net's, or the flags'.
        std::optional<nn::NetFile> init;
        if (!p.initNet.empty()) {
            std::string error;
            init = nn::readNetFile(p.initNet, &error);
            if (!init) return fail(error);
            auto shape = netFileShape(*init, &error);
            if (!shape) return fail(p.initNet + ": " + error);
            p.boardSize = shape->boardSize;
            p.blocks = shape->blocks;
            p.channels = shape->channels;
            p.valueHidden = shape->valueHidden;
            if (!p.inputFeatures) {
                p.inputFeatures = shape->features;
            } else if (*p.inputFeatures != shape->features &&
                       shape->features != nn::InputFeatures::kLz18) {
                return fail(p.initNet + ": its input features are " +
                            nn::inputFeaturesName(shape->features) + ", not " +
                            nn::inputFeaturesName(*p.inputFeatures) +
                            " (only an lz18 net can start a run of other inputs)");
            }
        }
        if (p.boardSize < 2 || p.boardSize > 19 || p.blocks < 0 || p.channels < 1 ||
            p.valueHidden < 1)
            return fail("bad net shape");
        RunIdentity id = runIdentity(p);
        const PolicyValueShape& shape = id.shape;

        // The window.
        const auto loadStart = Clock::now();
        Window w = readWindow(p, &r.warnings);
        for (const auto& warning : r.warnings) say(out, "train: warning: %s\n", warning.c_str());
        r.windowPositions = w.trainPos.size();
        r.holdoutPositions = w.heldPos.size();
        r.games = w.games;
        r.holdoutGames = w.heldGames;
        r.chunks = w.chunks;
        r.chunksSkipped = w.chunksSkipped;
        r.gamesSkipped = w.gamesSkipped;
        say(out,
            "train: %zu chunks read (%zu skipped), %zu games (%zu skipped): %zu window "
            "positions, %zu held-out positions from %zu games (read in %.1fs)\n",
            w.chunks, w.chunksSkipped, w.games, w.gamesSkipped, w.trainPos.size(), w.heldPos.size(),
            w.heldGames, std::chrono::duration<double>(Clock::now() - loadStart).count());
        if (w.trainPos.empty()) return fail("no training positions in the chunk folders");
        const std::vector<uint32_t> evalSubset = periodicEvalPositions(w.heldPos, p);

        // Model and optimiser: from the checkpoint, the initial net or fresh.
        PolicyValueNet net(shape);
        net->to(device);
        torch::optim::SGD opt = makeSgd(net, p.lr, p.momentum, p.weightDecay);
        RunStart start;
        std::string error;
        if (!resumeRun(files, id, kCsvHeader, device, net, opt, "train", out, {}, &start, &error))
            return fail(error);
        r.resumedFrom = start.step;
        if (!start.resumed) {
            if (init) {
                if (!importNetFile(*init, net, &error)) return fail(p.initNet + ": " + error);
                say(out, "train: starting from %s\n", p.initNet.c_str());
            }
            startCsv(files, kCsvHeader);
        }
        net->train();
        say(out,
            "train: net %s, batch %d, %lld steps, lr %g, window %zu, q ratio %g, on %s, %d "
            "thread%s\n",
            shape.toString().c_str(), p.batch, (long long)p.steps, p.lr, p.window, p.qRatio,
            device.is_cuda() ? "CUDA" : "the CPU", p.threads, p.threads == 1 ? "" : "s");

        EvalFigures lastEval;
        int64_t lastEvalStep = -1;
        auto exportRun = [&](int64_t atStep, double seconds) {
            NetProvenance prov;
            prov.command = p.command;
            prov.data = "self-play chunks from " + joinFolders(p.chunkDirs) + ": window of " +
                        std::to_string(w.trainPos.size()) + " positions from " +
                        std::to_string(w.games - w.heldGames) + " games in " +
                        std::to_string(w.chunks) + " chunks (newest " +
                        fs::path(w.newest).filename().string() + ", oldest " +
                        fs::path(w.oldest).filename().string() + "), " +
                        std::to_string(w.heldGames) + " held-out games";
            prov.seconds = seconds;
            prov.notes =
                "policy (visit distributions, soft cross-entropy) and value (" +
                (p.qRatio > 0 ? formatNumber("%g", 1 - p.qRatio) + " game result + " +
                                    formatNumber("%g", p.qRatio) + " root value of the search"
                              : std::string("game result")) +
                ", MSE, weight " + formatNumber("%g", p.valueWeight) + "); " +
                optimiserNotes(p, shape, atStep) +
                (p.initNet.empty() ? "" : "; started from " + p.initNet) +
                (p.notes.empty() ? "" : "; " + p.notes);
            if (lastEvalStep >= 0)
                prov.extra.push_back(
                    {"measured", "held-out top-1 " + formatNumber("%.1f%%", 100 * lastEval.top1) +
                                     ", policy loss " + formatNumber("%.3f", lastEval.policyLoss) +
                                     ", value mse " + formatNumber("%.3f", lastEval.valueLoss) +
                                     " on " + std::to_string(lastEval.positions) +
                                     " positions of " + std::to_string(w.heldGames) +
                                     " held-out games, at step " + std::to_string(lastEvalStep)});
            exportRunNet(net, files, prov, "train", out);
        };

        // Training: samples drawn uniformly from the window.
        BatchBuilder builder(w, shape.features, device);
        const uint64_t count = w.trainPos.size();
        TrainingLoopHooks hooks;
        hooks.drawPosition = [&](uint64_t g) {
            return w.trainPos[mixSeed(p.seed ^ 0x77696e646f77ULL, g) % count];
        };
        hooks.losses = [&](const std::vector<uint32_t>& positions, const std::vector<int>& syms) {
            return computeLosses(net, builder.build(positions, syms), p.valueWeight);
        };
        hooks.heldOut = !w.heldPos.empty();
        hooks.noEvalColumns = ",,";
        hooks.extraColumns = std::to_string(w.trainPos.size());
        hooks.evaluate = [&](int64_t atStep, bool final) {
            lastEval = evaluate(net, builder, final ? w.heldPos : evalSubset, p.batch);
            lastEvalStep = atStep;
            if (!final)
                say(out,
                    "train: step %lld held-out (%zu positions): top-1 %.1f%%  policy loss %.3f  "
                    "value mse %.3f\n",
                    (long long)atStep, lastEval.positions, 100 * lastEval.top1, lastEval.policyLoss,
                    lastEval.valueLoss);
            return formatNumber("%.5f", lastEval.top1) + "," +
                   formatNumber("%.5f", lastEval.policyLoss) + "," +
                   formatNumber("%.5f", lastEval.valueLoss);
        };
        hooks.checkpoint = [&](int64_t atStep, double seconds) {
            CheckpointKeys keys = runCheckpointKeys(id, atStep, seconds);
            keys.ints.push_back({"window_positions", int64_t(w.trainPos.size())});
            saveCheckpoint(files.checkpoint, net, opt, keys);
            exportRun(atStep, seconds);
        };
        const TrainingLoopResult loop =
            runTrainingLoop(p, files, start, opt, hooks, "train", out, stop, &r);
        r.positionsPerSecond = loop.positionsPerSecond;
        if (!r.ok || r.interrupted) return r;
        if (!w.heldPos.empty()) {
            r.holdoutTop1 = lastEval.top1;
            r.holdoutPolicyLoss = lastEval.policyLoss;
            r.holdoutValueLoss = lastEval.valueLoss;
        }
        say(out,
            "train: done at step %lld (%s of training, %.0f positions/s this run): held-out "
            "top-1 %.1f%%, policy loss %.3f, value mse %.3f on %zu positions of %zu games; "
            "net %s\n",
            (long long)r.step, formatDuration(loop.totalSeconds).c_str(), r.positionsPerSecond,
            100 * r.holdoutTop1, r.holdoutPolicyLoss, r.holdoutValueLoss, w.heldPos.size(),
            w.heldGames, files.net.c_str());
        return r;
    } catch (const std::exception& e) {
        return fail(std::string("LibTorch: ") + e.what());
    }
}

}  // namespace m37::train
