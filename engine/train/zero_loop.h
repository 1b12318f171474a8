#pragma once
// The zero loop (`move37-engine zero`): AlphaGo Zero's cycle as one
// resumable command, with no human game anywhere in it. Generation 0's games
// are played by the network-free search (rollouts with rule-based priors),
// or, when the run starts from a net (initNet, copied to nets/gen-000.m37),
// by that net, which also gives the trainer its starting weights and shape;
// from then on each generation
//   1. plays gamesPerGeneration self-play games with the current best net
//      (selfplay/gen-NNN, the games the best net of generation NNN played),
//   2. trains the one continuing trainer (train/) stepsPerGeneration more
//      steps on a replay window over all self-play chunks, and exports the
//      candidate nets/gen-NNN.m37,
//   3. gates the candidate against the best with `match` (two GTP engines:
//      this program's `gtp` on each net, a few random opening moves so the
//      games differ) and promotes it when it scores at least promoteScore,
//   4. every gnugoEvery generations, plays the candidate against GNU Go.
// Everything is a file under outDir, written atomically, and each step is
// skipped when its result is already there, so a killed run (or one that ran
// out of --hours) continues where it stopped: self-play plays only the games
// missing, training resumes from its checkpoint, a gate or GNU Go match that
// did not finish is played again. generations.csv and elo.svg are rebuilt
// from the gate and GNU Go records after every step, never appended to.
//
//   outDir/selfplay/gen-NNN/selfplay-*.txt  self-play chunks
//   outDir/train/                           trainer (checkpoint.pt, train.csv, net.m37)
//   outDir/nets/gen-NNN.m37                 candidate of generation NNN
//   outDir/gates/gen-NNN.txt                gate match record (key value lines)
//   outDir/gnugo/gen-NNN.txt                GNU Go match record
//   outDir/best.txt                         "N": generation of the best net (0 = rollouts
//                                           or the starting net)
//   outDir/generations.csv, outDir/elo.svg  the learning curve
// Threading: runZero blocks the calling thread; `stop` may be set from any
// thread or a signal handler (the loop then stops after the current game or
// training step, with everything saved).
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "engine/go/rules.h"
#include "engine/train/selfplay.h"

namespace m37::train {

struct ZeroParams {
    std::string outDir;
    int boardSize = 9;
    Rules rules = *Rules::preset("chinese");  // komi 7
    double hours = 1;                         // this run's budget (0: no limit)
    int maxGenerations = 0;                   // stop after this generation (0: no limit)
    uint64_t seed = 1;
    int threads = 1;  // LibTorch intra-op threads (training and self-play)

    // The network trained.
    int blocks = 6;
    int channels = 64;
    int valueHidden = 128;
    // A .m37 net to start a new run from (its shape wins over the three
    // above); "" starts from the network-free search. A run folder keeps
    // what it started from: a run begun from rollouts refuses a starting
    // net, and a run begun from a net goes on with its own copy.
    std::string initNet;

    // Self-play. Generation 0 plays bootstrapGames with the network-free
    // search at bootstrapVisits; later generations gamesPerGeneration with
    // `selfplay` (visits, fast visits, noise ...).
    int bootstrapGames = 1000;
    int bootstrapVisits = 800;
    int gamesPerGeneration = 300;
    SelfPlayParams selfplay;
    int parallelGames = 4;  // games sharing one batched evaluator
    int maxBatch = 16;      // positions per network batch (CPU: 16; a GPU wants more)

    // Training.
    int64_t stepsPerGeneration = 500;
    int batch = 128;
    double lr = 0.02;
    double momentum = 0.9;
    double weightDecay = 1e-4;
    size_t window = 150000;  // newest training positions sampled from
    double qRatio = 0.0;     // share of the search's root value in the value target (train_rl.h)
    // Self-play chunk folders of earlier runs whose games join the replay
    // window beside this run's own (newest first, as always), so a run that
    // starts from a new net, or a new shape, keeps the data already played.
    std::vector<std::string> replayDirs;

    // Gating: candidate against the best, `gateGames` games at gateVisits.
    int gateGames = 20;
    int gateVisits = 200;
    int randomMoves = 4;  // opening moves drawn by visits (so games differ)
    double promoteScore = 0.55;
    // Games of a gate or GNU Go match played at once, each by its own pair
    // of engine processes (0: `threads`).
    int matchConcurrency = 0;

    // GNU Go: every gnugoEvery generations (0: never), gnugoGames games of
    // the candidate at gnugoVisits against gnugoCommand.
    int gnugoEvery = 2;
    int gnugoGames = 10;
    int gnugoVisits = 800;
    std::string gnugoCommand = "gnugo --mode gtp --level 10";

    std::string engineExe;  // this program, for the match engines ("": /proc/self/exe)
    std::string command;    // the command line, recorded in every net
};

// One generation's record, as generations.csv shows it.
struct ZeroGeneration {
    int generation = 0;
    int64_t selfplayGames = 0;  // all self-play games so far (generation 0 included)
    int64_t trainStep = 0;
    double policyLoss = 0, valueLoss = 0;
    bool gated = false;
    int gateGames = 0;
    double gateScore = 0;  // candidate's score against the best
    double eloVsBest = 0, eloVsBestLow = 0, eloVsBestHigh = 0;
    int opponent = 0;  // generation of the best it played (0: rollouts)
    bool promoted = false;
    double elo = 0;  // cumulative rating (generation 0 = 0)
    bool gnugoPlayed = false;
    int gnugoGames = 0;
    double gnugoScore = 0;
    double eloVsGnugo = 0;
    double hours = 0;  // wall time spent on the run when the gate finished
};

struct ZeroResult {
    bool ok = false;
    std::string error;
    bool interrupted = false;  // stopped by `stop` or the time budget
    int generation = 0;        // the last generation finished
    int best = 0;
    std::vector<ZeroGeneration> generations;
};

ZeroResult runZero(const ZeroParams& params, std::FILE* out, const std::atomic<bool>* stop);

// The records under outDir, generation by generation (what generations.csv
// and elo.svg are made from). Missing or unreadable records end the list.
std::vector<ZeroGeneration> readZeroGenerations(const std::string& outDir, std::string* warning);
// Rebuilds outDir/generations.csv and outDir/elo.svg from the records.
void writeZeroReport(const ZeroParams& params);
// generations.csv's text.
std::string zeroGenerationsCsv(const std::vector<ZeroGeneration>& gens);

}  // namespace m37::train
