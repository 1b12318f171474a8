#include "engine/train/torch_model.h"

#include <cstring>

namespace m37::train {

namespace {

constexpr double kBnEpsilon = 1e-5;

std::vector<float> values(const torch::Tensor& t) {
    torch::Tensor c = t.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    std::vector<float> v(size_t(c.numel()));
    if (!v.empty()) std::memcpy(v.data(), c.data_ptr<float>(), v.size() * sizeof(float));
    return v;
}

void addTensor(nn::NetFile* f, const std::string& name, const torch::Tensor& t) {
    f->tensors.push_back({name, t.sizes().vec(), values(t)});
}

}  // namespace

std::string PolicyValueShape::toString() const {
    return std::to_string(blocks) + "x" + std::to_string(channels) + " (value " +
           std::to_string(valueHidden) + ") on " + std::to_string(boardSize) + "x" +
           std::to_string(boardSize) +
           (features == nn::InputFeatures::kLz18
                ? ""
                : std::string(", ") + nn::inputFeaturesName(features) + " inputs");
}

ConvBnImpl::ConvBnImpl(int inputs, int outputs, int kernel) {
    conv_ = register_module(
        "conv",
        torch::nn::Conv2d(
            torch::nn::Conv2dOptions(inputs, outputs, kernel).padding(kernel / 2).bias(false)));
    bn_ = register_module(
        "bn", torch::nn::BatchNorm2d(
                  torch::nn::BatchNorm2dOptions(outputs).eps(kBnEpsilon).affine(false)));
    shift_ = register_parameter("shift", torch::zeros({outputs}));
}

torch::Tensor ConvBnImpl::forward(const torch::Tensor& x) {
    return bn_->forward(conv_->forward(x)) + shift_.view({1, -1, 1, 1});
}

void ConvBnImpl::exportTo(const std::string& name, nn::NetFile* file) const {
    torch::NoGradGuard noGrad;
    // (x - mean) / s + shift = (x - (mean - shift * s)) / s, s = sqrt(var + eps).
    const torch::Tensor var = bn_->running_var;
    const torch::Tensor mean = bn_->running_mean - shift_ * torch::sqrt(var + kBnEpsilon);
    addTensor(file, name + ".weight", conv_->weight);
    addTensor(file, name + ".bn_mean", mean);
    addTensor(file, name + ".bn_var", var);
}

PolicyValueNetImpl::PolicyValueNetImpl(const PolicyValueShape& shape) : shape_(shape) {
    const int c = shape.channels, area = shape.boardSize * shape.boardSize;
    input_ = register_module("input", ConvBn(shape.inputPlanes(), c, 3));
    for (int b = 0; b < shape.blocks; ++b) {
        const std::string p = "res" + std::to_string(b);
        ConvBn c1 = register_module(p + "_conv1", ConvBn(c, c, 3));
        ConvBn c2 = register_module(p + "_conv2", ConvBn(c, c, 3));
        blocks_.emplace_back(c1, c2);
    }
    policyConv_ = register_module("policy_conv", ConvBn(c, 2, 1));
    policyFc_ = register_module("policy_fc", torch::nn::Linear(2 * area, area + 1));
    valueConv_ = register_module("value_conv", ConvBn(c, 1, 1));
    valueFc1_ = register_module("value_fc1", torch::nn::Linear(area, shape.valueHidden));
    valueFc2_ = register_module("value_fc2", torch::nn::Linear(shape.valueHidden, 1));
}

std::pair<torch::Tensor, torch::Tensor> PolicyValueNetImpl::forward(const torch::Tensor& in) {
    torch::Tensor x = torch::relu(input_->forward(in));
    for (auto& [c1, c2] : blocks_) {
        torch::Tensor y = torch::relu(c1->forward(x));
        x = torch::relu(c2->forward(y) + x);
    }
    torch::Tensor p = torch::relu(policyConv_->forward(x)).flatten(1);
    p = policyFc_->forward(p);
    torch::Tensor v = torch::relu(valueConv_->forward(x)).flatten(1);
    v = torch::relu(valueFc1_->forward(v));
    v = torch::tanh(valueFc2_->forward(v)).view({-1});
    return {p, v};
}

nn::NetFile PolicyValueNetImpl::toNetFile() const {
    torch::NoGradGuard noGrad;
    nn::NetFile f;
    f.meta.boardSize = shape_.boardSize;
    f.meta.blocks = shape_.blocks;
    f.meta.channels = shape_.channels;
    f.meta.inputPlanes = shape_.inputPlanes();
    f.meta.inputFeatures = nn::inputFeaturesName(shape_.features);
    f.meta.heads = {"policy", "value"};
    f.meta.valueConvention = "side_to_move";
    input_->exportTo("input.conv", &f);
    for (size_t b = 0; b < blocks_.size(); ++b) {
        const std::string p = "res" + std::to_string(b);
        blocks_[b].first->exportTo(p + ".conv1", &f);
        blocks_[b].second->exportTo(p + ".conv2", &f);
    }
    policyConv_->exportTo("policy.conv", &f);
    addTensor(&f, "policy.fc.weight", policyFc_->weight);
    addTensor(&f, "policy.fc.bias", policyFc_->bias);
    valueConv_->exportTo("value.conv", &f);
    addTensor(&f, "value.fc1.weight", valueFc1_->weight);
    addTensor(&f, "value.fc1.bias", valueFc1_->bias);
    addTensor(&f, "value.fc2.weight", valueFc2_->weight);
    addTensor(&f, "value.fc2.bias", valueFc2_->bias);
    return f;
}

}  // namespace m37::train
