// move37-engine bench reason: how fast the reasoning model streams: time to
// first token (prompt prefill into the KV cache plus the first sample) and
// tokens per second of decoding, on --threads LibTorch threads (1: one CPU
// core). The prompt is the tokenizer's prompt for a 9x9 position (<bos>,
// size, 81 points, side to move) followed by <think>; tokens are sampled
// (temperature 0.7, top-p 0.95) with stop tokens off, so each run makes
// exactly --tokens tokens. The model is --model FILE, or random weights of
// the default shape (TransformerParams; --d-model, --layers, --heads,
// --context, --mlp-ratio, --vocab change it), which stream exactly as fast.
//   bench reason [--model F] [--tokens N] [--threads 1] [--repeats 3] [--show]
// Each figure is the best of --repeats runs after a warm-up run (other load
// on the machine only ever slows a run down); the median is shown beside it,
// with tokens per CPU second of the process (the rate a whole free core
// would give, whatever else runs) and the share of a core each run got.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/bench_reason.h"
#include "engine/go/board.h"
#include "engine/go/coord.h"
#include "engine/reason/reason_model.h"
#include "engine/reason/tokenizer.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

// A 9x9 position a few moves into a game (the prompt's length does not
// depend on the stones, only on the board size).
std::vector<int> ninePrompt(const reason::Tokenizer& tok) {
    Board b(9);
    const int moves[][3] = {{2, 2, kBlack}, {6, 6, kWhite}, {6, 2, kBlack},
                            {2, 6, kWhite}, {4, 4, kBlack}, {5, 3, kWhite}};
    for (const auto& m : moves) b.play(b.loc(m[0], m[1]), Color(m[2]));
    std::vector<int> p = tok.promptTokens(b, kWhite);
    p.push_back(tok.thinkOpenId());
    return p;
}

// Seconds of CPU time this process has used (all threads).
double cpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int benchReason(int argc, char** argv) {
    po::options_description opts("bench reason options");
    std::string model;
    int tokens = 256, threads = 1, repeats = 3;
    uint64_t seed = 37;
    reason::TransformerParams shape;
    const reason::Tokenizer& tok = reason::Tokenizer::instance();
    shape.vocab = tok.vocabSize();
    opts.add_options()("help,h", "this help")("model", po::value(&model),
                                              "a reasoning model (.m37) instead of random weights")(
        "tokens", po::value(&tokens)->default_value(tokens), "tokens generated per run")(
        "threads", po::value(&threads)->default_value(threads), "LibTorch intra-op threads")(
        "repeats", po::value(&repeats)->default_value(repeats),
        "timed runs; best and median shown")(
        "d-model", po::value(&shape.dModel)->default_value(shape.dModel), "random model: width")(
        "layers", po::value(&shape.layers)->default_value(shape.layers), "random model: layers")(
        "heads", po::value(&shape.heads)->default_value(shape.heads),
        "random model: attention heads")("context",
                                         po::value(&shape.context)->default_value(shape.context),
                                         "random model: context length")(
        "mlp-ratio", po::value(&shape.mlpRatio)->default_value(shape.mlpRatio),
        "random model: MLP width / d-model")("vocab",
                                             po::value(&shape.vocab)->default_value(shape.vocab),
                                             "random model: vocabulary (at least the tokenizer's)")(
        "seed", po::value(&seed)->default_value(seed), "seed of the weights and of sampling")(
        "show", "print the tokens of the last run as they stream (gibberish for random weights)");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench reason: %s\n", e.what());
        return 2;
    }
    if (vm.count("help")) {
        std::cout << "usage: move37-engine bench reason [options]\n" << opts;
        return 0;
    }
    if (tokens < 1 || threads < 1 || repeats < 1) {
        std::fprintf(stderr, "bench reason: --tokens, --threads and --repeats must be >= 1\n");
        return 2;
    }

    reason::ReasonModel::setThreads(threads);
    // No stop tokens: every run makes exactly --tokens tokens.
    const reason::StopTokens noStops;
    std::unique_ptr<reason::ReasonModel> m;
    if (!model.empty()) {
        std::string error;
        m = reason::ReasonModel::load(model, noStops, &error);
        if (!m) {
            std::fprintf(stderr, "bench reason: %s\n", error.c_str());
            return 1;
        }
    } else {
        const std::string bad = shape.check();
        if (!bad.empty()) {
            std::fprintf(stderr, "bench reason: %s\n", bad.c_str());
            return 2;
        }
        m = reason::ReasonModel::random(shape, seed, noStops);
    }
    const std::vector<int> prompt = ninePrompt(tok);
    if (m->params().vocab < tok.vocabSize()) {
        std::fprintf(stderr,
                     "bench reason: the model's vocabulary (%d) is smaller than the "
                     "tokenizer's (%d)\n",
                     m->params().vocab, tok.vocabSize());
        return 1;
    }
    if (int(prompt.size()) + tokens > m->params().context) {
        std::fprintf(stderr, "bench reason: %zu prompt tokens + %d do not fit the context of %d\n",
                     prompt.size(), tokens, m->params().context);
        return 2;
    }
    std::printf("model: %s%s\n", model.empty() ? "random, " : (model + ": ").c_str(),
                m->params().toString().c_str());
    std::printf("prompt: %zu tokens (9x9 position), %d tokens per run, %d thread%s\n",
                prompt.size(), tokens, threads, threads == 1 ? "" : "s");

    reason::SamplingParams sp;
    sp.temperature = 0.7;
    sp.topP = 0.95;
    sp.maxTokens = tokens;
    sp.seed = seed;
    // Warm-up: LibTorch sets up its kernels for each new shape on first use.
    m->generate(prompt, [&] {
        reason::SamplingParams w = sp;
        w.maxTokens = std::min(tokens, 32);
        return w;
    }());
    std::vector<double> ttft, rate, total, perCpu;
    for (int r = 0; r < repeats; ++r) {
        const bool show = vm.count("show") && r + 1 == repeats;
        sp.seed = seed + uint64_t(r);
        const double cpu0 = cpuSeconds();
        const reason::GenerationResult g = m->generate(prompt, sp, [&](int t) {
            if (show) {
                std::printf("%s ", tok.tokenText(t).c_str());
                std::fflush(stdout);
            }
            return true;
        });
        const double cpu = cpuSeconds() - cpu0;
        if (show) std::printf("\n");
        if (g.stop == reason::StopReason::kError) {
            std::fprintf(stderr, "bench reason: %s\n", g.error.c_str());
            return 1;
        }
        ttft.push_back(1000.0 * g.firstTokenSeconds);
        rate.push_back(g.tokensPerSecond());
        total.push_back(double(g.tokens.size()) / g.seconds);
        perCpu.push_back(cpu > 0 ? double(g.tokens.size()) / cpu : 0);
        std::printf(
            "run %d: %zu tokens, first token %.1f ms, %.1f tok/s decoding, %.1f tok/s "
            "overall, %.1f tokens per CPU second (%.0f%% of a core)\n",
            r + 1, g.tokens.size(), ttft.back(), rate.back(), total.back(), perCpu.back(),
            100.0 * cpu / g.seconds);
        std::fflush(stdout);
    }
    std::printf(
        "best: first token %.1f ms, %.1f tok/s (median %.1f ms, %.1f tok/s; %.1f tokens "
        "per CPU second)\n",
        *std::min_element(ttft.begin(), ttft.end()), *std::max_element(rate.begin(), rate.end()),
        median(ttft), median(rate), median(perCpu));
    return 0;
}

}  // namespace m37::app
