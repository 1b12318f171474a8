#include "engine/nn/torch_network.h"

#include "engine/nn/net_file_lz.h"

#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace m37::nn {

namespace {

// A convolution with its batch norm folded in: y = conv(x, w) + b.
struct FoldedConv {
    torch::Tensor w;
    torch::Tensor b;
};

torch::Tensor toTensor(const std::vector<float>& v, std::vector<int64_t> sizes) {
    return torch::from_blob(const_cast<float*>(v.data()), sizes, torch::kFloat32).clone();
}

// Mirrors a 19x19 board index top <-> bottom (Leela Zero rows run upwards).
int flipRow(int i, int n) {
    return (n - 1 - i / n) * n + i % n;
}

FoldedConv fold(const LzConv& c, bool mirror) {
    // BN without scale/shift: (conv + bias - mean) / sqrt(var + eps); the
    // loader already moved the bias into the mean.
    std::vector<float> scale(size_t(c.outputs)), shift(size_t(c.outputs));
    for (size_t o = 0; o < scale.size(); ++o) {
        scale[o] = 1.0f / std::sqrt(c.variances[o] + LzWeights::kBnEpsilon);
        shift[o] = (c.biases[o] - c.means[o]) * scale[o];
    }
    torch::Tensor w = toTensor(c.weights, {c.outputs, c.inputs, c.kernel, c.kernel});
    if (mirror && c.kernel > 1) w = w.flip({2}).contiguous();
    w = w * toTensor(scale, {c.outputs, 1, 1, 1});
    return {w, toTensor(shift, {c.outputs})};
}

}  // namespace

struct TorchNetwork::Impl {
    torch::Device device = torch::kCPU;
    FoldedConv input;
    std::vector<FoldedConv> residual;
    FoldedConv policyConv, valueConv;
    torch::Tensor policyFcW, policyFcB, valueFc1W, valueFc1B, valueFc2W, valueFc2B;

    void to(torch::Device d) {
        device = d;
        auto move = [&](torch::Tensor& t) { t = t.to(d); };
        for (FoldedConv* c : {&input, &policyConv, &valueConv}) move(c->w), move(c->b);
        for (auto& c : residual) move(c.w), move(c.b);
        for (auto* t : {&policyFcW, &policyFcB, &valueFc1W, &valueFc1B, &valueFc2W, &valueFc2B})
            move(*t);
    }

    static torch::Tensor conv(const torch::Tensor& x, const FoldedConv& c) {
        const int64_t pad = c.w.size(2) / 2;
        return torch::conv2d(x, c.w, c.b, /*stride=*/1, /*padding=*/pad);
    }
};

TorchNetwork::TorchNetwork(NetShape shape, std::unique_ptr<Impl> impl)
    : shape_(shape), impl_(std::move(impl)) {}

TorchNetwork::~TorchNetwork() = default;

std::unique_ptr<TorchNetwork> TorchNetwork::fromLz(const LzWeights& lz, const NNParams& params,
                                                   std::string* error) {
    return fromLzSized(lz, LzWeights::kBoardSize, params, error);
}

