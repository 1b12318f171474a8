#pragma once
// Self-play of many games at once (`move37-engine selfplay`): parallelGames
// threads each play whole games with playSelfPlayGame, and with a network
// they all share one BatchServer (engine/nn/batch_server.h), so the leaves
// of many searches fill one network batch; without a network each thread
// runs rollout search on its own. Game number g (0, 1, ...) is played from
// a seed derived from (seed, g) alone, so which thread plays it does not
// matter: with a deterministic evaluator (rollouts, RandomEvaluator) the
// same seed gives the same games whatever parallelGames is. (LibTorch nets
// draw a random symmetry per evaluation and share a cache, so their games
// also depend on the order of evaluations.)
//
// Finished games are written in game-number order, gamesPerChunk to a
// chunk, as DIR/selfplay-NNNNNN.txt (writeSelfPlayChunk, atomic), numbered
// after the chunks already in DIR; the last chunk of a run may hold fewer.
// Resuming: `games` is the total wanted in DIR. The run counts the games in
// the chunks already in DIR (K) and plays game numbers K..games-1 of its
// seed, so running the same command again after a stop or a kill plays
// only the rest, and raising `games` adds more. This assumes DIR holds only
// this seed's chunks and none were removed (otherwise game numbers repeat,
// and with the same seed so do games); a kill loses only the games not yet
// in a chunk. `stop` ends the run after the games in progress: no new game
// starts, the games being played finish and are written (so a stop costs
// at most one game's time and loses nothing).
// Threading: runSelfPlayPool blocks its caller (which writes the chunks and
// the progress lines) and runs parallelGames threads of its own plus the
// batch server's; `net` is called from those threads (once, for the
// server's backend, when games run in parallel over a server).
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "engine/train/selfplay.h"

namespace m37::train {

struct SelfPlayPoolParams {
    SelfPlayParams game;
    int parallelGames = 8;  // games played at once (threads)
    int games = 1;          // games wanted in outDir in all (game numbers 0..games-1)
    int gamesPerChunk = 16;
    uint64_t seed = 1;
    std::string outDir;
    int maxBatch = 0;  // positions in one network batch; 0: parallelGames * game.searchBatch
    int maxWaitMicros = 2000;  // the longest a search waits for others to fill a batch
};

struct SelfPlayPoolResult {
    bool ok = false;
    std::string error;
    int resumedFrom = 0;  // games already in outDir at the start (K)
    int games = 0;        // games played and written by this run
    int64_t positions = 0;
    int64_t fullPositions = 0;  // moves with a full search (training targets)
    int chunksWritten = 0;
    double seconds = 0;
    double meanBatch = 0;  // positions per network batch (0 with rollouts)
    int resignChecks = 0;  // games played out with resignation disabled
    int wouldResign = 0;   // of those, games where a player would have resigned
    int falseResigns = 0;  // of those, games that player won
};

// Plays and writes the games (see above); progress lines go to `out` (may
// be null). `net` may be empty (rollouts); `stop` may be null.
SelfPlayPoolResult runSelfPlayPool(const SelfPlayPoolParams& params, const EvaluatorFactory& net,
                                   std::FILE* out, const std::atomic<bool>* stop);

// The first free chunk number in `dir` (one past the largest
// selfplay-NNNNNN.txt; 0 when there is none or no such folder).
int nextChunkNumber(const std::string& dir);
// The games in the chunks in `dir` (lines "game" of selfplay-*.txt files);
// nullopt and *error when a chunk cannot be read.
std::optional<int> countChunkGames(const std::string& dir, std::string* error);
// The seed of game number `game` of a run seeded `seed`.
uint64_t selfPlayGameSeed(uint64_t seed, int game);

}  // namespace m37::train
