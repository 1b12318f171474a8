#pragma once
// LzWeights: a Leela Zero network as read from its weight file (text, plain
// or gzipped): version 1, or 2 (ELF OpenGo: value head from Black's view);
// 18 input planes; an input 3x3 convolution and residual blocks of two 3x3
// convolutions, each stored as weights, biases, batch-norm means, batch-norm
// variances; a policy head (1x1 conv to 2 + BN, FC 722->362) and a value head
// (1x1 conv to 1 + BN, FC 361->256, FC 256->1, tanh). Blocks and filters are
// inferred from the file; only 19x19 nets exist. Tensors are kept in file
// order and layout (Leela Zero's board rows run bottom to top); the conv bias
// is folded into the BN mean at load (mean -= bias, bias = 0), as leelaz does.
// loadLzWeights never throws or crashes on bad input: it returns nullopt and
// an error naming the file, line and tensor.
// Threading: a plain value.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace m37::nn {

// One convolution followed by batch normalisation (no scale, no shift).
struct LzConv {
    int outputs = 0;
    int inputs = 0;
    int kernel = 0;                // 3 or 1
    std::vector<float> weights;    // [outputs][inputs][kernel][kernel]
    std::vector<float> biases;     // [outputs], zero after folding
    std::vector<float> means;      // [outputs], bias folded in
    std::vector<float> variances;  // [outputs], as in the file (eps not added)
};

struct LzWeights {
    static constexpr int kBoardSize = 19;
    static constexpr int kInputPlanes = 18;
    static constexpr float kBnEpsilon = 1e-5f;

    int version = 1;
    int blocks = 0;
    int filters = 0;
    LzConv input;
    std::vector<LzConv> residual;  // 2 per block: block b has 2b and 2b+1
    LzConv policyConv;             // 1x1, filters -> 2
    std::vector<float> policyFcW;  // [362][722]
    std::vector<float> policyFcB;  // [362]
    LzConv valueConv;              // 1x1, filters -> 1
    std::vector<float> valueFc1W;  // [256][361]
    std::vector<float> valueFc1B;  // [256]
    std::vector<float> valueFc2W;  // [256]
    std::vector<float> valueFc2B;  // [1]

    // ELF nets (version 2) give the value from Black's view, not the mover's.
    bool valueFromBlack() const { return version == 2; }
};

// Reads a weight file (plain or gzipped). On failure returns nullopt and sets
// *error to "FILE: line L: what" (or "FILE: what").
std::optional<LzWeights> loadLzWeights(const std::string& path, std::string* error);
// Parses the text of a weight file; `name` is used in error messages.
std::optional<LzWeights> parseLzWeights(std::string_view text, const std::string& name,
                                        std::string* error);

}  // namespace m37::nn
