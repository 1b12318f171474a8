#include "engine/train/selfplay_pool.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "engine/nn/batch_server.h"
#include "engine/train/progress_text.h"

namespace m37::train {

namespace {

// True for "selfplay-NNN.txt" (digits only between), with *number = NNN.
bool chunkName(const std::string& name, int* number) {
    const std::string head = "selfplay-", tail = ".txt";
    if (name.size() <= head.size() + tail.size() || name.compare(0, head.size(), head) != 0 ||
        name.compare(name.size() - tail.size(), tail.size(), tail) != 0)
        return false;
    const std::string digits = name.substr(head.size(), name.size() - head.size() - tail.size());
    if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
        return false;
    *number = std::stoi(digits);
    return true;
}

}  // namespace

int nextChunkNumber(const std::string& dir) {
    int next = 0;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        int k = 0;
        if (chunkName(e.path().filename().string(), &k) && k >= next) next = k + 1;
    }
    return next;
}

std::optional<int> countChunkGames(const std::string& dir, std::string* error) {
    int games = 0;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        int k = 0;
        if (!chunkName(e.path().filename().string(), &k)) continue;
        std::ifstream in(e.path());
        if (!in) {
            if (error) *error = e.path().string() + ": cannot read";
            return std::nullopt;
        }
        std::string line;
        while (std::getline(in, line))
            if (line == "game") ++games;
    }
    return games;
}

