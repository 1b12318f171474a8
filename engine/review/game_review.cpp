#include "engine/review/game_review.h"

#include <algorithm>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_game.h"

namespace m37 {

const char* moveCategoryName(MoveCategory c) {
    switch (c) {
        case MoveCategory::kGood:
            return "good";
        case MoveCategory::kSlight:
            return "slight";
        case MoveCategory::kInaccuracy:
            return "inaccuracy";
        case MoveCategory::kMistake:
            return "mistake";
        case MoveCategory::kBadMistake:
            return "bad mistake";
        case MoveCategory::kBlunder:
            return "blunder";
    }
    return "?";
}

namespace {

PositionValue toView(const AnalysisSnapshot& s, Color c, float winrate, std::optional<float> lead) {
    if (s.toMove != c) {
        winrate = 1.0f - winrate;
        if (lead) lead = -*lead;
    }
    return {winrate, lead};
}

// The category of a loss against ascending thresholds (kGood below the first).
MoveCategory categoryOf(float loss, const std::vector<float>& thresholds) {
    int steps = 0;
    for (float t : thresholds)
        if (loss >= t) ++steps;
    return MoveCategory(std::min(steps, kMoveCategoryCount - 1));
}

}  // namespace

std::optional<float> humanPriorOf(const AnalysisSnapshot& s, Loc m) {
    const int n = s.boardSize;
    if (s.humanPolicy.size() == size_t(n * n + 1) && m != kNullLoc) {
        const size_t i = m == kPassLoc ? size_t(n * n) : size_t(locY(m, n) * n + locX(m, n));
        return s.humanPolicy[i];
    }
    for (const CandidateMove& c : s.candidates)
        if (c.move == m) return c.humanPrior;
    return std::nullopt;
}

PositionValue rootValue(const AnalysisSnapshot& s, Color c) {
    return toView(s, c, s.rootWinrate, s.rootScoreLead);
}

MoveCategory classifyMove(std::optional<float> pointsLost, float winrateLost, bool playedBest,
                          const ReviewThresholds& t) {
    if (playedBest && t.bestMoveIsGood) return MoveCategory::kGood;
    if (pointsLost) return categoryOf(*pointsLost, t.points);
    return categoryOf(winrateLost, t.winrate);
}

MoveReview reviewMove(const AnalysisSnapshot& before, const AnalysisSnapshot* after,
                      MoveRecord move, const ReviewThresholds& t) {
    MoveReview r;
    r.color = move.color;
    r.move = move.loc;
    const PositionValue b = rootValue(before, move.color);
    r.winrateBefore = b.winrate;
    r.scoreBefore = b.lead;
    if (!before.candidates.empty()) r.bestMove = before.candidates.front().move;
    const CandidateMove* played = nullptr;
    for (size_t i = 0; i < before.candidates.size(); ++i) {
        if (before.candidates[i].move == move.loc) {
            played = &before.candidates[i];
            r.playedRank = int(i) + 1;
            break;
        }
    }
    if (after) {
        const PositionValue a = rootValue(*after, move.color);
        r.winrateAfter = a.winrate;
        r.scoreAfter = a.lead;
    } else if (played && played->visits > 0 && before.toMove == move.color) {
        r.winrateAfter = played->winrate;
        r.scoreAfter = played->scoreLead;
    } else {
        r.winrateAfter = r.winrateBefore;
        r.scoreAfter = r.scoreBefore;
    }
    r.winrateLost = r.winrateBefore - r.winrateAfter;
    if (r.scoreBefore && r.scoreAfter) r.pointsLost = *r.scoreBefore - *r.scoreAfter;
    r.category = classifyMove(r.pointsLost, r.winrateLost, r.playedRank == 1, t);
    r.humanPriorPlayed = humanPriorOf(before, move.loc);
    if (r.bestMove != kNullLoc) r.humanPriorBest = humanPriorOf(before, r.bestMove);
    return r;
}

std::vector<GameState> linePositions(const GameState& end) {
    std::vector<GameState> out;
    GameState g = end;
    out.push_back(g);
    // Undo down to the position before the first move (setup kept). Each
    // position gets the colour of the move played from it as the side to
    // move (records may let a colour play twice).
    while (g.moveNumber() > 0) {
        const MoveRecord next = g.moves().back();
        if (!g.undo()) break;
        out.push_back(g);
        if (out.back().moveNumber() + 1 == int(out[out.size() - 2].moveNumber()) &&
            out.back().toMove() != next.color)
            out.back().setToMove(next.color);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<GameState> mainLinePositions(const SgfNode& root, std::string* error) {
    SgfReplay r = replaySgfGame(root);
    if (!r.ok) {
        if (error) *error = r.error;
        return {};
    }
    return linePositions(r.state);
}

PositionReview reviewPosition(int index, const GameState& g, const AnalysisSnapshot& s) {
    PositionReview p;
    p.index = index;
    p.moveNumber = g.moveNumber();
    p.toMove = g.toMove();
    p.analysed = true;
    const PositionValue v = rootValue(s, kBlack);
    p.blackWinrate = v.winrate;
    p.blackScoreLead = v.lead;
    p.visits = s.rootVisits;
    return p;
}

std::optional<MoveRecord> moveBetween(const GameState& a, const GameState& b) {
    if (b.moveNumber() != a.moveNumber() + 1 || b.historySize() != a.historySize() + 1)
        return std::nullopt;
    return b.moves().back();
}

GameReview reviewGame(const std::vector<GameState>& line, SearchEngine& engine,
                      const ReviewParams& params, const ReviewCallbacks& callbacks,
                      const std::atomic<bool>* cancel) {
    GameReview review;
    const int total = int(line.size());
    review.positions.resize(line.size());
    for (int i = 0; i < total; ++i) {
        review.positions[size_t(i)].index = i;
        review.positions[size_t(i)].moveNumber = line[size_t(i)].moveNumber();
        review.positions[size_t(i)].toMove = line[size_t(i)].toMove();
    }
    auto cancelled = [&] { return cancel && cancel->load(); };
    SearchLimits limits;
    limits.visits = std::max<int64_t>(1, params.visits);
    // The poll callback runs on the engine's controller thread: stop() may
    // be called from there.
    auto poll = [&engine, cancel](const AnalysisSnapshot&) {
        if (cancel && cancel->load()) engine.stop();
    };
    for (int i = 0; i < total; ++i) {
        if (cancelled()) break;
        const GameState& g = line[size_t(i)];
        engine.start(g, limits, poll, std::max(1, params.pollMs));
        engine.wait();
        if (cancelled()) break;  // an interrupted search is not a result
        review.snapshots.push_back(engine.lastSnapshot());
        const AnalysisSnapshot& s = review.snapshots.back();
        review.positions[size_t(i)] = reviewPosition(i, g, s);
        if (callbacks.snapshot) callbacks.snapshot(i, s);
        if (callbacks.position) callbacks.position(review.positions[size_t(i)]);
        if (i > 0) {
            if (auto m = moveBetween(line[size_t(i - 1)], g)) {
                MoveReview r =
                    reviewMove(review.snapshots[size_t(i - 1)], &s, *m, params.thresholds);
                r.index = i - 1;
                r.moveNumber = g.moveNumber();
                review.moves.push_back(r);
                if (callbacks.move) callbacks.move(r);
            }
        }
        if (callbacks.progress) callbacks.progress(i + 1, total);
    }
    review.cancelled = cancelled() && int(review.snapshots.size()) < total;
    return review;
}

}  // namespace m37
