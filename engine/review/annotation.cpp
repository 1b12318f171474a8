#include "engine/review/annotation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/review/annotation_values.h"

namespace m37 {

using namespace annotation_values;

namespace {

constexpr std::string_view kBegin = "--- move37 ---";
constexpr std::string_view kEnd = "--- /move37 ---";
constexpr std::string_view kVariationName = "move37 best line";

std::string categoryToken(MoveCategory c) {
    std::string s = moveCategoryName(c);
    std::replace(s.begin(), s.end(), ' ', '-');
    return s;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

const char* sideName(Color c) {
    return c == kBlack ? "Black" : "White";
}

// ---- comments ------------------------------------------------------------

// The comment without its move37 block (the text before and after it).
std::string withoutBlock(std::string_view c) {
    return withoutCommentBlock(c, kBegin, kEnd);
}

// One blank line between the user's text and the block, however many line
// ends the text had (withoutBlock trims them the same way, so writing again
// gives the same comment).
void appendBlock(SgfNode& n, const std::string& text) {
    std::string c(n.value("C"));
    while (!c.empty() && c.back() == '\n') c.pop_back();
    std::string block = std::string(kBegin) + "\n" + text + "\n" + std::string(kEnd);
    n.set("C", c.empty() ? block : c + "\n\n" + block);
}

// ---- main line -----------------------------------------------------------

template <class Node>
std::vector<Node*> positionNodes(Node& root, size_t positions, std::string* error) {
    std::vector<Node*> moves;
    Node* n = &root;
    Node* last = n;
    while (n) {
        if (n->has("B") || n->has("W")) moves.push_back(n);
        last = n;
        Node* next = n->child(0);
        if (next && next->has("MZL")) {
            // An analysis line is never the game: clearing it would make the
            // next variation the main line, a different game.
            if (error)
                *error = "after move " + std::to_string(moves.size()) +
                         " the main line goes into a move37 best line (MZL); make the game's "
                         "own continuation the first variation";
            return {};
        }
        n = next;
    }
    if (moves.size() + 1 != positions) {
        if (error)
            *error = "the main line has " + std::to_string(moves.size()) +
                     " moves but the game replays to " + std::to_string(positions) +
                     " positions (setup in the middle of the game?)";
        return {};
    }
    if (!moves.empty() && !moves.front()->parent()) {
        // The position before the first move has no node to hold its analysis.
        if (error) *error = "the root node holds a move (B/W); annotation needs a root without one";
        return {};
    }
    std::vector<Node*> out;
    out.push_back(moves.empty() ? last : moves.front()->parent());
    out.insert(out.end(), moves.begin(), moves.end());
    return out;
}

// The properties of an annotation (SGF property names are upper-case
// letters only: "MZ" stands for move37).
bool isOurProperty(std::string_view id) {
    for (std::string_view p : {"SBKV", "MZV", "MZA", "MZC", "MZM", "MZK", "MZR", "MZL"})
        if (id == p) return true;
    return false;
}

bool isMoveMarkup(std::string_view id) {
    return id == "BM" || id == "DO" || id == "IT" || id == "TE";
}

}  // namespace

std::string withoutCommentBlock(std::string_view c, std::string_view beginPrefix,
                                std::string_view end) {
    // One pass: the text between blocks, each without the line ends at its
    // edges, joined by blank lines. The text after a block starts a line.
    std::string out;
    size_t pos = 0;
    auto keep = [&](std::string_view part) {
        while (!part.empty() && part.back() == '\n') part.remove_suffix(1);
        if (part.empty()) return;
        if (!out.empty()) out += "\n\n";
        out += part;
    };
    while (true) {
        size_t b = c.find(beginPrefix, pos);
        while (b != std::string_view::npos && b != pos && c[b - 1] != '\n')
            b = c.find(beginPrefix, b + 1);
        if (b == std::string_view::npos) {
            if (pos == 0) return std::string(c);
            keep(c.substr(pos));
            return out;
        }
        keep(c.substr(pos, b - pos));
        const size_t e = c.find(end, b);
        pos = e == std::string_view::npos ? c.size() : e + end.size();
        while (pos < c.size() && c[pos] == '\n') ++pos;
    }
}

// ---- info ----------------------------------------------------------------

std::string AnnotationInfo::toText() const {
    auto clean = [](std::string s) {
        std::replace(s.begin(), s.end(), ';', ',');
        return s;
    };
    std::string t = clean(engine) + "; net " + clean(network);
    if (!humanNetwork.empty()) t += "; human " + clean(humanNetwork);
    t += "; visits " + std::to_string(visits);
    if (!date.empty()) t += "; " + clean(date);
    return t;
}

std::optional<AnnotationInfo> AnnotationInfo::parse(std::string_view text) {
    std::vector<std::string> fields;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(';', start);
        if (end == std::string_view::npos) end = text.size();
        std::string f(text.substr(start, end - start));
        while (!f.empty() && std::isspace(static_cast<unsigned char>(f.front()))) f.erase(0, 1);
        while (!f.empty() && std::isspace(static_cast<unsigned char>(f.back()))) f.pop_back();
        fields.push_back(f);
        start = end + 1;
    }
    if (fields.size() < 3 || fields[0].empty()) return std::nullopt;
    AnnotationInfo info;
    info.engine = fields[0];
    bool haveNet = false, haveVisits = false;
    for (size_t i = 1; i < fields.size(); ++i) {
        const std::string& f = fields[i];
        if (f.rfind("net ", 0) == 0) {
            info.network = f.substr(4);
            haveNet = true;
        } else if (f.rfind("human ", 0) == 0) {
            info.humanNetwork = f.substr(6);
        } else if (f.rfind("visits ", 0) == 0) {
            auto v = parseCount(f.substr(7));
            if (!v) return std::nullopt;
            info.visits = *v;
            haveVisits = true;
        } else if (i + 1 == fields.size()) {
            info.date = f;
        } else {
            return std::nullopt;
        }
    }
    if (!haveNet || !haveVisits) return std::nullopt;
    return info;
}

std::string AnnotationWarning::toString() const {
    return "move " + std::to_string(moveNumber) + ", " + property + ": " + message;
}

// ---- reviewing -----------------------------------------------------------

int ReviewedLine::analysedCount() const {
    return int(std::count_if(snapshots.begin(), snapshots.end(),
                             [](const auto& s) { return s.has_value(); }));
}

ReviewedLine reviewLine(const std::vector<GameState>& line,
                        std::vector<std::optional<AnalysisSnapshot>> snapshots,
                        const ReviewThresholds& thresholds,
                        const std::vector<std::optional<float>>& playedHuman) {
    ReviewedLine r;
    const size_t n = line.size();
    r.snapshots = std::move(snapshots);
    r.snapshots.resize(n);
    r.playedHumanPrior.resize(n);
    r.positions.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (r.snapshots[i]) {
            r.positions[i] = reviewPosition(int(i), line[i], *r.snapshots[i]);
        } else {
            r.positions[i].index = int(i);
            r.positions[i].moveNumber = line[i].moveNumber();
            r.positions[i].toMove = line[i].toMove();
        }
        if (i < playedHuman.size() && playedHuman[i]) {
            r.playedHumanPrior[i] = playedHuman[i];
        } else if (i + 1 < n && r.snapshots[i]) {
            if (auto m = moveBetween(line[i], line[i + 1]))
                r.playedHumanPrior[i] = humanPriorOf(*r.snapshots[i], m->loc);
        }
    }
    for (size_t i = 1; i < n; ++i) {
        if (!r.snapshots[i - 1] || !r.snapshots[i]) continue;
        auto m = moveBetween(line[i - 1], line[i]);
        if (!m) continue;
        MoveReview mr = reviewMove(*r.snapshots[i - 1], &*r.snapshots[i], *m, thresholds);
        mr.index = int(i - 1);
        mr.moveNumber = line[i].moveNumber();
        if (!mr.humanPriorPlayed) mr.humanPriorPlayed = r.playedHumanPrior[i - 1];
        r.moves.push_back(mr);
    }
    return r;
}

