#pragma once
// MatchRunner: plays a match between two GTP engines (any two command lines)
// with move37's own GameState as referee. Colours alternate: engine 1 takes
// Black in games 1, 3, 5, ... Before each game both engines get boardsize,
// clear_board (required) and komi, kgs-rules (optional: a refusal is
// ignored). Every genmove answer is checked: `resign` ends the game; an
// unreadable answer or an illegal move (under the match rules, superko
// included) loses the game; so does a crash or a timeout (the engine is
// restarted for the next game), and so does refusing, in `play`, a move the
// referee accepted. Two passes in a row end the game, and so does the move
// cap; the referee then scores the position with its own rules engine.
//
// Dead stones at the end: both engines are asked `final_status_list dead`;
// when both answer and their lists name the same stones, that list is used
// ("agreed"); otherwise (an engine lacks the command, fails, or they
// disagree) the referee's own estimate (engine/search/dead_stones.h, Benson
// plus playouts, seeded by the match seed and the game number) decides
// ("estimate"). Each game record says which.
//
// Interruption: `interrupts` (set from a SIGINT handler) is read between
// moves: 1 lets the current game finish and then stops the match; 2 or more
// abandons the current game at once. A game abandoned, or one in which an
// engine died after an interrupt (a terminal's Ctrl-C reaches the engines
// too), is not counted.
// Threading: one thread; `interrupts` may be written from any thread or a
// signal handler.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/go/atomic_file.h"  // writeFileAtomically, which saves the game records
#include "engine/go/game_state.h"
#include "engine/go/rules.h"
#include "engine/train/gtp_player.h"
#include "engine/train/match_stats.h"

namespace m37::train {

struct MatchParams {
    std::vector<std::string> engine1;  // argv of each engine
    std::vector<std::string> engine2;
    int games = 2;
    int boardSize = 9;
    Rules rules = *Rules::preset("chinese");  // komi included
    std::string sgfDir;                       // empty: no SGF written
    int maxMoves = 0;                         // 0: 3 * size * size
    int timeoutMs = 60000;                    // per GTP command
    int startTimeoutMs = 60000;               // first answer after a (re)start (nets load slowly)
    uint64_t seed = 1;                        // referee's dead-stone estimate
    int deadStonePlayouts = 400;
    int maxStartFailures = 3;  // an engine that cannot start this often stops the match

    int effectiveMaxMoves() const { return maxMoves > 0 ? maxMoves : 3 * boardSize * boardSize; }
};

enum class GameEnd {
    kScored,   // two passes, scored by the referee
    kMoveCap,  // move cap reached, scored by the referee
    kResign,
    kIllegalMove,
    kBadAnswer,    // genmove failed, answered no move, or output no GTP answer
    kRefusedMove,  // `play` of a legal move refused by the other engine
    kSetupFailed,  // boardsize / clear_board refused
    kTimeout,
    kCrash,
    kAbandoned,  // interrupted; not counted
};
const char* toString(GameEnd e);

struct GameRecord {
    int index = 0;  // 0-based
    bool engine1Black = true;
    int winner = 0;  // 1 or 2; 0: draw (or not counted)
    Color winnerColor = kEmpty;
    GameEnd end = GameEnd::kScored;
    std::string detail;  // e.g. "illegal move D4 (occupied)"
    std::string result;  // SGF RE: "B+3.5", "W+R", "B+T", "W+F", "0", "Void"
    int moves = 0;
    std::string deadStones;  // "agreed", "estimate" or "" (game not scored)
    std::string sgfPath;     // "" when not written
    double seconds = 0;
    bool counted = true;  // false: abandoned, not in the tally
};

class MatchRunner {
  public:
    explicit MatchRunner(MatchParams params);
    ~MatchRunner();

    // Starts both engines and asks their names. False (and *error) when one
    // cannot start or the parameters are unusable.
    bool start(std::string* error);
    // Plays the whole match; onGame after each game. Stops early on an
    // interrupt or when an engine cannot be (re)started (then *error is set
    // and the tally holds the games played so far).
    MatchTally run(const std::function<void(const GameRecord&, const MatchTally&)>& onGame,
                   const std::atomic<int>* interrupts, std::string* error);
    // One game (0-based index: colours alternate with it).
    GameRecord playGame(int index, const std::atomic<int>* interrupts);

    const GtpPlayer& engine1() const { return e1_; }
    const GtpPlayer& engine2() const { return e2_; }
    const MatchParams& params() const { return params_; }
    // Set when an engine could not be restarted (the match cannot go on).
    const std::string& fatalError() const { return fatal_; }

  private:
    bool setUp(GtpPlayer& p, GameRecord& rec, Color color);
    void scoreGame(const GameState& state, GtpPlayer& black, GtpPlayer& white, GameRecord& rec);
    void saveSgf(const GameState& state, const GtpPlayer& black, const GtpPlayer& white,
                 GameRecord& rec);

    MatchParams params_;
    GtpPlayer e1_;
    GtpPlayer e2_;
    std::string fatal_;
};

}  // namespace m37::train
