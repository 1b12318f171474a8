#include "engine/reason/grpo_trainer.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <span>

#include "engine/reason/grpo_curves.h"
#include "engine/reason/grpo_loss.h"
#include "engine/reason/legal_move_mask.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/sft_data.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_record.h"
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

constexpr const char* kPrefix = "reason-grpo";
constexpr const char* kCsvHeader =
    "step,reward,reward_std,format,accuracy,faithfulness,preference,answer_best_pct,"
    "answer_legal_pct,winrate_loss_pct,response_tokens,kl,entropy,clip_frac,zero_spread,lr,"
    "step_seconds,train_seconds";
constexpr const char* kBestKey = "best_heldout_reward";
using Clock = std::chrono::steady_clock;

// A training or held-out position: the state, its prompt and the trace's
// deep search as the accuracy reference.
struct GrpoPosition {
    GameState state;
    std::vector<int> prompt;
    std::optional<RootReference> reference;
    int record = 0;
};

// The positions of the trace file, split as reason-sft splits them; records
// without a reference (no answer or conclusion) are left out. markLastMove:
// the model's prompts mark the last move (TransformerParams::lastMoveMark).
bool loadPositions(const GrpoParams& p, bool markLastMove, std::vector<GrpoPosition>* trainSet,
                   std::vector<GrpoPosition>* heldOut, std::string* error) {
    auto records = readTraceFile(p.traces, error);
    if (!records) return false;
    const Tokenizer& tok = Tokenizer::instance();
    for (int i = 0; i < int(records->size()); ++i) {
        const TraceRecord& r = (*records)[size_t(i)];
        std::string why;
        auto state = tracePosition(r, &why);
        if (!state) {
            *error = p.traces + ": record " + std::to_string(i + 1) + ": " + why;
            return false;
        }
        auto reference = traceReference(r);
        if (!reference) continue;
        GrpoPosition pos{*state, tok.promptTokens(*state, markLastMove), reference, i};
        (isHeldOutRecord(i, p.holdoutEvery) ? heldOut : trainSet)->push_back(std::move(pos));
    }
    return true;
}

RunIdentityKeys identityKeys(const GrpoParams& p, const TransformerParams& shape,
                             size_t trainPositions) {
    return {{"vocab", shape.vocab},
            {"d_model", shape.dModel},
            {"layers", shape.layers},
            {"heads", shape.heads},
            {"context", shape.context},
            {"group", p.groupSize},
            {"positions_per_step", p.positionsPerStep},
            {"updates_per_batch", p.updatesPerBatch},
            {"max_tokens", p.maxTokens},
            {"reward_kind", int64_t(p.reward.kind)},
            {"seed", int64_t(p.seed)},
            {"holdout_every", p.holdoutEvery},
            {"legal_moves", int64_t(p.legalMoves)},
            {"train_positions", int64_t(trainPositions)}};
}

// Means of one step's completions, for train.csv and the progress line.
struct StepStats {
    double reward = 0, rewardSq = 0, format = 0, accuracy = 0, faithfulness = 0, preference = 0;
    double best = 0, legal = 0, lossSum = 0, tokens = 0;
    int n = 0, lossCount = 0, zeroSpread = 0, groups = 0;
    bool hasPreference = false;
    void add(const RewardBreakdown& r, int completionTokens) {
        ++n;
        reward += r.total;
        rewardSq += r.total * r.total;
        format += r.format;
        accuracy += r.accuracy;
        faithfulness += r.faithfulness;
        if (r.preference) {
            hasPreference = true;
            preference += *r.preference;
        }
        best += r.item.answerIsBest;
        legal += r.item.answerLegal;
        if (r.item.winrateLoss) {
            ++lossCount;
            lossSum += *r.item.winrateLoss;
        }
        tokens += completionTokens;
    }
    double mean(double x) const { return n ? x / n : 0; }
    double rewardStd() const {
        const double m = mean(reward);
        return std::sqrt(std::max(0.0, mean(rewardSq) - m * m));
    }
};

}  // namespace

double grpoLearningRate(const GrpoParams& p, int64_t step) {
    if (p.warmup > 0 && step < p.warmup) return p.lr * double(step + 1) / double(p.warmup);
    return p.lr;
}

