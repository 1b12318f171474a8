// GtpServer: the commands that change the game — play, genmove and its
// variants, undo and handicap placement.
#include <algorithm>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_args.h"
#include "engine/gtp/gtp_server.h"

namespace m37 {

using gtp::parseColor;
using gtp::parseInt;

namespace {

bool boardEmpty(const GameState& g) {
    return g.board().stoneCount(kBlack) + g.board().stoneCount(kWhite) == 0;
}

}  // namespace

GtpServer::Reply GtpServer::cmdPlay(const Args& a) {
    if (a.size() != 2) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    auto l = parseGtpVertex(a[1], game_.size());
    if (!l) return fail("invalid coordinate");
    MoveError e = game_.play(*l, *c);
    if (e != MoveError::kNone) return fail(std::string("illegal move: ") + toString(e));
    return ok();
}

TimeControl GtpServer::timeControlFor(Color c) const {
    TimeControl tc;
    tc.unlimited = clock_.unlimited;
    tc.mainSeconds = clock_.mainSeconds;
    tc.byoYomiSeconds = clock_.byoYomiSeconds;
    tc.byoYomiStones = clock_.byoYomiStones;
    tc.byoYomiPeriods = clock_.byoYomiPeriods;
    tc.leftKnown = clock_.leftKnown[c];
    tc.leftSeconds = clock_.leftSeconds[c];
    tc.leftStones = clock_.leftStones[c];
    return tc;
}

MoveDecision GtpServer::think(Color c, bool cleanup, SearchEngine::Callback cb, int intervalMs) {
    return engine_->genmove(game_, c, opts_.genmoveLimits, timeControlFor(c), cleanup,
                            std::move(cb), intervalMs);
}

GtpServer::Reply GtpServer::cmdGenmove(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    MoveDecision r = think(*c, false);
    if (r.resign) return ok("resign");
    if (game_.play(r.move, *c) != MoveError::kNone) return fail("internal error: illegal move");
    ponderNext_ = opts_.ponder;
    return ok(gtpVertex(r.move, game_.size()));
}

GtpServer::Reply GtpServer::cmdGenmoveCleanup(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    MoveDecision r = think(*c, true);
    if (game_.play(r.move, *c) != MoveError::kNone) return fail("internal error: illegal move");
    ponderNext_ = opts_.ponder;
    return ok(gtpVertex(r.move, game_.size()));
}

GtpServer::Reply GtpServer::cmdRegGenmove(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    MoveDecision r = think(*c, false);
    if (r.resign) return ok("resign");
    return ok(gtpVertex(r.move, game_.size()));
}

GtpServer::Reply GtpServer::cmdUndo(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    if (game_.moveNumber() == 0 || !game_.undo()) return fail("cannot undo");
    return ok();
}

GtpServer::Reply GtpServer::cmdFixedHandicap(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto n = parseInt(a[0], 0, 1 << 20);
    if (!n) return fail("syntax error");
    if (!boardEmpty(game_) || game_.moveNumber() > 0) return fail("board not empty");
    std::vector<Loc> pts = GameState::fixedHandicapPoints(game_.size(), *n);
    if (pts.empty() || !game_.placeHandicap(pts)) return fail("invalid number of stones");
    return ok(vertexList(pts));
}

GtpServer::Reply GtpServer::cmdPlaceFreeHandicap(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    const int size = game_.size();
    auto n = parseInt(a[0], 0, 1 << 20);
    if (!n) return fail("syntax error");
    if (!boardEmpty(game_) || game_.moveNumber() > 0) return fail("board not empty");
    if (*n < 2 || *n > size * size - 1) return fail("invalid number of stones");
    // The standard points first, then the remaining points on alternate
    // lines from the centre outwards (a fixed, deterministic pattern).
    std::vector<Loc> pts;
    for (int k = std::min(*n, 9); k >= 2 && pts.empty(); --k)
        pts = GameState::fixedHandicapPoints(size, k);
    if (int(pts.size()) > *n) pts.clear();
    std::vector<Loc> rest;
    for (int pass = 0; pass < 2; ++pass) {
        std::vector<std::pair<int, Loc>> ranked;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                bool grid = (x % 2 == size / 2 % 2) && (y % 2 == size / 2 % 2);
                if (grid != (pass == 0)) continue;
                int dx = 2 * x - (size - 1), dy = 2 * y - (size - 1);
                ranked.push_back({dx * dx + dy * dy, makeLoc(x, y, size)});
            }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& p, const auto& q) { return p.first < q.first; });
        for (auto& r : ranked) rest.push_back(r.second);
    }
    for (Loc l : rest) {
        if (int(pts.size()) >= *n) break;
        if (std::find(pts.begin(), pts.end(), l) == pts.end()) pts.push_back(l);
    }
    if (!game_.placeHandicap(pts)) return fail("invalid number of stones");
    return ok(vertexList(pts));
}

GtpServer::Reply GtpServer::cmdSetFreeHandicap(const Args& a) {
    const int size = game_.size();
    if (a.size() < 2 || int(a.size()) > size * size - 1) return fail("invalid number of stones");
    if (!boardEmpty(game_) || game_.moveNumber() > 0) return fail("board not empty");
    std::vector<Loc> pts;
    for (const auto& v : a) {
        auto l = parseGtpVertex(v, size);
        if (!l || *l == kPassLoc) return fail("invalid coordinate");
        if (std::find(pts.begin(), pts.end(), *l) != pts.end()) return fail("repeated vertex");
        pts.push_back(*l);
    }
    if (!game_.placeHandicap(pts)) return fail("invalid handicap");
    return ok();
}

}  // namespace m37
