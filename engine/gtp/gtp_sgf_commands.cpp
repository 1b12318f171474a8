// GtpServer: loadsgf and printsgf, on top of the SGF library (engine/sgf).
#include <cctype>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_args.h"
#include "engine/gtp/gtp_server.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_writer.h"

namespace m37 {

// loadsgf FILE [MOVE]: MOVE is a move number (stop before it) or a vertex
// (stop before the first move there), as in GNU Go. Answers the colour to
// play. The game keeps the server's rules; komi comes from the file.
GtpServer::Reply GtpServer::cmdLoadSgf(const Args& a) {
    if (a.empty() || a.size() > 2) return fail("syntax error");
    if (!opts_.allowLoadSgf) return fail("cannot load file");
    SgfReplayOptions ro;
    if (a.size() == 2) {
        if (std::isdigit(static_cast<unsigned char>(a[1][0]))) {
            auto n = gtp::parseInt(a[1], 1, 1 << 30);
            if (!n) return fail("syntax error");
            ro.untilMove = *n;
        } else {
            auto l = parseGtpVertex(a[1], Board::kMaxSize);
            if (!l) return fail("syntax error");
            ro.untilVertex = a[1];
        }
    }
    SgfReplay r = loadSgfFile(a[0], ro);
    if (!r.ok) return fail("cannot load file");
    Rules rules = game_.rules();
    rules.komi = r.state.rules().komi;
    game_ = std::move(r.state);
    game_.setRules(rules);
    game_.setToMove(r.toMove);
    return ok(colorName(r.toMove));
}

GtpServer::Reply GtpServer::cmdPrintSgf(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    SgfGameInfo info;
    info.application = opts_.name + ":" + opts_.version;
    auto root = sgfFromGameState(game_, info);
    if (!root) return fail("cannot write SGF");
    return ok(writeSgf(*root));
}

}  // namespace m37