std::unique_ptr<TorchNetwork> TorchNetwork::fromLzSized(const LzWeights& lz, int boardSize,
                                                        const NNParams& params,
                                                        std::string* error) {
    try {
        torch::InferenceMode guard;
        if (params.threads > 0) at::set_num_threads(params.threads);
        const int n = boardSize;
        const int area = n * n;
        const size_t hiddenSize = lz.valueFc1B.size();
        if (n < 2 || lz.policyFcW.size() != size_t(area + 1) * size_t(2 * area) ||
            lz.policyFcB.size() != size_t(area + 1) ||
            lz.valueFc1W.size() != hiddenSize * size_t(area) ||
            lz.valueFc2W.size() != hiddenSize || lz.valueFc2B.size() != 1) {
            if (error)
                *error = "weights do not fit a " + std::to_string(n) + "x" + std::to_string(n) +
                         " board";
            return nullptr;
        }
        auto impl = std::make_unique<Impl>();
        impl->input = fold(lz.input, true);
        for (const auto& c : lz.residual) impl->residual.push_back(fold(c, true));
        impl->policyConv = fold(lz.policyConv, true);
        impl->valueConv = fold(lz.valueConv, true);

        // Fully connected layers: mirror the board rows of inputs and moves.
        std::vector<float> pw(lz.policyFcW.size()), pb(lz.policyFcB.size());
        const int moves = area + 1, pin = 2 * area;
        for (int m = 0; m < moves; ++m) {
            const int from = m < area ? flipRow(m, n) : m;
            pb[size_t(m)] = lz.policyFcB[size_t(from)];
            for (int c = 0; c < 2; ++c)
                for (int i = 0; i < area; ++i)
                    pw[size_t(m * pin + c * area + i)] =
                        lz.policyFcW[size_t(from * pin + c * area + flipRow(i, n))];
        }
        std::vector<float> vw(lz.valueFc1W.size());
        const int hidden = int(lz.valueFc1B.size());
        for (int h = 0; h < hidden; ++h)
            for (int i = 0; i < area; ++i)
                vw[size_t(h * area + i)] = lz.valueFc1W[size_t(h * area + flipRow(i, n))];
        impl->policyFcW = toTensor(pw, {moves, pin});
        impl->policyFcB = toTensor(pb, {moves});
        impl->valueFc1W = toTensor(vw, {hidden, area});
        impl->valueFc1B = toTensor(lz.valueFc1B, {hidden});
        impl->valueFc2W = toTensor(lz.valueFc2W, {1, hidden});
        impl->valueFc2B = toTensor(lz.valueFc2B, {1});
        if (params.allowCuda && torch::cuda::is_available())
            impl->to(torch::Device(torch::kCUDA, 0));

        NetShape shape;
        shape.boardSize = n;
        shape.inputPlanes = lz.input.inputs > 0 ? lz.input.inputs : LzWeights::kInputPlanes;
        shape.blocks = lz.blocks;
        shape.filters = lz.filters;
        shape.valueFromBlack = lz.valueFromBlack();
        return std::unique_ptr<TorchNetwork>(new TorchNetwork(shape, std::move(impl)));
    } catch (const std::exception& e) {
        if (error) *error = std::string("LibTorch: ") + e.what();
        return nullptr;
    }
}

std::unique_ptr<TorchNetwork> TorchNetwork::fromNetFile(const NetFile& net, const NNParams& params,
                                                        std::string* error) {
    auto weights = lzWeightsFromNetFile(net, error);
    if (!weights) return nullptr;
    auto built = fromLzSized(*weights, net.meta.boardSize, params, error);
    if (built) built->shape_.features = *parseInputFeatures(net.meta.inputFeatures);
    return built;
}

std::string TorchNetwork::deviceName() const {
    return impl_->device.str();
}

bool TorchNetwork::forward(const float* input, int batch, float* policy, float* value,
                           std::string* error) const {
    if (batch <= 0) return true;
    try {
        torch::InferenceMode guard;
        const Impl& m = *impl_;
        const int n = shape_.boardSize;
        torch::Tensor x = torch::from_blob(const_cast<float*>(input),
                                           {batch, shape_.inputPlanes, n, n}, torch::kFloat32);
        x = x.to(m.device);
        x = torch::relu(Impl::conv(x, m.input));
        for (size_t i = 0; i + 1 < m.residual.size(); i += 2) {
            torch::Tensor y = torch::relu(Impl::conv(x, m.residual[i]));
            y = Impl::conv(y, m.residual[i + 1]);
            x = torch::relu(y + x);
        }
        torch::Tensor p = torch::relu(Impl::conv(x, m.policyConv)).flatten(1);
        p = torch::softmax(torch::linear(p, m.policyFcW, m.policyFcB), 1);
        torch::Tensor v = torch::relu(Impl::conv(x, m.valueConv)).flatten(1);
        v = torch::relu(torch::linear(v, m.valueFc1W, m.valueFc1B));
        v = torch::tanh(torch::linear(v, m.valueFc2W, m.valueFc2B));
        p = p.to(torch::kCPU).contiguous();
        v = v.to(torch::kCPU).contiguous();
        std::memcpy(policy, p.data_ptr<float>(), sizeof(float) * size_t(batch) * size_t(n * n + 1));
        std::memcpy(value, v.data_ptr<float>(), sizeof(float) * size_t(batch));
        return true;
    } catch (const std::exception& e) {
        if (error) *error = std::string("LibTorch: ") + e.what();
        return false;
    }
}

}  // namespace m37::nn
