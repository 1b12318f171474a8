#include "engine/gtp/gtp_server.h"

#include <algorithm>
#include <cctype>
#include <condition_variable>
#include <deque>
#include <istream>
#include <limits>
#include <mutex>
#include <ostream>
#include <thread>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_args.h"

namespace m37 {

using gtp::lower;
using gtp::parseColor;
using gtp::parseInt;

namespace {
constexpr int kMaxSeconds = 1000000000;
}

const std::vector<GtpServer::Command>& GtpServer::commands() {
    static const std::vector<Command> table = {
        {"protocol_version", &GtpServer::cmdProtocolVersion},
        {"name", &GtpServer::cmdName},
        {"version", &GtpServer::cmdVersion},
        {"known_command", &GtpServer::cmdKnownCommand},
        {"list_commands", &GtpServer::cmdListCommands},
        {"quit", &GtpServer::cmdQuit},
        {"boardsize", &GtpServer::cmdBoardsize},
        {"clear_board", &GtpServer::cmdClearBoard},
        {"komi", &GtpServer::cmdKomi},
        {"play", &GtpServer::cmdPlay},
        {"genmove", &GtpServer::cmdGenmove},
        {"reg_genmove", &GtpServer::cmdRegGenmove},
        {"kgs-genmove_cleanup", &GtpServer::cmdGenmoveCleanup},
        {"undo", &GtpServer::cmdUndo},
        {"fixed_handicap", &GtpServer::cmdFixedHandicap},
        {"place_free_handicap", &GtpServer::cmdPlaceFreeHandicap},
        {"set_free_handicap", &GtpServer::cmdSetFreeHandicap},
        {"loadsgf", &GtpServer::cmdLoadSgf},
        {"printsgf", &GtpServer::cmdPrintSgf},
        {"showboard", &GtpServer::cmdShowboard},
        {"list_stones", &GtpServer::cmdListStones},
        {"all_legal", &GtpServer::cmdAllLegal},
        {"is_legal", &GtpServer::cmdIsLegal},
        {"color", &GtpServer::cmdColor},
        {"final_score", &GtpServer::cmdFinalScore},
        {"final_status_list", &GtpServer::cmdFinalStatusList},
        {"time_settings", &GtpServer::cmdTimeSettings},
        {"time_left", &GtpServer::cmdTimeLeft},
        {"kgs-time_settings", &GtpServer::cmdKgsTimeSettings},
        {"kgs-rules", &GtpServer::cmdKgsRules},
        {"set_random_seed", &GtpServer::cmdSetRandomSeed},
        {"get_random_seed", &GtpServer::cmdGetRandomSeed},
        {"lz-analyze", &GtpServer::cmdLzAnalyze},
        {"lz-genmove_analyze", &GtpServer::cmdLzGenmoveAnalyze},
        {"kata-analyze", &GtpServer::cmdKataAnalyze},
        {"kata-genmove_analyze", &GtpServer::cmdKataGenmoveAnalyze},
        {"heatmap", &GtpServer::cmdHeatmap},
    };
    return table;
}

std::vector<std::string> GtpServer::commandNames() {
    std::vector<std::string> names;
    for (const auto& c : commands()) names.push_back(c.name);
    return names;
}

GtpServer::GtpServer(const GtpServerOptions& options)
    : opts_(options),
      game_(std::clamp(options.boardSize, Board::kMinSize, Board::kMaxSize), options.rules),
      engine_(
          std::make_unique<SearchEngine>(options.search, options.network, options.humanPolicy)) {}

void GtpServer::newGame(int size) {
    game_ = GameState(size, game_.rules());
}

std::string GtpServer::preprocess(const std::string& line) {
    std::string out;
    out.reserve(line.size());
    for (char ch : line) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == '#') break;
        if (c == '\t')
            out += ' ';
        else if (c == '\n' || (c >= 32 && c != 127))
            out += ch;
    }
    size_t a = out.find_first_not_of(" \n");
    if (a == std::string::npos) return {};
    size_t b = out.find_last_not_of(" \n");
    return out.substr(a, b - a + 1);
}

