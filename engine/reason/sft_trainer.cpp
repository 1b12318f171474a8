#include "engine/reason/sft_trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "engine/go/rng.h"
#include "engine/reason/sft_data.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/transformer.h"
#include "engine/reason/transformer_checkpoint.h"
#include "engine/reason/transformer_train.h"
#include "engine/train/progress_text.h"
#include "engine/train/trainer_common.h"

namespace m37::reason {

namespace fs = std::filesystem;
using train::formatNumber;
using train::say;

namespace {

constexpr const char* kPrefix = "reason-sft";
constexpr const char* kCsvHeader = "step,loss,lr,tokens_per_s,heldout_loss,train_seconds";
constexpr const char* kBestKey = "best_heldout_loss";
using Clock = std::chrono::steady_clock;

// What a checkpoint must agree on for a run to resume from it.
RunIdentityKeys identityKeys(const SftParams& p, size_t trainRecords, size_t extraRecords) {
    return {{"vocab", p.model.vocab},
            {"d_model", p.model.dModel},
            {"layers", p.model.layers},
            {"heads", p.model.heads},
            {"context", p.model.context},
            {"mlp_ratio", p.model.mlpRatio},
            {"vertex_embedding", int64_t(p.model.vertexEmbedding)},
            {"last_move", int64_t(p.model.lastMoveMark)},
            {"batch", p.batch},
            {"seed", int64_t(p.seed)},
            {"holdout_every", p.holdoutEvery},
            {"augment", int64_t(p.augment)},
            {"train_records", int64_t(trainRecords)},
            {"extra_batch", p.extraBatch},
            {"extra_records", int64_t(extraRecords)}};
}

// The symmetry (0..7) of slot j of step `step`'s batch: a hash of the seed
// and the slot's place in the run.
int augmentSymmetry(uint64_t seed, int64_t step, int batch, int j) {
    return int(
        mix64(seed * 0x9E3779B97F4A7C15ULL + uint64_t(step) * uint64_t(batch) + uint64_t(j)) % 8);
}

// The mean per-token loss of the completions of `examples`.
double heldOutLoss(Transformer& model, const std::vector<SftExample>& examples) {
    torch::NoGradGuard noGrad;
    model->eval();
    double sum = 0, count = 0;
    const size_t slice = 16;
    for (size_t s = 0; s < examples.size(); s += slice) {
        std::vector<std::vector<int>> prompts, completions;
        for (size_t i = s; i < std::min(examples.size(), s + slice); ++i) {
            prompts.push_back(examples[i].prompt);
            completions.push_back(examples[i].completion);
        }
        const LmBatch b = makeLmBatch(prompts, completions, Tokenizer::instance().padId());
        const int64_t T = b.tokens.size(1);
        const torch::Tensor logp = tokenLogProbs(model, b.tokens);
        const torch::Tensor mask = b.lossMask.slice(1, 1, T);
        sum += -(logp * mask).sum().item<double>();
        count += mask.sum().item<double>();
    }
    model->train();
    return count > 0 ? sum / count : 0;
}

}  // namespace

double sftLearningRate(const SftParams& p, int64_t step) {
    if (p.warmup > 0 && step < p.warmup) return p.lr * double(step + 1) / double(p.warmup);
    const double span = double(std::max<int64_t>(1, p.steps - p.warmup));
    const double t = std::clamp(double(step - p.warmup) / span, 0.0, 1.0);
    const double floor = p.lr * p.minLrRatio;
    return floor + (p.lr - floor) * 0.5 * (1 + std::cos(M_PI * t));
}

SftResult trainSft(const SftParams& params, const std::atomic<bool>* stop, std::FILE* out,
                   const std::function<void(int64_t)>& afterStep) {
    SftResult r;
    SftParams p = params;
    const Tokenizer& tok = Tokenizer::instance();
    p.model.vocab = tok.vocabSize();
    if (const std::string bad = p.model.check(); !bad.empty()) {
        r.error = "model shape: " + bad;
        return r;
    }
    if (p.batch < 1 || p.steps < 1 || p.lr <= 0 || p.warmup < 0 || p.holdoutEvery < 0 ||
        p.holdoutEvery == 1 || p.extraBatch < 0) {
        r.error =
            "need --batch >= 1, --steps >= 1, --lr > 0, --warmup >= 0, --extra-batch >= 0 and "
            "--holdout-every 0 or >= 2";
        return r;
    }
    if (p.extraTraces.empty() != (p.extraBatch == 0)) {
        r.error = "--extra-traces and --extra-batch go together";
        return r;
    }
    std::error_code ec;
    fs::create_directories(p.outDir, ec);
    if (ec) {
        r.error = p.outDir + ": " + ec.message();
        return r;
    }
    const SftRunFiles files(p.outDir);

    // Data.
    std::string err;
    auto all = readSftExamples(p.traces, p.model.context, &err, p.model.lastMoveMark);
    if (!all) {
        r.error = err;
        return r;
    }
    std::vector<SftExample> trainSet, heldOut;
    splitHeldOut(*all, p.holdoutEvery, &trainSet, &heldOut);
    if (trainSet.empty()) {
        r.error = p.traces + ": no training records";
        return r;
    }
    r.trainRecords = trainSet.size();
    r.heldOutRecords = heldOut.size();
    std::vector<SftExample> extraSet;
    if (!p.extraTraces.empty()) {
        auto extra = readSftExamples(p.extraTraces, p.model.context, &err, p.model.lastMoveMark);
        if (!extra) {
            r.error = err;
            return r;
        }
        extraSet = std::move(*extra);
        if (extraSet.empty()) {
            r.error = p.extraTraces + ": no records";
            return r;
        }
        for (const SftExample& e : extraSet)
            if (e.prompt.size() != trainSet.front().prompt.size()) {
                r.error = p.extraTraces + ":" + std::to_string(e.line) + ": record " +
                          std::to_string(e.record + 1) + " (" + e.source +
                          "): its board size is not that of " + p.traces;
                return r;
            }
    }
    r.extraRecords = extraSet.size();
    // The board size of the records (the model file's metadata): the
    // prompt is N*N + 3 tokens.
    p.model.boardSize = int(std::lround(std::sqrt(double(trainSet.front().prompt.size() - 3))));
    say(out, "%s: %zu training records, %zu held out (one in %d); model %s\n", kPrefix,
        trainSet.size(), heldOut.size(), p.holdoutEvery, p.model.toString().c_str());
    if (!extraSet.empty())
        say(out, "%s: %zu extra training records from %s, %d in each step\n", kPrefix,
            extraSet.size(), p.extraTraces.c_str(), p.extraBatch);

    // Model and optimiser (fresh, or from the checkpoint).
    if (p.threads > 0) at::set_num_threads(p.threads);
    Transformer model = makeTransformer(p.model, p.seed);
    auto opt = makeAdamW(model, p.lr, p.weightDecay);
    const auto idKeys = identityKeys(p, trainSet.size(), extraSet.size());
    int64_t step = 0;
    double trainSeconds = 0;
    double bestHeldOut = -1;  // the lowest held-out loss so far (model-best.m37)
    if (fs::exists(files.checkpoint)) {
        TransformerCheckpoint state;
        if (!readTransformerCheckpoint(files.checkpoint, idKeys, kBestKey, model, *opt, &state,
                                       &r.error))
            return r;
        step = state.step;
        trainSeconds = state.trainSeconds;
        bestHeldOut = state.best;
        try {
            train::trimCsv(files.csv, kCsvHeader, step);
        } catch (const std::exception& e) {
            r.error = e.what();
            return r;
        }
        r.resumedFrom = step;
        say(out, "%s: resumed from %s at step %lld\n", kPrefix, files.checkpoint.c_str(),
            (long long)step);
    } else {
        std::ofstream csv(files.csv, std::ios::trunc);
        csv << kCsvHeader << "\n";
    }

    const auto sessionStart = Clock::now();
    auto elapsed = [&] {
        return trainSeconds + std::chrono::duration<double>(Clock::now() - sessionStart).count();
    };
    auto metadata = [&](int64_t at) {
        nn::NetMetadata meta;
        meta.command = p.command;
        meta.data = p.traces;
        meta.date = train::utcTimestamp();
        meta.hours = formatNumber("%.2f", elapsed() / 3600);
        meta.notes = "reason-sft: step " + std::to_string(at) + " of " + std::to_string(p.steps) +
                     ", batch " + std::to_string(p.batch) + ", AdamW lr " +
                     formatNumber("%g", p.lr) + " (warm-up " + std::to_string(p.warmup) +
                     ", cosine to " + formatNumber("%g", p.lr * p.minLrRatio) + ") weight decay " +
                     formatNumber("%g", p.weightDecay) + "; " + std::to_string(trainSet.size()) +
                     " training records, " + std::to_string(heldOut.size()) + " held out (one in " +
                     std::to_string(p.holdoutEvery) + ")" +
                     (extraSet.empty() ? ""
                                       : "; and " + std::to_string(p.extraBatch) + " a step of " +
                                             std::to_string(extraSet.size()) + " extra records (" +
                                             p.extraTraces + ")") +
                     (p.notes.empty() ? "" : "; " + p.notes);
        meta.extra.push_back({"sft_step", std::to_string(at)});
        if (r.heldOutLoss >= 0)
            meta.extra.push_back({"heldout_loss", formatNumber("%.4f", r.heldOutLoss)});
        return meta;
    };
    auto checkpoint = [&](int64_t at) {
        std::string why;
        if (!writeTransformerCheckpoint(files.checkpoint, idKeys, kBestKey, model, *opt,
                                        {at, elapsed(), bestHeldOut}, &why))
            say(out, "%s: cannot write the checkpoint: %s\n", kPrefix, why.c_str());
        const nn::NetMetadata meta = metadata(at);
        if (!saveTransformer(files.model, model, meta, &why))
            say(out, "%s: cannot write %s: %s\n", kPrefix, files.model.c_str(), why.c_str());
    };

    std::ofstream csv(files.csv, std::ios::app);
    SampleOrder order(p.seed, trainSet.size());
    // The extra records' own order and symmetries (another seed), so that
    // the batch's draws are those of a run without them.
    const uint64_t extraSeed = p.seed ^ 0xE7037ED1A0B428DBULL;
    SampleOrder extraOrder(extraSeed, std::max<size_t>(1, extraSet.size()));
    const int64_t startStep = step;
    int64_t lastCkptStep = step;
    double lossSum = 0, rowTokens = 0, sessionTokens = 0;
    int lossCount = 0;
    double rowSeconds = 0, sessionStepSeconds = 0;
    auto lastCkpt = Clock::now();
    auto writeRow = [&](int64_t at, double lr, const std::string& heldOutColumn) {
        const double tps = rowSeconds > 0 ? rowTokens / rowSeconds : 0;
        csv << at << ",";
        if (lossCount > 0)
            csv << formatNumber("%.5f", lossSum / lossCount) << "," << formatNumber("%g", lr) << ","
                << formatNumber("%.1f", tps) << ",";
        else
            csv << ",,,";
        csv << heldOutColumn << "," << formatNumber("%.1f", elapsed()) << "\n";
        csv.flush();
        if (lossCount > 0) {
            r.lastLoss = lossSum / lossCount;
            const double sps = sessionStepSeconds > 0 ? (at - startStep) / sessionStepSeconds : 0;
            const double eta = sps > 0 ? double(p.steps - at) / sps : -1;
            say(out,
                "%s: step %lld/%lld  loss %.4f  lr %.3g  %.0f tok/s  %.3f steps/s%s%s  ETA %s\n",
                kPrefix, (long long)at, (long long)p.steps, lossSum / lossCount, lr, tps, sps,
                heldOutColumn.empty() ? "" : "  held-out ", heldOutColumn.c_str(),
                train::formatDuration(eta).c_str());
        }
        lossSum = rowTokens = rowSeconds = 0;
        lossCount = 0;
    };
    auto evaluate = [&](int64_t at) -> std::string {
        if (heldOut.empty()) return "";
        r.heldOutLoss = heldOutLoss(model, heldOut);
        if (bestHeldOut < 0 || r.heldOutLoss < bestHeldOut) {
            bestHeldOut = r.heldOutLoss;
            std::string why;
            if (!saveTransformer(files.best, model, metadata(at), &why))
                say(out, "%s: cannot write %s: %s\n", kPrefix, files.best.c_str(), why.c_str());
        }
        return formatNumber("%.5f", r.heldOutLoss);
    };

    double lr = sftLearningRate(p, step);
    while (step < p.steps) {
        if (stop && stop->load()) {
            r.interrupted = true;
            break;
        }
        lr = sftLearningRate(p, step);
        setAdamWLearningRate(*opt, lr);
        std::vector<std::vector<int>> prompts, completions;
        double tokens = 0;
        // n records of `set` in `o`'s order for this step, each on its
        // drawn symmetry when augmenting.
        auto draw = [&](const std::vector<SftExample>& set, SampleOrder& o, uint64_t seed, int n) {
            for (int j = 0; j < n; ++j) {
                const SftExample& drawn = set[o.at(uint64_t(step) * uint64_t(n) + uint64_t(j))];
                const SftExample e =
                    p.augment ? symmetricExample(drawn, augmentSymmetry(seed, step, n, j)) : drawn;
                prompts.push_back(e.prompt);
                completions.push_back(e.completion);
                tokens += double(e.prompt.size() + e.completion.size());
            }
        };
        draw(trainSet, order, p.seed, p.batch);
        draw(extraSet, extraOrder, extraSeed, p.extraBatch);
        const auto t0 = Clock::now();
        const LmBatch batch = makeLmBatch(prompts, completions, tok.padId());
        const double loss = lmTrainStep(model, *opt, batch, p.clipNorm);
        const double dt = std::chrono::duration<double>(Clock::now() - t0).count();
        ++step;
        if (!std::isfinite(loss)) {
            r.error = "training diverged (loss " + formatNumber("%g", loss) + " at step " +
                      std::to_string(step) + "); try a lower --lr";
            r.step = step;
            return r;
        }
        lossSum += loss;
        ++lossCount;
        rowTokens += tokens;
        sessionTokens += tokens;
        rowSeconds += dt;
        sessionStepSeconds += dt;
        if (afterStep) afterStep(step);
        if (step == p.steps) break;  // the final row follows the loop
        const bool evalNow = p.evalEvery > 0 && step % p.evalEvery == 0;
        const std::string heldOutColumn = evalNow ? evaluate(step) : "";
        if ((p.logEvery > 0 && step % p.logEvery == 0) || evalNow)
            writeRow(step, lr, heldOutColumn);
        const double sinceCkpt = std::chrono::duration<double>(Clock::now() - lastCkpt).count();
        if ((p.checkpointEvery > 0 && step % p.checkpointEvery == 0) ||
            (p.checkpointMinutes > 0 && sinceCkpt >= 60 * p.checkpointMinutes)) {
            checkpoint(step);
            lastCkpt = Clock::now();
            lastCkptStep = step;
            say(out, "%s: checkpoint at step %lld (%s, %s)\n", kPrefix, (long long)step,
                files.checkpoint.c_str(), files.model.c_str());
        }
    }
    r.step = step;
    r.tokensPerSecond = sessionStepSeconds > 0 ? sessionTokens / sessionStepSeconds : 0;
    r.stepsPerSecond = sessionStepSeconds > 0 ? double(step - startStep) / sessionStepSeconds : 0;
    if (r.interrupted) {
        if (lossCount > 0) writeRow(step, lr, "");
        if (step > lastCkptStep) checkpoint(step);
        say(out, "%s: stopped at step %lld; checkpoint written, run the same command to resume\n",
            kPrefix, (long long)step);
        r.ok = true;
        return r;
    }
    const std::string heldOutColumn = evaluate(step);
    if (step > startStep) writeRow(step, lr, heldOutColumn);
    checkpoint(step);
    say(out, "%s: done at step %lld: %s%s\n", kPrefix, (long long)step, files.model.c_str(),
        r.heldOutLoss >= 0 ? (", held-out loss " + formatNumber("%.4f", r.heldOutLoss)).c_str()
                           : "");
    r.ok = true;
    return r;
}

}  // namespace m37::reason
