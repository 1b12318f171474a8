#pragma once
// ReasonModel: the reasoning model ready to stream: a Transformer
// (transformer.h) loaded from a .m37 file or made at random (benchmarks),
// its stop tokens, and generate(), which prefills the prompt into a KV
// cache, then samples one token at a time (sampler.h; an optional filter,
// such as LegalMoveMask, changes the logits first), hands each token to
// a callback as soon as it exists and stops at a stop token (<eos> or
// </answer>), at maxTokens, when the context is full, when the callback
// returns false or when the cancel flag is set. The stop token is passed
// to the callback and kept in the result. This header does not include
// LibTorch, so the GUI and the commands can use it.
//
// Threading: generate() runs on the calling thread and calls the callback
// and the filter there; one thread generates with a model at a time (the model keeps one
// KV cache). The cancel flag may be set from any thread: generation stops
// before the next token (no further callback). LibTorch's intra-op thread
// count is process-wide: setThreads().
#include <atomic>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "engine/nn/net_file.h"
#include "engine/reason/sampler.h"
#include "engine/reason/transformer_params.h"

namespace m37::reason {

class TransformerImpl;

// Token ids that end a completion.
struct StopTokens {
    int eos = -1;        // <eos>
    int answerEnd = -1;  // </answer>
};

enum class StopReason { kStopToken, kMaxTokens, kContextFull, kCancelled, kError };
const char* stopReasonName(StopReason r);

struct GenerationResult {
    std::vector<int> tokens;  // the completion, stop token included
    StopReason stop = StopReason::kMaxTokens;
    std::string error;  // kError: what went wrong
    int promptTokens = 0;
    double firstTokenSeconds = 0;  // from the call to the first token (prefill + sample)
    double seconds = 0;            // the whole call
    // Tokens after the first per second of decoding (0 with fewer than 2).
    double tokensPerSecond() const;
};

class ReasonModel {
  public:
    // Returns false to stop after this token.
    using TokenCallback = std::function<bool(int token)>;
    // Changes the next token's logits (the vocabulary) in place before it
    // is sampled, given the tokens generated so far (LegalMoveMask::apply).
    using LogitFilter =
        std::function<void(std::span<const int> generated, std::span<float> logits)>;

    // nullptr and *error ("FILE: what") when FILE is not a usable model.
    static std::unique_ptr<ReasonModel> load(const std::string& path, const StopTokens& stops,
                                             std::string* error);
    // Random weights (seeded): for benchmarks and tests.
    static std::unique_ptr<ReasonModel> random(const TransformerParams& params, uint64_t seed,
                                               const StopTokens& stops);
    // Wraps a model that trainers hold (shared; not copied). generate()
    // puts it in eval mode; lmTrainStep puts it back in train mode.
    static std::unique_ptr<ReasonModel> wrap(std::shared_ptr<TransformerImpl> model,
                                             const StopTokens& stops);
    ~ReasonModel();

    const TransformerParams& params() const;
    // The file's header (provenance), empty for random or wrapped models.
    const nn::NetMetadata& metadata() const;

    // See the class comment. An empty prompt, a prompt that fills the
    // context or a token outside the vocabulary gives kError.
    GenerationResult generate(const std::vector<int>& prompt, const SamplingParams& sampling,
                              const TokenCallback& onToken = {},
                              const std::atomic<bool>* cancel = nullptr,
                              const LogitFilter& filter = {});

    // LibTorch intra-op threads for the whole process (1 for one core).
    static void setThreads(int threads);

  private:
    struct Impl;
    explicit ReasonModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace m37::reason
