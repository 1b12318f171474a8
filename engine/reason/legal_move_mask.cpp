#include "engine/reason/legal_move_mask.h"

#include <algorithm>

#include "engine/go/game_state.h"
#include "engine/reason/tokenizer.h"

namespace m37::reason {

LegalMoveMask::LegalMoveMask(const GameState& state) : LegalMoveMask(state, state.toMove()) {}

LegalMoveMask::LegalMoveMask(const GameState& state, Color toMove)
    : tok_(Tokenizer::instance()),
      candidates_(tok_.tokenId("candidates")),
      conclusion_(tok_.tokenId("conclusion")),
      try_(tok_.tokenId("try")),
      colon_(tok_.tokenId(":")) {
    const int size = state.board().size();
    for (int id = 0; id < tok_.vocabSize(); ++id) {
        if (!tok_.isCoord(id)) continue;
        const Loc loc = tok_.coordLoc(id, size);
        if (loc == kPassLoc) continue;
        if (loc == kNullLoc || !state.isLegal(loc, toMove)) illegal_.push_back(id);
    }
}

std::vector<int> LegalMoveMask::banned(std::span<const int> completion) const {
    const size_t n = completion.size();
    if (n == 0) return {};
    const int last = completion[n - 1];
    if (last == tok_.answerOpenId() || last == try_ ||
        (last == colon_ && n >= 2 &&
         (completion[n - 2] == conclusion_ || completion[n - 2] == candidates_)))
        return illegal_;
    if (!tok_.isCoord(last)) return {};
    // Inside "candidates: M M ...": the next candidate, not one listed yet.
    size_t first = n;
    while (first > 0 && tok_.isCoord(completion[first - 1])) --first;
    if (first < 2 || completion[first - 1] != colon_ || completion[first - 2] != candidates_)
        return {};
    std::vector<int> out = illegal_;
    out.insert(out.end(), completion.begin() + std::ptrdiff_t(first), completion.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void LegalMoveMask::apply(std::span<const int> completion, std::span<float> logits) const {
    for (int id : banned(completion))
        if (id >= 0 && size_t(id) < logits.size()) logits[size_t(id)] = kBanned;
}

}  // namespace m37::reason
