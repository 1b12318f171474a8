#include "engine/train/match_runner.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "engine/go/atomic_file.h"
#include "engine/go/coord.h"
#include "engine/go/scoring.h"
#include "engine/search/dead_stones.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_writer.h"

namespace m37::train {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The stones an engine lists (one or more vertices per line); nullopt when
// a word is not a vertex or names an empty point.
std::optional<std::set<Loc>> parseStoneList(const std::string& text, const Board& board) {
    std::set<Loc> stones;
    size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
        size_t end = pos;
        while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
        if (end == pos) break;
        auto loc = parseGtpVertex(std::string_view(text).substr(pos, end - pos), board.size());
        if (!loc || *loc == kPassLoc || board.at(*loc) == kEmpty) return std::nullopt;
        stones.insert(*loc);
        pos = end;
    }
    return stones;
}

std::string todayIso() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

bool isTimeout(const std::string& error) {
    return error.find("within") != std::string::npos;
}

// How a transport error ends the game for the engine that caused it.
GameEnd transportEnd(const std::string& error) {
    if (isTimeout(error)) return GameEnd::kTimeout;
    if (error.find("garbage") != std::string::npos) return GameEnd::kBadAnswer;
    return GameEnd::kCrash;
}

}  // namespace

const char* toString(GameEnd e) {
    switch (e) {
        case GameEnd::kScored:
            return "score";
        case GameEnd::kMoveCap:
            return "move cap";
        case GameEnd::kResign:
            return "resign";
        case GameEnd::kIllegalMove:
            return "illegal move";
        case GameEnd::kBadAnswer:
            return "bad answer";
        case GameEnd::kRefusedMove:
            return "refused move";
        case GameEnd::kSetupFailed:
            return "setup failed";
        case GameEnd::kTimeout:
            return "timeout";
        case GameEnd::kCrash:
            return "crash";
        case GameEnd::kAbandoned:
            return "abandoned";
    }
    return "?";
}

MatchRunner::MatchRunner(MatchParams params) : params_(std::move(params)) {
    pairs_.push_back(std::make_unique<EnginePair>(params_));
}

MatchRunner::~MatchRunner() {
    for (auto& pair : pairs_) {
        pair->e1.stop();
        pair->e2.stop();
    }
}

std::string MatchRunner::fatalError() const {
    for (const auto& pair : pairs_)
        if (!pair->fatal.empty()) return pair->fatal;
    return {};
}

bool MatchRunner::start(std::string* error) {
    auto fail = [&](const std::string& what) {
        if (error) *error = what;
        return false;
    };
    if (params_.engine1.empty() || params_.engine2.empty())
        return fail("both engine commands are needed");
    if (params_.boardSize < Board::kMinSize || params_.boardSize > Board::kMaxSize)
        return fail("board size must be " + std::to_string(Board::kMinSize) + ".." +
                    std::to_string(Board::kMaxSize));
    if (params_.games < 1) return fail("the number of games must be at least 1");
    if (params_.concurrency < 1 || params_.concurrency > 64)
        return fail("concurrency must be 1..64 games at once");
    if (!params_.sgfDir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(params_.sgfDir, ec);
        if (ec) return fail("cannot create " + params_.sgfDir + ": " + ec.message());
    }
    // One pair per game played at once (more games than that would idle).
    const int pairs = std::min(params_.concurrency, params_.games);
    while (int(pairs_.size()) < pairs) pairs_.push_back(std::make_unique<EnginePair>(params_));
    for (auto& pair : pairs_)
        for (GtpPlayer* p : {&pair->e1, &pair->e2})
            if (!p->ensureRunning(params_.startTimeoutMs))
                return fail(p->label() + " (" + p->argv()[0] + ") cannot start: " + p->lastError());
    return true;
}

uint32_t matchEngineSeed(uint64_t matchSeed, int game, int engine) {
    uint64_t x = matchSeed * 0x9E3779B97F4A7C15ULL + uint64_t(game) * 2 + uint64_t(engine);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 29;
    return uint32_t(x & 0x7FFFFFFF);
}

bool MatchRunner::setUp(GtpPlayer& p, GameRecord& rec, Color color, uint32_t seed,
                        std::string& fatal) {
    auto lost = [&](GameEnd end, const std::string& detail) {
        rec.winnerColor = opponent(color);
        rec.end = end;
        rec.detail = p.label() + ": " + detail;
        rec.result =
            std::string(color == kBlack ? "W" : "B") + (end == GameEnd::kTimeout ? "+T" : "+F");
        return false;
    };
    for (int attempt = 0;; ++attempt) {
        if (p.ensureRunning(params_.startTimeoutMs)) break;
        if (attempt + 1 >= params_.maxStartFailures) {
            fatal = p.label() + " cannot be restarted: " + p.lastError();
            return lost(GameEnd::kCrash, "cannot start: " + p.lastError());
        }
    }
    char komi[32];
    std::snprintf(komi, sizeof komi, "%g", double(params_.rules.komi));
    const std::pair<std::string, bool> commands[] = {
        {"boardsize " + std::to_string(params_.boardSize), true},
        {"clear_board", true},
        {std::string("komi ") + komi, false},
        {"kgs-rules " + params_.rules.presetName(), false},
        {"set_random_seed " + std::to_string(seed), false},
    };
    for (const auto& [cmd, required] : commands) {
        GtpReply r = p.send(cmd, params_.timeoutMs);
        if (!r.transportOk()) return lost(transportEnd(r.error), "'" + cmd + "': " + r.error);
        if (!r.ok && required) {
            p.markBroken();
            return lost(GameEnd::kSetupFailed, "'" + cmd + "' refused: " + r.text);
        }
    }
    return true;
}

