#include "engine/train/selfplay_chunk.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/go/atomic_file.h"
#include "engine/go/coord.h"
#include "engine/go/whole_file.h"

namespace m37::train {

namespace {

constexpr const char* kMagic = "move37-selfplay";

std::string fmtFloat(float x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", double(x));
    return buf;
}

std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == ' ') ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ') ++i;
        if (i > start) out.push_back(line.substr(start, i - start));
    }
    return out;
}

template <typename T>
bool parseNumber(std::string_view s, T* out) {
    const char* end = s.data() + s.size();
    auto [p, ec] = std::from_chars(s.data(), end, *out);
    return ec == std::errc() && p == end;
}

bool parseFloat(std::string_view s, float* out) {
    std::string t(s);
    char* end = nullptr;
    errno = 0;
    const double v = std::strtod(t.c_str(), &end);
    if (t.empty() || *end != '\0' || errno != 0 || !std::isfinite(v)) return false;
    *out = float(v);
    return true;
}

bool validResult(const std::string& r) {
    if (r == "0" || r == "?") return true;
    if (r.size() < 3 || (r[0] != 'B' && r[0] != 'W') || r[1] != '+') return false;
    const std::string rest = r.substr(2);
    float margin = 0;
    return rest == "R" || rest == "T" || rest == "F" || (parseFloat(rest, &margin) && margin > 0);
}

}  // namespace

std::string serializeSelfPlayChunk(const std::vector<SelfPlayGame>& games) {
    std::string s = std::string(kMagic) + " " + std::to_string(kSelfPlayChunkVersion) + "\n";
    for (const auto& g : games) {
        s += "game\n";
        s += "size " + std::to_string(g.boardSize) + "\n";
        s += "rules " + g.rules.toString() + "\n";
        std::string net = g.net;
        for (char& c : net)
            if (c == '\n' || c == '\r') c = ' ';
        s += "net " + net + "\n";
        s += "result " + g.result + "\n";
        if (g.score) s += "score " + fmtFloat(*g.score) + "\n";
        if (g.resignCheck) s += "resign-check 1\n";
        if (g.wouldResignAt > 0) s += "would-resign " + std::to_string(g.wouldResignAt) + "\n";
        s += "moves " + std::to_string(g.moves.size()) + "\n";
        for (const auto& m : g.moves) {
            s += m.color == kBlack ? "B " : "W ";
            s += m.move == kPassLoc ? std::string("pass") : gtpVertex(m.move, g.boardSize);
            s += m.full ? " full " : " fast ";
            s += fmtFloat(m.winrate);
            for (auto [idx, n] : m.visits) s += " " + std::to_string(idx) + ":" + std::to_string(n);
            s += "\n";
        }
        s += "end\n";
    }
    return s;
}

