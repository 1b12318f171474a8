#pragma once
// Transformer: the reasoning model's network, a small GPT-style decoder-only
// transformer in LibTorch. Tokens are embedded and added to learned
// absolute position embeddings (with the vertex embedding, each board slot
// of the prompt also adds its point's coordinate token embedding); each
// layer is pre-LayerNorm causal multi-head self-attention then a
// pre-LayerNorm GELU MLP, both residual; a final LayerNorm and the token
// embedding matrix (tied) give the logits.
// forward() runs whole sequences (training); prefill() and decodeStep()
// run a prompt, then one new token at a time, against a KvCache (streaming
// generation), giving the same logits as forward() at every position.
//
// Weights are stored in move37's own net file format (engine/nn/net_file.h)
// with input_features "reason-tokens" and heads "lm" (so the Go net loader
// refuses such a file with a clear error), board_size the board the model
// reasons about, blocks = layers, channels = d_model, and the extra keys
// model, vocab, attention_heads, context, mlp_ratio and (when on)
// vertex_embedding 1 (TransformerParams::vertexEmbedding); provenance in the
// usual command/data/date/notes/... keys. Tensor names: embed.weight,
// pos.weight, layer<L>.{ln1,ln2}.{weight,bias}, layer<L>.attn.qkv.{weight,
// bias}, layer<L>.attn.proj.{weight,bias}, layer<L>.mlp.fc.{weight,bias},
// layer<L>.mlp.proj.{weight,bias}, ln_f.{weight,bias}.
//
// Threading: a torch module; one thread trains it or runs it at a time (a
// KvCache belongs to the thread that decodes with it). Inference calls do
// not change the weights, so a model that nobody trains may be read by
// several threads, each with its own KvCache.
#include <torch/torch.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/nn/net_file.h"
#include "engine/reason/transformer_params.h"

namespace m37::reason {

// Keys and values of one layer for every position decoded so far.
// Preallocated for the whole context at construction; reset() starts over.
struct KvCache {
    std::vector<torch::Tensor> keys;    // per layer [heads, context, headDim]
    std::vector<torch::Tensor> values;  // per layer [heads, context, headDim]
    int length = 0;                     // positions filled
    int context = 0;

    void reset() { length = 0; }
};

class TransformerImpl : public torch::nn::Module {
  public:
    explicit TransformerImpl(const TransformerParams& params);

    const TransformerParams& params() const { return params_; }

    // tokens [B, T] (int64, T <= context), positions 0..T-1, causal.
    // Returns logits [B, T, vocab]. Right-padded batches are fine: a
    // position never sees later ones.
    torch::Tensor forward(const torch::Tensor& tokens);

    // A cache for this model (on its device, all of the context).
    KvCache makeCache() const;
    // Feeds tokens (one sequence) after the cache's contents and returns
    // the logits [vocab] after the last one. Throws std::runtime_error when
    // the context would overflow or a token is out of range. Call under
    // torch::NoGradGuard (or InferenceMode).
    torch::Tensor prefill(KvCache& cache, const std::vector<int>& tokens);
    // prefill() of one token: the incremental step of generation.
    torch::Tensor decodeStep(KvCache& cache, int token);

    // The weights as a net file (shape metadata set; provenance copied from
    // `provenance`: command, data, date, generations, hours, notes, extra).
    nn::NetFile toNetFile(const nn::NetMetadata& provenance = {}) const;
    // Copies the tensors of `file` into the weights; every tensor must be
    // present with its shape (transformerFromNetFile checks that first).
    void copyWeightsFrom(const nn::NetFile& file);

  private:
    struct Layer {
        torch::nn::LayerNorm ln1{nullptr}, ln2{nullptr};
        torch::nn::Linear qkv{nullptr}, proj{nullptr}, fc{nullptr}, out{nullptr};
    };
    // The vertex embedding's addition to positions from..to-1 ([to - from,
    // d], zero rows off the board's slots); undefined when the model has no
    // vertex embedding or the range holds no point.
    torch::Tensor vertexTerm(int64_t from, int64_t to) const;
    // Runs tokens at positions start..start+T-1 of one sequence, reading
    // and writing the cache; returns the last hidden state's logits [vocab].
    torch::Tensor runCached(KvCache& cache, const std::vector<int>& tokens);

    TransformerParams params_;
    torch::nn::Embedding embed_{nullptr};
    torch::nn::Embedding pos_{nullptr};
    std::vector<Layer> layers_;
    torch::nn::LayerNorm lnF_{nullptr};
    torch::Tensor vertexIds_;  // coordinate token of each board slot (vertex embedding)
    int64_t vertexStart_ = 0;  // the first board slot of the prompt
};
TORCH_MODULE(Transformer);

// A fresh model with GPT-2 style initialisation (normal 0.02, residual
// projections scaled by 1/sqrt(2 * layers)) from a seed.
Transformer makeTransformer(const TransformerParams& params, uint64_t seed);

// The parameters a net file describes, or nullopt and *error when it is not
// a reasoning model or its shape is unusable.
std::optional<TransformerParams> transformerParamsOf(const nn::NetMetadata& meta,
                                                     std::string* error);

// Builds a model from a net file, checking every tensor's name and shape
// before allocating; nullopt and *error ("what") on any mismatch.
std::optional<Transformer> transformerFromNetFile(const nn::NetFile& file, std::string* error);

// Reads FILE; nullopt and *error ("FILE: what") when it cannot be read or
// is not a reasoning model. *meta (if given) receives the header.
std::optional<Transformer> loadTransformer(const std::string& path, std::string* error,
                                           nn::NetMetadata* meta = nullptr);
// Writes the model atomically with the provenance fields of `provenance`,
// its tensors in half precision unless `half` is false (half the size; the
// training state that needs full precision lives in the trainers'
// checkpoints).
bool saveTransformer(const std::string& path, const Transformer& model,
                     const nn::NetMetadata& provenance, std::string* error, bool half = true);

}  // namespace m37::reason