std::vector<SgfNode*> linePositionNodes(SgfNode& root, size_t positions, std::string* error) {
    return positionNodes<SgfNode>(root, positions, error);
}

// ---- clearing ------------------------------------------------------------

void clearAnnotation(SgfNode& root) {
    std::vector<SgfNode*> todo{&root};
    while (!todo.empty()) {
        SgfNode* n = todo.back();
        todo.pop_back();
        // Analysis variations go as a whole.
        for (size_t i = n->childCount(); i-- > 0;)
            if (n->child(i)->has("MZL")) n->takeChild(i);
        for (size_t i = 0; i < n->childCount(); ++i) todo.push_back(n->child(i));
        // The markup this annotation added (recorded in MZR).
        if (const SgfProperty* rec = n->find("MZR")) {
            const std::vector<std::string> added = rec->values;
            for (const std::string& a : added) {
                if (a.rfind("TR:", 0) == 0) {
                    if (SgfProperty* tr = n->find("TR")) {
                        auto& v = tr->values;
                        v.erase(std::remove(v.begin(), v.end(), a.substr(3)), v.end());
                        if (v.empty()) n->remove("TR");
                    }
                } else if (a == "BM" || a == "DO" || a == "HO") {
                    n->remove(a);
                }
            }
        }
        std::vector<std::string> ours;
        for (const SgfProperty& p : n->properties())
            if (isOurProperty(p.id)) ours.push_back(p.id);
        for (const std::string& id : ours) n->remove(id);
        if (const SgfProperty* c = n->find("C")) {
            std::string kept = withoutBlock(c->values.empty() ? "" : c->values.front());
            if (kept.empty())
                n->remove("C");
            else
                n->set("C", kept);
        }
    }
}

