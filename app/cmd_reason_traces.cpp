// move37-engine reason-traces: a dataset of think blocks written by the
// engine's search (engine/reason/trace_writer.h), for the reasoning model's
// supervised warm-up.
//   reason-traces --out FILE --size 9 [--chunks DIR] [--sgf DIR] [--positions N]
//                 [--visits V] [-w NET] [--every K] [--min-move M] [--seed S]
//                 [--shard I/N]
// Positions come from self-play chunks (selfplay-*.txt under DIR, any depth;
// chunks are written atomically, so a running self-play's finished chunks
// are safe to read) and/or SGF games (*.sgf under DIR) of the board size:
// the position before every K-th move (chosen by a hash of the source, so
// the choice spreads over all games and does not depend on the order). Each
// is searched to V/8 then V visits on the same tree (the shallow snapshot
// gives the trace's reflections), each reading's claim is a search of
// --line-visits from the reading's end (what the verifier checks), and the
// record is appended to FILE (engine/reason/trace_record.h). --shard I/N
// keeps the source files (chunk or SGF) whose path under DIR hashes to I
// modulo N, so N processes given the same folders and I = 0 .. N-1 share
// the work with no file in two of them and the same sources as one process
// would name. Resumable: positions already in FILE are skipped, a partial
// last record is cut off, and it stops once FILE holds N records. Progress
// with ETA on stderr. With --check it verifies FILE's records instead
// (engine/reason/verifier.h) and prints the shares. With --recorded (chunks
// only) nothing is searched: each position that had a full search in its
// chunk gets the head of a think block (side, facts, candidates by the
// recorded visits; trace_writer.h, writeTraceHead), no readings, conclusion
// or answer: cheap records by the hundred thousand for reason-sft's
// --extra-traces, teaching the model where to look.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#include <boost/program_options.hpp>

#include "app/commands.h"
#include "app/stop_signal.h"
#include "engine/nn/evaluator.h"
#include "engine/nn/net_loader.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/trace_record.h"
#include "engine/reason/trace_search.h"
#include "engine/reason/trace_writer.h"
#include "engine/reason/verifier.h"
#include "engine/sgf/sgf_game.h"
#include "engine/train/progress_text.h"
#include "engine/train/selfplay_chunk.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace m37::app {

namespace {

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 1469598103934665603ULL;
    for (char c : s) h = (h ^ uint8_t(c)) * 1099511628211ULL;
    return h;
}

// A --shard I/N choice: the source files this process takes, by the hash of
// their path under the source folder. A plain value, used on one thread.
struct Shard {
    uint64_t index = 0, count = 1;
    bool has(const std::string& relPath) const { return fnv1a(relPath) % count == index; }
};

// "I/N" with 0 <= I < N; nullopt when malformed.
std::optional<Shard> parseShard(const std::string& text) {
    unsigned long long i = 0, n = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%llu/%llu%c", &i, &n, &tail) != 2 || n < 1 || i >= n)
        return std::nullopt;
    return Shard{i, n};
}

// A source file and its path under the source folder (the name its
// records carry and the shard hashes).
struct SourceFile {
    fs::path path;
    std::string rel;
    bool operator<(const SourceFile& o) const { return path < o.path; }
};