std::string GtpServer::handle(const std::string& rawLine) {
    if (rawLine.size() > opts_.maxLineBytes) return "? line too long\n\n";
    std::string line = preprocess(rawLine);
    if (line.empty()) return {};
    Args words;
    for (size_t i = 0; i < line.size();) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\n')) ++i;
        size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\n') ++j;
        if (j > i) words.emplace_back(line.substr(i, j - i));
        i = j;
    }
    std::string id;
    size_t first = 0;
    if (!words.empty() && std::all_of(words[0].begin(), words[0].end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
        })) {
        id = words[0];
        first = 1;
    }
    Reply reply;
    currentId_ = id;
    if (first >= words.size()) {
        reply = fail("missing command");
    } else {
        std::string name = lower(words[first]);
        Args args(words.begin() + long(first) + 1, words.end());
        reply = fail("unknown command");
        for (const auto& c : commands())
            if (name == c.name) {
                reply = (this->*c.handler)(args);
                break;
            }
    }
    if (reply.raw && reply.ok) return reply.text;
    while (!reply.text.empty() && (reply.text.back() == '\n' || reply.text.back() == ' '))
        reply.text.pop_back();
    return (reply.ok ? "=" : "?") + id + " " + reply.text + "\n\n";
}

void GtpServer::run(std::istream& in, std::ostream& out) {
    // A reader thread queues input lines so that streamed analysis and
    // pondering can run until the next line arrives. It stops after EOF or
    // a quit line, so it is always joined.
    struct Queue {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<std::string> lines;
        bool eof = false;
    } q;
    const std::string tooLongMark(1, '\0');
    // std::cin is tied to std::cout: reading would flush `out` from the
    // reader thread while this one writes. Untie for the loop's duration.
    std::ostream* const tied = in.tie(nullptr);
    std::thread reader([&] {
        std::string line;
        for (;;) {
            line.clear();
            bool tooLong = false;
            int ch;
            while ((ch = in.get()) != std::char_traits<char>::eof() && ch != '\n') {
                if (line.size() <= opts_.maxLineBytes)
                    line += char(ch);
                else
                    tooLong = true;
            }
            const bool end = ch == std::char_traits<char>::eof();
            bool quit = false;
            if (!(end && line.empty())) {
                std::string p = preprocess(line);
                size_t w = p.find_first_not_of("0123456789");
                if (w != std::string::npos && w > 0 && p[w] == ' ') p = p.substr(w + 1);
                quit = !tooLong && lower(p.substr(0, p.find(' '))) == "quit";
                std::lock_guard lock(q.mutex);
                q.lines.push_back(tooLong ? tooLongMark : line);
            }
            if (end || quit) {
                std::lock_guard lock(q.mutex);
                q.eof = true;
            }
            q.cv.notify_all();
            if (end || quit) return;
        }
    });
    std::mutex outMutex;
    stream_ = [&](const std::string& s) {
        std::lock_guard lock(outMutex);
        out << s;
        out.flush();
    };
    waitForInput_ = [&] {
        std::unique_lock lock(q.mutex);
        q.cv.wait(lock, [&] { return !q.lines.empty() || q.eof; });
    };
    while (!quit_) {
        std::string line;
        {
            std::unique_lock lock(q.mutex);
            bool pondering = false;
            if (ponderNext_ && q.lines.empty() && !q.eof && !game_.gameOver()) {
                lock.unlock();
                SearchLimits lim;
                lim.infinite = true;
                engine_->start(game_, lim);
                pondering = true;
                lock.lock();
            }
            ponderNext_ = false;
            q.cv.wait(lock, [&] { return !q.lines.empty() || q.eof; });
            if (pondering) {
                lock.unlock();
                engine_->stop();
                engine_->wait();
                lock.lock();
            }
            if (q.lines.empty()) break;
            line = std::move(q.lines.front());
            q.lines.pop_front();
        }
        std::string answer =
            line == tooLongMark ? std::string("? line too long\n\n") : handle(line);
        if (!answer.empty()) stream_(answer);
    }
    reader.join();
    in.tie(tied);
    stream_ = nullptr;
    waitForInput_ = nullptr;
}

std::string GtpServer::vertexList(const std::vector<Loc>& locs) const {
    std::string s;
    for (Loc l : locs) {
        if (!s.empty()) s += ' ';
        s += gtpVertex(l, game_.size());
    }
    return s;
}

// ---- administrative commands ----

GtpServer::Reply GtpServer::cmdProtocolVersion(const Args&) {
    return ok("2");
}
GtpServer::Reply GtpServer::cmdName(const Args&) {
    return ok(opts_.name);
}
GtpServer::Reply GtpServer::cmdVersion(const Args&) {
    return ok(opts_.version);
}

GtpServer::Reply GtpServer::cmdKnownCommand(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    std::string n = lower(a[0]);
    for (const auto& c : commands())
        if (n == c.name) return ok("true");
    return ok("false");
}

GtpServer::Reply GtpServer::cmdListCommands(const Args&) {
    std::string s;
    for (const auto& c : commands()) s += std::string(c.name) + "\n";
    return ok(s);
}

