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

std::string fmt(const char* f, double x) {
    return formatNumber(f, x);
}

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
// most visited move in the net's frame, value targets; on `device`.
class BatchBuilder {
  public:
    BatchBuilder(const Window& w, torch::Device device) : w_(w), device_(device) {
        const int n = w.set.boardSize();
        planeFloats_ = size_t(18) * size_t(n * n);
        raw_.resize(planeFloats_);
    }

    struct Batch {
        torch::Tensor input, policy, best, value;
    };

    Batch build(const std::vector<uint32_t>& positions, const std::vector<int>& symmetries) {
        const int n = w_.set.boardSize(), area = n * n;
        const int64_t b = int64_t(positions.size());
        Batch out;
        out.input = torch::empty({b, 18, n, n}, torch::kFloat32);
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
            float* dst = in + size_t(j) * planeFloats_;
            if (s == 0) {
                w_.set.planes(idx, dst);
            } else {
                w_.set.planes(idx, raw_.data());
                symmetricPlanes(s, raw_.data(), dst, 18, n);
            }
            float* row = pol + size_t(j) * size_t(area + 1);
            for (uint32_t t = w_.start[idx]; t < w_.start[idx + 1]; ++t)
                row[symmetricMove(s, w_.index[t], n)] += w_.prob[t];
            best[j] = symmetricMove(s, info.move, n);
            val[j] = float(info.outcome);
        }
        if (device_.is_cpu()) return out;
        return {out.input.to(device_), out.policy.to(device_), out.best.to(device_),
                out.value.to(device_)};
    }

  private:
    const Window& w_;
    torch::Device device_;
    size_t planeFloats_;
    std::vector<float> raw_;
};

struct Losses {
    torch::Tensor total, policy, value, correct;
};