// ---- reading -------------------------------------------------------------

namespace {

// The best line of a position from its MZL child, or empty.
std::vector<Loc> readVariation(const SgfNode& n, int size, int moveNumber,
                               std::vector<AnnotationWarning>& warnings) {
    std::vector<Loc> pv;
    for (size_t i = 0; i < n.childCount(); ++i) {
        const SgfNode* v = n.child(i);
        if (!v->has("MZL")) continue;
        while (v) {
            std::string_view id = v->has("B") ? "B" : v->has("W") ? "W" : "";
            auto loc = id.empty() ? std::nullopt : parseSgfPoint(v->value(id), size);
            if (!loc) {
                warnings.push_back({moveNumber, "MZL",
                                    "the best line has a node without a readable move; cut there"});
                break;
            }
            pv.push_back(*loc);
            v = v->child(0);
        }
        break;
    }
    return pv;
}

// The analysis of position `g` stored at node `n` (MZA, MZC and the MZL
// best line); nullopt when MZA is missing or unreadable.
std::optional<AnalysisSnapshot> readPosition(const SgfNode& n, const GameState& g,
                                             std::optional<float>* playedHuman,
                                             std::vector<AnnotationWarning>& warn) {
    const int size = g.size();
    const int moveNo = g.moveNumber();
    if (!n.has("MZA")) {
        if (n.has("MZC")) warn.push_back({moveNo, "MZC", "candidates without MZA: ignored"});
        return std::nullopt;
    }
    const std::string a(n.value("MZA"));
    std::vector<std::string> t = tokens(a);
    std::optional<int64_t> visits = t.size() >= 3 ? parseCount(t[0]) : std::nullopt;
    std::optional<float> winrate = t.size() >= 3 ? parseProbability(t[1]) : std::nullopt;
    std::optional<float> lead, human;
    if (t.size() < 3 || t.size() > 4 || !visits || !winrate || !parseOptReal(t[2], &lead) ||
        (t.size() == 4 && !parseOptProbability(t[3], &human))) {
        warn.push_back({moveNo, "MZA",
                        "unreadable '" + a +
                            "' (expected \"VISITS WINRATE SCORE [HUMAN]\"): position ignored"});
        return std::nullopt;
    }
    const bool black = g.toMove() == kBlack;
    AnalysisSnapshot s;
    s.toMove = g.toMove();
    s.boardSize = size;
    s.final = true;
    s.rootVisits = *visits;
    s.rootWinrate = black ? *winrate : 1.0f - *winrate;
    s.rootScoreLead = lead && !black ? std::optional<float>(-*lead) : lead;
    *playedHuman = human;
    if (const SgfProperty* c = n.find("MZC")) {
        for (size_t k = 0; k < c->values.size(); ++k) {
            std::vector<std::string> f = tokens(c->values[k]);
            CandidateMove cm;
            std::optional<Loc> mv = f.size() == 6 ? parseGtpVertex(f[0], size) : std::nullopt;
            std::optional<int64_t> cv = f.size() == 6 ? parseCount(f[1]) : std::nullopt;
            std::optional<float> cw = f.size() == 6 ? parseProbability(f[2]) : std::nullopt;
            std::optional<float> cp = f.size() == 6 ? parseProbability(f[4]) : std::nullopt;
            if (f.size() != 6 || !mv || !cv || *cv > INT32_MAX || !cw || !cp ||
                !parseOptReal(f[3], &cm.scoreLead) || !parseOptProbability(f[5], &cm.humanPrior)) {
                warn.push_back({moveNo, "MZC",
                                "candidate " + std::to_string(k + 1) + " unreadable '" +
                                    c->values[k] +
                                    "' (expected \"MOVE VISITS WINRATE SCORE PRIOR HUMAN\"): "
                                    "ignored"});
                continue;
            }
            if (std::any_of(s.candidates.begin(), s.candidates.end(),
                            [&](const CandidateMove& o) { return o.move == *mv; })) {
                // The first one counts (as the played move's human prior is
                // looked up), and only it can be written back.
                warn.push_back(
                    {moveNo, "MZC",
                     "candidate " + std::to_string(k + 1) + " repeats " + f[0] + ": ignored"});
                continue;
            }
            cm.move = *mv;
            cm.visits = int(*cv);
            cm.winrate = black ? *cw : 1.0f - *cw;
            if (cm.scoreLead && !black) cm.scoreLead = -*cm.scoreLead;
            cm.prior = *cp;
            cm.lcb = cm.winrate;
            cm.pv = {cm.move};
            s.candidates.push_back(cm);
        }
    }
    std::vector<Loc> pv = readVariation(n, size, moveNo, warn);
    if (!pv.empty()) {
        if (!s.candidates.empty() && pv.front() == s.candidates.front().move)
            s.candidates.front().pv = pv;
        else
            warn.push_back(
                {moveNo, "MZL", "the best line does not start with the first candidate: ignored"});
    }
    return s;
}

}  // namespace

