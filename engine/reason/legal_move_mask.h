#pragma once
// LegalMoveMask: keeps the moves a model names on the position it reads
// legal while it writes. Where the think-block grammar (think_block.h) asks
// for a move of the side to move on that position -- each candidate, a
// reading's or reflection's try move, the conclusion and the answer -- the
// coordinate tokens that are not a legal move there (occupied, suicide, the
// ko point, off this board) are banned, and so are candidates the line has
// already listed; "pass" stays allowed. Moves inside variations are left to
// the model (the verifier judges them). A decoder applies the ban to its
// logits before sampling; a trainer adds the same ban to the logits it
// scores a sampled completion with (bias()), so the log-probabilities GRPO
// trains are those of the policy that sampled.
// Threading: immutable after construction; share freely.
#include <functional>
#include <span>
#include <vector>

#include "engine/go/types.h"

namespace m37 {
class GameState;
}

namespace m37::reason {

class Tokenizer;

class LegalMoveMask {
  public:
    // The logit a banned token gets: finite, so that probabilities and
    // entropies computed from masked logits stay free of NaNs.
    static constexpr float kBanned = -1e9f;

    // The position the model reads, with `toMove` (default: the state's)
    // the side whose moves the grammar asks for.
    explicit LegalMoveMask(const GameState& state);
    LegalMoveMask(const GameState& state, Color toMove);

    // The tokens to ban as the next token after `completion` (the tokens
    // written after the prompt so far); empty where the grammar does not ask
    // for a move on the position itself. Sorted, no repeats.
    std::vector<int> banned(std::span<const int> completion) const;
    // Sets the banned tokens' logits to kBanned; logits spans the vocabulary.
    void apply(std::span<const int> completion, std::span<float> logits) const;
    // apply() as a ReasonModel::LogitFilter (the mask must outlive it);
    // with on == false, an empty filter (the logits unchanged).
    std::function<void(std::span<const int>, std::span<float>)> filter(bool on = true) const {
        if (!on) return {};
        return [this](std::span<const int> c, std::span<float> l) { apply(c, l); };
    }

    // The coordinate tokens that are not a legal move on the position.
    const std::vector<int>& illegal() const { return illegal_; }

  private:
    const Tokenizer& tok_;
    std::vector<int> illegal_;  // sorted
    int candidates_, conclusion_, try_, colon_;
};

}  // namespace m37::reason
