// move37-engine: the headless program. Every capability of the GUI that
// does not need a screen is reachable from here.
#include <cstdio>
#include <cstring>
#include <string>

#include "app/commands.h"

namespace {

struct Command {
    const char* name;
    int (*run)(int, char**);
    const char* help;
};

const Command kCommands[] = {
    {"gtp", m37::app::runGtp, "speak GTP v2 on stdin/stdout"},
    {"bench", m37::app::runBench, "benchmarks: bench playouts | nn"},
    {"match", m37::app::runMatch, "engine vs engine over GTP: match --engine1 CMD --engine2 CMD"},
    {"sgf", m37::app::runSgf, "sgf check FILE... | sgf fmt FILE"},
    {"analyze", m37::app::runAnalyze,
     "annotate games (SGF) with a search: analyze IN.sgf|DIR [-o OUT] --visits N"},
    {"train-sl", m37::app::runTrainSl,
     "supervised policy/value from SGF games: train-sl --data DIR --out DIR"},
    {"selfplay", m37::app::runSelfPlay, "self-play games as training chunks: selfplay --out DIR"},
    {"train", m37::app::runTrain,
     "policy/value net from self-play chunks: train --data DIR --out DIR"},
    {"zero", m37::app::runZero,
     "the self-play loop (play, train, gate, promote): zero --out DIR --hours H"},
    {"reason-traces", m37::app::runReasonTraces,
     "think blocks from the engine's search: reason-traces --out FILE --chunks DIR"},
    {"reason-sft", m37::app::runReasonSft,
     "the reasoning model's supervised warm-up: reason-sft --traces FILE --out DIR"},
    {"reason-grpo", m37::app::runReasonGrpo,
     "the reasoning model's RL from checked rewards: reason-grpo --traces FILE --init SFT.m37 "
     "--out DIR -w NET"},
    {"reason-eval", m37::app::runReasonEval,
     "a reasoning model on held-out traces: reason-eval --model F --traces FILE"},
    {"convert-net", m37::app::runConvertNet,
     "a net file in half or single precision: convert-net --half --in F --out F"},
    {"reason", m37::app::runReason,
     "stream the reasoning model's think block: reason --model F --sgf FILE --move N"},
};

void usage(FILE* out) {
    std::fprintf(out,
                 "usage: move37-engine COMMAND [ARGS...]\n"
                 "       move37-engine --help | --version\n\ncommands:\n");
    for (const auto& c : kCommands) std::fprintf(out, "  %-8s %s\n", c.name, c.help);
    std::fprintf(out,
                 "\nRun 'move37-engine COMMAND --help' for a command's options.\n"
                 "Exit codes: 0 success, 1 the task failed (bad input, errors found), "
                 "2 usage error.\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    std::string cmd = argv[1];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        usage(stdout);
        return 0;
    }
    if (cmd == "--version") {
        std::printf("move37-engine %s\n", MOVE37_VERSION);
        return 0;
    }
    for (const auto& c : kCommands)
        if (cmd == c.name) return c.run(argc - 1, argv + 1);
    std::fprintf(stderr, "move37-engine: unknown command '%s'\n", cmd.c_str());
    usage(stderr);
    return 2;
}
