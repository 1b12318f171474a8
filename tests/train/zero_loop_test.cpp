// The zero loop end to end on a 5x5 board with a tiny net: generation 0 by
// rollouts, one trained candidate, its gate against the rollouts and (when
// gnugo is installed) a short match against GNU Go at level 0; then a
// second run that finds everything done, and a run stopped before it starts.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "engine/nn/net_file.h"
#include "engine/train/selfplay_pool.h"
#include "engine/train/zero_loop.h"

using namespace m37;
using namespace m37::train;
namespace fs = std::filesystem;

namespace {

ZeroParams tinyRun(const fs::path& dir) {
    ZeroParams p;
    p.outDir = dir.string();
    p.boardSize = 5;
    p.rules.komi = 3;
    p.hours = 0;
    p.maxGenerations = 1;
    p.blocks = 1;
    p.channels = 8;
    p.valueHidden = 8;
    p.bootstrapGames = 4;
    p.bootstrapVisits = 16;
    p.gamesPerGeneration = 4;
    p.selfplay.visits = 16;
    p.selfplay.fastVisits = 0;
    p.parallelGames = 2;
    p.stepsPerGeneration = 4;
    p.batch = 8;
    p.gateGames = 2;
    p.gateVisits = 8;
    p.randomMoves = 2;
    // GNU Go plays when installed (Debian puts it in /usr/games).
    p.gnugoEvery = fs::exists("/usr/games/gnugo") || fs::exists("/usr/bin/gnugo") ? 1 : 0;
    p.gnugoGames = 2;
    p.gnugoVisits = 8;
    p.gnugoCommand = "gnugo --mode gtp --level 0";
    p.engineExe = MOVE37_ENGINE_EXE;
    p.command = "zero_loop_test";
    return p;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs p with its progress written to `log` (read back with slurp).
ZeroResult runLogged(const ZeroParams& p, const fs::path& log) {
    std::FILE* out = std::fopen(log.c_str(), "w");
    EXPECT_NE(out, nullptr) << log;
    if (!out) return {};
    ZeroResult r = runZero(p, out, nullptr);
    std::fclose(out);
    return r;
}

}  // namespace

TEST(ZeroLoop, OneGenerationThenNothingLeftToDo) {
    const fs::path dir = fs::path(MOVE37_TRAIN_TEST_TMP) / "zero-one";
    fs::remove_all(dir);
    ZeroParams p = tinyRun(dir);
    ZeroResult r = runZero(p, stdout, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.interrupted);
    EXPECT_EQ(r.generation, 1);
    EXPECT_TRUE(fs::exists(dir / "selfplay" / "gen-000" / "done"));
    std::string err;
    auto net = nn::readNetFile((dir / "nets" / "gen-001.m37").string(), &err);
    ASSERT_TRUE(net) << err;
    EXPECT_EQ(net->meta.boardSize, 5);
    EXPECT_EQ(net->meta.generations, "1");
    EXPECT_NE(net->meta.data.find("no human data"), std::string::npos) << net->meta.data;
    EXPECT_EQ(net->meta.command, "zero_loop_test");

    ASSERT_EQ(r.generations.size(), 1u);
    const ZeroGeneration& g = r.generations[0];
    EXPECT_EQ(g.generation, 1);
    EXPECT_EQ(g.gateGames, 2);
    EXPECT_EQ(g.opponent, 0);
    EXPECT_EQ(g.selfplayGames, 4);
    EXPECT_EQ(g.trainStep, 4);
    EXPECT_EQ(g.promoted, g.gateScore >= p.promoteScore);
    EXPECT_EQ(r.best, g.promoted ? 1 : 0);
    EXPECT_EQ(fs::exists(dir / "best.m37"), g.promoted);
    if (p.gnugoEvery > 0) {
        EXPECT_TRUE(g.gnugoPlayed);
        EXPECT_EQ(g.gnugoGames, 2);
    }
    const std::string csv = slurp(dir / "generations.csv");
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 2) << csv;
    EXPECT_EQ(csv.rfind("generation,selfplay_games,", 0), 0u) << csv;
    const std::string svg = slurp(dir / "elo.svg");
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("<circle"), std::string::npos);

    // Again: everything is there, nothing is played or trained again.
    const auto netTime = fs::last_write_time(dir / "nets" / "gen-001.m37");
    const auto gateTime = fs::last_write_time(dir / "gates" / "gen-001.txt");
    ZeroResult again = runZero(p, nullptr, nullptr);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(again.generation, 1);
    EXPECT_EQ(fs::last_write_time(dir / "nets" / "gen-001.m37"), netTime);
    EXPECT_EQ(fs::last_write_time(dir / "gates" / "gen-001.txt"), gateTime);
    EXPECT_EQ(slurp(dir / "generations.csv"), csv);

    // A stopped run of generation 2 changes nothing and says it stopped.
    std::atomic<bool> stop{true};
    p.maxGenerations = 2;
    ZeroResult stopped = runZero(p, nullptr, &stop);
    ASSERT_TRUE(stopped.ok) << stopped.error;
    EXPECT_TRUE(stopped.interrupted);
    EXPECT_FALSE(fs::exists(dir / "nets" / "gen-002.m37"));
    EXPECT_EQ(stopped.generations.size(), 1u);
}

