#pragma once
// Reasoning in annotated games (`move37-engine analyze --reason MODEL`):
// the reasoning model's think block and answer for each position of a
// game's main line, kept with the position's node in two ways: MZT[MODEL]
// [TEXT] (the model's file name and its text exactly as decoded) and a
// plain-text comment block that any Go program shows,
//   --- move37 reasoning (MODEL) ---
//   <think> ... </think> <answer>D4</answer>
//   --- /move37 reasoning ---
// The block sits after any comment already there and is replaced, not
// repeated, when the position is reasoned about again. A node whose MZT
// names the same model is kept, so a stopped run continues where it
// stopped. The engine's annotation (annotation.h) leaves both alone: a
// re-analysis keeps the reasoning.
// Threading: annotateReasoning blocks the calling thread and uses the model
// (one generation at a time); `stop` may be set from any thread: the
// position being generated is finished first.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "engine/reason/reason_model.h"
#include "engine/sgf/sgf_tree.h"

namespace m37::reason {

struct ReasonAnnotationParams {
    std::string modelName;  // recorded in MZT and the comment (the file name)
    SamplingParams sampling;
    int firstMove = 0;     // > 0: positions before moves from this one (1-based) ...
    int lastMove = 0;      // ... up to this one (0: to the end, the final position too)
    int maxPositions = 0;  // > 0: stop after this many generations
};

struct ReasonAnnotationResult {
    bool ok = false;
    std::string error;  // when !ok: why the main line cannot be used
    int positions = 0;  // in the range
    int generated = 0;  // in this call
    int kept = 0;       // already there from the same model
    int tokens = 0;     // generated in this call
    double seconds = 0;
    bool stopped = false;
};

// The reasoning text (MZT's second value) of a node and the model that
// wrote it; empty strings when none.
std::pair<std::string, std::string> nodeReasoning(const SgfNode& node);

// Sets a node's reasoning: MZT and the comment block (replacing earlier ones).
void setNodeReasoning(SgfNode& node, const std::string& model, const std::string& text);

// Generates the reasoning for the positions of `root`'s main line (see the
// file comment). `progress(done, total)` after each position.
ReasonAnnotationResult annotateReasoning(SgfNode& root, ReasonModel& model,
                                         const ReasonAnnotationParams& params,
                                         const std::function<void(int, int)>& progress = {},
                                         const std::atomic<bool>* stop = nullptr);

}  // namespace m37::reason