std::optional<std::vector<SelfPlayGame>> parseSelfPlayChunk(std::string_view text,
                                                            const std::string& name,
                                                            std::string* error) {
    int lineNo = 0;
    size_t pos = 0;
    auto nextLine = [&](std::string_view* line) {
        if (pos >= text.size()) return false;
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        *line = text.substr(pos, nl - pos);
        if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
        pos = nl + 1;
        ++lineNo;
        return true;
    };
    auto fail = [&](const std::string& what) -> std::optional<std::vector<SelfPlayGame>> {
        if (error) *error = name + ":" + std::to_string(lineNo) + ": " + what;
        return std::nullopt;
    };
    std::string_view line;
    if (!nextLine(&line)) return fail("empty file (expected '" + std::string(kMagic) + " 1')");
    {
        auto w = words(line);
        int version = 0;
        if (w.size() != 2 || w[0] != kMagic || !parseNumber(w[1], &version))
            return fail("not a move37 self-play chunk (expected '" + std::string(kMagic) + " 1')");
        if (version != kSelfPlayChunkVersion)
            return fail("unsupported version " + std::to_string(version) + " (this build reads " +
                        std::to_string(kSelfPlayChunkVersion) + ")");
    }
    std::vector<SelfPlayGame> games;
    while (nextLine(&line)) {
        if (line.empty()) continue;
        if (line != "game") return fail("expected 'game', found '" + std::string(line) + "'");
        SelfPlayGame g;
        bool haveSize = false, haveRules = false, haveMoves = false;
        size_t moveCount = 0;
        // Header keys up to "moves N".
        while (!haveMoves) {
            if (!nextLine(&line)) return fail("unexpected end of file in a game header");
            const size_t sp = line.find(' ');
            const std::string_view key = line.substr(0, sp);
            const std::string_view value = sp == std::string_view::npos ? "" : line.substr(sp + 1);
            if (key == "size") {
                if (!parseNumber(value, &g.boardSize) || g.boardSize < 2 || g.boardSize > 19)
                    return fail("bad board size '" + std::string(value) + "' (2..19)");
                haveSize = true;
            } else if (key == "rules") {
                auto r = Rules::parse(value);
                if (!r) return fail("bad rules '" + std::string(value) + "'");
                g.rules = *r;
                haveRules = true;
            } else if (key == "net") {
                g.net = std::string(value);
            } else if (key == "result") {
                g.result = std::string(value);
                if (!validResult(g.result))
                    return fail("bad result '" + g.result + "' (B+X, W+X, B+R, W+R, 0 or ?)");
            } else if (key == "score") {
                float s = 0;
                if (!parseFloat(value, &s)) return fail("bad score '" + std::string(value) + "'");
                g.score = s;
            } else if (key == "resign-check") {
                if (value != "0" && value != "1") return fail("resign-check must be 0 or 1");
                g.resignCheck = value == "1";
            } else if (key == "would-resign") {
                if (!parseNumber(value, &g.wouldResignAt) || g.wouldResignAt < 1)
                    return fail("bad would-resign '" + std::string(value) + "' (a move number)");
            } else if (key == "moves") {
                if (!parseNumber(value, &moveCount) || moveCount > 100000)
                    return fail("bad move count '" + std::string(value) + "'");
                haveMoves = true;
            } else {
                return fail("unknown key '" + std::string(key) + "'");
            }
        }
        if (!haveSize || !haveRules) return fail("game without size or rules before 'moves'");
        const int n = g.boardSize;
        for (size_t i = 0; i < moveCount; ++i) {
            if (!nextLine(&line))
                return fail("unexpected end of file: " + std::to_string(i) + " of " +
                            std::to_string(moveCount) + " moves read");
            auto w = words(line);
            if (w.size() < 4) return fail("expected 'COLOR VERTEX full|fast WINRATE [I:V ...]'");
            SelfPlayMove m;
            if (w[0] == "B")
                m.color = kBlack;
            else if (w[0] == "W")
                m.color = kWhite;
            else
                return fail("bad colour '" + std::string(w[0]) + "'");
            auto loc = parseGtpVertex(w[1], n);
            if (!loc) return fail("bad vertex '" + std::string(w[1]) + "'");
            m.move = *loc;
            if (w[2] == "full")
                m.full = true;
            else if (w[2] == "fast")
                m.full = false;
            else
                return fail("expected full or fast, found '" + std::string(w[2]) + "'");
            if (!parseFloat(w[3], &m.winrate) || m.winrate < 0 || m.winrate > 1)
                return fail("bad winrate '" + std::string(w[3]) + "'");
            for (size_t k = 4; k < w.size(); ++k) {
                const size_t colon = w[k].find(':');
                unsigned idx = 0, visits = 0;
                if (colon == std::string_view::npos || !parseNumber(w[k].substr(0, colon), &idx) ||
                    !parseNumber(w[k].substr(colon + 1), &visits) || idx > unsigned(n * n))
                    return fail("bad visit count '" + std::string(w[k]) +
                                "' (INDEX:VISITS, index " + "0.." + std::to_string(n * n) + ")");
                m.visits.push_back({uint16_t(idx), uint32_t(visits)});
            }
            g.moves.push_back(std::move(m));
        }
        if (!nextLine(&line) || line != "end")
            return fail("expected 'end' after " + std::to_string(moveCount) + " moves");
        if (g.wouldResignAt > 0 && (!g.resignCheck || size_t(g.wouldResignAt) > moveCount))
            return fail("would-resign " + std::to_string(g.wouldResignAt) +
                        " needs resign-check 1 and at most " + std::to_string(moveCount) +
                        " moves");
        const int endLine = lineNo;
        std::string why;
        if (!forEachSelfPlayPosition(
                g, [](const GameState&, const SelfPlayMove&) {}, &why)) {
            lineNo = endLine;
            return fail("game ending here: " + why);
        }
        games.push_back(std::move(g));
    }
    return games;
}

bool writeSelfPlayChunk(const std::string& path, const std::vector<SelfPlayGame>& games,
                        std::string* error) {
    return writeFileAtomically(path, serializeSelfPlayChunk(games), error);
}

std::optional<std::vector<SelfPlayGame>> readSelfPlayChunk(const std::string& path,
                                                           std::string* error) {
    const std::optional<std::string> text = readWholeFile(path, error);
    if (!text) return std::nullopt;
    return parseSelfPlayChunk(*text, path, error);
}

bool forEachSelfPlayPosition(const SelfPlayGame& game,
                             const std::function<void(const GameState&, const SelfPlayMove&)>& fn,
                             std::string* error) {
    GameState s(game.boardSize, game.rules);
    for (size_t i = 0; i < game.moves.size(); ++i) {
        const SelfPlayMove& m = game.moves[i];
        if (s.toMove() != m.color) s.setToMove(m.color);
        const MoveError e = s.check(m.move, m.color);
        if (e != MoveError::kNone) {
            if (error)
                *error = "move " + std::to_string(i + 1) + " (" +
                         (m.color == kBlack ? "B " : "W ") + gtpVertex(m.move, game.boardSize) +
                         ") is illegal: " + toString(e);
            return false;
        }
        fn(s, m);
        s.play(m.move, m.color);
    }
    return true;
}

}  // namespace m37::train