// The files under dir that want() accepts and that are in the shard, in
// sorted order.
std::vector<SourceFile> filesUnder(const std::string& dir, bool (*want)(const fs::path&),
                                   const Shard& shard) {
    std::vector<SourceFile> out;
    std::error_code ec, relEc;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
        if (!it->is_regular_file() || !want(it->path())) continue;
        std::string rel = fs::relative(it->path(), dir, relEc).generic_string();
        if (shard.has(rel)) out.push_back({it->path(), std::move(rel)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool isChunk(const fs::path& p) {
    const std::string n = p.filename().string();
    return n.rfind("selfplay-", 0) == 0 && p.extension() == ".txt";
}

bool isSgf(const fs::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), ::tolower);
    return e == ".sgf";
}

// A candidate position: where it is from, the rules and the moves to it.
struct Source {
    std::string key;
    Rules rules;
    std::vector<MoveRecord> moves;
    Color toMove = kBlack;
    // --recorded: the chunk's full search of the position.
    const train::SelfPlayMove* recorded = nullptr;
    std::string recordedBy;  // the chunk's net
};

// A self-play chunk's recorded full search as the snapshot the trace writer
// reads: each visited move with its visits, the most visited first.
AnalysisSnapshot recordedSnapshot(const train::SelfPlayMove& m, int boardSize, Color toMove) {
    AnalysisSnapshot snap;
    snap.boardSize = boardSize;
    snap.toMove = toMove;
    for (const auto& [index, visits] : m.visits) {
        CandidateMove c;
        c.move = nn::policyLoc(index, boardSize);
        c.visits = int(visits);
        snap.rootVisits += visits;
        snap.candidates.push_back(c);
    }
    std::stable_sort(
        snap.candidates.begin(), snap.candidates.end(),
        [](const CandidateMove& a, const CandidateMove& b) { return a.visits > b.visits; });
    snap.final = true;
    return snap;
}

// The engine both modes search with: one thread, the seed, and the network
// given with -w (rollouts when none).
struct TraceEngine {
    SearchParams params;
    std::shared_ptr<nn::LoadedNetwork> net;

    Mcts::EvaluatorFactory factory() const {
        return net ? net->factory() : Mcts::EvaluatorFactory{};
    }
};

// nullopt, after saying why on stderr, when the network cannot be loaded.
std::optional<TraceEngine> loadTraceEngine(const std::string& weights, uint64_t seed) {
    TraceEngine e;
    e.params.threads = 1;
    e.params.seed = seed;
    e.params.rollouts = weights.empty();
    nn::NNParams np;
    np.batchSize = e.params.batchSize;
    np.seed = seed;
    std::string err;
    if (!weights.empty() && !(e.net = nn::loadNetwork(weights, np, &err))) {
        std::fprintf(stderr, "reason-traces: cannot load %s\n", err.c_str());
        return std::nullopt;
    }
    return e;
}

// reason-traces --check: what the verifier says of a dataset.
int checkTraces(const std::string& path, int limit, const std::string& weights, int64_t visits,
                uint64_t seed) {
    std::string err;
    auto records = reason::readTraceFile(path, &err);
    if (!records) {
        std::fprintf(stderr, "reason-traces: %s\n", err.c_str());
        return 1;
    }
    const std::optional<TraceEngine> engine = loadTraceEngine(weights, seed);
    if (!engine) return 1;
    Mcts mcts(engine->params, engine->factory());
    reason::PositionEvaluator judge = reason::searchEvaluator(mcts, std::max<int64_t>(1, visits));
    int n = 0, parsed = 0, legal = 0, legalChecks = 0, within = 0, claims = 0, truth = 0,
        truthChecks = 0, badFiles = 0;
    long tokens = 0, steps = 0, offSum = 0;
    for (const reason::TraceRecord& r : *records) {
        if (n >= limit) break;
        ++n;
        auto g = reason::tracePosition(r, &err);
        if (!g) {
            std::fprintf(stderr, "reason-traces: %s\n", err.c_str());
            ++badFiles;
            continue;
        }
        reason::ParseResult p = reason::parseThinkBlock(r.think, r.boardSize);
        parsed += p.ok();
        if (!p.ok())
            std::fprintf(stderr, "reason-traces: %s: %s\n", r.source.c_str(),
                         p.errorText().c_str());
        if (auto ids = reason::Tokenizer::instance().encodeStrict(r.think))
            tokens += long(ids->size());
        reason::Verification v = reason::verify(*g, p, judge);
        legal += v.legalPassed;
        legalChecks += v.legalChecks;
        within += v.claimsWithin;
        claims += v.claimChecks;
        truth += v.truthPassed;
        truthChecks += v.truthChecks;
        steps += long(p.block.steps.size());
        for (const reason::StepBadge& b : v.steps)
            if (b.checkedClaim && !b.superseded) offSum += b.offBy;
        std::fprintf(stderr, "\rreason-traces: checked %d/%d   ", n,
                     std::min(limit, int(records->size())));
    }
    auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    std::printf(
        "\n%d records: grammar ok %.1f%%, variations legal %.1f%% (%d), facts and sides true "
        "%.1f%% (%d), claims within %d%% %.1f%% (%d, mean off %.1f), mean %.1f steps, %.1f "
        "tokens\n",
        n, pct(parsed, n), pct(legal, legalChecks), legalChecks, pct(truth, truthChecks),
        truthChecks, reason::VerifierParams{}.tolerancePercent, pct(within, claims), claims,
        claims ? double(offSum) / claims : 0.0, n ? double(steps) / n : 0.0,
        n ? double(tokens) / n : 0.0);
    return badFiles ? 1 : 0;
}

}  // namespace

