#pragma once
// PolicyValueNet: the trainable LibTorch form of the residual policy/value
// net that engine/nn/torch_network.cpp runs from a .m37 file, layer for
// layer: a 3x3 input convolution, residual blocks of two 3x3 convolutions,
// a policy head (1x1 conv to 2, fully connected to N*N+1 logits) and a
// value head (1x1 conv to 1, fully connected to H, then to 1, tanh). Every
// convolution has no bias and is followed by batch norm without scale
// (epsilon 1e-5) and a learnable per-channel shift; toNetFile folds the
// shift into the exported batch-norm mean, which is how the .m37 loader
// (net_file_lz.h) reads a conv. Inputs are Leela Zero's 18 planes (or
// those and 6 liberty planes, shape.features: input_features.h) in
// move37's layout (row 0 = top row), policy index y*N+x then pass, value
// from the side to move's view.
// Threading: a torch module; one thread trains or evaluates it at a time.
#include <torch/torch.h>

#include <string>
#include <utility>

#include "engine/nn/input_features.h"
#include "engine/nn/net_file.h"

namespace m37::train {

// The shape of a net: board size, residual blocks, channels, value hidden units.
struct PolicyValueShape {
    int boardSize = 19;
    int blocks = 6;
    int channels = 64;
    int valueHidden = 256;
    nn::InputFeatures features = nn::InputFeatures::kLz18;
    int inputPlanes() const { return nn::inputPlaneCount(features); }
    bool operator==(const PolicyValueShape&) const = default;
    // "6x64 (value 256) on 19x19", then ", lz18-lib6 inputs" for liberty planes
    std::string toString() const;
};

// A convolution without bias, batch norm without scale, and a shift.
class ConvBnImpl : public torch::nn::Module {
  public:
    ConvBnImpl(int inputs, int outputs, int kernel);
    torch::Tensor forward(const torch::Tensor& x);
    // Appends NAME.weight, NAME.bn_mean (shift folded in) and NAME.bn_var.
    void exportTo(const std::string& name, nn::NetFile* file) const;

  private:
    torch::nn::Conv2d conv_{nullptr};
    torch::nn::BatchNorm2d bn_{nullptr};
    torch::Tensor shift_;
};
TORCH_MODULE(ConvBn);

class PolicyValueNetImpl : public torch::nn::Module {
  public:
    explicit PolicyValueNetImpl(const PolicyValueShape& shape);

    // x: [B, shape.inputPlanes(), N, N]. Returns the policy logits [B, N*N+1] and the value
    // [B] in (-1, 1) (tanh).
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& x);
    const PolicyValueShape& shape() const { return shape_; }

    // The net as a .m37 file's tensors and shape metadata (provenance left
    // for the caller). Uses the batch-norm running statistics, as eval mode.
    nn::NetFile toNetFile() const;

  private:
    PolicyValueShape shape_;
    ConvBn input_{nullptr};
    std::vector<std::pair<ConvBn, ConvBn>> blocks_;
    ConvBn policyConv_{nullptr};
    torch::nn::Linear policyFc_{nullptr};
    ConvBn valueConv_{nullptr};
    torch::nn::Linear valueFc1_{nullptr};
    torch::nn::Linear valueFc2_{nullptr};
};
TORCH_MODULE(PolicyValueNet);

}  // namespace m37::train