// A run started from a net: generation 0 is that net (copied into the run),
// it plays generation 0's games, the trainer starts from its weights and the
// first candidate is gated against it. A run folder begun from rollouts
// refuses a starting net, and so does a run of another board size.
TEST(ZeroLoop, StartsFromAGivenNet) {
    const fs::path base = fs::path(MOVE37_TRAIN_TEST_TMP) / "zero-from-net";
    fs::remove_all(base);
    ZeroParams first = tinyRun(base / "first");
    first.gnugoEvery = 0;
    ZeroResult a = runZero(first, nullptr, nullptr);
    ASSERT_TRUE(a.ok) << a.error;
    const fs::path start = base / "first" / "nets" / "gen-001.m37";
    ASSERT_TRUE(fs::exists(start));

    ZeroParams p = tinyRun(base / "second");
    p.gnugoEvery = 0;
    p.initNet = start.string();
    p.blocks = 3;  // the starting net's shape (1x8) wins
    const fs::path log = base / "second.log";
    ZeroResult r = runLogged(p, log);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.generation, 1);
    EXPECT_EQ(slurp(base / "second" / "nets" / "gen-000.m37"), slurp(start));
    const std::string said = slurp(log);
    EXPECT_NE(said.find("generation 0 self-play: 4 games by gen-000"), std::string::npos) << said;
    EXPECT_NE(
        said.find("train: starting from " + (base / "second" / "nets" / "gen-000.m37").string()),
        std::string::npos)
        << said;
    EXPECT_NE(said.find("gate gen-001 vs gen-000"), std::string::npos) << said;
    std::string err;
    const auto games = countChunkGames((base / "second" / "selfplay" / "gen-000").string(), &err);
    ASSERT_TRUE(games) << err;
    EXPECT_EQ(*games, p.gamesPerGeneration);
    bool sawNet = false;
    for (const auto& e : fs::directory_iterator(base / "second" / "selfplay" / "gen-000")) {
        if (e.path().filename().string().rfind("selfplay-", 0) != 0) continue;
        const std::string chunk = slurp(e.path());
        EXPECT_EQ(chunk.find("rollouts"), std::string::npos) << e.path();
        sawNet = sawNet || chunk.find("zero gen-000") != std::string::npos;
    }
    EXPECT_TRUE(sawNet);
    auto net = nn::readNetFile((base / "second" / "nets" / "gen-001.m37").string(), &err);
    ASSERT_TRUE(net) << err;
    EXPECT_NE(net->meta.data.find("from a starting net trained on 4 self-play games"),
              std::string::npos)
        << net->meta.data;
    ASSERT_EQ(r.generations.size(), 1u);
    EXPECT_EQ(r.generations[0].opponent, 0);
    EXPECT_NE(slurp(base / "second" / "elo.svg").find("generation 0 = the starting net"),
              std::string::npos);

    // Starting again from another net keeps the run's own generation 0, and says so.
    p.initNet = (base / "second" / "nets" / "gen-001.m37").string();
    ZeroResult again = runLogged(p, log);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(slurp(base / "second" / "nets" / "gen-000.m37"), slurp(start));
    EXPECT_NE(slurp(log).find("--init-net " + p.initNet + " not used"), std::string::npos)
        << slurp(log);

    // The rollout run refuses a starting net; so does a run of another size.
    first.initNet = start.string();
    ZeroResult refused = runZero(first, nullptr, nullptr);
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("started from rollouts"), std::string::npos) << refused.error;
    ZeroParams other = tinyRun(base / "seven");
    other.boardSize = 7;
    other.initNet = start.string();
    ZeroResult wrongSize = runZero(other, nullptr, nullptr);
    EXPECT_FALSE(wrongSize.ok);
    EXPECT_NE(wrongSize.error.find("is a 5x5 net; the run is 7x7"), std::string::npos)
        << wrongSize.error;
    EXPECT_FALSE(fs::exists(base / "seven" / "nets" / "gen-000.m37"));
}