int runReasonTraces(int argc, char** argv) {
    std::string out, chunks, sgf, weights, shardText = "0/1";
    int size = 9, positions = 2000, every = 40, minMove = 2;
    int64_t visits = 200, lineVisits = -1;
    uint64_t seed = 1;
    po::options_description opts("reason-traces options");
    opts.add_options()("help,h", "this help")("out,o", po::value(&out), "dataset file (appended)")(
        "size", po::value(&size)->default_value(9), "board size (2..19)")(
        "chunks", po::value(&chunks), "folder of self-play chunks (selfplay-*.txt, any depth)")(
        "sgf", po::value(&sgf), "folder of SGF games (*.sgf, any depth)")(
        "positions,n", po::value(&positions)->default_value(2000), "records the file should hold")(
        "visits,v", po::value(&visits)->default_value(200), "root visits per position")(
        "line-visits", po::value(&lineVisits)->default_value(-1),
        "visits of the search from each reading's end that gives its claim (-1: visits/2; 0: "
        "the candidates' values in the search)")(
        "weights,w", po::value(&weights), "engine network (.m37 or Leela Zero); none: rollouts")(
        "every", po::value(&every)->default_value(40),
        "one position in K (by a hash of its source)")(
        "min-move", po::value(&minMove)->default_value(2), "skip the first M moves of a game")(
        "seed", po::value(&seed)->default_value(1), "search seed")(
        "shard", po::value(&shardText)->default_value("0/1"),
        "I/N: only the source files whose path hashes to I modulo N (N processes, I = 0..N-1, "
        "share a folder)")("check",
                           "verify the records of --out instead (the first --positions of them): "
                           "grammar, legality, facts, and claims against a search of --line-visits "
                           "with another seed")(
        "recorded",
        "with --chunks: no search; the think block's head (side, facts, candidates) from each "
        "full search the chunk recorded, for reason-sft --extra-traces");
    po::variables_map vm;
    try {
        po::store(po::command_line_parser(argc, argv).options(opts).run(), vm);
        po::notify(vm);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "reason-traces: %s\n", e.what());
        return 2;
    }
    if (vm.count("check") && !out.empty() && !vm.count("help"))
        return checkTraces(out, positions, weights, lineVisits < 0 ? visits / 2 : lineVisits,
                           seed + 1000);
    if (vm.count("help") || out.empty() || (chunks.empty() && sgf.empty())) {
        std::cout << "usage: move37-engine reason-traces --out FILE --size 9 --chunks DIR|--sgf DIR"
                     " [options]\n"
                  << opts;
        return vm.count("help") ? 0 : 2;
    }
    const bool recorded = vm.count("recorded") > 0;
    if (recorded && (!sgf.empty() || !weights.empty())) {
        std::fprintf(stderr,
                     "reason-traces: --recorded reads the searches recorded in --chunks; it takes "
                     "no --sgf and no -w\n");
        return 2;
    }
    if (size < 2 || size > 19 || positions < 1 || visits < 1 || every < 1 || minMove < 0) {
        std::fprintf(stderr, "reason-traces: bad --size/--positions/--visits/--every/--min-move\n");
        return 2;
    }
    const std::optional<Shard> shard = parseShard(shardText);
    if (!shard) {
        std::fprintf(stderr, "reason-traces: bad --shard '%s' (expected I/N with 0 <= I < N)\n",
                     shardText.c_str());
        return 2;
    }

    // Resume: what the file holds already.
    std::set<std::string> done;
    int have = 0;
    std::error_code ec;
    if (fs::exists(out, ec) && fs::file_size(out, ec) > 0) {
        std::string err;
        size_t cut = 0;
        auto records = reason::readTraceFile(out, &err, &cut);
        if (!records) {
            std::fprintf(stderr, "reason-traces: %s\n", err.c_str());
            return 1;
        }
        if (cut < fs::file_size(out, ec)) {
            fs::resize_file(out, cut, ec);
            std::fprintf(stderr, "reason-traces: cut a partial record off the end of %s\n",
                         out.c_str());
        }
        for (const auto& r : *records) done.insert(r.source);
        have = int(records->size());
    }
    const bool fresh = !fs::exists(out, ec) || fs::file_size(out, ec) == 0;
    FILE* f = std::fopen(out.c_str(), "ab");
    if (!f) {
        std::fprintf(stderr, "reason-traces: %s: cannot open for appending\n", out.c_str());
        return 1;
    }
    if (fresh) std::fputs(reason::traceFileHeader().c_str(), f);
    std::fflush(f);
    if (have >= positions) {
        std::fprintf(stderr, "reason-traces: %s holds %d records already\n", out.c_str(), have);
        std::fclose(f);
        return 0;
    }

    // The engine (none with --recorded, which searches nothing).
    std::optional<Mcts> mcts;
    reason::TraceParams tp;
    if (!recorded) {
        const std::optional<TraceEngine> engine = loadTraceEngine(weights, seed);
        if (!engine) {
            std::fclose(f);
            return 1;
        }
        mcts.emplace(engine->params, engine->factory());
        if (lineVisits < 0) lineVisits = std::max<int64_t>(1, visits / 2);
        if (lineVisits > 0) tp.lineEvaluator = reason::searchEvaluator(*mcts, lineVisits);
    }
    std::string err;
    const std::string evaluator =
        weights.empty() ? "rollouts" : fs::path(weights).filename().string();

    StopSignal stop("reason-traces: stopping after this position (Ctrl-C again to abort)");
    const auto t0 = std::chrono::steady_clock::now();
    int written = 0, skippedFiles = 0;
    const int toWrite = positions - have;

    // Searches one position and appends its record; false to stop.
    auto handle = [&](const Source& s) -> bool {
        if (stop.requested() || have >= positions) return false;
        if (done.count(s.key)) return true;
        reason::TraceRecord r;
        r.source = s.key;
        r.boardSize = size;
        r.rules = s.rules;
        r.moves = s.moves;
        r.toMove = s.toMove;
        r.visits = int(visits);
        r.evaluator = evaluator;
        std::string why;
        auto pos = reason::tracePosition(r, &why);
        if (!pos || pos->gameOver()) return true;
        if (s.recorded) {
            const AnalysisSnapshot snap = recordedSnapshot(*s.recorded, size, s.toMove);
            const reason::ThinkBlock head = reason::writeTraceHead(*pos, snap, tp);
            if (head.steps.empty() || head.steps.back().kind != reason::StepKind::kCandidates)
                return true;
            r.visits = int(snap.rootVisits);
            r.evaluator = s.recordedBy.empty() ? "recorded" : "recorded " + s.recordedBy;
            r.think = reason::writeThinkHead(head);
        } else {
            reason::TraceSearch ts = reason::searchForTrace(*mcts, *pos, visits, visits / 8);
            r.think = reason::writeThinkBlock(reason::writeTrace(*pos, ts.deep, tp, &ts.shallow));
        }
        std::string text = reason::serializeTraceRecord(r);
        if (std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fflush(f) != 0) {
            std::fprintf(stderr, "\nreason-traces: %s: write failed\n", out.c_str());
            return false;
        }
        done.insert(s.key);
        ++have;
        ++written;
        double el = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        double per = el / written;
        std::fprintf(stderr, "\rreason-traces: %d/%d records, %.2f s/position, ETA %s   ", have,
                     positions, per, train::formatDuration(per * (toWrite - written)).c_str());
        return true;
    };

    bool going = true;
    if (!chunks.empty()) {
        for (const auto& [p, rel] : filesUnder(chunks, isChunk, *shard)) {
            if (!going) break;
            auto games = train::readSelfPlayChunk(p.string(), &err);
            if (!games) {
                std::fprintf(stderr, "\nreason-traces: skipped %s\n", err.c_str());
                ++skippedFiles;
                continue;
            }
            for (size_t gi = 0; gi < games->size() && going; ++gi) {
                const train::SelfPlayGame& g = (*games)[gi];
                if (g.boardSize != size) continue;
                std::vector<MoveRecord> moves;
                for (size_t m = 0; m < g.moves.size() && going; ++m) {
                    Source s;
                    s.key = rel + "#" + std::to_string(gi) + "@" + std::to_string(m);
                    const bool searched =
                        !recorded || (g.moves[m].full && !g.moves[m].visits.empty());
                    if (searched && int(m) >= minMove && fnv1a(s.key) % uint64_t(every) == 0) {
                        s.rules = g.rules;
                        if (recorded) {
                            s.recorded = &g.moves[m];
                            s.recordedBy = g.net;
                        }
                        s.moves = moves;
                        s.toMove = g.moves[m].color;
                        going = handle(s);
                    }
                    moves.push_back({g.moves[m].color, g.moves[m].move});
                }
            }
        }
    }
    if (!sgf.empty() && going) {
        for (const auto& [p, rel] : filesUnder(sgf, isSgf, *shard)) {
            if (!going) break;
            SgfReplay game = loadSgfFile(p.string());
            if (!game.ok || game.state.size() != size) continue;
            // Games with setup stones or handicap cannot be written as a move list.
            GameState check(size, game.state.rules());
            bool plain = true;
            for (const MoveRecord& m : game.state.moves())
                plain = plain && check.play(m.loc, m.color) == MoveError::kNone;
            if (!plain || !check.board().sameStones(game.state.board())) {
                ++skippedFiles;
                continue;
            }
            const auto& all = game.state.moves();
            for (size_t m = 0; m < all.size() && going; ++m) {
                Source s;
                s.key = rel + "@" + std::to_string(m);
                if (int(m) >= minMove && fnv1a(s.key) % uint64_t(every) == 0) {
                    s.rules = game.state.rules();
                    s.moves.assign(all.begin(), all.begin() + long(m));
                    s.toMove = all[m].color;
                    going = handle(s);
                }
            }
        }
    }
    std::fclose(f);
    std::fprintf(
        stderr, "\nreason-traces: %d new records, %d in %s%s\n", written, have, out.c_str(),
        skippedFiles ? (", " + std::to_string(skippedFiles) + " files skipped").c_str() : "");
    if (have < positions && !stop.requested())
        std::fprintf(stderr,
                     "reason-traces: the sources gave only %d positions (try a smaller --every)\n",
                     have);
    return 0;
}

}  // namespace m37::app
