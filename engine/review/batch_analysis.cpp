#include "engine/review/batch_analysis.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>

#include "engine/go/atomic_file.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace m37 {

namespace {

bool sameMoves(const GameState& a, const GameState& b) {
    const auto& x = a.moves();
    const auto& y = b.moves();
    if (x.size() != y.size() || a.size() != b.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i].color != y[i].color || x[i].loc != y[i].loc) return false;
    return true;
}

}  // namespace

BatchResult analyzeFile(const std::string& in, const std::string& out, SearchEngine& engine,
                        const BatchParams& params,
                        const std::function<void(const BatchProgress&)>& progress,
                        const std::atomic<bool>* stop) {
    return analyzeFile(in, out, std::vector<SearchEngine*>{&engine}, params, progress, stop);
}

BatchResult analyzeFile(const std::string& in, const std::string& out,
                        const std::vector<SearchEngine*>& engines, const BatchParams& params,
                        const std::function<void(const BatchProgress&)>& progress,
                        const std::atomic<bool>* stop) {
    BatchResult res;
    if (engines.empty()) {
        res.error = in + ": no engine";
        return res;
    }
    const auto t0 = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    SgfReadResult read = readSgfFile(in);
    for (const auto& d : read.diagnostics) {
        if (d.isError) {
            res.error = in + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                        d.message;
            return res;
        }
        res.warnings.push_back(in + ":" + d.toString());
    }
    if (read.games.empty()) {
        res.error = in + ": no game";
        return res;
    }
    if (read.games.size() > 1)
        res.warnings.push_back(in + ": " + std::to_string(read.games.size()) +
                               " games; only the first is analysed");
    SgfNode& root = *read.games.front();
    std::string err;
    const std::vector<GameState> line = mainLinePositions(root, &err);
    if (line.empty()) {
        res.error = in + ": " + err;
        return res;
    }
    res.positions = int(line.size());
    res.boardSize = line.front().size();

    // What an earlier run left: the output when it exists, else the input.
    std::vector<std::optional<AnalysisSnapshot>> snapshots(line.size());
    std::vector<std::optional<float>> playedHuman(line.size());
    {
        const std::string source = std::filesystem::exists(out) ? out : in;
        SgfReadResult prev = source == in ? SgfReadResult{} : readSgfFile(source);
        const SgfNode* prevRoot = nullptr;
        if (source == in)
            prevRoot = &root;
        else if (!prev.games.empty() && !prev.hasErrors())
            prevRoot = prev.games.front().get();
        if (prevRoot) {
            AnnotationRead a = readAnnotation(*prevRoot, params.annotation);
            if (a.ok && a.info && a.info->sameAnalysis(params.info) && !a.line.empty() &&
                sameMoves(a.line.back(), line.back()) && a.line.size() == line.size()) {
                for (const AnnotationWarning& w : a.warnings)
                    res.warnings.push_back(source + ": " + w.toString());
                snapshots = a.review.snapshots;
                playedHuman = a.review.playedHumanPrior;
                res.reused = a.review.analysedCount();
            }
        }
    }

    // The positions to analyse: those around the moves of the range.
    const int n = int(line.size());
    int first = 0, last = n - 1;
    if (params.firstMove > 0) first = std::clamp(params.firstMove - 1, 0, n - 1);
    if (params.lastMove > 0) last = std::clamp(params.lastMove, first, n - 1);
    std::vector<int> todo;
    for (int i = first; i <= last; ++i)
        if (!snapshots[size_t(i)]) todo.push_back(i);

    auto save = [&]() -> bool {
        ReviewedLine r = reviewLine(line, snapshots, params.annotation.thresholds, playedHuman);
        if (!writeAnnotation(root, line, r, params.info, params.annotation, &err)) {
            res.error = in + ": " + err;
            return false;
        }
        if (!writeFileAtomically(out, writeSgf(read.games), &err)) {
            res.error = err;
            return false;
        }
        res.analysed = r.analysedCount();
        res.keyMoments = findKeyMoments(r.moves, params.annotation.keyMoments);
        return true;
    };

    std::atomic<bool> halt{false};
    BatchProgress prog;
    prog.toSearch = int(todo.size());
    prog.reused = res.reused;
    int sinceSave = 0;
    ReviewParams rp;
    rp.visits = params.info.visits;
    rp.thresholds = params.annotation.thresholds;
    rp.pollMs = params.pollMs;
    bool saveFailed = false;
    std::mutex mutex;  // guards snapshots, playedHuman, prog, the tree and saving
    auto store = [&](int lineIndex, const AnalysisSnapshot& s) {
        std::lock_guard<std::mutex> lock(mutex);
        snapshots[size_t(lineIndex)] = s;
        playedHuman[size_t(lineIndex)].reset();  // recomputed from the new human map
        ++prog.searched;
        prog.elapsedS = elapsed();
        if (progress) progress(prog);
        if (++sinceSave >= std::max(1, params.saveEvery)) {
            sinceSave = 0;
            if (!save()) saveFailed = true;
        }
        if (saveFailed || (stop && stop->load()) ||
            (params.maxPositions > 0 && prog.searched >= params.maxPositions))
            halt = true;
    };
    // Contiguous runs of positions keep the search tree from one to the
    // next; with several engines the runs are cut into one chunk per engine
    // or so, which the engines take in turn.
    std::vector<std::pair<int, int>> chunks;  // first and last position
    const size_t chunk = std::max<size_t>(
        1, (todo.size() + engines.size() - 1) / std::max<size_t>(1, engines.size()));
    for (size_t k = 0; k < todo.size();) {
        size_t e = k + 1;
        while (e < todo.size() && todo[e] == todo[e - 1] + 1 && e - k < chunk) ++e;
        chunks.push_back({todo[k], todo[e - 1]});
        k = e;
    }
    std::atomic<size_t> nextChunk{0};
    auto work = [&](SearchEngine& engine) {
        for (size_t c; !halt && (c = nextChunk++) < chunks.size();) {
            const int first = chunks[c].first;
            std::vector<GameState> run(line.begin() + first, line.begin() + chunks[c].second + 1);
            ReviewCallbacks cb;
            cb.snapshot = [&](int index, const AnalysisSnapshot& s) { store(first + index, s); };
            reviewGame(run, engine, rp, cb, &halt);
        }
    };
    if (engines.size() == 1) {
        work(*engines.front());
    } else {
        std::vector<std::thread> workers;
        for (SearchEngine* e : engines) workers.emplace_back([&work, e] { work(*e); });
        for (auto& w : workers) w.join();
    }
    res.searched = prog.searched;
    res.stopped = prog.searched < int(todo.size());
    if (saveFailed) return res;
    if (!save()) return res;
    res.elapsedS = elapsed();
    res.ok = true;
    return res;
}

}  // namespace m37