// ---- writing -------------------------------------------------------------

namespace {

std::string candidateText(const CandidateMove& c, Color toMove, int size) {
    const bool black = toMove == kBlack;
    std::optional<float> lead = c.scoreLead;
    if (lead && !black) lead = -*lead;
    return gtpVertex(c.move, size) + " " + std::to_string(c.visits) + " " +
           fixed(black ? c.winrate : 1.0f - c.winrate, 3) + " " + optFixed(lead, 1) + " " +
           sig3(c.prior) + " " + optSig3(c.humanPrior);
}

std::string moveComment(const MoveReview& m, int size, const std::vector<const KeyMoment*>& km) {
    std::string t = std::string(sideName(m.color)) + " " + gtpVertex(m.move, size) + ": " +
                    percent(m.winrateBefore) + " \u2192 " + percent(m.winrateAfter) + " (" +
                    (m.winrateLost > 0 ? "-" : "+") + fixed(std::fabs(m.winrateLost) * 100, 1) +
                    "%)";
    if (m.pointsLost) {
        t += *m.pointsLost >= 0 ? ", lost " : ", gained ";
        t += fixed(std::fabs(*m.pointsLost), 1) + " pts";
    }
    t += ". " + capitalised(moveCategoryName(m.category)) + ".";
    if (m.bestMove != kNullLoc) {
        if (m.bestMove == m.move) {
            t += "\nEngine's choice";
            if (m.humanPriorPlayed) t += " (human prior " + priorPercent(*m.humanPriorPlayed) + ")";
            t += ".";
        } else {
            t += "\nBest: " + gtpVertex(m.bestMove, size);
            if (m.humanPriorBest) t += " (human prior " + priorPercent(*m.humanPriorBest) + ")";
            if (m.humanPriorPlayed)
                t +=
                    "; played " + gtpVertex(m.move, size) + " " + priorPercent(*m.humanPriorPlayed);
            t += ".";
        }
    }
    // The key moments by name (the figures are above).
    for (size_t i = 0; i < km.size(); ++i) {
        t.append(i == 0 ? std::string_view("\nKey moment: ") : std::string_view(", "));
        t.append(keyMomentKindName(km[i]->kind));
        if (km[i]->kind == KeyMomentKind::kTurningPoint && km[i]->leadChanged)
            t += km[i]->value > 0 ? " (Black takes the lead)" : " (White takes the lead)";
    }
    if (!km.empty()) t += ".";
    return t;
}

std::string rootComment(const ReviewedLine& r, const AnnotationInfo& info,
                        const std::vector<KeyMoment>& moments, const AnnotationParams& p,
                        int size) {
    std::string t =
        "move37 review: " + std::to_string(info.visits) + " visits, net " + info.network;
    if (!info.humanNetwork.empty()) t += ", human " + info.humanNetwork;
    t += ". " + std::to_string(r.analysedCount()) + "/" + std::to_string(r.snapshots.size()) +
         " positions analysed.";
    for (Color c : {kBlack, kWhite}) {
        int counts[kMoveCategoryCount] = {};
        for (const MoveReview& m : r.moves)
            if (m.color == c) ++counts[int(m.category)];
        t += std::string("\n") + sideName(c) + ":";
        bool any = false;
        for (int k = int(MoveCategory::kInaccuracy); k < kMoveCategoryCount; ++k) {
            if (!counts[k]) continue;
            t += std::string(any ? ", " : " ") + std::to_string(counts[k]) + " " +
                 moveCategoryName(MoveCategory(k));
            any = true;
        }
        if (!any) t += " no inaccuracy or worse";
        t += ".";
    }
    if (!moments.empty()) {
        t += "\nKey moments:";
        int shown = 0;
        for (const KeyMoment& k : moments) {
            if (shown++ == p.maxRootMoments) {
                t += "\n(";
                t += std::to_string(moments.size() - size_t(p.maxRootMoments));
                t += " more)";
                break;
            }
            t += '\n';
            t += describeKeyMoment(k, size);
        }
    }
    return t;
}

}  // namespace

