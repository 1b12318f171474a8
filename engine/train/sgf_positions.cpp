#include "engine/train/sgf_positions.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "engine/nn/evaluator.h"
#include "engine/nn/input_features.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"

namespace m37::train {

namespace {

constexpr int kStonePlanes = 2 * nn::kLzHistory;

bool isSgfName(const std::filesystem::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".sgf" || ext == ".mgt";
}

}  // namespace

PositionSet::PositionSet(int boardSize)
    : size_(boardSize), stride_((size_t(kStonePlanes) * size_t(boardSize * boardSize) + 7) / 8) {}

void PositionSet::add(const GameState& state, int move, int outcome, uint32_t game) {
    add(nn::lzInputPlanes(state).data(), state.toMove(), move, outcome, game);
}

void PositionSet::add(const float* planes, Color toMove, int move, int outcome, uint32_t game) {
    const int area = size_ * size_;
    const size_t base = bits_.size();
    bits_.resize(base + stride_, 0);
    uint8_t* out = bits_.data() + base;
    for (size_t k = 0; k < size_t(kStonePlanes) * size_t(area); ++k)
        if (planes[k] > 0.5f) out[k / 8] |= uint8_t(1u << (k % 8));
    PositionInfo info;
    info.move = uint16_t(move);
    info.outcome = int8_t(outcome);
    info.toMove = uint8_t(toMove);
    info.game = game;
    info_.push_back(info);
}

void PositionSet::planes(size_t i, float* out) const {
    const int area = size_ * size_;
    const uint8_t* in = bits_.data() + i * stride_;
    for (size_t k = 0; k < size_t(kStonePlanes) * size_t(area); ++k)
        out[k] = (in[k / 8] >> (k % 8)) & 1 ? 1.0f : 0.0f;
    const bool black = info_[i].toMove == uint8_t(kBlack);
    std::fill(out + kStonePlanes * area, out + (kStonePlanes + 1) * area, black ? 1.0f : 0.0f);
    std::fill(out + (kStonePlanes + 1) * area, out + (kStonePlanes + 2) * area,
              black ? 0.0f : 1.0f);
}

int sgfWinner(std::string_view re) {
    while (!re.empty() && std::isspace(static_cast<unsigned char>(re.front()))) re.remove_prefix(1);
    if (re.size() < 2 || re[1] != '+') return 0;
    const char c = char(std::toupper(static_cast<unsigned char>(re[0])));
    return c == 'B' ? int(kBlack) : c == 'W' ? int(kWhite) : 0;
}

bool addGamePositions(const SgfNode& root, const std::string& source, PositionSet* set,
                      std::string* why) {
    SgfReplay r = replaySgfGame(root);
    if (!r.ok) {
        *why = r.error;
        return false;
    }
    const int n = set->boardSize();
    if (r.state.size() != n) {
        *why = "board size " + std::to_string(r.state.size()) + ", not " + std::to_string(n);
        return false;
    }
    if (r.state.moveNumber() == 0) {
        *why = "no moves";
        return false;
    }
    const int winner = sgfWinner(root.value("RE"));
    // Walk back from the end: each undo that takes back a move gives the
    // position before it. Collected in reverse, then added in game order.
    struct Item {
        std::vector<float> planes;
        Color toMove;
        int move;
        int outcome;
    };
    std::vector<Item> items;
    GameState s = r.state;
    while (s.moveNumber() > 0) {
        const MoveRecord mv = s.moves().back();
        const int before = s.moveNumber();
        if (!s.undo()) break;
        if (s.moveNumber() == before) continue;      // a setup taken back
        if (!s.isLegal(mv.loc, mv.color)) continue;  // recorded illegal move
        std::vector<float> planes;
        if (s.toMove() == mv.color) {
            planes = nn::lzInputPlanes(s);
        } else {  // colours that do not alternate (PL, two moves in a row)
            GameState pos = s;
            pos.setToMove(mv.color);
            planes = nn::lzInputPlanes(pos);
        }
        const int outcome = winner == 0 ? 0 : (winner == int(mv.color) ? 1 : -1);
        items.push_back({std::move(planes), mv.color, nn::policyIndex(mv.loc, n), outcome});
    }
    if (items.empty()) {
        *why = "no legal moves";
        return false;
    }
    GameRecord g;
    g.source = source;
    g.firstPosition = int(set->size());
    g.positions = int(items.size());
    g.winner = winner;
    const uint32_t gameIndex = uint32_t(set->games().size());
    for (auto it = items.rbegin(); it != items.rend(); ++it)
        set->add(it->planes.data(), it->toMove, it->move, it->outcome, gameIndex);
    set->addGame(std::move(g));
    return true;
}

std::vector<std::string> findSgfFiles(const std::vector<std::string>& paths,
                                      std::vector<std::string>* problems) {
    namespace fs = std::filesystem;
    std::set<std::string> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) {
            files.insert(p);
            continue;
        }
        if (!fs::is_directory(p, ec)) {
            if (problems) problems->push_back(p + ": no such file or folder");
            continue;
        }
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec),
            end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code ec2;
            if (it->is_regular_file(ec2) && isSgfName(it->path()))
                files.insert(it->path().string());
        }
        if (ec && problems) problems->push_back(p + ": " + ec.message());
    }
    return {files.begin(), files.end()};
}

PositionSet loadSgfPositions(const std::vector<std::string>& paths, int boardSize,
                             SgfLoadReport* report) {
    PositionSet set(boardSize);
    SgfLoadReport local;
    SgfLoadReport& rep = report ? *report : local;
    const std::vector<std::string> files = findSgfFiles(paths, &rep.problems);
    for (const auto& file : files) {
        ++rep.files;
        SgfReadResult read = readSgfFile(file);
        std::string error;
        for (const auto& d : read.diagnostics)
            if (d.isError) {
                error = d.toString();
                break;
            }
        if (error.empty() && read.games.empty()) error = "no game";
        if (!error.empty()) {
            ++rep.filesSkipped;
            rep.problems.push_back(file + ": " + error);
            continue;
        }
        int used = 0;
        for (size_t k = 0; k < read.games.size(); ++k) {
            const std::string source =
                read.games.size() == 1 ? file : file + "#" + std::to_string(k + 1);
            std::string why;
            if (addGamePositions(*read.games[k], source, &set, &why)) {
                ++used;
                ++rep.gamesUsed;
            } else {
                ++rep.gamesSkipped;
                rep.problems.push_back(source + ": " + why);
            }
        }
        if (used == 0) ++rep.filesSkipped;
    }
    return set;
}

}  // namespace m37::train
