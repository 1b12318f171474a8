// move37-engine reason-grpo: reinforcement learning of the reasoning model
// from rewards a program computes (engine/reason/grpo_trainer.h), starting
// from reason-sft's model.
//   reason-grpo --traces FILE --init SFT.m37 --out DIR -w NET [--judge-visits 16]
//               [--reward verifier|preference] [--preference-net NET]
//               [--steps N] [--group G] [--positions P] [--lr LR] [--kl BETA] ...
// Claims and answers other than the trace's best are judged by a search of
// --judge-visits with -w NET (random rollouts without -w). Resumable: rerun
// the same command; Ctrl-C or SIGTERM stops after the current step with a
// checkpoint. `reason-grpo --out DIR --redraw-curves [--reward K]` only
// redraws DIR's rewards.svg and length.svg from its train.csv and eval.csv
// (e.g. after cutting the logs at the step a shipped model was taken).
#include <cstdio>
#include <memory>
#include <string>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/reason_judge.h"
#include "app/stop_signal.h"
#include "engine/reason/grpo_curves.h"
#include "engine/reason/grpo_trainer.h"

namespace po = boost::program_options;

namespace m37::app {

int runReasonGrpo(int argc, char** argv) {
    reason::GrpoParams p;
    std::string weights, preferenceNet, rewardKind = "verifier", legalMoves = "on";
    int64_t judgeVisits = 16;
    po::options_description opts("reason-grpo options");
    opts.add_options()("help,h", "this help")("traces", po::value(&p.traces),
                                              "trace file (positions and their deep searches)")(
        "init", po::value(&p.init), "the SFT model to start from and stay near (.m37)")(
        "out,o", po::value(&p.outDir),
        "run folder: checkpoint.pt, model.m37, model-best.m37, train.csv, eval.csv")(
        "weights,w", po::value(&weights),
        "engine network judging claims and answers (.m37); none: random rollouts")(
        "judge-visits", po::value(&judgeVisits)->default_value(judgeVisits),
        "visits of each judging search")(
        "reward", po::value(&rewardKind)->default_value(rewardKind),
        "verifier (accuracy against the deep search) or preference (the preference net's "
        "liking of the answer instead)")(
        "preference-net", po::value(&preferenceNet),
        "policy net trained on people's games (.m37): the preference reward; also logged with "
        "--reward verifier")(
        "format-weight", po::value(&p.reward.formatWeight)->default_value(p.reward.formatWeight),
        "weight of the format reward")(
        "accuracy-weight",
        po::value(&p.reward.accuracyWeight)->default_value(p.reward.accuracyWeight),
        "weight of the accuracy (or preference) reward")(
        "faithfulness-weight",
        po::value(&p.reward.faithfulnessWeight)->default_value(p.reward.faithfulnessWeight),
        "weight of the faithfulness reward")(
        "tolerance",
        po::value(&p.reward.verifier.tolerancePercent)
            ->default_value(p.reward.verifier.tolerancePercent),
        "a claim is faithful when off by at most this many percent")(
        "accuracy-scale",
        po::value(&p.reward.verifier.accuracyScale)->default_value(p.reward.verifier.accuracyScale),
        "winrate loss that brings accuracy to 0")(
        "non-best-cap", po::value(&p.reward.nonBestCap)->default_value(p.reward.nonBestCap),
        "the most accuracy an answer other than the deep search's choice earns")(
        "holdout-every", po::value(&p.holdoutEvery)->default_value(p.holdoutEvery),
        "reason-sft's held-out split (one record in N)")(
        "steps", po::value(&p.steps)->default_value(p.steps), "optimisation steps")(
        "group", po::value(&p.groupSize)->default_value(p.groupSize),
        "completions sampled per position (G)")(
        "positions", po::value(&p.positionsPerStep)->default_value(p.positionsPerStep),
        "positions per step")("updates",
                              po::value(&p.updatesPerBatch)->default_value(p.updatesPerBatch),
                              "optimisation steps per sampled batch")(
        "lr", po::value(&p.lr)->default_value(p.lr), "learning rate (AdamW)")(
        "warmup", po::value(&p.warmup)->default_value(p.warmup), "linear warm-up steps")(
        "weight-decay", po::value(&p.weightDecay)->default_value(p.weightDecay),
        "AdamW weight decay")("clip", po::value(&p.clipNorm)->default_value(p.clipNorm),
                              "gradient norm clip (0: none)")(
        "temperature", po::value(&p.temperature)->default_value(p.temperature),
        "sampling temperature of the groups")("top-p", po::value(&p.topP)->default_value(p.topP),
                                              "nucleus of sampling")(
        "max-tokens", po::value(&p.maxTokens)->default_value(p.maxTokens),
        "tokens per completion at most (also the loss's constant divisor)")(
        "clip-eps", po::value(&p.clipEps)->default_value(p.clipEps), "ratio clipping epsilon")(
        "kl", po::value(&p.klBeta)->default_value(p.klBeta),
        "weight of the k3 KL penalty to the SFT model")(
        "legal-moves", po::value(&legalMoves)->default_value(legalMoves),
        "on: candidates, try moves, the conclusion and the answer are sampled among the "
        "position's legal moves (LegalMoveMask), and scored so; off: unconstrained")(
        "scale-std", po::bool_switch(&p.scaleByStd),
        "divide advantages by the group's standard deviation (GRPO; Dr. GRPO does not)")(
        "eval-every", po::value(&p.evalEvery)->default_value(p.evalEvery),
        "held-out evaluation every N steps (0: only at the end)")(
        "eval-positions", po::value(&p.evalPositions)->default_value(p.evalPositions),
        "held-out positions per evaluation")(
        "checkpoint-every", po::value(&p.checkpointEvery)->default_value(p.checkpointEvery),
        "checkpoint and model.m37 every N steps")(
        "checkpoint-minutes", po::value(&p.checkpointMinutes)->default_value(p.checkpointMinutes),
        "also checkpoint after this many minutes (0: off)")(
        "threads", po::value(&p.threads)->default_value(p.threads), "LibTorch intra-op threads")(
        "seed", po::value(&p.seed)->default_value(p.seed), "sampling and data-order seed")(
        "notes", po::value(&p.notes), "free text for the model file's notes")(
        "redraw-curves", "only redraw --out DIR's rewards.svg and length.svg from its CSVs");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "reason-grpo", opts, vm)) return *code;
    const auto kind = reason::parseRewardKind(rewardKind);
    if (!kind) {
        std::fprintf(stderr, "reason-grpo: --reward must be verifier or preference\n");
        return 2;
    }
    if (vm.count("redraw-curves")) {
        if (p.outDir.empty()) {
            std::fprintf(stderr, "reason-grpo: --redraw-curves needs --out DIR\n");
            return 2;
        }
        std::string why;
        if (!reason::writeGrpoCurves(p.outDir, reason::grpoCurvesTitle(*kind), &why)) {
            std::fprintf(stderr, "reason-grpo: %s\n", why.c_str());
            return 1;
        }
        return 0;
    }
    if (p.traces.empty() || p.init.empty() || p.outDir.empty()) {
        std::fprintf(stderr,
                     "reason-grpo: --traces FILE, --init MODEL and --out DIR are required\n");
        return 2;
    }
    if (!readOnOff("reason-grpo", "legal-moves", legalMoves, &p.legalMoves)) return 2;
    p.reward.kind = *kind;
    if (p.reward.kind == reason::RewardKind::kPreference && preferenceNet.empty()) {
        std::fprintf(stderr, "reason-grpo: --reward preference needs --preference-net NET\n");
        return 2;
    }
    if (judgeVisits < 1 || p.threads < 1) {
        std::fprintf(stderr, "reason-grpo: --judge-visits and --threads must be >= 1\n");
        return 2;
    }
    p.command = "move37-engine reason-grpo";
    for (int i = 1; i < argc; ++i) p.command += std::string(" ") + argv[i];

    // The judge: a search with the net (or rollouts) from each line's end,
    // and the preference net.
    std::string err;
    auto judge = ReasonJudge::make(weights, judgeVisits, p.seed, preferenceNet, &err);
    if (!judge) {
        std::fprintf(stderr, "reason-grpo: cannot load %s\n", err.c_str());
        return 1;
    }
    const reason::GrpoJudges judges{judge->evaluator(), judge->preference()};
    p.judgeName = judge->name();
    p.preferenceName = judge->preferenceName();

    StopSignal stop("\nreason-grpo: stopping after this step (checkpoint follows)\n");
    const reason::GrpoResult r = reason::trainGrpo(p, judges, &StopSignal::flag(), stderr);
    if (!r.ok) {
        std::fprintf(stderr, "reason-grpo: %s\n", r.error.c_str());
        return 1;
    }
    return 0;
}

}  // namespace m37::app
