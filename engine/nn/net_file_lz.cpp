#include "engine/nn/net_file_lz.h"

#include <ctime>
#include <filesystem>
#include <set>

#include "engine/nn/input_features.h"

namespace m37::nn {

namespace {

// Mirrors a board index top <-> bottom; its own inverse.
int flipRow(int i, int n) {
    return (n - 1 - i / n) * n + i % n;
}

// Flips a conv's kernels vertically ([out][in][k][k]); its own inverse.
std::vector<float> flipKernels(const std::vector<float>& w, int kernel) {
    if (kernel <= 1) return w;
    std::vector<float> out(w.size());
    const size_t k = size_t(kernel), plane = k * k;
    for (size_t base = 0; base + plane <= w.size(); base += plane)
        for (size_t y = 0; y < k; ++y)
            for (size_t x = 0; x < k; ++x) out[base + y * k + x] = w[base + (k - 1 - y) * k + x];
    return out;
}

// Policy FC [N*N+1][2*N*N]: rows and columns mirrored; its own inverse.
std::vector<float> mirrorPolicyW(const std::vector<float>& w, int n) {
    const int area = n * n, moves = area + 1, pin = 2 * area;
    std::vector<float> out(w.size());
    for (int m = 0; m < moves; ++m) {
        const int from = m < area ? flipRow(m, n) : m;
        for (int c = 0; c < 2; ++c)
            for (int i = 0; i < area; ++i)
                out[size_t(m * pin + c * area + i)] =
                    w[size_t(from * pin + c * area + flipRow(i, n))];
    }
    return out;
}

std::vector<float> mirrorPolicyB(const std::vector<float>& b, int n) {
    const int area = n * n;
    std::vector<float> out(b.size());
    for (int m = 0; m <= area; ++m) out[size_t(m)] = b[size_t(m < area ? flipRow(m, n) : m)];
    return out;
}

// Value FC1 [H][N*N]: columns mirrored; its own inverse.
std::vector<float> mirrorValueW(const std::vector<float>& w, int n) {
    const int area = n * n;
    const size_t hidden = w.size() / size_t(area);
    std::vector<float> out(w.size());
    for (size_t h = 0; h < hidden; ++h)
        for (int i = 0; i < area; ++i)
            out[h * size_t(area) + size_t(i)] = w[h * size_t(area) + size_t(flipRow(i, n))];
    return out;
}

void addConv(NetFile& f, const std::string& prefix, const LzConv& c) {
    std::vector<float> means = c.means;
    for (size_t o = 0; o < means.size() && o < c.biases.size(); ++o) means[o] -= c.biases[o];
    f.tensors.push_back({prefix + ".weight",
                         {c.outputs, c.inputs, c.kernel, c.kernel},
                         flipKernels(c.weights, c.kernel)});
    f.tensors.push_back({prefix + ".bn_mean", {c.outputs}, std::move(means)});
    f.tensors.push_back({prefix + ".bn_var", {c.outputs}, c.variances});
}

std::string shapeText(const std::vector<int64_t>& shape) {
    std::string s;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i) s += 'x';
        s += std::to_string(shape[i]);
    }
    return s;
}

// Takes tensors by name, checking shapes, and remembers which were used.
class TensorTaker {
  public:
    TensorTaker(const NetFile& net, std::string* error) : net_(net), error_(error) {}

    const std::vector<float>* take(const std::string& name, const std::vector<int64_t>& shape) {
        const NamedTensor* t = net_.find(name);
        if (!t) return failed("missing tensor '" + name + "'");
        if (t->shape != shape)
            return failed("tensor '" + name + "': expected shape " + shapeText(shape) +
                          ", file has " + shapeText(t->shape));
        ++used_;
        return &t->values;
    }
    bool conv(const std::string& prefix, int outputs, int inputs, int kernel, LzConv* c) {
        const auto* w = take(prefix + ".weight", {outputs, inputs, kernel, kernel});
        const auto* m = w ? take(prefix + ".bn_mean", {outputs}) : nullptr;
        const auto* v = m ? take(prefix + ".bn_var", {outputs}) : nullptr;
        if (!v) return false;
        c->outputs = outputs;
        c->inputs = inputs;
        c->kernel = kernel;
        c->weights = flipKernels(*w, kernel);
        c->biases.assign(size_t(outputs), 0.0f);
        c->means = *m;
        c->variances = *v;
        return true;
    }
    // All tensors used? Otherwise names the first that was not.
    bool allUsed(const std::set<std::string>& expected) {
        if (used_ == net_.tensors.size()) return true;
        for (const auto& t : net_.tensors)
            if (!expected.count(t.name)) return fail("unexpected tensor '" + t.name + "'");
        return fail("duplicate tensors");
    }

  private:
    bool fail(const std::string& what) {
        if (error_) *error_ = what;
        return false;
    }
    std::nullptr_t failed(const std::string& what) {
        if (error_) *error_ = what;
        return nullptr;
    }
    const NetFile& net_;
    std::string* error_;
    size_t used_ = 0;
};

std::string todayUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

}  // namespace