void MatchRunner::scoreGame(const GameState& state, GtpPlayer& black, GtpPlayer& white,
                            GameRecord& rec) {
    // Both engines' dead lists, used when they agree.
    std::optional<std::set<Loc>> lists[2];
    GtpPlayer* players[2] = {&black, &white};
    for (int i = 0; i < 2; ++i) {
        GtpReply r = players[i]->send("final_status_list dead", params_.timeoutMs);
        if (r.transportOk() && r.ok) lists[i] = parseStoneList(r.text, state.board());
    }
    std::vector<Loc> dead;
    if (lists[0] && lists[1] && *lists[0] == *lists[1]) {
        dead.assign(lists[0]->begin(), lists[0]->end());
        rec.deadStones = "agreed";
    } else {
        dead = estimateDeadStones(state, params_.deadStonePlayouts,
                                  params_.seed * 0x9E3779B97F4A7C15ULL + uint64_t(rec.index))
                   .dead;
        rec.deadStones = "estimate";
    }
    const Score s = score(state, dead);
    rec.result = s.toString();
    rec.winnerColor = s.margin() > 0 ? kBlack : s.margin() < 0 ? kWhite : kEmpty;
}

void MatchRunner::saveSgf(const GameState& state, const GtpPlayer& black, const GtpPlayer& white,
                          GameRecord& rec) {
    if (params_.sgfDir.empty()) return;
    SgfGameInfo info;
    info.playerBlack = black.displayName();
    info.playerWhite = white.displayName();
    info.result = rec.result;
    info.date = todayIso();
    info.application = "move37 match";
    auto root = sgfFromGameState(state, info);
    std::string comment = "Game " + std::to_string(rec.index + 1) + " of " +
                          std::to_string(params_.games) + ". Black: " + black.label() +
                          ", White: " + white.label() + ".\nEnd: " + toString(rec.end);
    if (!rec.detail.empty()) comment += " (" + rec.detail + ")";
    if (!rec.deadStones.empty()) comment += "\nDead stones: " + rec.deadStones;
    if (!rec.opening.empty()) comment += "\nOpening: " + rec.opening;
    root->set("C", comment);
    char name[32];
    std::snprintf(name, sizeof name, "game-%04d.sgf", rec.index + 1);
    const std::string path = (std::filesystem::path(params_.sgfDir) / name).string();
    std::string error;
    if (writeFileAtomically(path, m37::writeSgf(*root), &error))
        rec.sgfPath = path;
    else
        std::fprintf(stderr, "match: %s\n", error.c_str());
}

GameRecord MatchRunner::playGame(int index, const std::atomic<int>* interrupts) {
    return playGame(index, *pairs_.front(), interrupts);
}

