#include "engine/go/game_state.h"

#include <algorithm>

#include "engine/go/coord.h"

namespace m37 {

namespace {
constexpr uint64_t kWhiteToMoveKey = 0x5bd1e9955bd1e995ULL;
}

GameState::GameState(int size, Rules rules) : rules_(rules), board_(size) { recordPosition(); }

uint64_t GameState::situationHash(uint64_t h, Color toMove) const {
    return toMove == kWhite ? h ^ kWhiteToMoveKey : h;
}

void GameState::recordPosition() {
    positions_.push_back(board_.hash());
    situations_.push_back(situationHash(board_.hash(), toMove_));
}

void GameState::pushSnapshot() {
    history_.push_back(
        Snapshot{board_.pack(), toMove_, passes_, handicap_, moves_.size(), positions_.size()});
}

const Board* GameState::boardBack(int back) const {
    if (back == 0) return &board_;
    if (back < 0 || size_t(back) > history_.size()) return nullptr;
    const size_t index = history_.size() - size_t(back);
    auto& cache = unpacked_.boards;
    for (const auto& [i, b] : cache)
        if (i == index) return &b;
    if (cache.size() >= 16) cache.pop_front();
    cache.emplace_back(index, Board::unpack(history_[index].board));
    return &cache.back().second;
}

void GameState::setToMove(Color c) {
    toMove_ = c;
    if (!situations_.empty()) situations_.back() = situationHash(board_.hash(), toMove_);
}

MoveError GameState::check(Loc l, Color c) const {
    MoveError e = board_.check(l, c, rules_.suicideAllowed);
    if (e != MoveError::kNone || l == kPassLoc) return e;
    if (rules_.ko == KoRule::kSimple) return MoveError::kNone;
    uint64_t h = board_.hashAfter(l, c);
    if (rules_.ko == KoRule::kPositional) {
        if (std::find(positions_.begin(), positions_.end(), h) != positions_.end())
            return MoveError::kSuperko;
    } else {
        // situational: the same stones with the same player to move next
        uint64_t s = situationHash(h, opponent(c));
        if (std::find(situations_.begin(), situations_.end(), s) != situations_.end())
            return MoveError::kSuperko;
    }
    return MoveError::kNone;
}

MoveError GameState::play(Loc l, Color c) {
    MoveError e = check(l, c);
    if (e != MoveError::kNone) return e;
    pushSnapshot();
    board_.play(l, c);
    passes_ = l == kPassLoc ? passes_ + 1 : 0;
    moves_.push_back({c, l});
    toMove_ = opponent(c);
    recordPosition();
    return MoveError::kNone;
}

void GameState::playForced(Loc l, Color c) {
    if (check(l, c) == MoveError::kNone) {
        play(l, c);
        return;
    }
    pushSnapshot();
    if (l != kPassLoc && board_.onBoard(l)) {
        if (board_.at(l) != kEmpty) board_.setStone(l, kEmpty);
        board_.clearKo();
        if (board_.check(l, c, true) == MoveError::kNone) board_.play(l, c);
    }
    passes_ = l == kPassLoc ? passes_ + 1 : 0;
    moves_.push_back({c, l});
    toMove_ = opponent(c);
    recordPosition();
}

bool GameState::undo() {
    if (history_.empty()) return false;
    const Snapshot& s = history_.back();
    board_ = Board::unpack(s.board);
    unpacked_.boards.clear();
    toMove_ = s.toMove;
    passes_ = s.passes;
    handicap_ = s.handicap;
    moves_.resize(s.moves);
    positions_.resize(s.hashes);
    situations_.resize(s.hashes);
    history_.pop_back();
    return true;
}

void GameState::setup(const std::vector<std::pair<Loc, Color>>& stones) {
    pushSnapshot();
    for (auto [l, c] : stones) board_.setStone(l, c);
    passes_ = 0;
    recordPosition();
}

std::vector<Loc> GameState::fixedHandicapPoints(int size, int n) {
    // GTP v2 section 4.1.1: star points, defined for 2..9 stones on boards
    // of odd size >= 7 (4 stones max on even sizes and on 7x7).
    if (n < 2 || size < 7) return {};
    int maxStones = (size % 2 == 0 || size == 7) ? 4 : 9;
    if (n > maxStones) return {};
    // star points on the 4th line from 12x12 up (as GNU Go), else the 3rd
    int e = size >= 12 ? 3 : 2;
    int lo = e, hi = size - 1 - e, mid = size / 2;
    auto L = [&](int x, int y) { return makeLoc(x, y, size); };
    std::vector<Loc> pts;
    // GTP order: D4 Q16 D16 Q4, then D10 Q10, then K4 K16, centre last.
    pts.push_back(L(lo, hi));
    pts.push_back(L(hi, lo));
    if (n >= 3) pts.push_back(L(lo, lo));
    if (n >= 4) pts.push_back(L(hi, hi));
    if (n >= 6) {
        pts.push_back(L(lo, mid));
        pts.push_back(L(hi, mid));
    }
    if (n >= 8) {
        pts.push_back(L(mid, hi));
        pts.push_back(L(mid, lo));
    }
    if (n >= 5 && n % 2 == 1) pts.push_back(L(mid, mid));
    return pts;
}

bool GameState::placeHandicap(const std::vector<Loc>& stones) {
    if (stones.size() < 2 || !moves_.empty()) return false;
    if (board_.stoneCount(kBlack) + board_.stoneCount(kWhite) != 0) return false;
    std::vector<std::pair<Loc, Color>> setupStones;
    for (Loc l : stones) {
        if (!board_.onBoard(l)) return false;
        for (auto& s : setupStones)
            if (s.first == l) return false;
        setupStones.push_back({l, kBlack});
    }
    setup(setupStones);
    handicap_ = int(stones.size());
    setToMove(kWhite);
    return true;
}

float GameState::whiteBonus() const {
    float bonus = rules_.komi;
    if (rules_.scoring == ScoringRule::kArea && handicap_ > 0) {
        if (rules_.handicapBonus == HandicapBonus::kN) bonus += float(handicap_);
        else if (rules_.handicapBonus == HandicapBonus::kNMinusOne) bonus += float(handicap_ - 1);
    }
    return bonus;
}

}  // namespace m37
