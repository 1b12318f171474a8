#include "engine/train/zero_loop.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "engine/go/atomic_file.h"
#include "engine/nn/net_file.h"
#include "engine/nn/net_loader.h"
#include "engine/train/command_line.h"
#include "engine/train/elo_plot.h"
#include "engine/train/match_runner.h"
#include "engine/train/progress_text.h"
#include "engine/train/selfplay_pool.h"
#include "engine/train/train_rl.h"

namespace m37::train {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

std::string genName(int g) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "gen-%03d", g);
    return buf;
}

// outDir/nets/gen-NNN.m37, generation g's net.
fs::path netPath(const fs::path& outDir, int g) {
    return outDir / "nets" / (genName(g) + ".m37");
}

// A record file of `key value` lines.
using Record = std::map<std::string, std::string>;

std::optional<Record> readRecord(const fs::path& path) {
    std::ifstream in(path);
    if (!in) return std::nullopt;
    Record r;
    std::string line;
    while (std::getline(in, line)) {
        const auto sp = line.find(' ');
        if (sp == std::string::npos) continue;
        r[line.substr(0, sp)] = line.substr(sp + 1);
    }
    if (r.empty()) return std::nullopt;
    return r;
}

bool writeRecord(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& kv,
                 std::string* error) {
    std::string text;
    for (const auto& [k, v] : kv) text += k + " " + v + "\n";
    return writeFileAtomically(path.string(), text, error);
}

double num(const Record& r, const std::string& key, double fallback = 0) {
    auto it = r.find(key);
    if (it == r.end()) return fallback;
    char* end = nullptr;
    const double v = std::strtod(it->second.c_str(), &end);
    return end && end != it->second.c_str() ? v : fallback;
}

std::string fmt(double v, int digits = 4) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// The time spent on the run in earlier invocations (outDir/elapsed.txt)
// plus this one's.
class RunClock {
  public:
    explicit RunClock(fs::path file) : file_(std::move(file)), start_(Clock::now()) {
        std::ifstream in(file_);
        in >> before_;
        if (!in || !std::isfinite(before_) || before_ < 0) before_ = 0;
    }
    double seconds() const {
        return before_ + std::chrono::duration<double>(Clock::now() - start_).count();
    }
    void save() const { writeFileAtomically(file_.string(), fmt(seconds(), 1) + "\n", nullptr); }

  private:
    fs::path file_;
    Clock::time_point start_;
    double before_ = 0;
};

