// move37-engine analyze: batch analysis into annotated SGF (engine/review).
//   analyze IN.sgf|DIR [-o OUT.sgf|DIR] --visits N [-w NET] [--human-net F]
//           [--moves RANGE] [--threads T] [--batch B] [--parallel P] [--save-every K]
//           [--max-positions N] [--seed S] [--surprise P] [--candidates N] [--pv N]
//           [--reason MODEL [--reason-temperature T] [--reason-max-tokens K]]
// Every position of each game's main line is searched with a visit limit
// (the search's threads and network batches, and --parallel searches of
// different positions at once, keep the network busy; the tree is reused
// from one position to the next), and the annotated game is
// written atomically every K positions, so a killed run (or Ctrl-C, which
// finishes the position first) continues where it stopped when run again
// with the same engine, networks and visits. A folder is processed file by
// file (*.sgf, outputs OUT_DIR/NAME.sgf, or NAME.m37.sgf beside the input
// without -o). Progress with ETA on stderr; key moments on stdout.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>

#include <boost/program_options.hpp>

#include "app/command_options.h"
#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/go/atomic_file.h"
#include "engine/nn/net_loader.h"
#include "engine/reason/reason_annotation.h"
#include "engine/reason/tokenizer.h"
#include "engine/review/batch_analysis.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"
#include "engine/train/progress_text.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace m37::app {

namespace {

// "A-B", "A-", "-B" or "A" (1-based move numbers).
bool parseRange(const std::string& s, int* first, int* last) {
    auto number = [](const std::string& t, int* out) {
        if (t.empty()) return true;
        if (!std::all_of(t.begin(), t.end(), ::isdigit) || t.size() > 6) return false;
        *out = std::stoi(t);
        return *out > 0;
    };
    const size_t dash = s.find('-');
    if (dash == std::string::npos) return number(s, first) && number(s, last) && !s.empty();
    return number(s.substr(0, dash), first) && number(s.substr(dash + 1), last) &&
           (*last == 0 || *first <= *last) && s.size() > 1;
}

std::string today() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

bool isSgf(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
    return ext == ".sgf";
}

bool isOurOutput(const fs::path& p) {
    const std::string name = p.filename().string();
    return name.size() > 8 && name.compare(name.size() - 8, 8, ".m37.sgf") == 0;
}

fs::path besideInput(const fs::path& in) {
    return in.parent_path() / (in.stem().string() + ".m37.sgf");
}

}  // namespace

namespace {

// analyze --reason: the reasoning model's text for each position of the
// annotated file `path` (reason_annotation.h), saved atomically. Positions
// that already hold this model's text are kept, so a rerun continues.
bool addReasoning(const std::string& path, reason::ReasonModel& model, const std::string& modelPath,
                  double temperature, int maxTokens, const BatchParams& bp, bool* stopped,
                  std::string* error) {
    SgfReadResult read = readSgfFile(path);
    if (read.games.empty()) {
        *error = path + ": cannot be read back for --reason";
        return false;
    }
    reason::ReasonAnnotationParams rp;
    rp.modelName = fs::path(modelPath).filename().string();
    rp.sampling.temperature = temperature;
    rp.sampling.maxTokens = maxTokens;
    rp.firstMove = bp.firstMove;
    rp.lastMove = bp.lastMove;
    auto progress = [&](int done, int total) {
        std::fprintf(stderr, "\r%s: reasoning %d/%d positions   ", path.c_str(), done, total);
        std::fflush(stderr);
    };
    const reason::ReasonAnnotationResult r =
        reason::annotateReasoning(*read.games.front(), model, rp, progress, &StopSignal::flag());
    if (r.generated > 0) std::fprintf(stderr, "\n");
    if (!r.ok) {
        *error = path + ": --reason: " + r.error;
        return false;
    }
    *stopped = r.stopped;
    if (r.generated > 0 && !writeFileAtomically(path, writeSgf(read.games), error)) return false;
    std::printf(
        "%s: reasoning for %d/%d positions (%d written now, %d kept), %d tokens, %.1f s%s\n",
        path.c_str(), r.generated + r.kept, r.positions, r.generated, r.kept, r.tokens, r.seconds,
        r.stopped ? " (stopped: run again to continue)" : "");
    return true;
}

}  // namespace

