#include "engine/reason/transformer.h"

#include "engine/reason/tokenizer.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace m37::reason {

namespace {

constexpr const char* kInputFeatures = "reason-tokens";
constexpr const char* kHead = "lm";
constexpr const char* kModelKind = "transformer-decoder";
// Keys this file sets itself; a caller's provenance extras may not repeat them.
const char* const kShapeKeys[] = {
    "model", "vocab", "attention_heads", "context", "mlp_ratio", "vertex_embedding", "last_move"};

std::vector<float> valuesOf(const torch::Tensor& t) {
    torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    std::vector<float> v(size_t(c.numel()));
    if (!v.empty()) std::memcpy(v.data(), c.data_ptr<float>(), v.size() * sizeof(float));
    return v;
}

std::string shapeText(const std::vector<int64_t>& s) {
    std::string t;
    for (size_t i = 0; i < s.size(); ++i) {
        if (i) t += 'x';
        t += std::to_string(s[i]);
    }
    return t;
}

// Every tensor of a model of this shape: name and shape, in file order.
std::vector<std::pair<std::string, std::vector<int64_t>>> tensorLayout(const TransformerParams& p) {
    const int64_t d = p.dModel, h = int64_t(p.mlpRatio) * p.dModel;
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    out.push_back({"embed.weight", {p.vocab, d}});
    out.push_back({"pos.weight", {p.context, d}});
    for (int l = 0; l < p.layers; ++l) {
        const std::string n = "layer" + std::to_string(l) + ".";
        out.push_back({n + "ln1.weight", {d}});
        out.push_back({n + "ln1.bias", {d}});
        out.push_back({n + "attn.qkv.weight", {3 * d, d}});
        out.push_back({n + "attn.qkv.bias", {3 * d}});
        out.push_back({n + "attn.proj.weight", {d, d}});
        out.push_back({n + "attn.proj.bias", {d}});
        out.push_back({n + "ln2.weight", {d}});
        out.push_back({n + "ln2.bias", {d}});
        out.push_back({n + "mlp.fc.weight", {h, d}});
        out.push_back({n + "mlp.fc.bias", {h}});
        out.push_back({n + "mlp.proj.weight", {d, h}});
        out.push_back({n + "mlp.proj.bias", {d}});
    }
    out.push_back({"ln_f.weight", {d}});
    out.push_back({"ln_f.bias", {d}});
    return out;
}

bool parseInt(const std::string& s, int* out) {
    if (s.empty() || s.size() > 9) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string TransformerParams::check() const {
    auto range = [](const char* name, int v, int lo, int hi) -> std::string {
        if (v >= lo && v <= hi) return "";
        return std::string(name) + " must be in " + std::to_string(lo) + ".." + std::to_string(hi) +
               ", got " + std::to_string(v);
    };
    for (const std::string& e :
         {range("vocab", vocab, 2, 1 << 20), range("d_model", dModel, 1, 8192),
          range("layers", layers, 1, 256), range("heads", heads, 1, 256),
          range("context", context, 1, 1 << 16), range("mlp_ratio", mlpRatio, 1, 16),
          range("board_size", boardSize, 2, 64)})
        if (!e.empty()) return e;
    if (dModel % heads != 0)
        return "d_model " + std::to_string(dModel) + " is not a multiple of heads " +
               std::to_string(heads);
    if (vertexEmbedding && (boardSize > 19 || vocab < Tokenizer::instance().vocabSize()))
        return "the vertex embedding needs a board of at most 19x19 and the tokenizer's " +
               std::to_string(Tokenizer::instance().vocabSize()) + " tokens";
    return "";
}

int64_t TransformerParams::parameterCount() const {
    int64_t n = 0;
    for (const auto& [name, shape] : tensorLayout(*this)) {
        int64_t e = 1;
        for (int64_t x : shape) e *= x;
        n += e;
    }
    return n;
}

std::string TransformerParams::toString() const {
    char m[32];
    std::snprintf(m, sizeof m, "%.2fM", double(parameterCount()) / 1e6);
    return "d" + std::to_string(dModel) + " x " + std::to_string(layers) + " layers, " +
           std::to_string(heads) + " heads, context " + std::to_string(context) + ", vocab " +
           std::to_string(vocab) + (vertexEmbedding ? ", vertex embedding" : "") +
           (lastMoveMark ? ", last move marked" : "") + " (" + m + " parameters)";
}

TransformerImpl::TransformerImpl(const TransformerParams& params) : params_(params) {
    const std::string bad = params.check();
    if (!bad.empty()) throw std::invalid_argument("transformer: " + bad);
    const int d = params.dModel, h = params.mlpRatio * params.dModel;
    embed_ = register_module("embed", torch::nn::Embedding(params.vocab, d));
    pos_ = register_module("pos", torch::nn::Embedding(params.context, d));
    for (int l = 0; l < params.layers; ++l) {
        const std::string n = "layer" + std::to_string(l) + "_";
        Layer y;
        y.ln1 = register_module(n + "ln1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
        y.qkv = register_module(n + "qkv", torch::nn::Linear(d, 3 * d));
        y.proj = register_module(n + "proj", torch::nn::Linear(d, d));
        y.ln2 = register_module(n + "ln2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
        y.fc = register_module(n + "fc", torch::nn::Linear(d, h));
        y.out = register_module(n + "out", torch::nn::Linear(h, d));
        layers_.push_back(y);
    }
    lnF_ = register_module("ln_f", torch::nn::LayerNorm(torch::nn::LayerNormOptions({d})));
    if (params.vertexEmbedding) {
        const std::vector<int> slots = Tokenizer::instance().promptVertexTokens(params.boardSize);
        const int first = Tokenizer::promptSlot(0);
        const int points = params.boardSize * params.boardSize;
        vertexStart_ = first;
        vertexIds_ = register_buffer(
            "vertex_ids", torch::tensor(std::vector<int64_t>(slots.begin() + first,
                                                             slots.begin() + first + points),
                                        torch::kInt64));
    }
}

torch::Tensor TransformerImpl::vertexTerm(int64_t from, int64_t to) const {
    if (!vertexIds_.defined()) return {};
    const int64_t a = std::max(from, vertexStart_);
    const int64_t b = std::min(to, vertexStart_ + vertexIds_.size(0));
    if (a >= b) return {};
    const torch::Tensor rows =
        embed_->weight.index_select(0, vertexIds_.slice(0, a - vertexStart_, b - vertexStart_));
    return torch::constant_pad_nd(rows, {0, 0, a - from, to - b});  // [to - from, d]
}

torch::Tensor TransformerImpl::forward(const torch::Tensor& tokens) {
    TORCH_CHECK(tokens.dim() == 2, "transformer: tokens must be [batch, time]");
    const int64_t B = tokens.size(0), T = tokens.size(1);
    TORCH_CHECK(T >= 1 && T <= params_.context, "transformer: ", T,
                " tokens do not fit the context of ", params_.context);
    const int64_t d = params_.dModel, H = params_.heads, hd = d / H;
    const double scale = 1.0 / std::sqrt(double(hd));
    torch::Tensor positions =
        torch::arange(T, torch::TensorOptions().dtype(torch::kInt64).device(tokens.device()));
    torch::Tensor x = embed_->forward(tokens) + pos_->forward(positions).unsqueeze(0);
    if (const torch::Tensor v = vertexTerm(0, T); v.defined()) x = x + v.unsqueeze(0);
    const torch::Tensor future =
        torch::ones({T, T}, torch::TensorOptions().dtype(torch::kBool).device(tokens.device()))
            .triu(1);
    for (auto& y : layers_) {
        torch::Tensor qkv = y.qkv->forward(y.ln1->forward(x)).view({B, T, 3, H, hd});
        qkv = qkv.permute({2, 0, 3, 1, 4});  // [3, B, H, T, hd]
        torch::Tensor q = qkv[0] * scale, k = qkv[1], v = qkv[2];
        torch::Tensor att = torch::matmul(q, k.transpose(-2, -1)).masked_fill(future, -INFINITY);
        att = torch::softmax(att, -1);
        torch::Tensor a = torch::matmul(att, v).transpose(1, 2).reshape({B, T, d});
        x = x + y.proj->forward(a);
        x = x + y.out->forward(torch::gelu(y.fc->forward(y.ln2->forward(x))));
    }
    return torch::matmul(lnF_->forward(x), embed_->weight.t());
}

KvCache TransformerImpl::makeCache() const {
    KvCache c;
    c.context = params_.context;
    const int64_t H = params_.heads, hd = params_.dModel / params_.heads;
    auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(embed_->weight.device());
    for (int l = 0; l < params_.layers; ++l) {
        c.keys.push_back(torch::zeros({H, int64_t(params_.context), hd}, opts));
        c.values.push_back(torch::zeros({H, int64_t(params_.context), hd}, opts));
    }
    return c;
}

torch::Tensor TransformerImpl::prefill(KvCache& cache, const std::vector<int>& tokens) {
    return runCached(cache, tokens);
}

torch::Tensor TransformerImpl::decodeStep(KvCache& cache, int token) {
    return runCached(cache, std::vector<int>{token});
}

torch::Tensor TransformerImpl::runCached(KvCache& cache, const std::vector<int>& tokens) {
    const int64_t T = int64_t(tokens.size());
    if (T == 0) throw std::runtime_error("transformer: no tokens to decode");
    if (int(cache.keys.size()) != params_.layers || cache.context != params_.context)
        throw std::runtime_error("transformer: the cache belongs to another model shape");
    const int64_t start = cache.length;
    if (start + T > params_.context)
        throw std::runtime_error("transformer: " + std::to_string(start + T) +
                                 " tokens do not fit the context of " +
                                 std::to_string(params_.context));
    std::vector<int64_t> ids(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i] < 0 || tokens[i] >= params_.vocab)
            throw std::runtime_error("transformer: token " + std::to_string(tokens[i]) +
                                     " is outside the vocabulary of " +
                                     std::to_string(params_.vocab));
        ids[i] = tokens[i];
    }
    const auto device = embed_->weight.device();
    const torch::Tensor idx =
        torch::from_blob(ids.data(), {T}, torch::kInt64).to(device, /*non_blocking=*/false, true);
    const int64_t d = params_.dModel, H = params_.heads, hd = d / H, end = start + T;
    const double scale = 1.0 / std::sqrt(double(hd));
    torch::Tensor x = embed_->weight.index_select(0, idx) + pos_->weight.slice(0, start, end);
    if (const torch::Tensor v = vertexTerm(start, end); v.defined()) x = x + v;
    torch::Tensor future;
    if (T > 1) {
        // Query i (absolute start+i) may not see keys after start+i.
        future = torch::ones({T, end}, torch::TensorOptions().dtype(torch::kBool).device(device))
                     .triu(start + 1);
    }
    for (size_t l = 0; l < layers_.size(); ++l) {
        Layer& y = layers_[l];
        torch::Tensor qkv = y.qkv->forward(y.ln1->forward(x)).view({T, 3, H, hd});
        qkv = qkv.permute({1, 2, 0, 3});  // [3, H, T, hd]
        cache.keys[l].slice(1, start, end).copy_(qkv[1]);
        cache.values[l].slice(1, start, end).copy_(qkv[2]);
        const torch::Tensor k = cache.keys[l].slice(1, 0, end);
        const torch::Tensor v = cache.values[l].slice(1, 0, end);
        torch::Tensor att = torch::matmul(qkv[0] * scale, k.transpose(-2, -1));  // [H, T, end]
        if (T > 1) att = att.masked_fill(future, -INFINITY);
        att = torch::softmax(att, -1);
        torch::Tensor a = torch::matmul(att, v).transpose(0, 1).reshape({T, d});
        x = x + y.proj->forward(a);
        x = x + y.out->forward(torch::gelu(y.fc->forward(y.ln2->forward(x))));
    }
    cache.length = int(end);
    const torch::Tensor last = lnF_->forward(x[T - 1]);
    return torch::matmul(embed_->weight, last);
}

nn::NetFile TransformerImpl::toNetFile(const nn::NetMetadata& provenance) const {
    torch::NoGradGuard noGrad;
    nn::NetFile f;
    f.meta = provenance;
    f.meta.boardSize = params_.boardSize;
    f.meta.blocks = params_.layers;
    f.meta.channels = params_.dModel;
    f.meta.inputPlanes = 1;
    f.meta.inputFeatures = kInputFeatures;
    f.meta.heads = {kHead};
    f.meta.valueConvention = "none";
    std::vector<std::pair<std::string, std::string>> extra = {
        {"model", kModelKind},
        {"vocab", std::to_string(params_.vocab)},
        {"attention_heads", std::to_string(params_.heads)},
        {"context", std::to_string(params_.context)},
        {"mlp_ratio", std::to_string(params_.mlpRatio)}};
    if (params_.vertexEmbedding) extra.push_back({"vertex_embedding", "1"});
    if (params_.lastMoveMark) extra.push_back({"last_move", "1"});
    for (const auto& kv : provenance.extra) {
        bool ours = false;
        for (const char* k : kShapeKeys) ours = ours || kv.first == k;
        if (!ours) extra.push_back(kv);
    }
    f.meta.extra = extra;
    auto add = [&](const std::string& name, const torch::Tensor& t) {
        f.tensors.push_back({name, t.sizes().vec(), valuesOf(t)});
    };
    add("embed.weight", embed_->weight);
    add("pos.weight", pos_->weight);
    for (size_t l = 0; l < layers_.size(); ++l) {
        const Layer& y = layers_[l];
        const std::string n = "layer" + std::to_string(l) + ".";
        add(n + "ln1.weight", y.ln1->weight);
        add(n + "ln1.bias", y.ln1->bias);
        add(n + "attn.qkv.weight", y.qkv->weight);
        add(n + "attn.qkv.bias", y.qkv->bias);
        add(n + "attn.proj.weight", y.proj->weight);
        add(n + "attn.proj.bias", y.proj->bias);
        add(n + "ln2.weight", y.ln2->weight);
        add(n + "ln2.bias", y.ln2->bias);
        add(n + "mlp.fc.weight", y.fc->weight);
        add(n + "mlp.fc.bias", y.fc->bias);
        add(n + "mlp.proj.weight", y.out->weight);
        add(n + "mlp.proj.bias", y.out->bias);
    }
    add("ln_f.weight", lnF_->weight);
    add("ln_f.bias", lnF_->bias);
    return f;
}

void TransformerImpl::copyWeightsFrom(const nn::NetFile& file) {
    torch::NoGradGuard noGrad;
    auto set = [&](const std::string& name, torch::Tensor& p) {
        const nn::NamedTensor* t = file.find(name);
        if (!t || t->values.size() != size_t(p.numel()))
            throw std::runtime_error("transformer: tensor '" + name + "' missing or misshapen");
        p.copy_(torch::from_blob(const_cast<float*>(t->values.data()), p.sizes(), torch::kFloat32));
    };
    set("embed.weight", embed_->weight);
    set("pos.weight", pos_->weight);
    for (size_t l = 0; l < layers_.size(); ++l) {
        auto& y = layers_[l];
        const std::string n = "layer" + std::to_string(l) + ".";
        set(n + "ln1.weight", y.ln1->weight);
        set(n + "ln1.bias", y.ln1->bias);
        set(n + "attn.qkv.weight", y.qkv->weight);
        set(n + "attn.qkv.bias", y.qkv->bias);
        set(n + "attn.proj.weight", y.proj->weight);
        set(n + "attn.proj.bias", y.proj->bias);
        set(n + "ln2.weight", y.ln2->weight);
        set(n + "ln2.bias", y.ln2->bias);
        set(n + "mlp.fc.weight", y.fc->weight);
        set(n + "mlp.fc.bias", y.fc->bias);
        set(n + "mlp.proj.weight", y.out->weight);
        set(n + "mlp.proj.bias", y.out->bias);
    }
    set("ln_f.weight", lnF_->weight);
    set("ln_f.bias", lnF_->bias);
}

Transformer makeTransformer(const TransformerParams& params, uint64_t seed) {
    torch::manual_seed(seed);
    Transformer m(params);
    torch::NoGradGuard noGrad;
    const double residualStd = 0.02 / std::sqrt(2.0 * params.layers);
    for (auto& item : m->named_parameters()) {
        const std::string& name = item.key();
        torch::Tensor& p = item.value();
        if (name.find("ln") != std::string::npos) continue;  // LayerNorm: ones and zeros
        const bool isBias = name.size() >= 4 && name.compare(name.size() - 4, 4, "bias") == 0;
        if (isBias) {
            p.zero_();
        } else {
            const bool residual =
                name.find("_proj.") != std::string::npos || name.find("_out.") != std::string::npos;
            p.normal_(0.0, residual ? residualStd : 0.02);
        }
    }
    return m;
}

std::optional<TransformerParams> transformerParamsOf(const nn::NetMetadata& meta,
                                                     std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<TransformerParams> {
        if (error) *error = what;
        return std::nullopt;
    };
    if (meta.inputFeatures != kInputFeatures || meta.heads != std::vector<std::string>{kHead}) {
        std::string heads;
        for (const auto& h : meta.heads) heads += (heads.empty() ? "" : ",") + h;
        return fail("not a reasoning model (input_features '" + meta.inputFeatures + "', heads '" +
                    heads + "'; expected '" + kInputFeatures + "', '" + kHead + "')");
    }
    auto key = [&](const char* k) -> const std::string* {
        for (const auto& kv : meta.extra)
            if (kv.first == k) return &kv.second;
        return nullptr;
    };
    const std::string* model = key("model");
    if (!model || *model != kModelKind)
        return fail("model '" + (model ? *model : std::string()) + "' is not supported (expected " +
                    kModelKind + ")");
    TransformerParams p;
    p.boardSize = meta.boardSize;
    p.layers = meta.blocks;
    p.dModel = meta.channels;
    for (auto [k, out] : {std::pair{"vocab", &p.vocab}, std::pair{"attention_heads", &p.heads},
                          std::pair{"context", &p.context}, std::pair{"mlp_ratio", &p.mlpRatio}}) {
        const std::string* v = key(k);
        if (!v) return fail(std::string("header has no '") + k + "' line");
        if (!parseInt(*v, out))
            return fail(std::string(k) + ": expected an integer, got '" + v->substr(0, 40) + "'");
    }
    for (auto [k, out] : {std::pair{"vertex_embedding", &p.vertexEmbedding},
                          std::pair{"last_move", &p.lastMoveMark}}) {
        const std::string* v = key(k);
        if (!v) continue;
        if (*v != "0" && *v != "1")
            return fail(std::string(k) + ": expected 0 or 1, got '" + v->substr(0, 40) + "'");
        *out = *v == "1";
    }
    const std::string bad = p.check();
    if (!bad.empty()) return fail("bad model shape: " + bad);
    return p;
}

std::optional<Transformer> transformerFromNetFile(const nn::NetFile& file, std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<Transformer> {
        if (error) *error = what;
        return std::nullopt;
    };
    const auto params = transformerParamsOf(file.meta, error);
    if (!params) return std::nullopt;
    const auto layout = tensorLayout(*params);
    for (const auto& [name, shape] : layout) {
        const nn::NamedTensor* t = file.find(name);
        if (!t) return fail("tensor '" + name + "' is missing");
        if (t->shape != shape)
            return fail("tensor '" + name + "': shape " + shapeText(t->shape) + ", expected " +
                        shapeText(shape));
    }
    if (file.tensors.size() != layout.size())
        return fail("the file holds " + std::to_string(file.tensors.size()) +
                    " tensors, a model of this shape has " + std::to_string(layout.size()));
    for (const auto& t : file.tensors)
        for (float v : t.values)
            if (!std::isfinite(v)) return fail("tensor '" + t.name + "' holds a NaN or infinity");

    Transformer m(*params);
    m->copyWeightsFrom(file);
    return m;
}

std::optional<Transformer> loadTransformer(const std::string& path, std::string* error,
                                           nn::NetMetadata* meta) {
    const auto file = nn::readNetFile(path, error);
    if (!file) return std::nullopt;
    std::string why;
    std::optional<Transformer> m;
    try {
        m = transformerFromNetFile(*file, &why);
    } catch (const std::exception& e) {
        why = e.what();
    }
    if (!m) {
        if (error) *error = path + ": " + why;
        return std::nullopt;
    }
    if (meta) *meta = file->meta;
    return m;
}

bool saveTransformer(const std::string& path, const Transformer& model,
                     const nn::NetMetadata& provenance, std::string* error, bool half) {
    nn::NetFile file = model->toNetFile(provenance);
    for (nn::NamedTensor& t : file.tensors) t.half = half;
    return nn::writeNetFile(path, file, error);
}

}  // namespace m37::reason
