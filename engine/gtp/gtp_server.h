#pragma once
// GtpServer: the engine side of GTP v2 — parses command lines, keeps the
// game (a GameState under the chosen Rules) and answers every required
// command plus the regression / tournament extensions (handicap, undo,
// loadsgf, reg_genmove, final_score, final_status_list, time control, KGS
// and GNU Go extras). handle() takes one raw line and returns the complete
// response (with its trailing blank line), so tests drive it in-process;
// run() is the stdin/stdout loop of `move37-engine gtp`. Never throws on
// input: garbage gets a "? message" answer.
// Threading: not thread-safe; one thread drives a server (genmove blocks
// that thread while it searches).
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/search/search_engine.h"

namespace m37 {

struct GtpServerOptions {
    Rules rules = *Rules::preset("chinese");
    int boardSize = 19;
    SearchParams search;
    std::string name = "move37";
    std::string version = "0.1.0";
    // loadsgf reads files only when true (the fuzzer turns it off).
    bool allowLoadSgf = true;
    // Longest accepted command line; longer ones get an error answer.
    size_t maxLineBytes = 64 * 1024;
    // The network (null: rollouts only, uniform-ish heuristic priors) and the
    // optional human policy; each call makes one evaluator (one per thread).
    Mcts::EvaluatorFactory network;
    Mcts::EvaluatorFactory humanPolicy;
    // For `heatmap`: an evaluator with symmetry `s` (0..7) or, for s = -1,
    // the average of all 8; null when there is no network.
    std::function<std::unique_ptr<nn::Evaluator>(int s)> heatmapNetwork;
    // genmove limits (0: the time control when limited, else search.visits).
    SearchLimits genmoveLimits;
    // Search on the opponent's time after genmove until the next command.
    bool ponder = false;
    // Root visits of an analysis run through handle() (no stream to stop it).
    int64_t analysisVisitsWithoutStream = 200;
};

// Time control as told by time_settings / kgs-time_settings / time_left.
// genmove turns it into a per-move budget (engine/search/time_manager.h).
struct GtpClock {
    int mainSeconds = 0;
    int byoYomiSeconds = 0;
    int byoYomiStones = 0;   // canadian: stones per period; 0 means none
    int byoYomiPeriods = 0;  // japanese byo-yomi periods (kgs-time_settings byoyomi)
    bool unlimited = true;
    int leftSeconds[3] = {0, 0, 0};             // indexed by Color
    bool leftKnown[3] = {false, false, false};  // time_left was given
    int leftStones[3] = {0, 0, 0};
};

class GtpServer {
  public:
    explicit GtpServer(const GtpServerOptions& options = {});

    // Answers one raw input line: "=id text\n\n" or "?id message\n\n", or ""
    // for a line that is empty after preprocessing (comments, blanks).
    std::string handle(const std::string& line);
    // Reads lines until EOF or quit, writing each answer and flushing.
    // Analysis streams until the next line arrives.
    void run(std::istream& in, std::ostream& out);
    // The search behind genmove and analysis (for tools and tests).
    SearchEngine& engine() { return *engine_; }

    bool quitRequested() const { return quit_; }
    const GameState& game() const { return game_; }
    const GtpClock& clock() const { return clock_; }
    // Names of every command, in list_commands order.
    static std::vector<std::string> commandNames();

    // GTP section 3.1 preprocessing: drop control characters except HT/LF,
    // HT becomes a space, '#' starts a comment; the result is trimmed.
    static std::string preprocess(const std::string& line);

  private:
    using Args = std::vector<std::string>;
    struct Reply {
        bool ok = true;
        std::string text;
        bool raw = false;  // text is the whole response (analysis streams)
    };
    using Handler = Reply (GtpServer::*)(const Args&);
    struct Command {
        const char* name;
        Handler handler;
    };
    static const std::vector<Command>& commands();
    static Reply ok(std::string text = {}) { return {true, std::move(text)}; }
    static Reply fail(std::string text) { return {false, std::move(text)}; }

    void newGame(int size);
    MoveDecision think(Color c, bool cleanup, SearchEngine::Callback cb = {}, int intervalMs = 0);
    TimeControl timeControlFor(Color c) const;
    std::string vertexList(const std::vector<Loc>& locs) const;

    // Administrative and setup commands (gtp_server.cpp).
    Reply cmdProtocolVersion(const Args& a);
    Reply cmdName(const Args& a);
    Reply cmdVersion(const Args& a);
    Reply cmdKnownCommand(const Args& a);
    Reply cmdListCommands(const Args& a);
    Reply cmdQuit(const Args& a);
    Reply cmdBoardsize(const Args& a);
    Reply cmdClearBoard(const Args& a);
    Reply cmdKomi(const Args& a);
    Reply cmdKgsRules(const Args& a);
    Reply cmdSetRandomSeed(const Args& a);
    Reply cmdGetRandomSeed(const Args& a);
    Reply cmdTimeSettings(const Args& a);
    Reply cmdKgsTimeSettings(const Args& a);
    Reply cmdTimeLeft(const Args& a);
    // Moves (gtp_move_commands.cpp).
    Reply cmdPlay(const Args& a);
    Reply cmdGenmove(const Args& a);
    Reply cmdRegGenmove(const Args& a);
    Reply cmdGenmoveCleanup(const Args& a);
    Reply cmdUndo(const Args& a);
    Reply cmdFixedHandicap(const Args& a);
    Reply cmdPlaceFreeHandicap(const Args& a);
    Reply cmdSetFreeHandicap(const Args& a);
    // Queries of the position (gtp_query_commands.cpp).
    Reply cmdShowboard(const Args& a);
    Reply cmdListStones(const Args& a);
    Reply cmdAllLegal(const Args& a);
    Reply cmdIsLegal(const Args& a);
    Reply cmdColor(const Args& a);
    Reply cmdFinalScore(const Args& a);
    Reply cmdFinalStatusList(const Args& a);
    // Analysis (gtp_analyze_commands.cpp).
    Reply cmdLzAnalyze(const Args& a);
    Reply cmdLzGenmoveAnalyze(const Args& a);
    Reply cmdKataAnalyze(const Args& a);
    Reply cmdKataGenmoveAnalyze(const Args& a);
    Reply cmdHeatmap(const Args& a);
    Reply analyze(const Args& a, bool kata);
    Reply genmoveAnalyze(const Args& a, bool kata);
    // SGF (gtp_sgf_commands.cpp).
    Reply cmdLoadSgf(const Args& a);
    Reply cmdPrintSgf(const Args& a);

    GtpServerOptions opts_;
    GameState game_;
    std::unique_ptr<SearchEngine> engine_;
    GtpClock clock_;
    bool quit_ = false;
    // Set by run(): the locked writer of streamed lines, and a wait for the
    // next input line (returns at once when one is queued or input ended).
    std::function<void(const std::string&)> stream_;
    std::function<void()> waitForInput_;
    bool ponderNext_ = false;
    std::string currentId_;  // id of the command being handled  // genmove just played: ponder
                             // until the next line
};

}  // namespace m37
