#include "engine/gtp/gtp_analysis.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_args.h"

namespace m37::gtp {

namespace {

bool isInteger(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit((unsigned char)c); });
}

// Leela Zero and KataGo write a pass as "pass" in analysis lines.
std::string vertex(Loc l, int size) {
    return l == kPassLoc ? std::string("pass") : gtpVertex(l, size);
}

std::string pvText(const CandidateMove& c, int size) {
    std::string s;
    for (Loc l : c.pv) {
        if (!s.empty()) s += ' ';
        s += vertex(l, size);
    }
    return s;
}

}  // namespace

std::optional<AnalyzeArgs> parseAnalyzeArgs(const std::vector<std::string>& a, int boardSize,
                                            bool kata) {
    AnalyzeArgs r;
    size_t i = 0;
    if (i < a.size() && parseColor(a[i])) r.color = *parseColor(a[i++]);
    if (i < a.size() && isInteger(a[i])) {
        auto v = parseInt(a[i++], 0, 1 << 24);
        if (!v) return std::nullopt;
        r.intervalCs = *v;
    }
    while (i < a.size()) {
        std::string key = lower(a[i++]);
        auto next = [&]() -> std::optional<std::string> {
            if (i >= a.size()) return std::nullopt;
            return a[i++];
        };
        if (key == "interval" || key == "minmoves" || key == "maxmoves") {
            auto v = next();
            auto n = v ? parseInt(*v, 0, 1 << 24) : std::nullopt;
            if (!n) return std::nullopt;
            (key == "interval" ? r.intervalCs : key == "minmoves" ? r.minMoves : r.maxMoves) = *n;
        } else if (key == "avoid" || key == "allow") {
            auto c = next(), verts = next(), depth = next();
            if (!c || !verts || !depth || !parseColor(*c) || !parseInt(*depth, 0, 1 << 24))
                return std::nullopt;
            std::vector<Loc> locs;
            std::string v;
            std::stringstream ss(*verts);
            while (std::getline(ss, v, ',')) {
                if (v.empty()) continue;
                auto l = parseGtpVertex(v, boardSize);
                if (!l) return std::nullopt;
                locs.push_back(*l);
            }
            // Restrictions apply to that colour's moves at the root (depth 1).
            auto& dst = key == "avoid" ? r.avoid : r.allow;
            for (Loc l : locs) dst.push_back({*parseColor(*c), l});
        } else if (kata && (key == "ownership" || key == "ownershipstdev" || key == "pvvisits" ||
                            key == "pvedgevisits" || key == "movesownership" ||
                            key == "movesownershipstdev" || key == "rootinfo")) {
            auto v = next();
            if (!v || (*v != "true" && *v != "false")) return std::nullopt;
            if (key == "ownership") r.ownership = *v == "true";
        } else {
            return std::nullopt;
        }
    }
    return r;
}

std::vector<const CandidateMove*> reportedMoves(const AnalysisSnapshot& s, int minMoves,
                                                int maxMoves) {
    std::vector<const CandidateMove*> out;
    for (const auto& c : s.candidates)
        if (c.visits > 0) out.push_back(&c);
    if (int(out.size()) < minMoves) {
        std::vector<const CandidateMove*> rest;
        for (const auto& c : s.candidates)
            if (c.visits == 0) rest.push_back(&c);
        std::stable_sort(rest.begin(), rest.end(),
                         [](auto* a, auto* b) { return a->prior > b->prior; });
        for (auto* c : rest) {
            if (int(out.size()) >= minMoves) break;
            out.push_back(c);
        }
    }
    if (maxMoves > 0 && int(out.size()) > maxMoves) out.resize(size_t(maxMoves));
    return out;
}

std::string lzInfoLine(const AnalysisSnapshot& s, int minMoves, int maxMoves) {
    std::string line;
    int order = 0;
    for (const CandidateMove* c : reportedMoves(s, minMoves, maxMoves)) {
        if (order > 0) line += ' ';
        line += "info move " + vertex(c->move, s.boardSize) + " visits " +
                std::to_string(c->visits) + " winrate " +
                std::to_string(static_cast<int>(c->winrate * 10000)) + " prior " +
                std::to_string(static_cast<int>(c->prior * 10000.0f)) + " lcb " +
                std::to_string(static_cast<int>(std::max(0.0f, c->lcb) * 10000)) + " order " +
                std::to_string(order) + " pv " + pvText(*c, s.boardSize);
        ++order;
    }
    return line;
}

std::string kataFloat(double v) {
    std::ostringstream o;
    o << v;
    return o.str();
}

std::string kataInfoLine(const AnalysisSnapshot& s, int minMoves, int maxMoves, bool ownership) {
    std::string line;
    int order = 0;
    for (const CandidateMove* c : reportedMoves(s, minMoves, maxMoves)) {
        if (order > 0) line += ' ';
        const double wr = c->visits > 0 ? c->winrate : 0.0;
        const double lcb = c->visits > 0 ? std::max(-1.0f, c->lcb) : 0.0;
        line += "info move " + vertex(c->move, s.boardSize) + " visits " +
                std::to_string(c->visits) + " utility " + kataFloat(2 * wr - 1) + " winrate " +
                kataFloat(wr);
        if (c->scoreLead)
            line += " scoreMean " + kataFloat(*c->scoreLead) + " scoreStdev 0 scoreLead " +
                    kataFloat(*c->scoreLead);
        line += " prior " + kataFloat(c->prior);
        if (c->humanPrior) line += " humanPrior " + kataFloat(*c->humanPrior);
        line += " lcb " + kataFloat(lcb) + " utilityLcb " + kataFloat(2 * lcb - 1) + " order " +
                std::to_string(order) + " pv " + pvText(*c, s.boardSize);
        ++order;
    }
    if (ownership && !line.empty() && !s.ownership.empty()) {
        const float sign = s.toMove == kBlack ? 1.0f : -1.0f;
        line += " ownership";
        for (float o : s.ownership) line += " " + kataFloat(sign * o);
    }
    return line;
}

}  // namespace m37::gtp
