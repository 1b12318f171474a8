#include "engine/sgf/sgf_game.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <utility>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_value.h"

namespace m37 {

namespace {

std::string colorLetter(Color c) {
    return c == kBlack ? "B" : "W";
}

std::string formatReal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

}  // namespace

std::optional<SgfGameSetup> readSgfGameSetup(const SgfNode& root, int maxSize,
                                             std::string* error) {
    auto fail = [&](std::string why) -> std::optional<SgfGameSetup> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    std::optional<int> size = sgfBoardSize(root);
    if (!size) return fail("unsupported board size SZ[" + std::string(root.value("SZ")) + "]");
    maxSize = std::min(maxSize, int(Board::kMaxSize));
    if (*size < Board::kMinSize || *size > maxSize)
        return fail("board size " + std::to_string(*size) + " not supported (" +
                    std::to_string(Board::kMinSize) + ".." + std::to_string(maxSize) + ")");
    SgfGameSetup s;
    s.size = *size;
    auto warn = [&](std::string msg) {
        s.warnings.push_back({root.line, root.column, std::move(msg), false});
    };
    std::string_view ru = root.value("RU");
    if (!ru.empty()) {
        if (auto r = Rules::parse(ru)) s.rules = *r;
        else warn("unknown rules RU[" + std::string(ru) + "]; default rules used");
    }
    if (root.has("KM")) {
        auto km = sgfReal(root.value("KM"));
        if (km && *km > -1000 && *km < 1000) s.rules.komi = float(*km);
        else warn("malformed komi KM[" + std::string(root.value("KM")) + "] ignored");
    }
    if (root.has("HA")) {
        auto ha = sgfNumber(root.value("HA"));
        if (ha && *ha >= 0 && *ha <= s.size * s.size - 1) s.handicap = int(*ha);
        else s.handicapValid = false;
    }
    return s;
}

SgfReplay replaySgfGame(const SgfNode& root, const SgfReplayOptions& opt) {
    SgfReplay r;
    auto warn = [&](const SgfNode& n, std::string msg) {
        r.warnings.push_back(SgfDiagnostic{n.line, n.column, std::move(msg), false});
    };
    std::optional<SgfGameSetup> setup = readSgfGameSetup(root, opt.maxSize, &r.error);
    if (!setup) return r;
    if (!setup->handicapValid) {
        r.error = "unreasonable handicap HA[" + std::string(root.value("HA")) + "]";
        return r;
    }
    r.warnings = setup->warnings;
    const int n = setup->size;
    const Rules rules = setup->rules;
    const int handicap = setup->handicap;
    std::optional<Loc> untilLoc;
    if (!opt.untilVertex.empty()) {
        untilLoc = parseGtpVertex(opt.untilVertex, n);
        if (!untilLoc) {
            r.error = "invalid vertex '" + opt.untilVertex + "'";
            return r;
        }
    }
    r.state = GameState(n, rules);
    GameState& st = r.state;
    Color next = handicap > 1 ? kWhite : kBlack;
    bool handicapPlaced = false;
    // GNU Go: when White is to play on an empty board, HA gives fixed stones.
    auto maybeFixedHandicap = [&](const SgfNode& node) {
        if (handicapPlaced || handicap < 2 || next != kWhite || st.moveNumber() > 0) return;
        if (st.board().stoneCount(kBlack) + st.board().stoneCount(kWhite) != 0) return;
        handicapPlaced = true;
        auto pts = GameState::fixedHandicapPoints(n, handicap);
        if (pts.empty()) {
            warn(node, "HA[" + std::to_string(handicap) + "] without AB: no fixed handicap on " +
                           std::to_string(n) + "x" + std::to_string(n));
            return;
        }
        st.placeHandicap(pts);
        warn(node, "HA[" + std::to_string(handicap) + "] without AB: fixed handicap stones placed");
    };

    int moveNumber = 0;
    for (const SgfNode* node = &root; node; node = node->child(0)) {
        // Setup: AE, then AB, then AW.
        std::vector<std::pair<Loc, Color>> setup;
        bool onlyBlack = true;
        for (auto [id, color] : {std::pair{"AE", kEmpty}, {"AB", kBlack}, {"AW", kWhite}}) {
            const SgfProperty* p = node->find(id);
            if (!p) continue;
            std::vector<std::string> bad;
            for (Loc l : sgfPointList(*p, n, &bad)) {
                setup.push_back({l, color});
                if (color != kBlack) onlyBlack = false;
            }
            for (const auto& b : bad)
                warn(*node, std::string(id) + "[" + b + "]: bad point ignored");
        }
        if (!setup.empty()) {
            bool empty = st.board().stoneCount(kBlack) + st.board().stoneCount(kWhite) == 0;
            std::vector<Loc> stones;
            for (auto& s : setup) stones.push_back(s.first);
            if (node == &root && handicap >= 2 && onlyBlack && empty && stones.size() >= 2 &&
                st.placeHandicap(stones)) {
                handicapPlaced = true;
            } else {
                st.setup(setup);
            }
            if (!handicapPlaced && handicap >= 2) handicapPlaced = true;  // explicit stones
        }
        if (const SgfProperty* pl = node->find("PL")) {
            if (auto c = sgfColor(pl->values.front())) {
                next = *c;
                maybeFixedHandicap(*node);
            } else {
                warn(*node, "malformed PL[" + pl->values.front() + "] ignored");
            }
        }
        for (const SgfProperty& p : node->properties()) {
            if (p.id != "B" && p.id != "W") continue;
            Color color = p.id == "B" ? kBlack : kWhite;
            next = color;
            maybeFixedHandicap(*node);
            if (p.values.size() > 1) warn(*node, p.id + " with several values: first used");
            std::optional<Loc> loc = parseSgfPoint(p.values.front(), n);
            if ((untilLoc && loc && *loc == *untilLoc) ||
                (opt.untilMove > 0 && moveNumber == opt.untilMove - 1)) {
                st.setToMove(color);
                r.toMove = color;
                r.movesPlayed = moveNumber;
                r.ok = true;
                return r;
            }
            ++moveNumber;
            std::string where =
                "move " + std::to_string(moveNumber) + " (" + p.id + "[" + p.values.front() + "])";
            if (!loc) {
                warn(*node, where + ": not a point on a " + std::to_string(n) + "x" +
                                std::to_string(n) + " board; played as a pass");
                loc = kPassLoc;
            }
            MoveError e = st.check(*loc, color);
            if (e == MoveError::kNone) {
                st.play(*loc, color);
            } else {
                warn(*node, where + ": illegal (" + toString(e) + "); played anyway");
                st.playForced(*loc, color);
            }
            next = opponent(color);
        }
    }
    st.setToMove(next);
    r.toMove = next;
    r.movesPlayed = moveNumber;
    r.ok = true;
    return r;
}

SgfReplay loadSgfFile(const std::string& path, const SgfReplayOptions& options) {
    SgfReadResult read = readSgfFile(path);
    SgfReplay r;
    for (const auto& d : read.diagnostics) {
        if (d.isError) {
            r.error = "cannot read '" + path + "': " + d.toString();
            return r;
        }
    }
    if (read.games.empty()) {
        r.error = "no game in '" + path + "'";
        return r;
    }
    r = replaySgfGame(*read.games.front(), options);
    r.warnings.insert(r.warnings.begin(), read.diagnostics.begin(), read.diagnostics.end());
    return r;
}

std::unique_ptr<SgfNode> sgfFromGameState(const GameState& state, const SgfGameInfo& info) {
    // Recover the history by undoing a copy: each step is a move or a setup.
    struct Event {
        bool isMove;
        MoveRecord move;
        std::map<Loc, Color> changes;  // setup: point -> new colour
    };
    std::vector<Event> events;
    GameState s = state;
    while (true) {
        Board before = s.board();
        int moves = s.moveNumber();
        if (!s.undo()) break;
        if (s.moveNumber() < moves) {
            events.push_back({true, state.moves()[size_t(s.moveNumber())], {}});
        } else {
            Event e{false, {}, {}};
            const Board& after = s.board();
            for (int y = 0; y < before.size(); ++y)
                for (int x = 0; x < before.size(); ++x) {
                    Loc l = before.loc(x, y);
                    if (before.at(l) != after.at(l)) e.changes[l] = before.at(l);
                }
            events.push_back(std::move(e));
        }
    }
    std::reverse(events.begin(), events.end());

    const int n = state.size();
    auto root = std::make_unique<SgfNode>();
    root->set("FF", "4");
    root->set("GM", "1");
    root->set("CA", "UTF-8");
    if (!info.application.empty()) root->set("AP", info.application);
    root->set("SZ", std::to_string(n));
    root->set("KM", formatReal(state.rules().komi));
    std::string ru = state.rules().presetName();
    root->set("RU", ru == "custom" ? state.rules().toString() : ru);
    if (state.handicap() > 0) root->set("HA", std::to_string(state.handicap()));
    if (!info.playerBlack.empty()) root->set("PB", info.playerBlack);
    if (!info.playerWhite.empty()) root->set("PW", info.playerWhite);
    if (!info.date.empty()) root->set("DT", info.date);
    if (!info.result.empty()) root->set("RE", info.result);

    auto writeSetup = [&](SgfNode& node, const std::map<Loc, Color>& changes, bool isRoot) {
        for (auto [l, c] : changes) {
            if (c == kEmpty && isRoot) continue;
            node.add(c == kBlack ? "AB" : c == kWhite ? "AW" : "AE", sgfPoint(l, n));
        }
    };
    SgfNode* last = root.get();
    bool lastIsMove = false;
    Color expected = state.handicap() > 0 ? kWhite : kBlack;
    size_t i = 0;
    std::map<Loc, Color> pending;
    for (; i < events.size() && !events[i].isMove; ++i)
        for (auto [l, c] : events[i].changes) pending[l] = c;
    writeSetup(*root, pending, true);
    while (i < events.size()) {
        if (events[i].isMove) {
            const MoveRecord& m = events[i].move;
            last = last->addChild();
            last->set(colorLetter(m.color), sgfPoint(m.loc, n));
            lastIsMove = true;
            expected = opponent(m.color);
            ++i;
            continue;
        }
        pending.clear();
        for (; i < events.size() && !events[i].isMove; ++i)
            for (auto [l, c] : events[i].changes) pending[l] = c;
        last = last->addChild();
        writeSetup(*last, pending, false);
        lastIsMove = false;
    }
    if (state.toMove() != expected) {
        if (lastIsMove) last = last->addChild();
        last->set("PL", colorLetter(state.toMove()));
    }
    return root;
}

}  // namespace m37