// Sets `stopAll` and a match interrupt at the deadline or when the caller's
// stop flag is raised.
class Watchdog {
  public:
    Watchdog(const std::atomic<bool>* external, double hours)
        : external_(external),
          deadline_(hours > 0 ? Clock::now() + std::chrono::milliseconds(int64_t(hours * 3.6e6))
                              : Clock::time_point::max()) {
        thread_ = std::thread([this] {
            while (!done_.load()) {
                if ((external_ && external_->load()) || Clock::now() >= deadline_) {
                    stop.store(true);
                    interrupts.store(2);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
    }
    ~Watchdog() {
        done_.store(true);
        thread_.join();
    }
    std::atomic<bool> stop{false};
    std::atomic<int> interrupts{0};

  private:
    const std::atomic<bool>* external_;
    Clock::time_point deadline_;
    std::atomic<bool> done_{false};
    std::thread thread_;
};

int readBest(const fs::path& dir) {
    std::ifstream in(dir / "best.txt");
    int g = 0;
    in >> g;
    return in ? g : 0;
}

// Games already in a self-play folder (0 when it cannot be read).
int64_t gamesIn(const fs::path& dir) {
    return countChunkGames(dir.string(), nullptr).value_or(0);
}

}  // namespace

class ZeroLoop {
  public:
    ZeroLoop(const ZeroParams& p, std::FILE* out, const std::atomic<bool>* stop)
        : p_(p), out_(out), dir_(p.outDir), clock_(dir_ / "elapsed.txt"), watch_(stop, p.hours) {}

    ZeroResult run() {
        ZeroResult res;
        std::error_code ec;
        for (const char* sub : {"selfplay", "train", "nets", "gates", "gnugo"})
            fs::create_directories(dir_ / sub, ec);
        if (ec) {
            fail(res, "cannot create folders in " + dir_.string() + ": " + ec.message());
            return res;
        }
        exe_ =
            p_.engineExe.empty() ? fs::read_symlink("/proc/self/exe", ec).string() : p_.engineExe;
        if (!placeStartingNet(res)) return res;
        for (int g = 1;; ++g) {
            best_ = readBest(dir_);
            if (p_.maxGenerations > 0 && g > p_.maxGenerations) break;
            // 1. the games of the best net (generation g - 1's data)
            if (!selfplay(g - 1, res)) break;
            // 2. train the candidate
            if (!trainCandidate(g, res)) break;
            // 3. gate
            if (!gate(g, res)) break;
            // 4. GNU Go
            if (!gnugo(g, res)) break;
            res.generation = g;
            refreshCurve();
            clock_.save();
        }
        clock_.save();
        refreshCurve();
        res.best = readBest(dir_);
        res.generations = readZeroGenerations(dir_.string(), nullptr);
        res.interrupted = res.interrupted || watch_.stop.load();
        res.ok = res.error.empty();
        return res;
    }

  private:
    bool fail(ZeroResult& res, const std::string& error) {
        res.error = error;
        return false;
    }
    bool stopped(ZeroResult& res) {
        if (!watch_.stop.load()) return false;
        res.interrupted = true;
        return true;
    }
    void say(const std::string& line) {
        if (!out_) return;
        std::fprintf(out_, "zero: %s\n", line.c_str());
        std::fflush(out_);
    }
    fs::path netOf(int g) const { return netPath(dir_, g); }
    // Generation 0 is a net (nets/gen-000.m37) when the run started from one.
    bool startedFromNet() const { return fs::exists(netOf(0)); }
    std::string nameOf(int g) const {
        return g > 0 || startedFromNet() ? genName(g) : std::string("rollouts");
    }

    // Copies initNet to nets/gen-000.m37 when a new run starts from it;
    // checks its board size and that the run did not start from rollouts.
    bool placeStartingNet(ZeroResult& res) {
        const bool started = startedFromNet();
        if (!started && p_.initNet.empty()) return true;
        std::string err;
        if (started) {
            if (!p_.initNet.empty())
                say("--init-net " + p_.initNet + " not used: the run started from " +
                    netOf(0).string());
            auto net = nn::readNetFile(netOf(0).string(), &err);
            if (!net) return fail(res, err);
            startingData_ = net->meta.data;
            return true;
        }
        if (fs::exists(dir_ / "selfplay" / genName(0)) || fs::exists(dir_ / "best.txt"))
            return fail(res, "--init-net: the run in " + dir_.string() +
                                 " started from rollouts; a starting net needs a new --out");
        auto net = nn::readNetFile(p_.initNet, &err);
        if (!net) return fail(res, "--init-net: " + err);
        if (net->meta.boardSize != p_.boardSize)
            return fail(res, "--init-net: " + p_.initNet + " is a " +
                                 std::to_string(net->meta.boardSize) + "x" +
                                 std::to_string(net->meta.boardSize) + " net; the run is " +
                                 std::to_string(p_.boardSize) + "x" + std::to_string(p_.boardSize));
        if (!nn::writeNetFile(netOf(0).string(), *net, &err))
            return fail(res, "--init-net: " + err);
        say("starting from " + p_.initNet + " (" + netOf(0).string() + ")");
        startingData_ = net->meta.data;
        return true;
    }

    bool selfplay(int g, ZeroResult& res) {
        const fs::path sdir = dir_ / "selfplay" / genName(g);
        const bool rollouts = (g == 0 || best_ == 0) && !startedFromNet();
        const int want = g == 0 && rollouts ? p_.bootstrapGames : p_.gamesPerGeneration;
        if (fs::exists(sdir / "done")) return true;
        if (stopped(res)) return false;
        std::error_code ec;
        fs::create_directories(sdir, ec);
        SelfPlayPoolParams sp;
        sp.game = p_.selfplay;
        sp.game.boardSize = p_.boardSize;
        sp.game.rules = p_.rules;
        sp.games = want;
        sp.outDir = sdir.string();
        sp.seed = p_.seed * 1000003ULL + uint64_t(g);
        sp.parallelGames = p_.parallelGames;
        sp.maxBatch = p_.maxBatch;
        EvaluatorFactory factory;
        std::shared_ptr<nn::LoadedNetwork> net;
        const int best = g == 0 ? 0 : best_;
        if (rollouts) {
            // The network-free search: rollouts and rule-based priors.
            sp.game.visits = p_.bootstrapVisits;
            sp.game.fastVisits = 0;
            sp.game.netName = "rollouts";
            sp.parallelGames = 1;
        } else {
            nn::NNParams np;
            np.threads = p_.threads;
            np.batchSize = sp.game.searchBatch;
            np.seed = sp.seed;
            std::string err;
            net = nn::loadNetwork(netOf(best).string(), np, &err);
            if (!net) return fail(res, "self-play: " + err);
            factory = net->factory();
            sp.game.netName = "zero " + genName(best);
        }
        say("generation " + std::to_string(g) + " self-play: " + std::to_string(want) +
            " games by " + nameOf(best) + " into " + sdir.string());
        const auto r = runSelfPlayPool(sp, factory, out_, &watch_.stop);
        if (!r.ok) return fail(res, "self-play: " + r.error);
        if (gamesIn(sdir) < want) {
            res.interrupted = true;
            return false;
        }
        std::string err;
        if (!writeFileAtomically((sdir / "done").string(), std::to_string(want) + "\n", &err))
            return fail(res, err);
        return true;
    }

    int64_t allGames() const {
        int64_t n = 0;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir_ / "selfplay", ec))
            if (e.is_directory()) n += gamesIn(e.path());
        return n;
    }

    bool trainCandidate(int g, ZeroResult& res) {
        if (fs::exists(netOf(g))) return true;
        if (stopped(res)) return false;
        TrainParams tp;
        tp.chunkDirs = {(dir_ / "selfplay").string()};
        tp.chunkDirs.insert(tp.chunkDirs.end(), p_.replayDirs.begin(), p_.replayDirs.end());
        tp.outDir = (dir_ / "train").string();
        tp.boardSize = p_.boardSize;
        tp.blocks = p_.blocks;
        tp.channels = p_.channels;
        tp.valueHidden = p_.valueHidden;
        tp.batch = p_.batch;
        tp.lr = p_.lr;
        tp.momentum = p_.momentum;
        tp.weightDecay = p_.weightDecay;
        tp.window = p_.window;
        tp.qRatio = p_.qRatio;
        tp.steps = int64_t(g) * p_.stepsPerGeneration;
        tp.threads = p_.threads;
        tp.seed = p_.seed;
        if (startedFromNet()) tp.initNet = netOf(0).string();
        tp.command = p_.command;
        tp.notes = "zero loop, no human data";
        say("generation " + std::to_string(g) + " training to step " + std::to_string(tp.steps));
        const auto r = runTrain(tp, out_, &watch_.stop);
        if (!r.ok) return fail(res, "train: " + r.error);
        if (r.interrupted || r.step < tp.steps) {
            res.interrupted = true;
            return false;
        }
        // The candidate: the trainer's export with the loop's provenance.
        std::string err;
        auto net = nn::readNetFile((dir_ / "train" / "net.m37").string(), &err);
        if (!net) return fail(res, "train: " + err);
        const int64_t games = allGames();
        net->meta.command = p_.command;
        std::string replay;
        for (const auto& d : p_.replayDirs) replay += (replay.empty() ? "" : ", ") + d;
        net->meta.data = std::to_string(games) + " self-play games " +
                         (startedFromNet() ? "from a starting net trained on " + startingData_
                                           : "(generation 0 by rollouts), no human data") +
                         (replay.empty() ? "" : "; the replay window also draws on " + replay);
        net->meta.generations = std::to_string(g);
        net->meta.hours = fmt(clock_.seconds() / 3600.0, 2);
        net->meta.notes =
            "move37 zero loop, " + genName(g) + ", trained " + std::to_string(r.step) + " steps";
        net->meta.extra.emplace_back("train_step", std::to_string(r.step));
        net->meta.extra.emplace_back("selfplay_games", std::to_string(games));
        if (!nn::writeNetFile(netOf(g).string(), *net, &err)) return fail(res, "train: " + err);
        trainPolicyLoss_ = r.holdoutPolicyLoss;
        trainValueLoss_ = r.holdoutValueLoss;
        return true;
    }

    std::vector<std::string> engineArgs(int g, int visits) const {
        std::vector<std::string> a = {exe_,
                                      "gtp",
                                      "--size",
                                      std::to_string(p_.boardSize),
                                      "--rules",
                                      p_.rules.toString(),
                                      "--visits",
                                      std::to_string(visits),
                                      "--random-moves",
                                      std::to_string(p_.randomMoves),
                                      "--threads",
                                      "1"};
        if (g > 0 || startedFromNet()) {
            a.push_back("-w");
            a.push_back(netOf(g).string());
        }
        return a;
    }

    // Plays a match; nullopt when interrupted or an engine could not run.
    std::optional<MatchTally> play(const std::vector<std::string>& e1,
                                   const std::vector<std::string>& e2, int games, uint64_t seed,
                                   const std::string& what, ZeroResult& res) {
        MatchParams mp;
        mp.engine1 = e1;
        mp.engine2 = e2;
        mp.games = games;
        mp.boardSize = p_.boardSize;
        mp.rules = p_.rules;
        mp.seed = seed;
        mp.concurrency = p_.matchConcurrency > 0 ? p_.matchConcurrency : p_.threads;
        MatchRunner runner(mp);
        std::string err;
        if (!runner.start(&err)) {
            fail(res, what + ": " + err);
            return std::nullopt;
        }
        const auto t0 = Clock::now();
        auto tally = runner.run(
            [&](const GameRecord& g, const MatchTally& t) {
                const double s = std::chrono::duration<double>(Clock::now() - t0).count();
                say(what + " game " + std::to_string(g.index + 1) + "/" + std::to_string(games) +
                    ": " + g.result + " | " + std::to_string(t.wins1) + "-" +
                    std::to_string(t.wins2) + "  ETA " +
                    formatDuration(s / std::max(1, t.games) * (games - t.games)));
            },
            &watch_.interrupts, &err);
        if (watch_.stop.load()) {
            res.interrupted = true;
            return std::nullopt;
        }
        if (!err.empty() || tally.games < games) {
            fail(res, what + ": " + (err.empty() ? std::string("match ended early") : err));
            return std::nullopt;
        }
        return tally;
    }

    bool gate(int g, ZeroResult& res) {
        const fs::path file = dir_ / "gates" / (genName(g) + ".txt");
        if (fs::exists(file)) return true;
        if (stopped(res)) return false;
        const int best = readBest(dir_);
        const std::string what = "gate " + genName(g) + " vs " + nameOf(best);
        say(what + ": " + std::to_string(p_.gateGames) + " games at " +
            std::to_string(p_.gateVisits) + " visits");
        auto t = play(engineArgs(g, p_.gateVisits), engineArgs(best, p_.gateVisits), p_.gateGames,
                      p_.seed + uint64_t(g), what, res);
        if (!t) return false;
        const bool promoted = t->score1() >= p_.promoteScore;
        const auto gens = readZeroGenerations(dir_.string(), nullptr);
        double bestElo = 0;
        for (const auto& x : gens)
            if (x.generation == best) bestElo = x.elo;
        const auto ci = t->elo1Interval();
        const double elo = std::clamp(t->elo1(), -800.0, 800.0);
        std::string err;
        if (!writeRecord(file,
                         {{"generation", std::to_string(g)},
                          {"opponent", std::to_string(best)},
                          {"games", std::to_string(t->games)},
                          {"wins", std::to_string(t->wins1)},
                          {"draws", std::to_string(t->draws)},
                          {"score", fmt(t->score1())},
                          {"elo", fmt(elo, 1)},
                          {"elo_low", fmt(std::clamp(ci.low, -800.0, 800.0), 1)},
                          {"elo_high", fmt(std::clamp(ci.high, -800.0, 800.0), 1)},
                          {"rating", fmt(bestElo + elo, 1)},
                          {"promoted", promoted ? "1" : "0"},
                          {"train_step", std::to_string(int64_t(g) * p_.stepsPerGeneration)},
                          {"policy_loss", fmt(trainPolicyLoss_)},
                          {"value_loss", fmt(trainValueLoss_)},
                          {"selfplay_games", std::to_string(allGames())},
                          {"hours", fmt(clock_.seconds() / 3600.0, 3)}},
                         &err))
            return fail(res, err);
        say(what + ": score " + fmt(t->score1(), 3) + ", Elo " + formatElo(t->elo1()) +
            (promoted ? " -> promoted" : " -> kept " + nameOf(best)));
        if (promoted) {
            // best.m37 is a copy for the user (the loop reads best.txt), so a
            // failed copy only leaves the previous one, as it always did.
            writeFileAtomically((dir_ / "best.m37").string(),
                                [&](std::ostream& out) {
                                    std::ifstream in(netOf(g), std::ios::binary);
                                    return in && out << in.rdbuf();
                                },
                                nullptr);
            if (!writeFileAtomically((dir_ / "best.txt").string(), std::to_string(g) + "\n", &err))
                return fail(res, err);
        }
        return true;
    }

    bool gnugo(int g, ZeroResult& res) {
        if (p_.gnugoEvery <= 0 || g % p_.gnugoEvery != 0) return true;
        const fs::path file = dir_ / "gnugo" / (genName(g) + ".txt");
        if (fs::exists(file)) return true;
        if (stopped(res)) return false;
        std::string err;
        auto gnu = splitCommandLine(p_.gnugoCommand, &err);
        if (!gnu || gnu->empty()) return fail(res, "--gnugo: " + err);
        const std::string what = genName(g) + " vs gnugo";
        auto t = play(engineArgs(g, p_.gnugoVisits), *gnu, p_.gnugoGames, p_.seed + 7919ULL * g,
                      what, res);
        if (!t) return false;
        if (!writeRecord(file,
                         {{"generation", std::to_string(g)},
                          {"games", std::to_string(t->games)},
                          {"wins", std::to_string(t->wins1)},
                          {"draws", std::to_string(t->draws)},
                          {"score", fmt(t->score1())},
                          {"elo", fmt(std::clamp(t->elo1(), -800.0, 800.0), 1)},
                          {"visits", std::to_string(p_.gnugoVisits)},
                          {"opponent", p_.gnugoCommand}},
                         &err))
            return fail(res, err);
        say(what + ": " + std::to_string(t->wins1) + "/" + std::to_string(t->games) + ", Elo " +
            formatElo(t->elo1()));
        return true;
    }

    void refreshCurve() { writeZeroReport(p_); }

    ZeroParams p_;
    std::FILE* out_;
    fs::path dir_;
    RunClock clock_;
    Watchdog watch_;
    std::string exe_;
    int best_ = 0;
    std::string startingData_;  // the starting net's data line ("" from rollouts)
    double trainPolicyLoss_ = 0, trainValueLoss_ = 0;
};

ZeroResult runZero(const ZeroParams& params, std::FILE* out, const std::atomic<bool>* stop) {
    if (params.outDir.empty()) {
        ZeroResult r;
        r.error = "--out is required";
        return r;
    }
    for (const auto& d : params.replayDirs) {
        std::error_code ec;
        if (!fs::is_directory(d, ec)) {
            ZeroResult r;
            r.error = "--replay " + d + ": not a folder of self-play chunks";
            return r;
        }
    }
    ZeroLoop loop(params, out, stop);
    return loop.run();
}

std::vector<ZeroGeneration> readZeroGenerations(const std::string& outDir, std::string* warning) {
    std::vector<ZeroGeneration> gens;
    const fs::path dir(outDir);
    for (int g = 1;; ++g) {
        auto r = readRecord(dir / "gates" / (genName(g) + ".txt"));
        if (!r) break;
        if (!r->count("score") || !r->count("games")) {
            if (warning)
                *warning = (dir / "gates" / (genName(g) + ".txt")).string() + ": incomplete record";
            break;
        }
        ZeroGeneration x;
        x.generation = g;
        x.gated = true;
        x.gateGames = int(num(*r, "games"));
        x.gateScore = num(*r, "score");
        x.eloVsBest = num(*r, "elo");
        x.eloVsBestLow = num(*r, "elo_low");
        x.eloVsBestHigh = num(*r, "elo_high");
        x.opponent = int(num(*r, "opponent"));
        x.promoted = num(*r, "promoted") != 0;
        x.elo = num(*r, "rating");
        x.trainStep = int64_t(num(*r, "train_step"));
        x.policyLoss = num(*r, "policy_loss");
        x.valueLoss = num(*r, "value_loss");
        x.selfplayGames = int64_t(num(*r, "selfplay_games"));
        x.hours = num(*r, "hours");
        if (auto gr = readRecord(dir / "gnugo" / (genName(g) + ".txt"))) {
            x.gnugoPlayed = true;
            x.gnugoGames = int(num(*gr, "games"));
            x.gnugoScore = num(*gr, "score");
            x.eloVsGnugo = num(*gr, "elo");
        }
        gens.push_back(x);
    }
    return gens;
}

void writeZeroReport(const ZeroParams& p) {
    const fs::path dir(p.outDir);
    const auto gens = readZeroGenerations(p.outDir, nullptr);
    writeFileAtomically((dir / "generations.csv").string(), zeroGenerationsCsv(gens), nullptr);
    // Generation 0 (the rollout search or the starting net) is the rating's zero.
    const bool fromNet = fs::exists(netPath(dir, 0));
    std::vector<EloPoint> rating = {{0, 0, true}}, vsGnugo;
    for (const auto& x : gens) {
        rating.push_back({double(x.generation), x.elo, x.promoted});
        if (x.gnugoPlayed) vsGnugo.push_back({double(x.generation), x.eloVsGnugo, true});
    }
    EloPlot plot;
    plot.title = std::to_string(p.boardSize) + "x" + std::to_string(p.boardSize) +
                 " zero run: Elo by generation (hollow: not promoted)";
    plot.series.push_back({std::string("rating from the gates (generation 0 = ") +
                               (fromNet ? "the starting net" : "rollouts") + " = 0)",
                           rating});
    plot.series.push_back({"Elo vs " + p.gnugoCommand + " (clamped at -800)", vsGnugo});
    writeFileAtomically((dir / "elo.svg").string(), renderEloSvg(plot), nullptr);
}

std::string zeroGenerationsCsv(const std::vector<ZeroGeneration>& gens) {
    std::ostringstream s;
    s << "generation,selfplay_games,train_step,policy_loss,value_loss,opponent,gate_games,"
         "gate_score,elo_vs_best,elo_vs_best_low,elo_vs_best_high,promoted,elo,gnugo_games,"
         "gnugo_score,elo_vs_gnugo,hours\n";
    for (const auto& x : gens) {
        s << x.generation << ',' << x.selfplayGames << ',' << x.trainStep << ','
          << fmt(x.policyLoss) << ',' << fmt(x.valueLoss) << ',' << x.opponent << ',' << x.gateGames
          << ',' << fmt(x.gateScore, 3) << ',' << fmt(x.eloVsBest, 1) << ','
          << fmt(x.eloVsBestLow, 1) << ',' << fmt(x.eloVsBestHigh, 1) << ',' << (x.promoted ? 1 : 0)
          << ',' << fmt(x.elo, 1) << ',';
        if (x.gnugoPlayed)
            s << x.gnugoGames << ',' << fmt(x.gnugoScore, 3) << ',' << fmt(x.eloVsGnugo, 1);
        else
            s << ",,";
        s << ',' << fmt(x.hours, 3) << '\n';
    }
    return s.str();
}

}  // namespace m37::train
