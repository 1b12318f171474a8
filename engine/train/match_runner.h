#pragma once
// MatchRunner: plays a match between two GTP engines (any two command lines)
// with move37's own GameState as referee. Colours alternate: engine 1 takes
// Black in games 1, 3, 5, ... Before each game both engines get boardsize,
// clear_board (required) and komi, kgs-rules and GNU Go's set_random_seed
// (optional: a refusal is ignored); the seed comes from the match seed, the
// game number and the engine (matchEngineSeed), so engines started alike
// still play different games, and game i gets the same seeds whichever
// engine processes play it. Every genmove answer is checked: `resign` ends the game; an
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
// Concurrency: with params.concurrency = N > 1 the match plays N games at
// once, each pair of games on a pair of engine processes of its own (N
// pairs, all started by start()); game i is the same game whichever pair
// plays it (colours and the referee's seed follow i), and the games are
// reported as they finish, so not always in number order.
// Threading: start(), run() and playGame() from one thread; run() plays on
// that thread when concurrency is 1 and on N threads of its own otherwise,
// calling onGame under a lock (one call at a time). `interrupts` may be
// written from any thread or a signal handler.
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/go/atomic_file.h"  // writeFileAtomically, which saves the game records
#include "engine/go/game_state.h"
#include "engine/go/rules.h"
#include "engine/train/gtp_player.h"
#include "engine/train/match_openings.h"
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
    uint64_t seed = 1;                        // engines' set_random_seed, referee's dead stones
    int deadStonePlayouts = 400;
    int maxStartFailures = 3;  // an engine that cannot start this often stops the match
    int concurrency = 1;       // games played at once, each by its own pair of engines
    // Positions the games start from (match_openings.h: games 2k and 2k+1
    // from opening k, colours swapped); empty: the empty board.
    std::vector<MatchOpening> openings;

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
    std::string opening;     // the opening's name, "" from the empty board
    std::string sgfPath;     // "" when not written
    double seconds = 0;
    bool counted = true;  // false: abandoned, not in the tally
};

// The set_random_seed value of engine 1 or 2 in game `game` (0-based) of a
// match seeded `matchSeed`: 0..2^31-1, as GNU Go takes.
uint32_t matchEngineSeed(uint64_t matchSeed, int game, int engine);

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
    // One game (0-based index: colours alternate with it), on the first pair.
    GameRecord playGame(int index, const std::atomic<int>* interrupts);

    // The first pair's engines (every pair runs the same command lines).
    const GtpPlayer& engine1() const { return pairs_.front()->e1; }
    const GtpPlayer& engine2() const { return pairs_.front()->e2; }
    const MatchParams& params() const { return params_; }
    // Set when an engine could not be restarted (the match cannot go on).
    std::string fatalError() const;

  private:
    // One pair of engine processes and what stopped them for good.
    struct EnginePair {
        GtpPlayer e1, e2;
        std::string fatal;
        explicit EnginePair(const MatchParams& p)
            : e1(p.engine1, "engine1"), e2(p.engine2, "engine2") {}
    };
    GameRecord playGame(int index, EnginePair& pair, const std::atomic<int>* interrupts);
    bool setUp(GtpPlayer& p, GameRecord& rec, Color color, uint32_t seed, std::string& fatal);
    void scoreGame(const GameState& state, GtpPlayer& black, GtpPlayer& white, GameRecord& rec);
    void saveSgf(const GameState& state, const GtpPlayer& black, const GtpPlayer& white,
                 GameRecord& rec);

    MatchParams params_;
    std::vector<std::unique_ptr<EnginePair>> pairs_;  // one, or concurrency once started
};

}  // namespace m37::train
