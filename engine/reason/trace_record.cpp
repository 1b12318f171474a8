#include "engine/reason/trace_record.h"

#include <sstream>

#include "engine/go/coord.h"
#include "engine/go/whole_file.h"
#include "engine/reason/think_block.h"

namespace m37::reason {

bool TraceRecord::operator==(const TraceRecord& o) const {
    if (moves.size() != o.moves.size()) return false;
    for (size_t i = 0; i < moves.size(); ++i)
        if (moves[i].color != o.moves[i].color || moves[i].loc != o.moves[i].loc) return false;
    return source == o.source && boardSize == o.boardSize && rules == o.rules &&
           toMove == o.toMove && visits == o.visits && evaluator == o.evaluator && think == o.think;
}

std::string traceFileHeader() {
    return std::string(kTraceMagic) + " " + std::to_string(kTraceRecordVersion) + "\n";
}

std::string serializeTraceRecord(const TraceRecord& r) {
    std::string t = "record\nsource " + r.source + "\nsize " + std::to_string(r.boardSize) +
                    "\nrules " + r.rules.toString() + "\nmoves";
    for (const MoveRecord& m : r.moves)
        t += std::string(m.color == kWhite ? " W " : " B ") + moveText(m.loc, r.boardSize);
    t += std::string("\nto-move ") + colorName(r.toMove) + "\nsearch " + std::to_string(r.visits) +
         " " + r.evaluator + "\n";
    std::string think = r.think;
    while (!think.empty() && think.back() == '\n') think.pop_back();
    int lines = 1;
    for (char c : think) lines += c == '\n';
    t += "think " + std::to_string(lines) + "\n" + think + "\nend\n";
    return t;
}

std::optional<GameState> tracePosition(const TraceRecord& r, std::string* error) {
    GameState g(r.boardSize, r.rules);
    for (size_t i = 0; i < r.moves.size(); ++i) {
        MoveError e = g.play(r.moves[i].loc, r.moves[i].color);
        if (e != MoveError::kNone) {
            if (error)
                *error = r.source + ": move " + std::to_string(i + 1) + " (" +
                         moveText(r.moves[i].loc, r.boardSize) + "): " + toString(e);
            return std::nullopt;
        }
    }
    g.setToMove(r.toMove);
    return g;
}

std::optional<std::vector<TraceRecord>> parseTraceFile(std::string_view text,
                                                       const std::string& name, std::string* error,
                                                       size_t* truncatedAt) {
    // Complete lines only: an unterminated last line belongs to a partial
    // record (or, alone, to a partial header).
    std::vector<std::string_view> lines;
    std::vector<size_t> offsets;
    for (size_t pos = 0; pos < text.size();) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) break;
        lines.push_back(text.substr(pos, nl - pos));
        offsets.push_back(pos);
        pos = nl + 1;
    }
    auto fail = [&](size_t line, const std::string& what) {
        if (error) *error = name + ":" + std::to_string(line + 1) + ": " + what;
        return std::nullopt;
    };
    if (truncatedAt) *truncatedAt = text.size();
    const std::string header = traceFileHeader();
    if (lines.empty() || std::string(lines[0]) + "\n" != header)
        return fail(0, "expected '" + header.substr(0, header.size() - 1) + "'");
    std::vector<TraceRecord> out;
    size_t i = 1;
    auto value = [&](size_t k, std::string_view key) -> std::optional<std::string_view> {
        if (k >= lines.size()) return std::nullopt;
        std::string_view l = lines[k];
        if (l.substr(0, key.size()) != key) return std::nullopt;
        if (l.size() == key.size()) return std::string_view();
        if (l[key.size()] != ' ') return std::nullopt;
        return l.substr(key.size() + 1);
    };
    for (;;) {
        const size_t start = i;
        auto partial = [&]() -> std::optional<std::vector<TraceRecord>> {
            if (truncatedAt) *truncatedAt = start < offsets.size() ? offsets[start] : text.size();
            return out;
        };
        if (i >= lines.size()) {
            // Done, unless an unterminated line follows (a partial record).
            if (truncatedAt && !text.empty() && text.back() != '\n') {
                size_t lastNl = text.rfind('\n');
                *truncatedAt = lastNl == std::string_view::npos ? 0 : lastNl + 1;
            }
            return out;
        }
        if (lines[i] != "record") return fail(i, "expected 'record'");
        TraceRecord r;
        // Each field in order; running out of lines means a partial record.
        const char* keys[] = {"source", "size", "rules", "moves", "to-move", "search", "think"};
        std::string_view vals[7];
        for (int k = 0; k < 7; ++k) {
            size_t li = i + 1 + size_t(k);
            if (li >= lines.size()) return partial();
            auto v = value(li, keys[k]);
            if (!v) return fail(li, std::string("expected '") + keys[k] + " ...'");
            vals[k] = *v;
        }
        r.source = std::string(vals[0]);
        try {
            r.boardSize = std::stoi(std::string(vals[1]));
        } catch (...) {
            return fail(i + 2, "bad size");
        }
        if (r.boardSize < 2 || r.boardSize > 19) return fail(i + 2, "size must be 2..19");
        auto rules = Rules::parse(vals[2]);
        if (!rules) return fail(i + 3, "bad rules '" + std::string(vals[2]) + "'");
        r.rules = *rules;
        {
            std::istringstream ms{std::string(vals[3])};
            std::string c, v;
            while (ms >> c) {
                if (!(ms >> v) || (c != "B" && c != "W"))
                    return fail(i + 4, "expected moves as 'B D4 W C3 ...'");
                auto loc =
                    v == "pass" ? std::optional<Loc>(kPassLoc) : parseGtpVertex(v, r.boardSize);
                if (!loc) return fail(i + 4, "bad vertex '" + v + "'");
                r.moves.push_back({c == "B" ? kBlack : kWhite, *loc});
            }
        }
        if (vals[4] == "black")
            r.toMove = kBlack;
        else if (vals[4] == "white")
            r.toMove = kWhite;
        else
            return fail(i + 5, "expected 'to-move black' or 'to-move white'");
        {
            std::string s(vals[5]);
            size_t sp = s.find(' ');
            try {
                r.visits = std::stoi(s.substr(0, sp));
            } catch (...) {
                return fail(i + 6, "expected 'search VISITS EVALUATOR'");
            }
            r.evaluator = sp == std::string::npos ? "" : s.substr(sp + 1);
        }
        int count = 0;
        try {
            count = std::stoi(std::string(vals[6]));
        } catch (...) {
            return fail(i + 7, "expected 'think LINES'");
        }
        if (count < 1 || count > 10000) return fail(i + 7, "bad think line count");
        size_t first = i + 8, endLine = first + size_t(count);
        if (endLine >= lines.size()) return partial();
        for (size_t k = first; k < endLine; ++k) {
            if (k > first) r.think += '\n';
            r.think += lines[k];
        }
        if (lines[endLine] != "end") return fail(endLine, "expected 'end'");
        out.push_back(std::move(r));
        i = endLine + 1;
    }
}

std::optional<std::vector<TraceRecord>> readTraceFile(const std::string& path, std::string* error,
                                                      size_t* truncatedAt) {
    const std::optional<std::string> text = readWholeFile(path, error);
    if (!text) return std::nullopt;
    return parseTraceFile(*text, path, error, truncatedAt);
}

}  // namespace m37::reason
