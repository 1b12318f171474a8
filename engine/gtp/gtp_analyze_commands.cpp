// GtpServer: the analysis extensions — lz-analyze, lz-genmove_analyze,
// kata-analyze, kata-genmove_analyze (streamed while run() waits for the
// next line) and Leela Zero's heatmap.
#include <cstdio>

#include "engine/go/coord.h"
#include "engine/go/playout.h"
#include "engine/go/rng.h"
#include "engine/gtp/gtp_analysis.h"
#include "engine/gtp/gtp_args.h"
#include "engine/gtp/gtp_server.h"
#include "engine/nn/heatmap.h"

namespace m37 {

using gtp::parseColor;

namespace {

RootFilter filterFor(const gtp::AnalyzeArgs& a, Color c) {
    RootFilter f;
    for (auto [col, l] : a.avoid)
        if (col == c) f.avoid.push_back(l);
    for (auto [col, l] : a.allow)
        if (col == c) f.allow.push_back(l);
    return f;
}

// The ownership map kata-analyze reports when asked and the network has no
// ownership head: the average of light playouts from the root position.
struct OwnershipFill {
    std::vector<float> map;  // by point, y*N+x from the top row; Black's view

    void prepare(const GameState& g, bool wanted) {
        if (!wanted) return;
        Rng rng(0x6f776e657273ULL ^ g.board().hash());
        const int n = g.size();
        const int playouts = n <= 9 ? 400 : n <= 13 ? 300 : 200;
        std::vector<float> byLoc = playoutOwnership(g.board(), g.toMove(), playouts, rng);
        map.resize(size_t(n * n));
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) map[size_t(y * n + x)] = byLoc[size_t(makeLoc(x, y, n))];
    }
    void apply(AnalysisSnapshot& s) const {
        if (s.ownership.empty() && !map.empty()) s.ownership = map;
    }
};

std::string infoLine(AnalysisSnapshot s, const gtp::AnalyzeArgs& a, bool kata,
                     const OwnershipFill& own) {
    if (!kata) return gtp::lzInfoLine(s, a.minMoves, a.maxMoves);
    if (a.ownership) own.apply(s);
    return gtp::kataInfoLine(s, a.minMoves, a.maxMoves, a.ownership);
}

}  // namespace

GtpServer::Reply GtpServer::analyze(const Args& args, bool kata) {
    auto a = gtp::parseAnalyzeArgs(args, game_.size(), kata);
    if (!a) return fail("syntax error");
    const Color c = a->color.value_or(game_.toMove());
    GameState g = game_;
    if (g.toMove() != c) g.setToMove(c);
    const RootFilter filter = filterFor(*a, c);
    OwnershipFill own;
    own.prepare(g, kata && a->ownership);
    const std::string head = "=" + currentId_ + "\n";
    Reply r;
    r.raw = true;
    if (stream_ && waitForInput_) {
        // Streaming: lines every interval until the next input line.
        stream_(head);
        SearchLimits lim;
        lim.infinite = true;
        auto sink = stream_;
        gtp::AnalyzeArgs args2 = *a;
        engine_->start(
            g, lim,
            [sink, args2, kata, own](const AnalysisSnapshot& s) {
                if (s.final) return;
                std::string line = infoLine(s, args2, kata, own);
                if (!line.empty()) sink(line + "\n");
            },
            a->intervalCs * 10, filter);
        waitForInput_();
        engine_->stop();
        engine_->wait();
        r.text = "\n";
        return r;
    }
    // In-process (tests): a bounded search, its line(s) returned at once.
    SearchLimits lim;
    lim.visits = opts_.analysisVisitsWithoutStream;
    std::string lines;
    engine_->start(g, lim, {}, 0, filter);
    engine_->wait();
    std::string line = infoLine(engine_->lastSnapshot(), *a, kata, own);
    if (!line.empty()) lines += line + "\n";
    r.text = head + lines + "\n";
    return r;
}

GtpServer::Reply GtpServer::genmoveAnalyze(const Args& args, bool kata) {
    auto a = gtp::parseAnalyzeArgs(args, game_.size(), kata);
    if (!a || !a->color) return fail("syntax error");
    const Color c = *a->color;
    GameState g = game_;
    if (g.toMove() != c) g.setToMove(c);
    OwnershipFill own;
    own.prepare(g, kata && a->ownership);
    const std::string head = "=" + currentId_ + "\n";
    std::string lines;
    SearchEngine::Callback cb;
    gtp::AnalyzeArgs args2 = *a;
    auto sink = stream_;
    if (sink) {
        sink(head);
        cb = [sink, args2, kata, own](const AnalysisSnapshot& s) {
            std::string line = infoLine(s, args2, kata, own);
            if (!line.empty()) sink(line + "\n");
        };
    }
    MoveDecision d = think(c, false, cb, a->intervalCs > 0 ? a->intervalCs * 10 : 0);
    if (!sink) {
        std::string line = infoLine(d.snapshot, *a, kata, own);
        if (!line.empty()) lines += line + "\n";
    }
    std::string move = "resign";
    if (!d.resign) {
        if (game_.play(d.move, c) != MoveError::kNone) return fail("internal error: illegal move");
        move = gtpVertex(d.move, game_.size());
        ponderNext_ = opts_.ponder;
    }
    Reply r;
    r.raw = true;
    r.text = (sink ? std::string() : head + lines) + "play " + move + "\n\n";
    return r;
}

GtpServer::Reply GtpServer::cmdLzAnalyze(const Args& a) {
    return analyze(a, false);
}
GtpServer::Reply GtpServer::cmdKataAnalyze(const Args& a) {
    return analyze(a, true);
}
GtpServer::Reply GtpServer::cmdLzGenmoveAnalyze(const Args& a) {
    return genmoveAnalyze(a, false);
}
GtpServer::Reply GtpServer::cmdKataGenmoveAnalyze(const Args& a) {
    return genmoveAnalyze(a, true);
}

GtpServer::Reply GtpServer::cmdHeatmap(const Args& a) {
    // Leela Zero: `heatmap [symmetry|average]`, the map on stderr, "=" on stdout.
    int sym = 0;
    if (a.size() > 1) return fail("syntax error");
    if (a.size() == 1) {
        if (gtp::lower(a[0]) == "average") {
            sym = -1;
        } else {
            auto s = gtp::parseInt(a[0], 0, 7);
            if (!s) return fail("syntax error");
            sym = *s;
        }
    }
    if (!opts_.heatmapNetwork) return fail("no network loaded");
    auto ev = opts_.heatmapNetwork(sym);
    if (!ev || !ev->capabilities().supports(game_.size())) return fail("board size not supported");
    nn::EvalOutput o = ev->evaluate(game_);
    std::string text = nn::lzHeatmap(game_.board(), o);
    std::fputs(text.c_str(), stderr);
    std::fflush(stderr);
    return ok();
}

}  // namespace m37
