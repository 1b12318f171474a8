#pragma once
// TransformerParams: the shape of the reasoning model's transformer
// (transformer.h), in a header without LibTorch so that code which only
// runs the model (reason_model.h, the GUI) can name it.
// Threading: a plain value.
#include <cstdint>
#include <string>

namespace m37::reason {

// The default (d 256, 6 layers, 8 heads, context 1024, MLP 4x: 5.15M
// parameters with the tokenizer's 566 tokens) streams about 300 tokens/s
// on one CPU core; see `move37-engine bench reason` and the README.
struct TransformerParams {
    int vocab = 512;  // set to the tokenizer's vocabSize() (566 for tokenizer.h)
    int dModel = 256;
    int layers = 6;
    int heads = 8;
    int context = 1024;
    int mlpRatio = 4;   // MLP hidden width = mlpRatio * dModel
    int boardSize = 9;  // the board the model reasons about (file metadata)
    // The prompt's point at vertex v also carries the embedding of v's
    // coordinate token (Tokenizer::promptVertexTokens), so the board and
    // the coordinates the think block writes share one representation from
    // the start. No extra parameters; needs the tokenizer's vocabulary and
    // boardSize <= 19. Files without the key have it off.
    bool vertexEmbedding = false;
    // The prompt marks the stone just played (<black-last>/<white-last>,
    // Tokenizer::promptTokens), so the model sees where the fight is. Files
    // without the key have it off and read unmarked prompts.
    bool lastMoveMark = false;

    bool operator==(const TransformerParams&) const = default;
    // An empty string when the shape is usable, else what is wrong.
    std::string check() const;
    // "d256 x 6 layers, 8 heads, context 1024, vocab 566 (5.15M parameters)"
    std::string toString() const;
    int64_t parameterCount() const;
};

}  // namespace m37::reason