NetFile netFileFromLz(const LzWeights& w, int boardSize) {
    const int n = boardSize;
    NetFile f;
    f.meta.boardSize = n;
    f.meta.blocks = w.blocks;
    f.meta.channels = w.filters;
    f.meta.inputPlanes = w.input.inputs > 0 ? w.input.inputs : LzWeights::kInputPlanes;
    f.meta.inputFeatures = "lz18";
    f.meta.heads = {"policy", "value"};
    f.meta.valueConvention = w.valueFromBlack() ? "black" : "side_to_move";
    addConv(f, "input.conv", w.input);
    for (size_t i = 0; i < w.residual.size(); ++i)
        addConv(f, "res" + std::to_string(i / 2) + (i % 2 ? ".conv2" : ".conv1"), w.residual[i]);
    const int64_t area = int64_t(n) * n;
    const int64_t hidden = int64_t(w.valueFc1B.size());
    addConv(f, "policy.conv", w.policyConv);
    f.tensors.push_back({"policy.fc.weight", {area + 1, 2 * area}, mirrorPolicyW(w.policyFcW, n)});
    f.tensors.push_back({"policy.fc.bias", {area + 1}, mirrorPolicyB(w.policyFcB, n)});
    addConv(f, "value.conv", w.valueConv);
    f.tensors.push_back({"value.fc1.weight", {hidden, area}, mirrorValueW(w.valueFc1W, n)});
    f.tensors.push_back({"value.fc1.bias", {hidden}, w.valueFc1B});
    f.tensors.push_back({"value.fc2.weight", {1, hidden}, w.valueFc2W});
    f.tensors.push_back({"value.fc2.bias", {1}, w.valueFc2B});
    return f;
}

std::optional<LzWeights> lzWeightsFromNetFile(const NetFile& net, std::string* error) {
    auto fail = [&](const std::string& what) -> std::optional<LzWeights> {
        if (error) *error = what;
        return std::nullopt;
    };
    const NetMetadata& m = net.meta;
    for (const auto& h : m.heads)
        if (h != "policy" && h != "value")
            return fail("head '" + h + "' is not supported by this build's network");
    if (!m.hasHead("policy") || !m.hasHead("value"))
        return fail("the net needs policy and value heads");
    const auto features = parseInputFeatures(m.inputFeatures);
    if (!features || m.inputPlanes != inputPlaneCount(*features))
        return fail("input features '" + m.inputFeatures + "' with " +
                    std::to_string(m.inputPlanes) +
                    " planes are not supported (expected lz18 with 18 planes or lz18-lib6 "
                    "with 24)");
    LzWeights w;
    if (m.valueConvention == "side_to_move")
        w.version = 1;
    else if (m.valueConvention == "black")
        w.version = 2;
    else
        return fail("unknown value_convention '" + m.valueConvention + "'");
    if (m.boardSize < 2 || m.blocks < 0 || m.channels < 1)
        return fail("bad net shape in the header");
    const int n = m.boardSize, c = m.channels;
    const int64_t area = int64_t(n) * n;
    w.blocks = m.blocks;
    w.filters = c;

    TensorTaker t(net, error);
    std::set<std::string> expected;
    auto conv = [&](const std::string& prefix, int outputs, int inputs, int kernel, LzConv* out) {
        for (const char* s : {".weight", ".bn_mean", ".bn_var"}) expected.insert(prefix + s);
        return t.conv(prefix, outputs, inputs, kernel, out);
    };
    if (!conv("input.conv", c, m.inputPlanes, 3, &w.input)) return std::nullopt;
    w.residual.resize(size_t(m.blocks) * 2);
    for (int b = 0; b < m.blocks; ++b) {
        const std::string p = "res" + std::to_string(b);
        if (!conv(p + ".conv1", c, c, 3, &w.residual[size_t(2 * b)])) return std::nullopt;
        if (!conv(p + ".conv2", c, c, 3, &w.residual[size_t(2 * b + 1)])) return std::nullopt;
    }
    if (!conv("policy.conv", 2, c, 1, &w.policyConv)) return std::nullopt;
    if (!conv("value.conv", 1, c, 1, &w.valueConv)) return std::nullopt;
    const NamedTensor* fc1b = net.find("value.fc1.bias");
    if (!fc1b || fc1b->shape.size() != 1)
        return fail(fc1b ? "tensor 'value.fc1.bias': expected one dimension"
                         : "missing tensor 'value.fc1.bias'");
    const int64_t hidden = fc1b->shape[0];
    for (const char* s : {"policy.fc.weight", "policy.fc.bias", "value.fc1.weight",
                          "value.fc1.bias", "value.fc2.weight", "value.fc2.bias"})
        expected.insert(s);
    const auto* pw = t.take("policy.fc.weight", {area + 1, 2 * area});
    const auto* pb = pw ? t.take("policy.fc.bias", {area + 1}) : nullptr;
    const auto* v1w = pb ? t.take("value.fc1.weight", {hidden, area}) : nullptr;
    const auto* v1b = v1w ? t.take("value.fc1.bias", {hidden}) : nullptr;
    const auto* v2w = v1b ? t.take("value.fc2.weight", {1, hidden}) : nullptr;
    const auto* v2b = v2w ? t.take("value.fc2.bias", {1}) : nullptr;
    if (!v2b) return std::nullopt;
    if (!t.allUsed(expected)) return std::nullopt;
    w.policyFcW = mirrorPolicyW(*pw, n);
    w.policyFcB = mirrorPolicyB(*pb, n);
    w.valueFc1W = mirrorValueW(*v1w, n);
    w.valueFc1B = *v1b;
    w.valueFc2W = *v2w;
    w.valueFc2B = *v2b;
    return w;
}

bool exportLzToNetFile(const std::string& lzPath, const std::string& netPath, std::string* error) {
    auto w = loadLzWeights(lzPath, error);
    if (!w) return false;
    NetFile f = netFileFromLz(*w, LzWeights::kBoardSize);
    f.meta.data = "Leela Zero weights, format version " + std::to_string(w->version);
    f.meta.date = todayUtc();
    f.meta.notes =
        "converted from Leela Zero file " + std::filesystem::path(lzPath).filename().string();
    return writeNetFile(netPath, f, error);
}

}  // namespace m37::nn
