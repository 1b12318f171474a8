// GtpServer: the commands that only look at the position — showboard,
// list_stones, all_legal, is_legal, color, final_score, final_status_list.
#include <cstdio>

#include "engine/go/coord.h"
#include "engine/go/scoring.h"
#include "engine/gtp/gtp_args.h"
#include "engine/gtp/gtp_server.h"
#include "engine/search/dead_stones.h"

namespace m37 {

using gtp::parseColor;

GtpServer::Reply GtpServer::cmdShowboard(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    const Board& b = game_.board();
    const int n = b.size();
    static const char kCols[] = "ABCDEFGHJKLMNOPQRSTUVWXYZ";
    std::string letters = "   ";
    for (int x = 0; x < n; ++x) {
        letters += kCols[x];
        letters += ' ';
    }
    letters.pop_back();
    std::string s = "\n" + letters + "\n";
    char buf[16];
    const Loc last = game_.lastMove();
    for (int y = 0; y < n; ++y) {
        std::snprintf(buf, sizeof buf, "%2d", n - y);
        s += buf;
        for (int x = 0; x < n; ++x) {
            Loc l = b.loc(x, y);
            Color c = b.at(l);
            // The last move is framed "(X)"; the brackets use the spaces.
            s += l == last ? '(' : (x > 0 && b.loc(x - 1, y) == last) ? ')' : ' ';
            s += c == kBlack ? 'X' : c == kWhite ? 'O' : '.';
        }
        s += b.loc(n - 1, y) == last ? ')' : ' ';
        std::snprintf(buf, sizeof buf, "%d", n - y);
        s += buf;
        s += '\n';
    }
    s += letters + "\n";
    std::snprintf(buf, sizeof buf, "%d", b.prisoners(kBlack));
    s += std::string("Black (X) captured ") + buf;
    std::snprintf(buf, sizeof buf, "%d", b.prisoners(kWhite));
    s += std::string(", White (O) captured ") + buf + "; " + colorName(game_.toMove()) +
         " to move, rules " + game_.rules().toString();
    return ok(s);
}

GtpServer::Reply GtpServer::cmdListStones(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    const Board& b = game_.board();
    std::vector<Loc> stones;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x)
            if (b.at(b.loc(x, y)) == *c) stones.push_back(b.loc(x, y));
    return ok(vertexList(stones));
}

GtpServer::Reply GtpServer::cmdAllLegal(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    const Board& b = game_.board();
    std::vector<Loc> moves;
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x)
            if (game_.isLegal(b.loc(x, y), *c)) moves.push_back(b.loc(x, y));
    return ok(vertexList(moves));
}

GtpServer::Reply GtpServer::cmdIsLegal(const Args& a) {
    if (a.size() != 2) return fail("syntax error");
    auto c = parseColor(a[0]);
    if (!c) return fail("invalid color");
    auto l = parseGtpVertex(a[1], game_.size());
    if (!l) return fail("invalid coordinate");
    return ok(game_.isLegal(*l, *c) ? "1" : "0");
}

GtpServer::Reply GtpServer::cmdColor(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto l = parseGtpVertex(a[0], game_.size());
    if (!l || *l == kPassLoc) return fail("invalid coordinate");
    return ok(colorName(game_.board().at(*l)));
}

GtpServer::Reply GtpServer::cmdFinalScore(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    return ok(estimatedScore(game_, opts_.search.deadStonePlayouts, opts_.search.seed).toString());
}

GtpServer::Reply GtpServer::cmdFinalStatusList(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    std::string what = gtp::lower(a[0]);
    StoneStatus want;
    if (what == "alive")
        want = StoneStatus::kAlive;
    else if (what == "dead")
        want = StoneStatus::kDead;
    else if (what == "seki")
        want = StoneStatus::kSeki;
    else
        return fail("invalid status");
    DeadStoneEstimate est =
        estimateDeadStones(game_, opts_.search.deadStonePlayouts, opts_.search.seed);
    // One chain a line, like GNU Go.
    const Board& b = game_.board();
    std::vector<char> done(b.area(), 0);
    std::string s;
    for (Loc l : est.stonesWith(want)) {
        if (done[b.chainHead(l)]) continue;
        done[b.chainHead(l)] = 1;
        if (!s.empty()) s += '\n';
        s += vertexList(b.chainStones(l));
    }
    return ok(s);
}

}  // namespace m37