GtpServer::Reply GtpServer::cmdQuit(const Args&) {
    quit_ = true;
    return ok();
}

// ---- setup ----

GtpServer::Reply GtpServer::cmdBoardsize(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto n = parseInt(a[0], 0, 1 << 30);
    if (!n) return fail("syntax error");
    if (*n < Board::kMinSize || *n > Board::kMaxSize) return fail("unacceptable size");
    newGame(*n);
    return ok();
}

GtpServer::Reply GtpServer::cmdClearBoard(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    newGame(game_.size());
    return ok();
}

GtpServer::Reply GtpServer::cmdKomi(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto k = gtp::parseFloat(a[0], 1000.0f);
    if (!k) return fail("syntax error");
    game_.setKomi(*k);
    return ok();
}

GtpServer::Reply GtpServer::cmdKgsRules(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    std::string n = lower(a[0]);
    if (n != "chinese" && n != "aga" && n != "japanese" && n != "new_zealand" &&
        n != "tromp-taylor" && n != "korean")
        return fail("unknown rules");
    auto r = Rules::preset(n);
    if (!r) return fail("unknown rules");
    r->komi = game_.rules().komi;  // KGS sends komi separately
    game_.setRules(*r);
    return ok();
}

// GNU Go's seed commands: the seed of the search and of --random-moves, so
// a match can give every game its own (train/match_runner.h).
GtpServer::Reply GtpServer::cmdSetRandomSeed(const Args& a) {
    if (a.size() != 1) return fail("syntax error");
    auto seed = gtp::parseInt(a[0], 0, std::numeric_limits<int>::max());
    if (!seed)
        return fail("syntax error (a seed is 0.." +
                    std::to_string(std::numeric_limits<int>::max()) + ")");
    opts_.search.seed = uint64_t(*seed);
    engine_->reseed(opts_.search.seed);
    return ok();
}

GtpServer::Reply GtpServer::cmdGetRandomSeed(const Args& a) {
    if (!a.empty()) return fail("syntax error");
    return ok(std::to_string(opts_.search.seed));
}

GtpServer::Reply GtpServer::cmdTimeSettings(const Args& a) {
    if (a.size() != 3) return fail("syntax error");
    auto m = parseInt(a[0], 0, kMaxSeconds), b = parseInt(a[1], 0, kMaxSeconds),
         s = parseInt(a[2], 0, kMaxSeconds);
    if (!m || !b || !s) return fail("syntax error");
    clock_ = GtpClock{};
    clock_.mainSeconds = *m;
    clock_.byoYomiSeconds = *b;
    clock_.byoYomiStones = *s;
    clock_.unlimited = *b > 0 && *s == 0;  // GTP: byo-yomi time with 0 stones = no limit
    return ok();
}

GtpServer::Reply GtpServer::cmdKgsTimeSettings(const Args& a) {
    if (a.empty()) return fail("syntax error");
    std::string kind = lower(a[0]);
    GtpClock c;
    if (kind == "none" && a.size() == 1) {
        c.unlimited = true;
    } else if (kind == "absolute" && a.size() == 2) {
        auto m = parseInt(a[1], 0, kMaxSeconds);
        if (!m) return fail("syntax error");
        c.unlimited = false;
        c.mainSeconds = *m;
    } else if ((kind == "byoyomi" || kind == "canadian") && a.size() == 4) {
        auto m = parseInt(a[1], 0, kMaxSeconds), p = parseInt(a[2], 0, kMaxSeconds),
             n = parseInt(a[3], 0, kMaxSeconds);
        if (!m || !p || !n) return fail("syntax error");
        c.unlimited = false;
        c.mainSeconds = *m;
        c.byoYomiSeconds = *p;
        if (kind == "byoyomi")
            c.byoYomiPeriods = *n;
        else
            c.byoYomiStones = *n;
    } else {
        return fail("syntax error");
    }
    clock_ = c;
    return ok();
}

GtpServer::Reply GtpServer::cmdTimeLeft(const Args& a) {
    if (a.size() != 3) return fail("syntax error");
    auto c = parseColor(a[0]);
    auto t = parseInt(a[1], -kMaxSeconds, kMaxSeconds), s = parseInt(a[2], 0, kMaxSeconds);
    if (!c || !t || !s) return fail("syntax error");
    clock_.leftSeconds[*c] = *t;
    clock_.leftKnown[*c] = true;
    clock_.leftStones[*c] = *s;
    return ok();
}

}  // namespace m37
