#pragma once
// Evaluator: the one batched interface through which search, GTP and the GUI
// ask a network (or a stand-in) about positions: add positions, compute(),
// then read each position's policy, value and, where the net has them,
// score and ownership. Implementations: UniformEvaluator, RandomEvaluator
// (tests), TorchEvaluator (LibTorch nets, Leela Zero weights). No torch
// headers here: search includes only this file.
//
// Conventions: a policy has N*N+1 entries, index y*N+x with y counted from
// the top row (as Board::x/y), then pass at N*N (see policyIndex). Values are
// winrates for the side to move, in [0,1].
//
// Threading: an Evaluator object holds one batch and is used by one thread at
// a time; give each search thread its own (implementations may share a
// network and a cache between objects, which are then locked internally).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "engine/go/game_state.h"

namespace m37::nn {

// What an evaluator can do.
struct Capabilities {
    std::string name;
    std::vector<int> boardSizes;  // the sizes it evaluates; empty = any size
    bool hasPolicy = true;
    bool hasValue = true;
    bool hasScore = false;
    bool hasOwnership = false;
    int preferredBatch = 1;
    int inputPlanes = 0;  // planes EvalInput::planes must hold (0 = none)
    bool supports(int boardSize) const;
};

// One position to evaluate, prepared by Evaluator::prepare (or by hand).
struct EvalInput {
    int boardSize = 19;
    Color toMove = kBlack;
    uint64_t key = 0;            // identifies the input (stones, history, side to move)
    std::vector<float> planes;   // inputPlanes x N x N, row 0 = top row; may be empty
    std::vector<uint8_t> legal;  // N*N+1 flags, 1 = legal (pass is always legal)
};

// What the evaluator says of one position.
struct EvalOutput {
    std::vector<float> policy;     // N*N+1 priors over the legal moves, sum 1
    std::vector<float> rawPolicy;  // N*N+1, as the network gives it (all moves, sum 1)
    float value = 0.5f;            // winrate of the side to move, [0,1]
    std::optional<float> score;    // lead of the side to move in points, if any
    std::vector<float> ownership;  // N*N in [-1,1], +1 = side to move; empty if none
};

// Policy index of a board location (pass -> N*N), and back.
int policyIndex(Loc loc, int boardSize);
Loc policyLoc(int index, int boardSize);

// Legal-move flags of the side to move (N*N+1, pass legal), superko included.
std::vector<uint8_t> legalMask(const GameState& state);
// A key for the last `history` positions and the side to move.
uint64_t positionKey(const GameState& state, int history);
// rawPolicy restricted to the legal moves and renormalised (uniform over the
// legal moves when the network gives them no mass).
std::vector<float> maskPolicy(std::span<const float> rawPolicy, std::span<const uint8_t> legal);

class Evaluator {
  public:
    virtual ~Evaluator() = default;
    virtual const Capabilities& capabilities() const = 0;

    // The input for a position: legal mask, key, and the planes this
    // evaluator's network reads.
    virtual EvalInput prepare(const GameState& state) const;

    // Adds a position to the batch; returns its index. Adding after a
    // compute() starts a new batch.
    int add(const GameState& state) { return add(prepare(state)); }
    int add(EvalInput input);
    // Evaluates every position added since the batch began.
    void compute();
    // Output of position i of the last computed batch.
    const EvalOutput& output(int i) const { return outputs_[size_t(i)]; }
    int batchSize() const { return int(inputs_.size()); }
    void clear();

    // add + compute + output for a single position (starts a fresh batch).
    EvalOutput evaluate(const GameState& state);

  protected:
    // Fills out[i] for in[i]; out has in.size() default-constructed entries.
    virtual void evaluateBatch(std::span<const EvalInput> in, std::span<EvalOutput> out) = 0;

  private:
    std::vector<EvalInput> inputs_;
    std::vector<EvalOutput> outputs_;
    bool computed_ = false;
};

}  // namespace m37::nn
