#pragma once
// TorchNetwork: a residual policy/value network run by LibTorch (AlphaGo
// Zero shape: 3x3 input conv, residual blocks of two 3x3 convs, policy and
// value heads), built from loaded weights with batch norm folded into the
// convolutions. Inputs and policies use move37's layout (row 0 = top row);
// Leela Zero nets, whose rows run bottom to top, are mirrored at load so the
// numbers are exactly Leela Zero's. CPU by default, CUDA when allowed and
// LibTorch sees a GPU. This header hides every torch type (pimpl): only
// torch_network.cpp includes torch.
// Threading: immutable after construction; forward() may be called from
// several threads at once.
#include <memory>
#include <string>

#include "engine/nn/input_features.h"
#include "engine/nn/lz_weights.h"
#include "engine/nn/nn_params.h"

namespace m37::nn {

struct NetFile;

struct NetShape {
    int boardSize = 19;
    int inputPlanes = 18;
    InputFeatures features = InputFeatures::kLz18;  // what the input planes hold
    int blocks = 0;
    int filters = 0;
    bool valueFromBlack = false;  // value head gives Black's view (ELF)
};

class TorchNetwork {
  public:
    // Builds the net from Leela Zero weights; nullptr and *error on failure.
    static std::unique_ptr<TorchNetwork> fromLz(const LzWeights& weights, const NNParams& params,
                                                std::string* error);
    // The same for a net of Leela Zero's layout on an N x N board: the
    // fully connected layers sized for N (policy 2N^2 -> N^2+1, value N^2 ->
    // hidden). fromLz is fromLzSized(weights, 19, ...). Used for nets of
    // other sizes, such as random 9x9 nets (random_network.h).
    static std::unique_ptr<TorchNetwork> fromLzSized(const LzWeights& weights, int boardSize,
                                                     const NNParams& params, std::string* error);
    // Builds the net held by a move37 net file (net_file.h, tensors as
    // net_file_lz.h), on its board size; nullptr and *error on failure.
    static std::unique_ptr<TorchNetwork> fromNetFile(const NetFile& net, const NNParams& params,
                                                     std::string* error);
    ~TorchNetwork();
    TorchNetwork(const TorchNetwork&) = delete;
    TorchNetwork& operator=(const TorchNetwork&) = delete;

    const NetShape& shape() const { return shape_; }
    std::string deviceName() const;

    // input: batch x inputPlanes x N x N floats. Writes batch x (N*N+1)
    // policy probabilities (softmax over every move) and batch values in
    // [-1,1] (tanh; the mover's view, or Black's when valueFromBlack).
    // Returns false (and *error) if the backend fails.
    bool forward(const float* input, int batch, float* policy, float* value,
                 std::string* error = nullptr) const;

  private:
    struct Impl;
    TorchNetwork(NetShape shape, std::unique_ptr<Impl> impl);

    NetShape shape_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace m37::nn