uint64_t selfPlayGameSeed(uint64_t seed, int game) {
    uint64_t z = seed * 0x9E3779B97F4A7C15ULL + uint64_t(game) * 0xD1B54A32D192ED03ULL + 1;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

SelfPlayPoolResult runSelfPlayPool(const SelfPlayPoolParams& p, const EvaluatorFactory& net,
                                   std::FILE* out, const std::atomic<bool>* stop) {
    using Clock = std::chrono::steady_clock;
    SelfPlayPoolResult res;
    const auto start = Clock::now();
    if (p.games < 0 || p.gamesPerChunk < 1 || p.parallelGames < 1 || p.outDir.empty()) {
        res.error =
            "bad parameters (games >= 0, games per chunk >= 1, parallel games >= 1, "
            "an output folder)";
        return res;
    }
    std::error_code ec;
    std::filesystem::create_directories(p.outDir, ec);
    if (ec) {
        res.error = p.outDir + ": " + ec.message();
        return res;
    }
    std::string err;
    const std::optional<int> already = countChunkGames(p.outDir, &err);
    if (!already) {
        res.error = err;
        return res;
    }
    res.resumedFrom = *already;
    const int first = *already;
    if (first >= p.games) {
        if (out)
            std::fprintf(out, "selfplay: %s already holds %d games (asked for %d)\n",
                         p.outDir.c_str(), first, p.games);
        res.ok = true;
        return res;
    }
    if (out && first > 0)
        std::fprintf(out, "selfplay: %s holds %d games; playing games %d..%d\n", p.outDir.c_str(),
                     first, first + 1, p.games);

    std::unique_ptr<nn::BatchServer> server;
    EvaluatorFactory factory;
    if (net) {
        nn::BatchServerParams bp;
        bp.maxBatch =
            p.maxBatch > 0 ? p.maxBatch : p.parallelGames * std::max(1, p.game.searchBatch);
        bp.maxWaitMicros = p.maxWaitMicros;
        server = std::make_unique<nn::BatchServer>(net(), bp);
        factory = server->factory();
    }

    // Shared between the game threads and this one.
    std::mutex mutex;
    std::condition_variable finished;
    std::vector<std::pair<int, SelfPlayGame>> fresh;  // finished games (number, game)
    std::atomic<int> nextGame{first};
    std::atomic<bool> abort{false};
    std::string threadError;
    // Back-pressure: a game starts only while fewer than 2 x threads games
    // are started and not yet taken by the reporting thread, so a stop takes
    // effect within a few games however slow the writing is, and finished
    // games never pile up in memory.
    std::condition_variable taken;
    int takenGames = 0;  // guarded by mutex

    const int threads = std::min(p.parallelGames, p.games - first);
    int running = threads;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (;;) {
                auto halted = [&] { return abort.load() || (stop && stop->load()); };
                {
                    std::unique_lock<std::mutex> wait(mutex);
                    // (timed: a signal handler sets `stop` without notifying)
                    while (!halted() && nextGame.load() - first - takenGames >= 2 * threads)
                        taken.wait_for(wait, std::chrono::milliseconds(100));
                }
                if (halted()) break;
                const int g = nextGame.fetch_add(1);
                if (g >= p.games) break;
                Rng rng(selfPlayGameSeed(p.seed, g));
                const uint64_t searchSeed = rng.next();
                try {
                    SelfPlayGame game = playSelfPlayGame(p.game, factory, rng, searchSeed);
                    std::lock_guard<std::mutex> lock(mutex);
                    fresh.emplace_back(g, std::move(game));
                } catch (const std::exception& e) {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (threadError.empty())
                        threadError = "game " + std::to_string(g + 1) + ": " + e.what();
                    abort = true;
                }
                finished.notify_one();
            }
            std::lock_guard<std::mutex> lock(mutex);
            --running;
            finished.notify_one();
        });

    // This thread reports each finished game and writes the chunks.
    int chunkNo = nextChunkNumber(p.outDir);
    int nextToWrite = first;
    std::vector<SelfPlayGame> chunk;
    auto writeChunk = [&]() {
        char name[64];
        std::snprintf(name, sizeof name, "/selfplay-%06d.txt", chunkNo);
        const std::string path = p.outDir + name;
        std::string werr;
        if (!writeSelfPlayChunk(path, chunk, &werr)) {
            res.error = werr;
            abort = true;
            return false;
        }
        ++chunkNo;
        ++res.chunksWritten;
        if (out) {
            std::fprintf(out, "selfplay: wrote %s (%zu games)\n", path.c_str(), chunk.size());
            std::fflush(out);
        }
        chunk.clear();
        return true;
    };
    const int toPlay = p.games - first;
    std::map<int, SelfPlayGame> ready;  // reported, not yet written, by game number
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
        finished.wait(lock, [&] { return running == 0 || !fresh.empty(); });
        std::vector<std::pair<int, SelfPlayGame>> got;
        got.swap(fresh);
        takenGames += int(got.size());
        const bool last = running == 0;  // then nothing more can come
        lock.unlock();
        taken.notify_all();
        for (auto& [g, game] : got) {
            int full = 0;
            for (const auto& m : game.moves) full += m.full ? 1 : 0;
            ++res.games;
            res.positions += int64_t(game.moves.size());
            res.fullPositions += full;
            char check[80] = "";
            if (game.resignCheck) {
                ++res.resignChecks;
                std::snprintf(check, sizeof check, " [resign check]");
                if (game.wouldResignAt > 0) {
                    ++res.wouldResign;
                    const bool falseResign = isFalseResign(game);
                    res.falseResigns += falseResign ? 1 : 0;
                    std::snprintf(check, sizeof check, " [resign check: would resign at move %d%s]",
                                  game.wouldResignAt, falseResign ? ", then won" : "");
                }
            }
            if (out) {
                const double s = std::chrono::duration<double>(Clock::now() - start).count();
                const double eta = s / res.games * (toPlay - res.games);
                char batch[48] = "";
                if (server) std::snprintf(batch, sizeof batch, "  batch %.1f", server->meanBatch());
                std::fprintf(out,
                             "selfplay: game %d/%d: #%d %s in %zu moves (%d full)%s  %.2f games/s  "
                             "%.1f positions/s%s  ETA %s\n",
                             first + res.games, p.games, g + 1, game.result.c_str(),
                             game.moves.size(), full, check, res.games / s,
                             double(res.positions) / s, batch, formatDuration(eta).c_str());
                std::fflush(out);
            }
            ready.emplace(g, std::move(game));
        }
        // Games in number order into chunks.
        while (!abort.load() && ready.count(nextToWrite)) {
            chunk.push_back(std::move(ready.at(nextToWrite)));
            ready.erase(nextToWrite++);
            if (int(chunk.size()) == p.gamesPerChunk) writeChunk();
        }
        if (last) break;
        lock.lock();
    }
    for (auto& t : pool) t.join();
    if (!chunk.empty() && res.error.empty()) writeChunk();
    if (out && res.resignChecks > 0) {
        std::fprintf(out,
                     "selfplay: resign check: %d games played out, %d would have resigned, %d of "
                     "those won (false resigns %.1f%%)\n",
                     res.resignChecks, res.wouldResign, res.falseResigns,
                     res.wouldResign > 0 ? 100.0 * res.falseResigns / res.wouldResign : 0.0);
        std::fflush(out);
    }
    if (res.error.empty()) res.error = threadError;
    res.ok = res.error.empty();
    res.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (server) res.meanBatch = server->meanBatch();
    return res;
}

}  // namespace m37::train