GameRecord MatchRunner::playGame(int index, EnginePair& pair, const std::atomic<int>* interrupts) {
    const auto t0 = std::chrono::steady_clock::now();
    GameRecord rec;
    rec.index = index;
    rec.engine1Black = index % 2 == 0;
    GtpPlayer& black = rec.engine1Black ? pair.e1 : pair.e2;
    GtpPlayer& white = rec.engine1Black ? pair.e2 : pair.e1;
    auto interrupted = [&](int level) { return interrupts && interrupts->load() >= level; };
    GameState state(params_.boardSize, params_.rules);
    const int n = params_.boardSize;

    auto finish = [&]() {
        // An engine failure after a Ctrl-C is most likely the Ctrl-C.
        if (interrupted(1) && (rec.end == GameEnd::kCrash || rec.end == GameEnd::kTimeout)) {
            rec.end = GameEnd::kAbandoned;
            rec.detail = "interrupted (" + rec.detail + ")";
        }
        if (rec.end == GameEnd::kAbandoned) {
            rec.counted = false;
            rec.winnerColor = kEmpty;
            rec.result = "Void";
        }
        rec.winner = rec.winnerColor == kEmpty                         ? 0
                     : (rec.winnerColor == kBlack) == rec.engine1Black ? 1
                                                                       : 2;
        rec.moves = state.moveNumber();
        saveSgf(state, black, white, rec);
        rec.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return rec;
    };
    auto lose = [&](Color loser, GameEnd end, const std::string& detail, const char* suffix) {
        rec.winnerColor = opponent(loser);
        rec.end = end;
        rec.detail = detail;
        rec.result = std::string(loser == kBlack ? "W" : "B") + suffix;
    };

    const uint32_t seed1 = matchEngineSeed(params_.seed, index, 1);
    const uint32_t seed2 = matchEngineSeed(params_.seed, index, 2);
    if (!setUp(black, rec, kBlack, rec.engine1Black ? seed1 : seed2, pair.fatal) ||
        !setUp(white, rec, kWhite, rec.engine1Black ? seed2 : seed1, pair.fatal)) {
        if (!pair.fatal.empty()) rec.end = GameEnd::kAbandoned;  // the match stops here
        return finish();
    }
    // Tells `p` (playing `pColor`) the move `loc` of `c`; a refusal or a
    // failure loses the game for p.
    auto tell = [&](GtpPlayer& p, Color pColor, Color c, Loc loc) {
        const std::string play =
            std::string("play ") + (c == kBlack ? "black " : "white ") + gtpVertex(loc, n);
        GtpReply r = p.send(play, params_.timeoutMs);
        if (!r.transportOk()) {
            lose(pColor, transportEnd(r.error), p.label() + ": " + play + ": " + r.error,
                 isTimeout(r.error) ? "+T" : "+F");
            return false;
        }
        if (!r.ok) {
            lose(pColor, GameEnd::kRefusedMove,
                 p.label() + ": refused legal '" + play + "': " + r.text, "+F");
            p.markBroken();
            return false;
        }
        return true;
    };
    if (const MatchOpening* o = openingForGame(params_.openings, index)) {
        rec.opening = o->name;
        for (const MoveRecord& m : o->moves) {
            state.play(m.loc, m.color);  // checked legal when loaded
            if (!tell(black, kBlack, m.color, m.loc) || !tell(white, kWhite, m.color, m.loc))
                return finish();
        }
    }

    const int cap = params_.effectiveMaxMoves();
    for (;;) {
        if (interrupted(2)) {
            rec.end = GameEnd::kAbandoned;
            rec.detail = "interrupted";
            return finish();
        }
        if (state.moveNumber() >= cap) {
            rec.end = GameEnd::kMoveCap;
            rec.detail = "after " + std::to_string(cap) + " moves";
            scoreGame(state, black, white, rec);
            return finish();
        }
        const Color c = state.toMove();
        GtpPlayer& mover = c == kBlack ? black : white;
        GtpPlayer& other = c == kBlack ? white : black;
        const std::string colour = c == kBlack ? "black" : "white";
        GtpReply r = mover.send("genmove " + colour, params_.timeoutMs);
        if (!r.transportOk()) {
            const bool timeout = isTimeout(r.error);
            lose(c, transportEnd(r.error), mover.label() + ": genmove: " + r.error,
                 timeout ? "+T" : "+F");
            return finish();
        }
        if (!r.ok) {
            lose(c, GameEnd::kBadAnswer, mover.label() + ": genmove failed: " + r.text, "+F");
            mover.markBroken();
            return finish();
        }
        const std::string answer = lower(r.text);
        if (answer == "resign") {
            lose(c, GameEnd::kResign, mover.label() + " resigned", "+R");
            return finish();
        }
        const auto loc = parseGtpVertex(answer, n);
        if (!loc) {
            lose(c, GameEnd::kBadAnswer,
                 mover.label() + ": genmove answered '" + r.text.substr(0, 80) + "'", "+F");
            mover.markBroken();
            return finish();
        }
        const MoveError e = state.check(*loc, c);
        if (e != MoveError::kNone) {
            lose(c, GameEnd::kIllegalMove,
                 mover.label() + ": illegal move " + gtpVertex(*loc, n) + " (" + m37::toString(e) +
                     ")",
                 "+F");
            mover.markBroken();
            return finish();
        }
        state.play(*loc, c);
        if (!tell(other, opponent(c), c, *loc)) return finish();
        if (state.gameOver()) {
            rec.end = GameEnd::kScored;
            scoreGame(state, black, white, rec);
            return finish();
        }
    }
}

MatchTally MatchRunner::run(const std::function<void(const GameRecord&, const MatchTally&)>& onGame,
                            const std::atomic<int>* interrupts, std::string* error) {
    MatchTally tally;
    std::mutex mutex;  // guards tally, the onGame calls and fatal
    std::string fatal;
    std::atomic<int> next{0};
    std::atomic<bool> stop{false};
    // Each pair takes the next game number until the match is over.
    auto work = [&](EnginePair& pair) {
        while (!stop.load() && !(interrupts && interrupts->load() >= 1)) {
            const int i = next++;
            if (i >= params_.games) return;
            GameRecord rec = playGame(i, pair, interrupts);
            std::lock_guard<std::mutex> lock(mutex);
            if (rec.counted) tally.add(rec.winner, rec.engine1Black);
            if (onGame) onGame(rec, tally);
            if (!pair.fatal.empty()) {
                if (fatal.empty()) fatal = pair.fatal;
                stop = true;
            }
        }
    };
    if (pairs_.size() == 1) {
        work(*pairs_.front());
    } else {
        std::vector<std::thread> threads;
        for (auto& pair : pairs_) threads.emplace_back(work, std::ref(*pair));
        for (auto& t : threads) t.join();
    }
    if (!fatal.empty() && error) *error = fatal;
    return tally;
}

}  // namespace m37::train
