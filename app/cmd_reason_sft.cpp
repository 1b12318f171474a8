// move37-engine reason-sft: the reasoning model's supervised warm-up on a
// trace file (engine/reason/sft_trainer.h).
//   reason-sft --traces FILE --out DIR [--holdout-every 10] [--steps N]
//              [--batch B] [--lr LR] [--warmup W] [--layers L] [--d-model D]
//              [--heads H] [--context C] [--threads 1] [--seed S] [--augment]
//              [--vertex-embedding] [--last-move] [--extra-traces F --extra-batch E]
//              [--log-every K] [--eval-every K] [--checkpoint-every K]
// Resumable: rerun the same command to continue from DIR/checkpoint.pt;
// Ctrl-C or SIGTERM stops after the current step with a checkpoint.
#include <cstdio>
#include <string>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/reason/sft_trainer.h"

namespace po = boost::program_options;

namespace m37::app {

int runReasonSft(int argc, char** argv) {
    reason::SftParams p;
    po::options_description opts("reason-sft options");
    opts.add_options()("help,h", "this help")("traces", po::value(&p.traces),
                                              "trace file (move37-engine reason-traces)")(
        "out,o", po::value(&p.outDir),
        "run folder: checkpoint.pt, model.m37, train.csv (resumes from its checkpoint)")(
        "extra-traces", po::value(&p.extraTraces),
        "more training records, never held out (e.g. reason-traces --recorded's think-block "
        "heads)")("extra-batch", po::value(&p.extraBatch)->default_value(p.extraBatch),
                  "records of --extra-traces in each step, beside --batch")(
        "holdout-every", po::value(&p.holdoutEvery)->default_value(p.holdoutEvery),
        "hold out one record in N, by index (the 10th, 20th, ...; 0: none)")(
        "steps", po::value(&p.steps)->default_value(p.steps), "optimisation steps")(
        "batch", po::value(&p.batch)->default_value(p.batch), "records per step")(
        "lr", po::value(&p.lr)->default_value(p.lr), "peak learning rate (AdamW)")(
        "warmup", po::value(&p.warmup)->default_value(p.warmup),
        "linear warm-up steps (then a cosine to --min-lr-ratio x lr)")(
        "min-lr-ratio", po::value(&p.minLrRatio)->default_value(p.minLrRatio),
        "the cosine's end as a share of --lr")(
        "weight-decay", po::value(&p.weightDecay)->default_value(p.weightDecay),
        "AdamW weight decay")("clip", po::value(&p.clipNorm)->default_value(p.clipNorm),
                              "gradient norm clip (0: none)")(
        "layers", po::value(&p.model.layers)->default_value(p.model.layers), "transformer layers")(
        "d-model", po::value(&p.model.dModel)->default_value(p.model.dModel), "model width")(
        "heads", po::value(&p.model.heads)->default_value(p.model.heads), "attention heads")(
        "context", po::value(&p.model.context)->default_value(p.model.context),
        "context length (tokens)")("mlp-ratio",
                                   po::value(&p.model.mlpRatio)->default_value(p.model.mlpRatio),
                                   "MLP width as a multiple of --d-model")(
        "vertex-embedding", po::bool_switch(&p.model.vertexEmbedding),
        "add each board point's coordinate embedding to its prompt token")(
        "last-move", po::bool_switch(&p.model.lastMoveMark),
        "mark the stone just played in the prompt (<black-last>/<white-last>)")(
        "threads", po::value(&p.threads)->default_value(p.threads), "LibTorch intra-op threads")(
        "seed", po::value(&p.seed)->default_value(p.seed), "initialisation and data-order seed")(
        "augment", po::bool_switch(&p.augment),
        "read each training record on a random one of the board's 8 symmetries")(
        "log-every", po::value(&p.logEvery)->default_value(p.logEvery),
        "a CSV row and progress line every N steps")(
        "eval-every", po::value(&p.evalEvery)->default_value(p.evalEvery),
        "held-out loss every N steps (0: only at the end)")(
        "checkpoint-every", po::value(&p.checkpointEvery)->default_value(p.checkpointEvery),
        "checkpoint and model.m37 every N steps")(
        "checkpoint-minutes", po::value(&p.checkpointMinutes)->default_value(p.checkpointMinutes),
        "also checkpoint after this many minutes (0: off)")("notes", po::value(&p.notes),
                                                            "free text for the model file's notes");
    po::variables_map vm;
    if (auto code = parseCommandOptions(argc, argv, "reason-sft", opts, vm)) return *code;
    if (p.traces.empty() || p.outDir.empty()) {
        std::fprintf(stderr, "reason-sft: --traces FILE and --out DIR are required\n");
        return 2;
    }
    if (p.threads < 1 || p.logEvery < 0 || p.evalEvery < 0 || p.checkpointEvery < 0) {
        std::fprintf(stderr, "reason-sft: --threads must be >= 1 and the --*-every values >= 0\n");
        return 2;
    }
    p.command = "move37-engine reason-sft";
    for (int i = 1; i < argc; ++i) p.command += std::string(" ") + argv[i];

    StopSignal stop("\nreason-sft: stopping after this step (checkpoint follows)\n");
    const reason::SftResult r = reason::trainSft(p, &StopSignal::flag(), stderr);
    if (!r.ok) {
        std::fprintf(stderr, "reason-sft: %s\n", r.error.c_str());
        return 1;
    }
    std::fprintf(stderr, "reason-sft: %.3f steps/s, %.0f tokens/s this session\n", r.stepsPerSecond,
                 r.tokensPerSecond);
    return r.interrupted ? 1 : 0;
}

}  // namespace m37::app
