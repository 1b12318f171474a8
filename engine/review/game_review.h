#pragma once
// Game review: what a search says about each move of a game line — the
// mover's winrate and score lead before and after the move, what the move
// lost, the engine's best move and the rank of the move played, and a
// KaTrain-like category (points lost against thresholds 0.5 / 1.5 / 3 / 6 /
// 12; winrate lost when no score lead is known). reviewMove() and
// classifyMove() are pure functions over AnalysisSnapshots (hand-made ones
// in tests, stored ones when re-reading an annotated file); reviewGame()
// is the driver that runs a SearchEngine on every position of a line with
// a visit limit, reports progress and can be cancelled. The GUI's "analyse
// whole game" and the batch `analyze` command share it.
// Threading: the pure functions are safe from any thread. reviewGame()
// blocks the calling thread (run it in a worker) and owns the engine it is
// given while it runs; `cancel` may be set from any thread; the callbacks
// run on the calling thread, between searches.
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/search/analysis_snapshot.h"
#include "engine/search/search_engine.h"
#include "engine/sgf/sgf_tree.h"

namespace m37 {

// How bad a move was, best first (KaTrain's colour steps).
enum class MoveCategory { kGood, kSlight, kInaccuracy, kMistake, kBadMistake, kBlunder };
constexpr int kMoveCategoryCount = 6;
// "good", "slight", "inaccuracy", "mistake", "bad mistake", "blunder".
const char* moveCategoryName(MoveCategory c);

// The thresholds of the categories: a loss at or above thresholds[i] is at
// least category i + 1 (kSlight for i = 0 ... kBlunder for i = 4).
struct ReviewThresholds {
    // Points lost (score lead), KaTrain's defaults.
    std::vector<float> points{0.5f, 1.5f, 3.0f, 6.0f, 12.0f};
    // Winrate lost (0..1), used when a side of the move has no score lead.
    std::vector<float> winrate{0.02f, 0.05f, 0.10f, 0.20f, 0.35f};
    // The engine's own first choice is never worse than kGood (a loss there
    // is search noise).
    bool bestMoveIsGood = true;
};

// One position of the line as the search saw it (for graphs).
struct PositionReview {
    int index = 0;       // in the line
    int moveNumber = 0;  // moves played before this position
    Color toMove = kBlack;
    bool analysed = false;  // false: cancelled before this position
    float blackWinrate = 0.5f;
    std::optional<float> blackScoreLead;
    int64_t visits = 0;
};

// One move of the line: played from position `index` to `index + 1`.
// Winrates and leads are from the mover's view.
struct MoveReview {
    int index = 0;       // position before the move
    int moveNumber = 0;  // 1-based number of the move in the game
    Color color = kBlack;
    Loc move = kPassLoc;
    float winrateBefore = 0.5f;
    float winrateAfter = 0.5f;
    float winrateLost = 0;  // before - after (negative: the move gained)
    std::optional<float> scoreBefore, scoreAfter, pointsLost;
    Loc bestMove = kNullLoc;        // the engine's choice (kNullLoc: none)
    std::optional<int> playedRank;  // 1-based among the candidates; none: not searched
    MoveCategory category = MoveCategory::kGood;
    // The human policy's prior of the move played and of the engine's
    // choice (none without a human-policy evaluator).
    std::optional<float> humanPriorPlayed, humanPriorBest;
};

// What an analysed position is worth to colour c (winrate in [0,1], score
// lead in points when known).
struct PositionValue {
    float winrate = 0.5f;
    std::optional<float> lead;
};
// The root's mean values (KaTrain's "root info") in c's view: a move's
// "before" and "after" values, and the graph's points. (The best
// candidate's value would be biased upwards by the choice among noisy
// estimates: with rollouts on 19x19 it made most moves look like blunders.)
// The root's mean counts the search's exploration too, so a rollout search
// (no network) needs a few hundred visits: on 9x9 a move that gives away 15
// stones shows 16-22 points lost at 400 visits, but only 0-5 at 100.
PositionValue rootValue(const AnalysisSnapshot& s, Color c);

MoveCategory classifyMove(std::optional<float> pointsLost, float winrateLost, bool playedBest,
                          const ReviewThresholds& t);

// The review of `move` (played by `color`) from the position analysed in
// `before` (the mover to play) to the one analysed in `after` (nullptr at
// the end of the line: the played candidate's own values from `before` are
// used when it was searched, else the move counts as lost nothing).
MoveReview reviewMove(const AnalysisSnapshot& before, const AnalysisSnapshot* after,
                      MoveRecord move, const ReviewThresholds& t);

// The human policy's prior of `m` in `s`: from the whole-board map when the
// snapshot has one, else from its candidates (none when unknown).
std::optional<float> humanPriorOf(const AnalysisSnapshot& s, Loc m);

// The graph point of position `index` of a line (`g`) analysed in `s`.
PositionReview reviewPosition(int index, const GameState& g, const AnalysisSnapshot& s);
// The move from `a` to `b` when they are exactly one move apart.
std::optional<MoveRecord> moveBetween(const GameState& a, const GameState& b);

// The positions of a line, each one move or setup apart, recovered from the
// history of its last position (undo): from the position before the first
// move (setup and handicap included) to `end`. The side to move of each is
// the colour of the move played from it.
std::vector<GameState> linePositions(const GameState& end);
// The same for the main line of an SGF game (replaySgfGame); empty with
// `error` set when the game cannot be replayed.
std::vector<GameState> mainLinePositions(const SgfNode& root, std::string* error);

struct ReviewParams {
    int64_t visits = 400;  // root visits per position (tree reuse included)
    ReviewThresholds thresholds;
    int pollMs = 50;  // how often a running search checks `cancel`
};

struct GameReview {
    std::vector<PositionReview> positions;    // one per position of the line
    std::vector<MoveReview> moves;            // one per move between analysed positions
    std::vector<AnalysisSnapshot> snapshots;  // final snapshot of each analysed position
    bool cancelled = false;
};

struct ReviewCallbacks {
    // After each position: positions done (1..total) and total.
    std::function<void(int done, int total)> progress;
    std::function<void(const PositionReview&)> position;
    // A move as soon as the positions on both sides of it are analysed.
    std::function<void(const MoveReview&)> move;
    // The final snapshot of position `index` as soon as it is analysed (the
    // batch `analyze` saves its work from here).
    std::function<void(int index, const AnalysisSnapshot&)> snapshot;
};

// Searches every position of `line` in order with `engine` (its tree is
// reused from one position to the next) and reviews each move. Stops early,
// with cancelled set, when `cancel` becomes true (checked between positions
// and every pollMs during a search).
GameReview reviewGame(const std::vector<GameState>& line, SearchEngine& engine,
                      const ReviewParams& params, const ReviewCallbacks& callbacks = {},
                      const std::atomic<bool>* cancel = nullptr);

}  // namespace m37
