#include "engine/train/match_openings.h"

#include <algorithm>
#include <filesystem>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"

namespace m37::train {

namespace fs = std::filesystem;

namespace {

// One SGF file as an opening; nullopt and *error when it cannot be one.
std::optional<MatchOpening> loadOpening(const std::string& path, int boardSize, const Rules& rules,
                                        std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<MatchOpening> {
        *error = path + ": " + what;
        return std::nullopt;
    };
    const SgfReadResult read = readSgfFile(path);
    for (const auto& d : read.diagnostics)
        if (d.isError) return fail(d.toString());
    if (read.games.empty()) return fail("no game");
    const SgfReplay replay = replaySgfGame(*read.games.front());
    if (!replay.ok) return fail(replay.error);
    const int n = replay.state.size();
    if (n != boardSize)
        return fail("a " + std::to_string(n) + "x" + std::to_string(n) + " game; the match is " +
                    std::to_string(boardSize) + "x" + std::to_string(boardSize));
    MatchOpening o;
    o.name = fs::path(path).filename().string();
    o.moves = replay.state.moves();
    GameState state(boardSize, rules);
    for (size_t i = 0; i < o.moves.size(); ++i) {
        const MoveRecord& m = o.moves[i];
        const MoveError e = state.check(m.loc, m.color);
        if (e != MoveError::kNone)
            return fail("move " + std::to_string(i + 1) + " (" + (m.color == kBlack ? "B " : "W ") +
                        gtpVertex(m.loc, n) + ") is illegal under the match rules (" + toString(e) +
                        ")");
        state.play(m.loc, m.color);
    }
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const Loc loc = state.board().loc(x, y);
            if (state.board().at(loc) != replay.state.board().at(loc))
                return fail("has setup stones (AB/AW/AE); an opening is moves only");
        }
    if (state.gameOver()) return fail("the game is over after its moves (two passes)");
    return o;
}

}  // namespace

std::optional<std::vector<MatchOpening>> loadMatchOpenings(const std::vector<std::string>& paths,
                                                           int boardSize, const Rules& rules,
                                                           std::string* error) {
    std::vector<std::string> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> here;
            for (const auto& e : fs::directory_iterator(p, ec))
                if (e.is_regular_file() && e.path().extension() == ".sgf")
                    here.push_back(e.path().string());
            if (ec) {
                *error = p + ": " + ec.message();
                return std::nullopt;
            }
            std::sort(here.begin(), here.end());
            files.insert(files.end(), here.begin(), here.end());
        } else if (fs::is_regular_file(p, ec)) {
            files.push_back(p);
        } else {
            *error = p + ": no such file or folder";
            return std::nullopt;
        }
    }
    if (files.empty()) {
        *error = "no .sgf file in the openings given";
        return std::nullopt;
    }
    std::vector<MatchOpening> openings;
    for (const auto& f : files) {
        auto o = loadOpening(f, boardSize, rules, error);
        if (!o) return std::nullopt;
        openings.push_back(std::move(*o));
    }
    return openings;
}

const MatchOpening* openingForGame(const std::vector<MatchOpening>& openings, int index) {
    if (openings.empty() || index < 0) return nullptr;
    return &openings[size_t(index / 2) % openings.size()];
}

}  // namespace m37::train