GrpoResult trainGrpo(const GrpoParams& p, const GrpoJudges& judges, const std::atomic<bool>* stop,
                     std::FILE* out, const std::function<void(int64_t)>& afterStep) {
    GrpoResult r;
    if (p.steps < 1 || p.positionsPerStep < 1 || p.groupSize < 2 || p.updatesPerBatch < 1 ||
        p.lr <= 0 || p.warmup < 0 || p.maxTokens < 8 || p.temperature <= 0 || p.topP <= 0 ||
        p.topP > 1 || p.clipEps <= 0 || p.klBeta < 0 || p.holdoutEvery < 0 ||
        p.holdoutEvery == 1 || p.evalPositions < 0) {
        r.error =
            "need --steps >= 1, --positions >= 1, --group >= 2, --updates >= 1, --lr > 0, "
            "--max-tokens >= 8, --temperature > 0, 0 < --top-p <= 1, --clip-eps > 0, --kl >= 0 "
            "and --holdout-every 0 or >= 2";
        return r;
    }
    if (!judges.judge) {
        r.error = "no judge for claims and answers";
        return r;
    }
    if (p.reward.kind == RewardKind::kPreference && !judges.preference) {
        r.error = "--reward preference needs a preference net (--preference-net)";
        return r;
    }
    std::error_code ec;
    fs::create_directories(p.outDir, ec);
    if (ec) {
        r.error = p.outDir + ": " + ec.message();
        return r;
    }
    const GrpoRunFiles files(p.outDir);

    // The SFT model twice: the policy to train and the frozen reference.
    nn::NetMetadata initMeta;
    auto policy = loadTransformer(p.init, &r.error, &initMeta);
    if (!policy) return r;
    auto reference = loadTransformer(p.init, &r.error);
    if (!reference) return r;
    Transformer model = *policy;
    Transformer ref = *reference;
    ref->eval();
    for (auto& t : ref->parameters()) t.set_requires_grad(false);
    const TransformerParams shape = model->params();
    const Tokenizer& tok = Tokenizer::instance();
    if (shape.vocab != tok.vocabSize()) {
        r.error = p.init + ": vocabulary of " + std::to_string(shape.vocab) +
                  " tokens; this build's tokenizer has " + std::to_string(tok.vocabSize());
        return r;
    }

    std::vector<GrpoPosition> trainSet, heldOut;
    if (!loadPositions(p, shape.lastMoveMark, &trainSet, &heldOut, &r.error)) return r;
    if (trainSet.empty()) {
        r.error = p.traces + ": no training positions with a reference";
        return r;
    }
    for (const auto* set : {&trainSet, &heldOut})
        for (const GrpoPosition& pos : *set)
            if (pos.state.size() != shape.boardSize ||
                int(pos.prompt.size()) + 8 >= shape.context) {
                r.error = p.traces + ": record " + std::to_string(pos.record + 1) + " is " +
                          std::to_string(pos.state.size()) + "x" +
                          std::to_string(pos.state.size()) + "; " + p.init + " reasons about " +
                          std::to_string(shape.boardSize) + "x" + std::to_string(shape.boardSize);
                return r;
            }
    r.trainPositions = trainSet.size();
    r.heldOutPositions = heldOut.size();
    say(out,
        "%s: %zu training positions, %zu held out; start %s (%s); reward %s; group %d x %d "
        "positions a step\n",
        kPrefix, trainSet.size(), heldOut.size(), p.init.c_str(), shape.toString().c_str(),
        toString(p.reward.kind), p.groupSize, p.positionsPerStep);

    if (p.threads > 0) at::set_num_threads(p.threads);
    auto opt = makeAdamW(model, p.lr, p.weightDecay);
    const RunIdentityKeys idKeys = identityKeys(p, shape, trainSet.size());
    const std::string evalHeader = "step,mean_reward," + ReasonEvalSummary::csvHeader();
    TransformerCheckpoint state;
    if (fs::exists(files.checkpoint)) {
        if (!readTransformerCheckpoint(files.checkpoint, idKeys, kBestKey, model, *opt, &state,
                                       &r.error))
            return r;
        try {
            train::trimCsv(files.csv, kCsvHeader, state.step);
            train::trimCsv(files.eval, evalHeader, state.step);
        } catch (const std::exception& e) {
            r.error = e.what();
            return r;
        }
        r.resumedFrom = state.step;
        say(out, "%s: resumed from %s at step %lld\n", kPrefix, files.checkpoint.c_str(),
            (long long)state.step);
    } else {
        std::ofstream(files.csv, std::ios::trunc) << kCsvHeader << "\n";
        std::ofstream(files.eval, std::ios::trunc) << evalHeader << "\n";
    }
    int64_t step = state.step;

    const auto sessionStart = Clock::now();
    auto elapsed = [&] {
        return state.trainSeconds +
               std::chrono::duration<double>(Clock::now() - sessionStart).count();
    };
    auto metadata = [&](int64_t at) {
        nn::NetMetadata meta;
        meta.command = p.command;
        meta.data = p.traces;
        meta.date = train::utcTimestamp();
        meta.hours = formatNumber("%.2f", elapsed() / 3600);
        meta.notes = std::string("reason-grpo (Dr. GRPO, k3 KL ") + formatNumber("%g", p.klBeta) +
                     ", clip " + formatNumber("%g", p.clipEps) + ") from " + p.init + ": step " +
                     std::to_string(at) + " of " + std::to_string(p.steps) + ", group " +
                     std::to_string(p.groupSize) + " x " + std::to_string(p.positionsPerStep) +
                     " positions a step, reward " + toString(p.reward.kind) + " (format " +
                     formatNumber("%g", p.reward.formatWeight) + ", " +
                     (p.reward.kind == RewardKind::kPreference ? "preference " : "accuracy ") +
                     formatNumber("%g", p.reward.accuracyWeight) + ", faithfulness " +
                     formatNumber("%g", p.reward.faithfulnessWeight) + "), judge " + p.judgeName +
                     (p.preferenceName.empty() ? "" : ", preference net " + p.preferenceName) +
                     (p.notes.empty() ? "" : "; " + p.notes);
        meta.extra.push_back({"grpo_step", std::to_string(at)});
        meta.extra.push_back({"reward", toString(p.reward.kind)});
        if (r.heldOutReward >= 0) {
            meta.extra.push_back({"heldout_reward", formatNumber("%.4f", r.heldOutReward)});
            meta.extra.push_back(
                {"heldout_answer_best_pct", formatNumber("%.1f", r.heldOutAnswerBest)});
        }
        return meta;
    };
    auto saveModel = [&](const std::string& path, int64_t at) {
        std::string why;
        if (!saveTransformer(path, model, metadata(at), &why))
            say(out, "%s: cannot write %s: %s\n", kPrefix, path.c_str(), why.c_str());
    };
    std::ofstream csv(files.csv, std::ios::app);
    const std::string curvesTitle = grpoCurvesTitle(p.reward.kind);
    auto checkpoint = [&](int64_t at) {
        std::string why;
        state.step = at;
        if (!writeTransformerCheckpoint(files.checkpoint, idKeys, kBestKey, model, *opt,
                                        {at, elapsed(), state.best}, &why))
            say(out, "%s: cannot write the checkpoint: %s\n", kPrefix, why.c_str());
        saveModel(files.model, at);
        csv.flush();
        if (!writeGrpoCurves(p.outDir, curvesTitle, &why))
            say(out, "%s: cannot draw the curves: %s\n", kPrefix, why.c_str());
    };

    const StopTokens stops{tok.eosId(), tok.answerCloseId()};
    auto generator = ReasonModel::wrap(model.ptr(), stops);
    // A position's completion, filtered by its LegalMoveMask when the run uses them.
    auto complete = [&](const GrpoPosition& pos, const SamplingParams& s,
                        const LegalMoveMask* legal) {
        return generator->generate(pos.prompt, s, {}, nullptr,
                                   legal ? legal->filter() : ReasonModel::LogitFilter());
    };
    auto legalMask = [&](const GrpoPosition& pos) {
        return p.legalMoves ? std::make_unique<LegalMoveMask>(pos.state) : nullptr;
    };
    auto sampling = [&](const GrpoPosition& pos, double temperature, uint64_t seed) {
        SamplingParams s;
        s.temperature = temperature;
        s.topP = p.topP;
        s.maxTokens = std::min(p.maxTokens, shape.context - int(pos.prompt.size()));
        s.seed = seed;
        return s;
    };
    // Greedy completions of the first evalPositions held-out positions.
    auto evaluate = [&](int64_t at) {
        const size_t n = std::min(heldOut.size(), size_t(p.evalPositions));
        if (n == 0) return;
        ReasonEvalSummary summary;
        double rewardSum = 0;
        for (size_t i = 0; i < n; ++i) {
            const GrpoPosition& pos = heldOut[i];
            const GenerationResult g = complete(pos, sampling(pos, 0, 1), legalMask(pos).get());
            RewardBreakdown rb = computeReward(pos.state, g.tokens, judges.judge, pos.reference,
                                               judges.preference, p.reward);
            rb.item.tokens = int(g.tokens.size());
            rb.item.seconds = g.seconds;
            rb.item.firstTokenSeconds = g.firstTokenSeconds;
            summary.add(rb.item);
            rewardSum += rb.total;
        }
        r.heldOutReward = rewardSum / double(n);
        r.heldOutAnswerBest = summary.answerBestPercent();
        std::ofstream(files.eval, std::ios::app)
            << at << "," << formatNumber("%.4f", r.heldOutReward) << "," << summary.csvRow()
            << "\n";
        say(out,
            "%s: held-out at step %lld (%zu positions, greedy): reward %.3f  answer = best "
            "%.1f%%  loss %.1f%%  steps legal %.1f%%  claims within %.1f%%  think %.0f "
            "tokens%s\n",
            kPrefix, (long long)at, n, r.heldOutReward, summary.answerBestPercent(),
            100 * summary.meanWinrateLoss(), summary.stepsLegalPercent(),
            summary.claimsWithinPercent(), summary.meanThinkTokens(),
            summary.preferenceCount()
                ? formatNumber("  preference top %.1f%%", summary.preferenceTopPercent()).c_str()
                : "");
        if (state.best < 0 || r.heldOutReward > state.best) {
            state.best = r.heldOutReward;
            saveModel(files.best, at);
        }
    };

    if (step == 0 && p.evalEvery > 0) evaluate(0);  // the SFT start, for comparison

    SampleOrder order(p.seed, trainSet.size());
    const GrpoLossParams lossParams{p.clipEps, p.klBeta, double(p.maxTokens)};
    const int64_t startStep = step;
    int64_t lastCkptStep = step;
    double sessionStepSeconds = 0;
    auto lastCkpt = Clock::now();
    while (step < p.steps) {
        if (stop && stop->load()) {
            r.interrupted = true;
            break;
        }
        const auto t0 = Clock::now();
        const double lr = grpoLearningRate(p, step);
        setAdamWLearningRate(*opt, lr);

        // Sample the groups and score them.
        StepStats stats;
        std::vector<std::vector<int>> prompts, completions;
        std::vector<float> advantages;
        std::vector<std::unique_ptr<LegalMoveMask>> masks;  // one per position (with legalMoves)
        for (int k = 0; k < p.positionsPerStep; ++k) {
            const GrpoPosition& pos =
                trainSet[order.at(uint64_t(step) * uint64_t(p.positionsPerStep) + uint64_t(k))];
            masks.push_back(legalMask(pos));
            std::vector<double> rewards;
            for (int i = 0; i < p.groupSize; ++i) {
                const uint64_t seed =
                    train::mixSeed(train::mixSeed(p.seed, uint64_t(step)), uint64_t(k * p.groupSize + i));
                const GenerationResult g =
                    complete(pos, sampling(pos, p.temperature, seed), masks.back().get());
                if (g.stop == StopReason::kError) {
                    r.error = "generation failed at step " + std::to_string(step + 1) + ": " + g.error;
                    return r;
                }
                const RewardBreakdown rb = computeReward(pos.state, g.tokens, judges.judge,
                                                         pos.reference, judges.preference, p.reward);
                stats.add(rb, int(g.tokens.size()));
                rewards.push_back(rb.total);
                prompts.push_back(pos.prompt);
                completions.push_back(g.tokens);
            }
            const GroupAdvantages ga = groupAdvantages(rewards, p.scaleByStd);
            ++stats.groups;
            stats.zeroSpread += ga.zeroSpread;
            for (double a : ga.advantages) advantages.push_back(float(a));
        }

        // The policy update.
        const LmBatch batch = makeLmBatch(prompts, completions, tok.padId());
        const int64_t T = batch.tokens.size(1);
        const torch::Tensor mask = batch.lossMask.slice(1, 1, T);
        const torch::Tensor adv = torch::tensor(advantages);
        // The policy that sampled is the tempered, masked one: score every
        // log-prob at the sampling temperature and under the same bans.
        torch::Tensor bias;
        if (p.legalMoves)
            bias = bansBias(
                prompts, completions, shape.vocab,
                [&](size_t pair, std::span<const int> before) {
                    return masks[pair / size_t(p.groupSize)]->banned(before);
                },
                LegalMoveMask::kBanned);
        torch::Tensor oldLogp, refLogp;
        {
            torch::NoGradGuard noGrad;
            refLogp = tokenLogProbs(ref, batch.tokens, nullptr, bias, p.temperature);
            if (p.updatesPerBatch > 1) {
                model->eval();
                oldLogp = tokenLogProbs(model, batch.tokens, nullptr, bias, p.temperature);
            }
        }
        double kl = 0, clipFrac = 0, entropy = 0;
        for (int u = 0; u < p.updatesPerBatch; ++u) {
            model->train();
            opt->zero_grad();
            torch::Tensor ent;
            const torch::Tensor logp =
                tokenLogProbs(model, batch.tokens, u == 0 ? &ent : nullptr, bias, p.temperature);
            const GrpoLossParts parts = grpoLoss(
                logp, p.updatesPerBatch > 1 ? oldLogp : logp.detach(), refLogp, mask, adv,
                lossParams);
            parts.loss.backward();
            if (p.clipNorm > 0) torch::nn::utils::clip_grad_norm_(model->parameters(), p.clipNorm);
            opt->step();
            if (u == 0) {
                kl = parts.kl;
                clipFrac = parts.clipFraction;
                torch::NoGradGuard noGrad;
                entropy = (ent * mask).sum().item<double>() / std::max(1.0, mask.sum().item<double>());
            }
            if (!std::isfinite(parts.loss.item<double>())) {
                r.error = "training diverged at step " + std::to_string(step + 1) +
                          "; try a lower --lr";
                return r;
            }
        }
        ++step;
        const double dt = std::chrono::duration<double>(Clock::now() - t0).count();
        sessionStepSeconds += dt;
        r.lastReward = stats.mean(stats.reward);

        csv << step << "," << formatNumber("%.4f", stats.mean(stats.reward)) << ","
            << formatNumber("%.4f", stats.rewardStd()) << ","
            << formatNumber("%.4f", stats.mean(stats.format)) << ","
            << formatNumber("%.4f", stats.mean(stats.accuracy)) << ","
            << formatNumber("%.4f", stats.mean(stats.faithfulness)) << ","
            << (stats.hasPreference ? formatNumber("%.4f", stats.mean(stats.preference)) : "")
            << "," << formatNumber("%.1f", 100 * stats.mean(stats.best)) << ","
            << formatNumber("%.1f", 100 * stats.mean(stats.legal)) << ","
            << (stats.lossCount ? formatNumber("%.2f", 100 * stats.lossSum / stats.lossCount) : "")
            << "," << formatNumber("%.1f", stats.mean(stats.tokens)) << ","
            << formatNumber("%.5f", kl) << "," << formatNumber("%.4f", entropy) << ","
            << formatNumber("%.4f", clipFrac) << ","
            << formatNumber("%.3f", double(stats.zeroSpread) / stats.groups) << ","
            << formatNumber("%g", lr) << "," << formatNumber("%.2f", dt) << ","
            << formatNumber("%.1f", elapsed()) << "\n";
        csv.flush();
        const double sps = sessionStepSeconds > 0 ? (step - startStep) / sessionStepSeconds : 0;
        say(out,
            "%s: step %lld/%lld  reward %.3f (format %.2f, accuracy %.2f, faithful %.2f%s)  "
            "best %.0f%%  %.0f tokens  kl %.4f  entropy %.3f  zero-spread %d/%d  %.1f s/step  "
            "ETA %s\n",
            kPrefix, (long long)step, (long long)p.steps, stats.mean(stats.reward),
            stats.mean(stats.format), stats.mean(stats.accuracy), stats.mean(stats.faithfulness),
            stats.hasPreference
                ? formatNumber(", preference %.2f", stats.mean(stats.preference)).c_str()
                : "",
            100 * stats.mean(stats.best), stats.mean(stats.tokens), kl, entropy, stats.zeroSpread,
            stats.groups, dt, train::formatDuration(sps > 0 ? double(p.steps - step) / sps : -1).c_str());
        if (afterStep) afterStep(step);
        if (step == p.steps) break;  // the final evaluation and checkpoint follow the loop
        if (p.evalEvery > 0 && step % p.evalEvery == 0) evaluate(step);
        const double sinceCkpt = std::chrono::duration<double>(Clock::now() - lastCkpt).count();
        if ((p.checkpointEvery > 0 && step % p.checkpointEvery == 0) ||
            (p.checkpointMinutes > 0 && sinceCkpt >= 60 * p.checkpointMinutes)) {
            checkpoint(step);
            lastCkpt = Clock::now();
            lastCkptStep = step;
        }
    }
    r.step = step;
    if (r.interrupted) {
        if (step > lastCkptStep) checkpoint(step);
        say(out, "%s: stopped at step %lld; checkpoint written, run the same command to resume\n",
            kPrefix, (long long)step);
        r.ok = true;
        return r;
    }
    if (step > startStep) {  // a rerun of a finished run only redraws the curves
        evaluate(step);
        checkpoint(step);
    } else if (std::string why; !writeGrpoCurves(p.outDir, curvesTitle, &why)) {
        say(out, "%s: cannot draw the curves: %s\n", kPrefix, why.c_str());
    }
    say(out, "%s: done at step %lld; %s (best held-out reward: %s)\n", kPrefix, (long long)step,
        files.model.c_str(), files.best.c_str());
    r.ok = true;
    return r;
}

}  // namespace m37::reason
