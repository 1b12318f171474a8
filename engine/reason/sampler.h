#pragma once
// Sampler: picks the next token from the model's logits. Temperature 0 is
// greedy (the argmax, the lowest id on ties); otherwise the logits are
// divided by the temperature, turned into probabilities, cut to the
// nucleus (the smallest set of most likely tokens whose probability reaches
// topP) and renormalised, and one token is drawn with a seeded generator,
// so the same seed and logits give the same tokens.
// Threading: a Sampler holds its generator; one thread uses it.
#include <cstdint>
#include <span>
#include <vector>

#include "engine/go/rng.h"

namespace m37::reason {

struct SamplingParams {
    double temperature = 0.7;  // 0: greedy
    double topP = 0.95;        // 1: no nucleus cut
    int maxTokens = 512;       // tokens generated at most (the stop token included)
    uint64_t seed = 1;
};

class Sampler {
  public:
    explicit Sampler(const SamplingParams& params);

    // The next token. logits must not be empty; NaNs count as -infinity.
    int sample(std::span<const float> logits);

    // The index of the largest logit (the lowest on ties).
    static int argmax(std::span<const float> logits);
    // The nucleus of top-p sampling at this temperature (> 0): token ids,
    // most likely first, and their probabilities before renormalisation in
    // *probs. At least one token; all of them when topP >= 1.
    static std::vector<int> nucleus(std::span<const float> logits, double temperature, double topP,
                                    std::vector<double>* probs = nullptr);

  private:
    SamplingParams params_;
    Rng rng_;
};

}  // namespace m37::reason
