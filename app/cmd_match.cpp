// move37-engine match: engine vs engine over GTP.
//   match --engine1 "CMD ARGS" --engine2 "CMD ARGS" [--games N] [--size 9]
//         [--komi 7] [--rules chinese] [--sgf-dir DIR] [--max-moves M]
//         [--timeout-ms T] [--seed S] [--concurrency N] [--openings SGF|DIR ...]
// Prints a line per game and a summary: wins, win rate with its 95% Wilson
// interval, Elo difference with its interval, and the split by colour.
// Ctrl-C once: finish the games being played, then stop; twice: stop now.
#include <unistd.h>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <iostream>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "engine/train/command_line.h"
#include "engine/train/match_runner.h"
#include "engine/train/progress_text.h"

namespace po = boost::program_options;

namespace m37::app {

namespace {

std::atomic<int> gInterrupts{0};

void onSigint(int) {
    const int n = ++gInterrupts;
    const char* msg = n == 1 ? "\nmatch: interrupted; finishing the games being played "
                               "(Ctrl-C again to stop now)\n"
                             : "\nmatch: stopping now\n";
    size_t len = 0;
    while (msg[len]) ++len;
    (void)!write(2, msg, len);
}

std::string joinArgs(const std::vector<std::string>& argv) {
    std::string s;
    for (const auto& a : argv) s += (s.empty() ? "" : " ") + a;
    return s;
}

// "chinese" when the rules are that preset with another komi, else key=value.
std::string rulesName(const Rules& r) {
    auto preset = Rules::preset(r.presetName());
    if (preset) {
        preset->komi = r.komi;
        if (*preset == r) return r.presetName();
    }
    return r.toString();
}

std::string pct(double x) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100 * x);
    return buf;
}

void printSummary(const train::MatchRunner& runner, const train::MatchTally& t) {
    const auto& e1 = runner.engine1();
    const auto& e2 = runner.engine2();
    std::printf("\n=== match result: %d game%s, %dx%d, komi %g, %s rules ===\n", t.games,
                t.games == 1 ? "" : "s", runner.params().boardSize, runner.params().boardSize,
                double(runner.params().rules.komi), rulesName(runner.params().rules).c_str());
    std::printf("engine1 %-24s %d wins\n", e1.displayName().c_str(), t.wins1);
    std::printf("engine2 %-24s %d wins\n", e2.displayName().c_str(), t.wins2);
    if (t.draws) std::printf("draws %d (count half)\n", t.draws);
    const train::Interval ci = t.score1Interval();
    const train::Interval ei = t.elo1Interval();
    std::printf("engine1 win rate %s (95%% CI %s - %s), Elo difference %s (95%% CI %s .. %s)\n",
                pct(t.score1()).c_str(), pct(ci.low).c_str(), pct(ci.high).c_str(),
                train::formatElo(t.elo1()).c_str(), train::formatElo(ei.low).c_str(),
                train::formatElo(ei.high).c_str());
    std::printf("engine1 as black: %d/%d won%s; as white: %d/%d won%s\n", t.wins1Black,
                t.games1Black,
                t.draws1Black ? (", " + std::to_string(t.draws1Black) + " drawn").c_str() : "",
                t.wins1White, t.games1White,
                t.draws1White ? (", " + std::to_string(t.draws1White) + " drawn").c_str() : "");
}

}  // namespace

