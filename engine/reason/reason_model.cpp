#include "engine/reason/reason_model.h"

#include <chrono>
#include <optional>

#include "engine/reason/transformer.h"

namespace m37::reason {

struct ReasonModel::Impl {
    Transformer model{nullptr};
    StopTokens stops;
    nn::NetMetadata meta;
    std::optional<KvCache> cache;  // made on first use, reused
};

const char* stopReasonName(StopReason r) {
    switch (r) {
        case StopReason::kStopToken:
            return "stop token";
        case StopReason::kMaxTokens:
            return "max tokens";
        case StopReason::kContextFull:
            return "context full";
        case StopReason::kCancelled:
            return "cancelled";
        case StopReason::kError:
            return "error";
    }
    return "?";
}

double GenerationResult::tokensPerSecond() const {
    if (tokens.size() < 2 || seconds <= firstTokenSeconds) return 0;
    return double(tokens.size() - 1) / (seconds - firstTokenSeconds);
}

ReasonModel::ReasonModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
    impl_->model->eval();
}
ReasonModel::~ReasonModel() = default;

std::unique_ptr<ReasonModel> ReasonModel::load(const std::string& path, const StopTokens& stops,
                                               std::string* error) {
    auto impl = std::make_unique<Impl>();
    auto m = loadTransformer(path, error, &impl->meta);
    if (!m) return nullptr;
    impl->model = *m;
    impl->stops = stops;
    return std::unique_ptr<ReasonModel>(new ReasonModel(std::move(impl)));
}

std::unique_ptr<ReasonModel> ReasonModel::random(const TransformerParams& params, uint64_t seed,
                                                 const StopTokens& stops) {
    auto impl = std::make_unique<Impl>();
    impl->model = makeTransformer(params, seed);
    impl->stops = stops;
    return std::unique_ptr<ReasonModel>(new ReasonModel(std::move(impl)));
}

std::unique_ptr<ReasonModel> ReasonModel::wrap(std::shared_ptr<TransformerImpl> model,
                                               const StopTokens& stops) {
    auto impl = std::make_unique<Impl>();
    impl->model = Transformer(std::move(model));
    impl->stops = stops;
    return std::unique_ptr<ReasonModel>(new ReasonModel(std::move(impl)));
}

const TransformerParams& ReasonModel::params() const {
    return impl_->model->params();
}
const nn::NetMetadata& ReasonModel::metadata() const {
    return impl_->meta;
}

void ReasonModel::setThreads(int threads) {
    torch::set_num_threads(std::max(1, threads));
}

GenerationResult ReasonModel::generate(const std::vector<int>& prompt,
                                       const SamplingParams& sampling, const TokenCallback& onToken,
                                       const std::atomic<bool>* cancel, const LogitFilter& filter) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto since = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
    GenerationResult r;
    r.promptTokens = int(prompt.size());
    auto finish = [&](StopReason why) {
        r.stop = why;
        r.seconds = since();
        return r;
    };
    auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    const TransformerParams& p = params();
    if (prompt.empty()) {
        r.error = "empty prompt";
        return finish(StopReason::kError);
    }
    if (int(prompt.size()) >= p.context) {
        r.error = "the prompt (" + std::to_string(prompt.size()) +
                  " tokens) fills the context of " + std::to_string(p.context);
        return finish(StopReason::kError);
    }
    if (cancelled()) return finish(StopReason::kCancelled);

    // Inference mode: no autograd bookkeeping at all (the cache is made and
    // used only under it).
    c10::InferenceMode inference;
    Transformer& model = impl_->model;
    model->eval();
    if (!impl_->cache || impl_->cache->context != p.context ||
        int(impl_->cache->keys.size()) != p.layers)
        impl_->cache = model->makeCache();  // reused by later calls
    KvCache& cache = *impl_->cache;
    cache.reset();
    Sampler sampler(sampling);
    try {
        torch::Tensor logits = model->prefill(cache, prompt);
        for (int n = 0; n < sampling.maxTokens; ++n) {
            if (cancelled()) return finish(StopReason::kCancelled);
            logits = logits.contiguous();
            const std::span<float> row(logits.data_ptr<float>(), size_t(logits.numel()));
            if (filter) filter(r.tokens, row);
            const int token = sampler.sample(row);
            r.tokens.push_back(token);
            if (r.tokens.size() == 1) r.firstTokenSeconds = since();
            const bool more = onToken ? onToken(token) : true;
            if (token == impl_->stops.eos || token == impl_->stops.answerEnd)
                return finish(StopReason::kStopToken);
            if (!more) return finish(StopReason::kCancelled);
            if (n + 1 == sampling.maxTokens) break;
            if (cache.length >= p.context) return finish(StopReason::kContextFull);
            logits = model->decodeStep(cache, token);
        }
    } catch (const std::exception& e) {
        r.error = e.what();
        return finish(StopReason::kError);
    }
    return finish(StopReason::kMaxTokens);
}

}  // namespace m37::reason