// --replay: an earlier run's self-play games join a new run's replay window
// (the trainer reads them beside the run's own), the candidates' data line
// names the folder, and a folder that is not there is refused up front.
TEST(ZeroLoop, ReplayFoldersJoinTheWindow) {
    const fs::path base = fs::path(MOVE37_TRAIN_TEST_TMP) / "zero-replay";
    fs::remove_all(base);
    ZeroParams first = tinyRun(base / "first");
    first.gnugoEvery = 0;
    ZeroResult a = runZero(first, nullptr, nullptr);
    ASSERT_TRUE(a.ok) << a.error;

    // A second run from the first's net, its games in the window too.
    ZeroParams p = tinyRun(base / "second");
    p.gnugoEvery = 0;
    p.initNet = (base / "first" / "nets" / "gen-001.m37").string();
    p.replayDirs = {(base / "first" / "selfplay").string()};
    const fs::path log = base / "second.log";
    ZeroResult r = runLogged(p, log);
    ASSERT_TRUE(r.ok) << r.error;
    std::string err;
    int64_t earlier = 0;
    for (const auto& e : fs::directory_iterator(base / "first" / "selfplay")) {
        const auto n = countChunkGames(e.path().string(), &err);
        ASSERT_TRUE(n) << err;
        earlier += *n;
    }
    ASSERT_GT(earlier, 0);
    const std::string said = slurp(log);
    const std::string games = std::to_string(earlier + p.gamesPerGeneration) + " games (0 skipped)";
    EXPECT_NE(said.find(games), std::string::npos) << games << "\n" << said;
    auto net = nn::readNetFile((base / "second" / "nets" / "gen-001.m37").string(), &err);
    ASSERT_TRUE(net) << err;
    EXPECT_NE(net->meta.data.find("the replay window also draws on " + p.replayDirs[0]),
              std::string::npos)
        << net->meta.data;

    ZeroParams missing = tinyRun(base / "third");
    missing.replayDirs = {(base / "nowhere").string()};
    ZeroResult refused = runZero(missing, nullptr, nullptr);
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("--replay " + missing.replayDirs[0] + ": not a folder"),
              std::string::npos)
        << refused.error;
}

TEST(ZeroLoop, RecordsMakeTheCsv) {
    const fs::path dir = fs::path(MOVE37_TRAIN_TEST_TMP) / "zero-records";
    fs::remove_all(dir);
    fs::create_directories(dir / "gates");
    fs::create_directories(dir / "gnugo");
    std::ofstream(dir / "gates" / "gen-001.txt")
        << "generation 1\nopponent 0\ngames 20\nwins 15\ndraws 0\nscore 0.75\nelo 190.8\n"
           "elo_low 50.0\nelo_high 400.0\nrating 190.8\npromoted 1\ntrain_step 500\n"
           "policy_loss 2.1\nvalue_loss 0.9\nselfplay_games 1300\nhours 1.5\n";
    std::ofstream(dir / "gates" / "gen-002.txt")
        << "generation 2\nopponent 1\ngames 20\nwins 8\nscore 0.4\nelo -70.4\nrating 120.4\n"
           "promoted 0\n";
    std::ofstream(dir / "gnugo" / "gen-002.txt") << "games 10\nwins 1\nscore 0.1\nelo -381.7\n";
    // Generation 3's record is cut short: the list ends before it.
    std::ofstream(dir / "gates" / "gen-003.txt") << "generation 3\nopponent 1\n";
    std::string warning;
    const auto gens = readZeroGenerations(dir.string(), &warning);
    ASSERT_EQ(gens.size(), 2u);
    EXPECT_NE(warning.find("gen-003.txt"), std::string::npos) << warning;
    EXPECT_TRUE(gens[0].promoted);
    EXPECT_DOUBLE_EQ(gens[0].elo, 190.8);
    EXPECT_EQ(gens[1].opponent, 1);
    EXPECT_FALSE(gens[1].promoted);
    EXPECT_TRUE(gens[1].gnugoPlayed);
    EXPECT_DOUBLE_EQ(gens[1].eloVsGnugo, -381.7);
    const std::string csv = zeroGenerationsCsv(gens);
    EXPECT_NE(csv.find("\n1,1300,500,2.1000,0.9000,0,20,0.750,190.8,50.0,400.0,1,190.8,,,,1.500\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find(",0,120.4,10,0.100,-381.7,"), std::string::npos) << csv;
}