int runMatch(int argc, char** argv) {
    po::options_description opts("match options");
    std::string cmd1, cmd2, rulesText = "chinese";
    std::vector<std::string> openingPaths;
    train::MatchParams p;
    double komi = 7;
    opts.add_options()("help,h", "this help")("engine1", po::value(&cmd1)->required(),
                                              "first engine's command line (quoted)")(
        "engine2", po::value(&cmd2)->required(), "second engine's command line (quoted)")(
        "games", po::value(&p.games)->default_value(2), "number of games (colours alternate)")(
        "concurrency", po::value(&p.concurrency)->default_value(1),
        "games played at once, each by its own pair of engine processes")(
        "openings", po::value(&openingPaths)->multitoken(),
        "SGF files or folders of them: games 2k and 2k+1 start after the moves of opening k "
        "(cycling), colours swapped")("size", po::value(&p.boardSize)->default_value(9),
                                      "board size")("komi", po::value(&komi)->default_value(7.0),
                                                    "komi")(
        "rules", po::value(&rulesText)->default_value("chinese"),
        "rules of the referee: chinese, japanese, ... or key=value list")(
        "sgf-dir", po::value(&p.sgfDir), "write each game as DIR/game-NNNN.sgf")(
        "max-moves", po::value(&p.maxMoves)->default_value(0),
        "move cap, then the referee scores (0: 3 x size x size)")(
        "timeout-ms", po::value(&p.timeoutMs)->default_value(60000),
        "limit for each GTP answer; an engine over it loses the game")(
        "start-timeout-ms", po::value(&p.startTimeoutMs)->default_value(60000),
        "limit for an engine's first answer after it starts")(
        "seed", po::value(&p.seed)->default_value(1),
        "seed of the engines' set_random_seed in each game and of the referee's dead-stone "
        "estimate")("dead-playouts", po::value(&p.deadStonePlayouts)->default_value(400),
                    "playouts of the referee's dead-stone estimate");
    po::variables_map vm;
    try {
        po::store(po::parse_command_line(argc, argv, opts), vm);
        if (vm.count("help")) {
            std::cout
                << "usage: move37-engine match --engine1 \"CMD ARGS\" --engine2 \"CMD ARGS\" "
                   "[options]\n"
                << opts
                << "\nDead stones: both engines' 'final_status_list dead' when they agree,\n"
                   "else the referee's own estimate. Ctrl-C: finish the games being played, then\n"
                   "stop.\n";
            return 0;
        }
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "match: %s (see --help)\n", e.what());
        return 2;
    }
    auto rules = Rules::parse(rulesText);
    if (!rules) {
        std::fprintf(stderr, "match: unknown rules '%s'\n", rulesText.c_str());
        return 2;
    }
    rules->komi = float(komi);
    p.rules = *rules;
    std::string error;
    auto argv1 = train::splitCommandLine(cmd1, &error);
    auto argv2 = argv1 ? train::splitCommandLine(cmd2, &error) : std::nullopt;
    if (!argv1 || !argv2 || argv1->empty() || argv2->empty()) {
        std::fprintf(stderr, "match: bad engine command line: %s\n",
                     error.empty() ? "empty" : error.c_str());
        return 2;
    }
    p.engine1 = *argv1;
    p.engine2 = *argv2;
    if (p.timeoutMs < 1 || p.startTimeoutMs < 1 || p.maxMoves < 0) {
        std::fprintf(stderr, "match: timeouts must be positive, --max-moves >= 0\n");
        return 2;
    }

    if (!openingPaths.empty()) {
        auto openings = train::loadMatchOpenings(openingPaths, p.boardSize, p.rules, &error);
        if (!openings) {
            std::fprintf(stderr, "match: --openings: %s\n", error.c_str());
            return 2;
        }
        p.openings = std::move(*openings);
    }

    train::MatchRunner runner(p);
    if (!runner.start(&error)) {
        std::fprintf(stderr, "match: %s\n", error.c_str());
        return 1;
    }
    const std::string atOnce =
        p.concurrency > 1 ? " (" + std::to_string(p.concurrency) + " at once)" : "";
    std::printf("engine1: %s  [%s]\nengine2: %s  [%s]\n%d games%s, %dx%d, komi %g, rules %s%s%s\n",
                runner.engine1().displayName().c_str(), joinArgs(runner.engine1().argv()).c_str(),
                runner.engine2().displayName().c_str(), joinArgs(runner.engine2().argv()).c_str(),
                p.games, atOnce.c_str(), p.boardSize, p.boardSize, double(p.rules.komi),
                rulesName(p.rules).c_str(), p.sgfDir.empty() ? "" : ", SGF in ", p.sgfDir.c_str());
    if (!p.openings.empty())
        std::printf("openings: %zu, each played twice with colours swapped\n", p.openings.size());
    std::fflush(stdout);

    struct sigaction sa {};
    sa.sa_handler = onSigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    struct sigaction old {};
    sigaction(SIGINT, &sa, &old);

    const auto t0 = std::chrono::steady_clock::now();
    int played = 0;
    auto onGame = [&](const train::GameRecord& g, const train::MatchTally& t) {
        ++played;
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const double perMin = played / (elapsed / 60.0);
        const double eta = (p.games - played) * elapsed / played;
        std::string who = g.winner == 0 ? (g.counted ? "draw" : "no result")
                                        : "engine" + std::to_string(g.winner) + " (" +
                                              (g.winnerColor == kBlack ? "B" : "W") + ") wins";
        std::printf(
            "game %d/%d%s%s: engine1 %s, %s %s, %s%s%s, %d moves, %.0fs | engine1 %d-%d "
            "engine2%s | %.2f games/min, ETA %s\n",
            g.index + 1, p.games, g.opening.empty() ? "" : " from ", g.opening.c_str(),
            g.engine1Black ? "B" : "W", who.c_str(), g.result.c_str(), toString(g.end),
            g.detail.empty() ? "" : ": ", g.detail.c_str(), g.moves, g.seconds, t.wins1, t.wins2,
            t.draws ? (" (" + std::to_string(t.draws) + " draws)").c_str() : "", perMin,
            train::formatDuration(eta).c_str());
        std::fflush(stdout);
    };
    train::MatchTally tally = runner.run(onGame, &gInterrupts, &error);
    sigaction(SIGINT, &old, nullptr);
    printSummary(runner, tally);
    if (!error.empty()) {
        std::fprintf(stderr, "match: stopped: %s\n", error.c_str());
        return 1;
    }
    if (gInterrupts.load() > 0) std::printf("(interrupted after %d games)\n", tally.games);
    return 0;
}

}  // namespace m37::app