bool writeAnnotation(SgfNode& root, const std::vector<GameState>& line, const ReviewedLine& r,
                     const AnnotationInfo& info, const AnnotationParams& p, std::string* error) {
    if (line.empty() || r.snapshots.size() != line.size()) {
        if (error) *error = "the review does not match the game line";
        return false;
    }
    // Found before anything changes: on error the game is left as it was.
    // Clearing keeps them (it removes only MZL variations, never on the line).
    const std::vector<SgfNode*> nodes = linePositionNodes(root, line.size(), error);
    if (nodes.empty()) return false;
    clearAnnotation(root);
    const int size = line[0].size();

    for (size_t i = 0; i < line.size(); ++i) {
        if (!r.snapshots[i]) continue;
        const AnalysisSnapshot& s = *r.snapshots[i];
        SgfNode& n = *nodes[i];
        const PositionValue black = rootValue(s, kBlack);
        // Sabaki's graph value, from the winrate as MZA prints it (the file
        // says one thing).
        const std::string printedWinrate = fixed(black.winrate, 3);
        n.set("SBKV", fixed(std::strtod(printedWinrate.c_str(), nullptr) * 100.0, 1));
        n.set("MZA", std::to_string(s.rootVisits) + " " + printedWinrate + " " +
                         optFixed(black.lead, 1) + " " + optSig3(r.playedHumanPrior[i]));
        int maxVisits = 0;
        for (const CandidateMove& c : s.candidates) maxVisits = std::max(maxVisits, c.visits);
        std::vector<std::string> cands;
        for (size_t k = 0; k < s.candidates.size() && int(cands.size()) < p.maxCandidates; ++k) {
            const CandidateMove& c = s.candidates[k];
            if (k > 0 &&
                (c.visits <= 0 || float(c.visits) < p.minCandidateShare * float(maxVisits)))
                continue;
            cands.push_back(candidateText(c, s.toMove, size));
        }
        if (!cands.empty()) n.set("MZC", cands);
        // The best line, beside the move actually played (none after the
        // last move: it would become the main line).
        if (p.pvMoves > 0 && n.childCount() > 0 && !s.candidates.empty() &&
            !s.candidates.front().pv.empty()) {
            SgfNode* at = &n;
            Color c = line[i].toMove();
            const auto& pv = s.candidates.front().pv;
            for (size_t k = 0; k < pv.size() && int(k) < p.pvMoves; ++k) {
                SgfNode* v = at->addChild();
                v->set(c == kBlack ? "B" : "W", sgfPoint(pv[k], size));
                if (k == 0) {
                    v->set("N", std::string(kVariationName));
                    v->set("MZL", "");
                }
                at = v;
                c = opponent(c);
            }
        }
    }

    // Everything else comes from what the file now says (the values as
    // printed), so that reading the file back and writing it again gives
    // the same text.
    std::vector<std::optional<AnalysisSnapshot>> printed(line.size());
    std::vector<std::optional<float>> printedHuman(line.size());
    std::vector<AnnotationWarning> unexpected;
    for (size_t i = 0; i < line.size(); ++i)
        printed[i] = readPosition(*nodes[i], line[i], &printedHuman[i], unexpected);
    const ReviewedLine shown = reviewLine(line, std::move(printed), p.thresholds, printedHuman);
    const std::vector<KeyMoment> moments = findKeyMoments(shown.moves, p.keyMoments);
    std::map<int, std::vector<const KeyMoment*>> byIndex;
    for (const KeyMoment& k : moments) byIndex[k.index].push_back(&k);
    for (const MoveReview& m : shown.moves) {
        if (m.index + 1 >= int(nodes.size())) continue;
        SgfNode& n = *nodes[size_t(m.index + 1)];
        std::vector<std::string> added;
        n.set("MZM", categoryToken(m.category) + " " + fixed(m.winrateLost, 3) + " " +
                         optFixed(m.pointsLost, 1));
        if (m.bestMove != kNullLoc && m.bestMove != m.move && m.bestMove != kPassLoc) {
            const std::string pt = sgfPoint(m.bestMove, size);
            const SgfProperty* tr = n.find("TR");
            if (!tr || std::find(tr->values.begin(), tr->values.end(), pt) == tr->values.end()) {
                n.add("TR", pt);
                added.push_back("TR:" + pt);
            }
        }
        const bool hasMoveMarkup =
            std::any_of(n.properties().begin(), n.properties().end(),
                        [](const SgfProperty& q) { return isMoveMarkup(q.id); });
        if (!hasMoveMarkup) {
            if (m.category == MoveCategory::kInaccuracy) {
                n.set("DO", "");
                added.push_back("DO");
            } else if (m.category == MoveCategory::kMistake ||
                       m.category == MoveCategory::kBadMistake) {
                n.set("BM", "1");
                added.push_back("BM");
            } else if (m.category == MoveCategory::kBlunder) {
                n.set("BM", "2");
                added.push_back("BM");
            }
        }
        const auto km = byIndex.find(m.index);
        std::vector<const KeyMoment*> here;
        if (km != byIndex.end()) {
            here = km->second;
            std::vector<std::string> kinds;
            for (const KeyMoment* k : here)
                kinds.push_back(k->kind == KeyMomentKind::kSurprise  ? "surprise"
                                : k->kind == KeyMomentKind::kMistake ? "mistake"
                                                                     : "turning");
            n.set("MZK", kinds);
            if (!n.has("HO")) {
                n.set("HO", "1");
                added.push_back("HO");
            }
        }
        if (!added.empty()) n.set("MZR", added);
        appendBlock(n, moveComment(m, size, here));
    }
    root.set("MZV", info.toText());
    appendBlock(root, rootComment(shown, info, moments, p, size));
    return true;
}