Losses computeLosses(PolicyValueNet& net, const BatchBuilder::Batch& b, double valueWeight) {
    auto [logits, v] = net->forward(b.input);
    Losses l;
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
    torch::NoGradGuard noGrad;
    net->eval();
    double top1 = 0, pl = 0, vl = 0;
    const size_t bs = size_t(std::max(batchSize, 256));
    for (size_t start = 0; start < positions.size(); start += bs) {
        const size_t end = std::min(positions.size(), start + bs);
        std::vector<uint32_t> chunk(positions.begin() + long(start), positions.begin() + long(end));
        auto b = builder.build(chunk, std::vector<int>(chunk.size(), 0));
        auto [logits, v] = net->forward(b.input);
        pl += -(b.policy * torch::log_softmax(logits, 1)).sum().item<double>();
        vl += (v - b.value).pow(2).sum().item<double>();
        top1 += (logits.argmax(1) == b.best).sum().item<double>();
    }
    net->train();
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
    if (p.chunkDirs.empty()) return fail("no chunk folders (--data)");
    if (p.batch < 1 || p.steps < 0 || p.window < 1) return fail("bad batch, steps or window");
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
        }
        if (p.boardSize < 2 || p.boardSize > 19 || p.blocks < 0 || p.channels < 1 ||
            p.valueHidden < 1)
            return fail("bad net shape");
        PolicyValueShape shape;
        shape.boardSize = p.boardSize;
        shape.blocks = p.blocks;
        shape.channels = p.channels;
        shape.valueHidden = p.valueHidden;

        // The window.
        const auto loadStart = Clock::now();
        Window w = readWindow(p, &r.warnings);
        for (const auto& warning : r.warnings) say("train: warning: %s\n", warning.c_str());
        r.windowPositions = w.trainPos.size();
        r.holdoutPositions = w.heldPos.size();
        r.games = w.games;
        r.holdoutGames = w.heldGames;
        r.chunks = w.chunks;
        r.chunksSkipped = w.chunksSkipped;
        r.gamesSkipped = w.gamesSkipped;
        say("train: %zu chunks read (%zu skipped), %zu games (%zu skipped): %zu window "
            "positions, %zu held-out positions from %zu games (read in %.1fs)\n",
            w.chunks, w.chunksSkipped, w.games, w.gamesSkipped, w.trainPos.size(), w.heldPos.size(),
            w.heldGames, std::chrono::duration<double>(Clock::now() - loadStart).count());
        if (w.trainPos.empty()) return fail("no training positions in the chunk folders");
        std::vector<uint32_t> evalSubset = w.heldPos;
        seededShuffle(evalSubset, mixSeed(p.seed, 0x6576616c));
        if (p.evalPositions > 0 && evalSubset.size() > size_t(p.evalPositions))
            evalSubset.resize(size_t(p.evalPositions));

        // Model and optimiser: from the checkpoint, the initial net or fresh.
        PolicyValueNet net(shape);
        net->to(device);
        torch::optim::SGD opt = makeSgd(net, p.lr, p.momentum, p.weightDecay);
        int64_t step = 0;
        double trainSeconds = 0;
        if (fs::exists(ckptPath)) {
            CheckpointReader a;
            std::string error;
            if (!a.open(ckptPath, device, &error)) return fail(error);
            const PolicyValueShape kShape = a.readShape();
            const int64_t kBatch = a.readInt("batch");
            const int64_t kSeed = a.readInt("seed");
            if (!(kShape == shape) || kBatch != p.batch || kSeed != int64_t(p.seed))
                return fail(ckptPath + ": made by a run with net " + kShape.toString() +
                            ", batch " + std::to_string(kBatch) + ", seed " +
                            std::to_string(kSeed) + "; these settings ask for " + shape.toString() +
                            ", batch " + std::to_string(p.batch) + ", seed " +
                            std::to_string(p.seed) +
                            " (use the same settings to resume, or another --out)");
            step = a.readInt("step");
            trainSeconds = a.readDouble("train_seconds");
            a.loadInto(net, opt);
            r.resumedFrom = step;
            trimCsv(csvPath, kCsvHeader, step);
            say("train: resumed from %s at step %lld\n", ckptPath.c_str(), (long long)step);
        } else {
            if (init) {
                std::string error;
                if (!importNetFile(*init, net, &error)) return fail(p.initNet + ": " + error);
                say("train: starting from %s\n", p.initNet.c_str());
            }
            std::ofstream csv(csvPath, std::ios::trunc);
            csv << kCsvHeader << "\n";
        }
        net->train();
        say("train: net %s, batch %d, %lld steps, lr %g, window %zu, on %s, %d thread%s\n",
            shape.toString().c_str(), p.batch, (long long)p.steps, p.lr, p.window,
            device.is_cuda() ? "CUDA" : "the CPU", p.threads, p.threads == 1 ? "" : "s");

        EvalFigures lastEval;
        int64_t lastEvalStep = -1;
        auto exportNet = [&](int64_t atStep, double seconds) {
            NetProvenance prov;
            std::string dirs;
            for (const auto& d : p.chunkDirs) dirs += (dirs.empty() ? "" : ", ") + d;
            prov.command = p.command;
            prov.data = "self-play chunks from " + dirs + ": window of " +
                        std::to_string(w.trainPos.size()) + " positions from " +
                        std::to_string(w.games - w.heldGames) + " games in " +
                        std::to_string(w.chunks) + " chunks (newest " +
                        fs::path(w.newest).filename().string() + ", oldest " +
                        fs::path(w.oldest).filename().string() + "), " +
                        std::to_string(w.heldGames) + " held-out games";
            prov.seconds = seconds;
            prov.notes =
                "policy (visit distributions, soft cross-entropy) and value (game "
                "result, MSE, weight " +
                fmt("%g", p.valueWeight) + "); net " + shape.toString() + "; step " +
                std::to_string(atStep) + " of " + std::to_string(p.steps) + ", batch " +
                std::to_string(p.batch) + ", SGD lr " + fmt("%g", p.lr) + " momentum " +
                fmt("%g", p.momentum) + " weight decay " + fmt("%g", p.weightDecay) +
                (p.initNet.empty() ? "" : "; started from " + p.initNet) +
                (p.notes.empty() ? "" : "; " + p.notes);
            if (lastEvalStep >= 0)
                prov.extra.push_back(
                    {"measured", "held-out top-1 " + fmt("%.1f%%", 100 * lastEval.top1) +
                                     ", policy loss " + fmt("%.3f", lastEval.policyLoss) +
                                     ", value mse " + fmt("%.3f", lastEval.valueLoss) + " on " +
                                     std::to_string(lastEval.positions) + " positions of " +
                                     std::to_string(w.heldGames) + " held-out games, at step " +
                                     std::to_string(lastEvalStep)});
            std::string error;
            if (!train::exportNet(net, netPath, prov, &error))
                say("train: cannot export %s: %s\n", netPath.c_str(), error.c_str());
        };
        auto checkpoint = [&](int64_t atStep, double seconds) {
            CheckpointKeys keys;
            keys.ints.push_back({"step", atStep});
            addShapeKeys(shape, &keys);
            keys.ints.push_back({"batch", p.batch});
            keys.ints.push_back({"seed", int64_t(p.seed)});
            keys.ints.push_back({"window_positions", int64_t(w.trainPos.size())});
            keys.doubles.push_back({"train_seconds", seconds});
            saveCheckpoint(ckptPath, net, opt, keys);
            exportNet(atStep, seconds);
        };

        // Training loop.
        BatchBuilder builder(w, device);
        std::vector<uint32_t> positions(size_t(p.batch));
        std::vector<int> syms(size_t(p.batch));
        const int64_t startStep = step;
        int64_t lastCkptStep = step;
        double lr = trainLearningRate(p, step);
        TrainLog log(csvPath, "train", out, p.batch, startStep, p.steps);
        auto lastCkpt = Clock::now();
        const std::string windowColumn = std::to_string(w.trainPos.size());
        auto evalColumns = [&] {
            return fmt("%.5f", lastEval.top1) + "," + fmt("%.5f", lastEval.policyLoss) + "," +
                   fmt("%.5f", lastEval.valueLoss);
        };
        const uint64_t count = w.trainPos.size();
        while (step < p.steps) {
            if (stop && stop->load()) {
                r.interrupted = true;
                break;
            }
            lr = trainLearningRate(p, step);
            setLearningRate(opt, lr);
            for (int j = 0; j < p.batch; ++j) {
                const uint64_t g = uint64_t(step) * uint64_t(p.batch) + uint64_t(j);
                positions[size_t(j)] = w.trainPos[mixSeed(p.seed ^ 0x77696e646f77ULL, g) % count];
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
            const bool evalNow = !w.heldPos.empty() && p.evalEvery > 0 && step % p.evalEvery == 0;
            if (evalNow) {
                lastEval = evaluate(net, builder, evalSubset, p.batch);
                lastEvalStep = step;
                say("train: step %lld held-out (%zu positions): top-1 %.1f%%  policy loss %.3f  "
                    "value mse %.3f\n",
                    (long long)step, lastEval.positions, 100 * lastEval.top1, lastEval.policyLoss,
                    lastEval.valueLoss);
            }
            if ((p.logEvery > 0 && step % p.logEvery == 0) || evalNow)
                log.row(step, lr, windowColumn, evalNow ? evalColumns() : ",,", stepsDone);
            const double sinceCkpt = std::chrono::duration<double>(Clock::now() - lastCkpt).count();
            if ((p.checkpointEvery > 0 && step % p.checkpointEvery == 0) ||
                (p.checkpointMinutes > 0 && sinceCkpt >= 60 * p.checkpointMinutes)) {
                checkpoint(step, trainSeconds + log.sessionSeconds());
                lastCkpt = Clock::now();
                lastCkptStep = step;
                say("train: checkpoint at step %lld (%s, %s)\n", (long long)step, ckptPath.c_str(),
                    netPath.c_str());
            }
        }
        const double totalSeconds = trainSeconds + log.sessionSeconds();
        r.step = step;
        r.positionsPerSecond = log.sessionRate(step);
        if (r.interrupted) {
            if (step > lastCkptStep) checkpoint(step, totalSeconds);
            say("train: stopped at step %lld; checkpoint written, run the same command to "
                "resume\n",
                (long long)step);
            r.ok = true;
            return r;
        }
        // The end: every held-out position, a final row, checkpoint and net.
        const auto stepsDone = Clock::now();
        if (!w.heldPos.empty()) {
            lastEval = evaluate(net, builder, w.heldPos, p.batch);
            lastEvalStep = step;
            r.holdoutTop1 = lastEval.top1;
            r.holdoutPolicyLoss = lastEval.policyLoss;
            r.holdoutValueLoss = lastEval.valueLoss;
        }
        if (step > startStep)
            log.row(step, lr, windowColumn, w.heldPos.empty() ? ",," : evalColumns(), stepsDone);
        checkpoint(step, totalSeconds);
        say("train: done at step %lld (%s of training, %.0f positions/s this run): held-out "
            "top-1 %.1f%%, policy loss %.3f, value mse %.3f on %zu positions of %zu games; "
            "net %s\n",
            (long long)step, formatDuration(totalSeconds).c_str(), r.positionsPerSecond,
            100 * r.holdoutTop1, r.holdoutPolicyLoss, r.holdoutValueLoss, w.heldPos.size(),
            w.heldGames, netPath.c_str());
        r.ok = true;
        return r;
    } catch (const std::exception& e) {
        return fail(std::string("LibTorch: ") + e.what());
    }
}

}  // namespace m37::train
