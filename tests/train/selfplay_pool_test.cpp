// Self-play of many games at once (engine/train/selfplay_pool.h) on small
// boards with few visits: rollouts, the deterministic RandomEvaluator and a
// tiny random LibTorch net. The games land in chunks of the asked size that
// parse and replay legally; a seed gives the same games whatever the number
// of parallel games; a stopped run writes what it played and the next run
// plays only the rest (together the same games as one run); games over a
// network share its batches.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "engine/nn/random_evaluator.h"
#include "engine/nn/random_network.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"
#include "engine/train/selfplay_pool.h"

namespace m37::train {
namespace {

namespace fs = std::filesystem;

std::string freshDir(const std::string& name) {
    const fs::path d = fs::path(MOVE37_TRAIN_TEST_TMP) / "selfplay-pool" / name;
    fs::remove_all(d);
    return d.string();
}

SelfPlayPoolParams small(const std::string& dir, int games) {
    SelfPlayPoolParams p;
    p.game.boardSize = 5;
    p.game.visits = 16;
    p.game.fastVisits = 4;
    p.game.fullShare = 0.5;
    p.game.temperatureMoves = 4;
    p.game.resignBelow = 0;
    p.games = games;
    p.gamesPerChunk = 2;
    p.seed = 77;
    p.outDir = dir;
    return p;
}

// Every game of the chunks in `dir`, in chunk order; each must replay.
std::vector<SelfPlayGame> readAll(const std::string& dir) {
    std::vector<SelfPlayGame> all;
    const int chunks = nextChunkNumber(dir);
    for (int k = 0; k < chunks; ++k) {
        char name[64];
        std::snprintf(name, sizeof name, "/selfplay-%06d.txt", k);
        std::string error;
        auto games = readSelfPlayChunk(dir + name, &error);
        EXPECT_TRUE(games) << error;
        if (!games) continue;
        for (auto& g : *games) {
            EXPECT_TRUE(forEachSelfPlayPosition(
                g, [](const GameState&, const SelfPlayMove&) {}, &error))
                << error;
            EXPECT_NE(g.result, "?");
            all.push_back(std::move(g));
        }
    }
    return all;
}

EvaluatorFactory randomNet() {
    return [] { return std::make_unique<nn::RandomEvaluator>(11); };
}

TEST(SelfPlayPool, RolloutGamesAreWrittenInChunks) {
    const std::string dir = freshDir("rollouts");
    SelfPlayPoolParams p = small(dir, 5);
    p.parallelGames = 3;
    const SelfPlayPoolResult r = runSelfPlayPool(p, {}, nullptr, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.games, 5);
    EXPECT_EQ(r.resumedFrom, 0);
    EXPECT_EQ(r.chunksWritten, 3);  // 2 + 2 + 1
    EXPECT_EQ(r.meanBatch, 0.0);
    const std::vector<SelfPlayGame> games = readAll(dir);
    ASSERT_EQ(games.size(), 5u);
    int64_t positions = 0, full = 0;
    for (const auto& g : games) {
        EXPECT_EQ(g.boardSize, 5);
        EXPECT_EQ(g.net, "rollouts");
        positions += int64_t(g.moves.size());
        for (const auto& m : g.moves) full += m.full ? 1 : 0;
    }
    EXPECT_EQ(r.positions, positions);
    EXPECT_EQ(r.fullPositions, full);
    std::string error;
    EXPECT_EQ(countChunkGames(dir, &error), 5);

    // Asking again for the same total plays nothing.
    const SelfPlayPoolResult again = runSelfPlayPool(p, {}, nullptr, nullptr);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(again.games, 0);
    EXPECT_EQ(again.resumedFrom, 5);
    EXPECT_EQ(nextChunkNumber(dir), 3);
}

TEST(SelfPlayPool, SameSeedSameGamesWhateverTheParallelism) {
    for (const bool net : {false, true}) {
        std::vector<SelfPlayGame> first;
        for (const int parallel : {1, 4}) {
            const std::string dir =
                freshDir("seed-" + std::to_string(net) + "-" + std::to_string(parallel));
            SelfPlayPoolParams p = small(dir, 6);
            p.parallelGames = parallel;
            const SelfPlayPoolResult r =
                runSelfPlayPool(p, net ? randomNet() : EvaluatorFactory(), nullptr, nullptr);
            ASSERT_TRUE(r.ok) << r.error;
            const std::vector<SelfPlayGame> games = readAll(dir);
            ASSERT_EQ(games.size(), 6u);
            if (first.empty())
                first = games;
            else
                EXPECT_EQ(games, first) << (net ? "random net" : "rollouts");
        }
        // Another seed, other games.
        const std::string dir = freshDir("seed-other");
        SelfPlayPoolParams p = small(dir, 6);
        p.seed = 78;
        ASSERT_TRUE(
            runSelfPlayPool(p, net ? randomNet() : EvaluatorFactory(), nullptr, nullptr).ok);
        EXPECT_NE(readAll(dir), first);
    }
}

// A FILE whose writes set `stop` once a progress line reports game `after`.
struct StopAfter {
    std::atomic<bool> stop{false};
    std::string text;
    std::string trigger;
};

ssize_t stopAfterWrite(void* cookie, const char* buf, size_t size) {
    auto* s = static_cast<StopAfter*>(cookie);
    s->text.append(buf, size);
    if (s->text.find(s->trigger) != std::string::npos) s->stop = true;
    return ssize_t(size);
}

TEST(SelfPlayPool, StoppedRunResumesWithTheRest) {
    const int total = 40;
    const std::string whole = freshDir("whole");
    SelfPlayPoolParams p = small(whole, total);
    p.parallelGames = 2;
    ASSERT_TRUE(runSelfPlayPool(p, randomNet(), nullptr, nullptr).ok);
    const std::vector<SelfPlayGame> reference = readAll(whole);
    ASSERT_EQ(int(reference.size()), total);

    const std::string dir = freshDir("stopped");
    p.outDir = dir;
    StopAfter watch;
    watch.trigger = "game 3/" + std::to_string(total);
    cookie_io_functions_t io{nullptr, stopAfterWrite, nullptr, nullptr};
    std::FILE* out = fopencookie(&watch, "w", io);
    ASSERT_TRUE(out);
    std::setvbuf(out, nullptr, _IONBF, 0);
    const SelfPlayPoolResult r = runSelfPlayPool(p, randomNet(), out, &watch.stop);
    std::fclose(out);
    ASSERT_TRUE(r.ok) << r.error;
    // The games in progress when the stop came were finished and written.
    EXPECT_GE(r.games, 3);
    EXPECT_LT(r.games, total);
    std::string error;
    EXPECT_EQ(countChunkGames(dir, &error), r.games);
    EXPECT_NE(watch.text.find("positions/s"), std::string::npos) << watch.text;

    const SelfPlayPoolResult rest = runSelfPlayPool(p, randomNet(), nullptr, nullptr);
    ASSERT_TRUE(rest.ok) << rest.error;
    EXPECT_EQ(rest.resumedFrom, r.games);
    EXPECT_EQ(rest.games, total - r.games);
    EXPECT_EQ(readAll(dir), reference);
}

TEST(SelfPlayPool, GamesOverANetworkShareBatches) {
    nn::NNParams np;
    np.allowCuda = false;
    np.cacheEntries = 0;
    nn::RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    std::string error;
    std::shared_ptr<const nn::TorchNetwork> net = nn::randomTorchNetwork(spec, 5, np, &error);
    ASSERT_TRUE(net) << error;
    const EvaluatorFactory factory = [net, np] {
        return std::make_unique<nn::TorchEvaluator>(net, np);
    };
    const std::string dir = freshDir("torch");
    SelfPlayPoolParams p = small(dir, 4);
    p.game.searchBatch = 2;
    p.game.netName = "random 1x8";
    p.parallelGames = 4;
    p.maxWaitMicros = 1000000;  // batches go when every game waits
    const SelfPlayPoolResult r = runSelfPlayPool(p, factory, nullptr, nullptr);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.games, 4);
    // One search asks for at most searchBatch positions at a time: a larger
    // mean means the games' requests were merged.
    EXPECT_GT(r.meanBatch, double(p.game.searchBatch));
    EXPECT_LE(r.meanBatch, double(p.parallelGames * p.game.searchBatch));
    const std::vector<SelfPlayGame> games = readAll(dir);
    ASSERT_EQ(games.size(), 4u);
    for (const auto& g : games) EXPECT_EQ(g.net, "random 1x8");
}

// Resign-check games are counted: where their player would have resigned
// is kept in the chunk, and the run reports the false resigns among them.
TEST(SelfPlayPool, ResignChecksAreCountedAndReported) {
    const std::string dir = freshDir("resign-check");
    SelfPlayPoolParams p = small(dir, 4);
    p.parallelGames = 2;
    p.game.resignBelow = 0.999f;  // every position looks lost
    p.game.minMovesBeforeResign = 4;
    p.game.resignCheckShare = 1;  // and every game is played out
    char* text = nullptr;
    size_t size = 0;
    std::FILE* out = open_memstream(&text, &size);
    ASSERT_NE(out, nullptr);
    const SelfPlayPoolResult r = runSelfPlayPool(p, randomNet(), out, nullptr);
    std::fclose(out);
    const std::string log(text, size);
    std::free(text);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.resignChecks, 4);
    EXPECT_EQ(r.wouldResign, 4);
    int falseResigns = 0;
    for (const auto& g : readAll(dir)) {
        EXPECT_TRUE(g.resignCheck);
        EXPECT_EQ(g.wouldResignAt, 5);
        falseResigns += isFalseResign(g) ? 1 : 0;
    }
    EXPECT_EQ(r.falseResigns, falseResigns);
    EXPECT_NE(log.find("[resign check: would resign at move 5"), std::string::npos) << log;
    EXPECT_NE(log.find("selfplay: resign check: 4 games played out, 4 would have resigned, " +
                       std::to_string(falseResigns) + " of those won"),
              std::string::npos)
        << log;
}

TEST(SelfPlayPool, BadFolderIsAnError) {
    const std::string dir = freshDir("file");
    fs::create_directories(fs::path(dir).parent_path());
    std::FILE* f = std::fopen(dir.c_str(), "w");  // a file where the folder should be
    ASSERT_TRUE(f);
    std::fclose(f);
    SelfPlayPoolParams p = small(dir + "/sub", 1);
    const SelfPlayPoolResult r = runSelfPlayPool(p, {}, nullptr, nullptr);
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.error.find(dir), std::string::npos) << r.error;
    fs::remove(dir);
}

}  // namespace
}  // namespace m37::train