AnnotationRead readAnnotation(const SgfNode& root, const AnnotationParams& p) {
    AnnotationRead out;
    std::string error;
    out.line = mainLinePositions(root, &error);
    if (out.line.empty()) {
        out.error = error.empty() ? "the game cannot be replayed" : error;
        return out;
    }
    std::vector<const SgfNode*> nodes = positionNodes<const SgfNode>(root, out.line.size(), &error);
    if (nodes.empty()) {
        out.error = error;
        return out;
    }
    out.ok = true;
    if (root.has("MZV")) {
        out.info = AnnotationInfo::parse(root.value("MZV"));
        if (!out.info)
            out.warnings.push_back({0, "MZV",
                                    "unreadable '" + std::string(root.value("MZV")) +
                                        "' (expected \"ENGINE; net NAME; visits N; DATE\")"});
    }
    std::vector<std::optional<AnalysisSnapshot>> snapshots(out.line.size());
    std::vector<std::optional<float>> playedHuman(out.line.size());
    auto& warn = out.warnings;
    for (size_t i = 0; i < nodes.size(); ++i) {
        const SgfNode& n = *nodes[i];
        const GameState& g = out.line[i];
        auto s = readPosition(n, g, &playedHuman[i], warn);
        if (!s) continue;
        snapshots[i] = std::move(*s);
    }
    out.review = reviewLine(out.line, std::move(snapshots), p.thresholds, playedHuman);
    out.keyMoments = findKeyMoments(out.review.moves, p.keyMoments);
    return out;
}

}  // namespace m37