int runAnalyze(int argc, char** argv) {
    std::string input, output, weights, human, moves;
    int64_t visits = 200;
    int threads = 1, batch = 8, saveEvery = 10, maxPositions = 0, parallel = 1;
    int candidates = AnnotationParams{}.maxCandidates, pvMoves = AnnotationParams{}.pvMoves;
    uint64_t seed = 1;
    double surprise = 0.01;
    std::string reasonModelPath;
    double reasonTemperature = 0.7;
    int reasonMaxTokens = 400;
    po::options_description opts("analyze options");
    opts.add_options()("help,h", "this help")("input", po::value(&input),
                                              "SGF file or folder of SGF files")(
        "output,o", po::value(&output),
        "output file (folder for a folder input; default: NAME.m37.sgf beside the input)")(
        "visits,v", po::value(&visits)->default_value(200), "root visits per position")(
        "weights,w", po::value(&weights), "engine network (.m37 or Leela Zero); none: rollouts")(
        "human-net", po::value(&human), "human policy network: human priors, surprises")(
        "moves", po::value(&moves), "moves to analyse: A-B, A-, -B or A (1-based)")(
        "threads,t", po::value(&threads)->default_value(1), "search threads per position")(
        "parallel", po::value(&parallel)->default_value(1),
        "positions searched at once, each by its own search (fills network batches)")(
        "batch", po::value(&batch)->default_value(8), "leaves per network batch")(
        "save-every", po::value(&saveEvery)->default_value(10),
        "positions between saves of the output (resume point)")(
        "max-positions", po::value(&maxPositions)->default_value(0),
        "stop after searching this many positions in all (0: no limit)")(
        "seed", po::value(&seed)->default_value(1), "random seed")(
        "candidates", po::value(&candidates)->default_value(candidates),
        "candidates stored per position (MZC)")(
        "pv", po::value(&pvMoves)->default_value(pvMoves),
        "moves of the best-line variation per position (0: none)")(
        "surprise", po::value(&surprise)->default_value(0.01),
        "key moment when the engine's choice has a human prior below this")(
        "reason", po::value(&reasonModelPath),
        "reasoning model (.m37): its think block and answer for each position (MZT and a "
        "comment block; kept on a rerun)")(
        "reason-temperature", po::value(&reasonTemperature)->default_value(reasonTemperature),
        "sampling temperature of the reasoning model (0: greedy)")(
        "reason-max-tokens", po::value(&reasonMaxTokens)->default_value(reasonMaxTokens),
        "tokens per think block at most");
    po::positional_options_description pos;
    pos.add("input", 1);
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "analyze: %s\n", e.what());
        return 2;
    }
    if (vm.count("help") || input.empty()) {
        std::cout << "usage: move37-engine analyze IN.sgf|DIR [-o OUT.sgf|DIR] [options]\n" << opts;
        return vm.count("help") ? 0 : 2;
    }
    BatchParams bp;
    if (!moves.empty() && !parseRange(moves, &bp.firstMove, &bp.lastMove)) {
        std::fprintf(stderr, "analyze: bad --moves '%s' (expected A-B, A-, -B or A)\n",
                     moves.c_str());
        return 2;
    }
    if (visits < 1 || threads < 1 || threads > 256 || batch < 1 || batch > 1024 || parallel < 1 ||
        parallel > 64 || saveEvery < 1 || maxPositions < 0 || surprise < 0 || surprise > 1) {
        std::fprintf(stderr, "analyze: bad --visits/--threads/--batch/--save-every/--surprise\n");
        return 2;
    }

    // The files: (input, output) pairs.
    std::vector<std::pair<fs::path, fs::path>> files;
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
        std::vector<fs::path> found;
        for (const auto& e : fs::directory_iterator(input, ec))
            if (e.is_regular_file() && isSgf(e.path()) && !isOurOutput(e.path()))
                found.push_back(e.path());
        std::sort(found.begin(), found.end());
        if (!output.empty()) fs::create_directories(output, ec);
        if (!output.empty() && !fs::is_directory(output)) {
            std::fprintf(stderr, "analyze: %s: not a folder\n", output.c_str());
            return 2;
        }
        for (const auto& f : found) {
            fs::path out = output.empty() ? besideInput(f) : fs::path(output) / f.filename();
            if (fs::equivalent(f, out, ec)) out = besideInput(f);
            files.push_back({f, out});
        }
        if (files.empty()) {
            std::fprintf(stderr, "analyze: %s: no .sgf file\n", input.c_str());
            return 1;
        }
    } else if (fs::exists(input, ec)) {
        fs::path out = output.empty() ? besideInput(input) : fs::path(output);
        if (fs::is_directory(out, ec)) out /= fs::path(input).filename();
        files.push_back({input, out});
    } else {
        std::fprintf(stderr, "analyze: %s: no such file or folder\n", input.c_str());
        return 1;
    }

    // The reasoning model, when asked for.
    std::unique_ptr<reason::ReasonModel> reasonModel;
    if (!reasonModelPath.empty()) {
        if (reasonTemperature < 0 || reasonMaxTokens < 1) {
            std::fprintf(stderr, "analyze: bad --reason-temperature/--reason-max-tokens\n");
            return 2;
        }
        const reason::Tokenizer& tok = reason::Tokenizer::instance();
        std::string why;
        reasonModel =
            reason::ReasonModel::load(reasonModelPath, {tok.eosId(), tok.answerCloseId()}, &why);
        if (!reasonModel) {
            std::fprintf(stderr, "analyze: %s\n", why.c_str());
            return 1;
        }
    }

    // The engine.
    SearchParams sp;
    sp.threads = threads;
    sp.batchSize = batch;
    sp.seed = seed;
    sp.rollouts = weights.empty();
    nn::NNParams np;
    np.batchSize = batch;
    np.seed = seed;
    std::shared_ptr<nn::LoadedNetwork> net, humanNet;
    std::string err;
    if (!weights.empty() && !(net = nn::loadNetwork(weights, np, &err))) {
        std::fprintf(stderr, "analyze: cannot load %s\n", err.c_str());
        return 1;
    }
    if (!human.empty() && !(humanNet = nn::loadNetwork(human, np, &err))) {
        std::fprintf(stderr, "analyze: cannot load %s\n", err.c_str());
        return 1;
    }
    std::vector<std::unique_ptr<SearchEngine>> engines;
    std::vector<SearchEngine*> enginePtrs;
    for (int i = 0; i < parallel; ++i) {
        SearchParams p = sp;
        p.seed = seed + uint64_t(i);
        engines.push_back(std::make_unique<SearchEngine>(
            p, net ? net->factory() : Mcts::EvaluatorFactory{},
            humanNet ? humanNet->factory() : Mcts::EvaluatorFactory{}));
        enginePtrs.push_back(engines.back().get());
    }

    bp.info.engine = std::string("move37 ") + MOVE37_VERSION;
    bp.info.network = weights.empty() ? "rollouts" : fs::path(weights).filename().string();
    bp.info.humanNetwork = human.empty() ? "" : fs::path(human).filename().string();
    bp.info.visits = visits;
    bp.info.date = today();
    bp.saveEvery = saveEvery;
    bp.annotation.keyMoments.surpriseHumanPrior = float(surprise);
    bp.annotation.maxCandidates = candidates;
    bp.annotation.pvMoves = pvMoves;

    StopSignal stop("\nanalyze: stopping after this position (run again to continue)\n");
    bool failed = false, stopped = false;
    int searchedAll = 0;
    for (size_t f = 0; f < files.size() && !stopped; ++f) {
        const std::string in = files[f].first.string(), out = files[f].second.string();
        bp.maxPositions = maxPositions > 0 ? maxPositions - searchedAll : 0;
        if (maxPositions > 0 && bp.maxPositions <= 0) {
            stopped = true;
            break;
        }
        const std::string label = files.size() > 1 ? "[" + std::to_string(f + 1) + "/" +
                                                         std::to_string(files.size()) + "] " + in
                                                   : in;
        auto progress = [&](const BatchProgress& p) {
            const double per = p.searched > 0 ? p.elapsedS / p.searched : 0;
            std::fprintf(stderr,
                         "\r%s: %d/%d positions searched (%d reused), %.2f s/position, ETA %s   ",
                         label.c_str(), p.searched, p.toSearch, p.reused, per,
                         train::formatDuration(per * (p.toSearch - p.searched)).c_str());
            std::fflush(stderr);
        };
        BatchResult r = analyzeFile(in, out, enginePtrs, bp, progress, &StopSignal::flag());
        if (r.searched > 0) std::fprintf(stderr, "\n");
        for (const std::string& w : r.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
        if (!r.ok) {
            std::fprintf(stderr, "analyze: %s\n", r.error.c_str());
            failed = true;
            continue;
        }
        searchedAll += r.searched;
        stopped = r.stopped;
        std::printf("%s -> %s: %d/%d positions analysed (%d searched, %d reused) in %s", in.c_str(),
                    out.c_str(), r.analysed, r.positions, r.searched, r.reused,
                    train::formatDuration(r.elapsedS).c_str());
        if (r.searched > 0) std::printf(", %.2f s/position", r.elapsedS / r.searched);
        std::printf("%s\n", r.stopped ? " (stopped: run again to continue)" : "");
        if (!r.keyMoments.empty()) {
            std::printf("key moments:\n");
            const size_t shown = std::min<size_t>(r.keyMoments.size(), 40);
            for (size_t k = 0; k < shown; ++k)
                std::printf("  %s\n", describeKeyMoment(r.keyMoments[k], r.boardSize).c_str());
            if (shown < r.keyMoments.size())
                std::printf("  (%zu more: see the root comment and the HO markers)\n",
                            r.keyMoments.size() - shown);
        }
        std::fflush(stdout);
        if (reasonModel && !stopped) {
            std::string why;
            if (!addReasoning(out, *reasonModel, reasonModelPath, reasonTemperature,
                              reasonMaxTokens, bp, &stopped, &why)) {
                std::fprintf(stderr, "analyze: %s\n", why.c_str());
                failed = true;
            }
        }
    }
    if (stopped) return 1;
    return failed ? 1 : 0;
}

}  // namespace m37::app
