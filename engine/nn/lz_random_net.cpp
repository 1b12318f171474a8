#include "engine/nn/lz_random_net.h"

#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <fstream>

#include "engine/go/rng.h"

namespace m37::nn {

namespace {

class Writer {
  public:
    explicit Writer(uint64_t seed) : rng_(seed) {}

    double gauss() { return rng_.gauss(); }
    void normal(size_t n, double stddev) {
        for (size_t i = 0; i < n; ++i) put(gauss() * stddev);
        endLine();
    }
    void uniform(size_t n, double lo, double hi) {
        for (size_t i = 0; i < n; ++i) put(lo + (hi - lo) * rng_.uniform());
        endLine();
    }
    void conv(int outputs, int inputs, int kernel, double gain = 1.0, double meanShift = 0.0) {
        const double fanIn = double(inputs * kernel * kernel);
        normal(size_t(outputs) * size_t(inputs) * size_t(kernel * kernel),
               gain * std::sqrt(2.0 / fanIn));
        normal(size_t(outputs), 0.05);  // biases (folded into the means by readers)
        for (int o = 0; o < outputs; ++o) put(meanShift + 0.3 * gauss());  // bn means
        endLine();
        uniform(size_t(outputs), 0.5, 2.0);  // bn variances
    }
    std::string take() { return std::move(text_); }
    void raw(const std::string& s) { text_ += s; }

  private:
    void put(double v) {
        char buf[32];
        int n = std::snprintf(buf, sizeof buf, first_ ? "%.6g" : " %.6g", v);
        text_.append(buf, size_t(n));
        first_ = false;
    }
    void endLine() {
        text_ += '\n';
        first_ = true;
    }

    Rng rng_;
    std::string text_;
    bool first_ = true;
};

}  // namespace

std::string randomLzWeightsText(const RandomLzSpec& spec) {
    Writer w(spec.seed);
    const int c = spec.filters;
    w.raw(spec.version == 2 ? "2\n" : "1\n");
    w.conv(c, 18, 3, 1.5);
    for (int b = 0; b < spec.blocks; ++b) {
        w.conv(c, c, 3);
        w.conv(c, c, 3, 0.5);
    }
    // Head convs: means shifted down so that most outputs survive the ReLU.
    w.conv(2, c, 1, 1.0, -1.0);
    w.normal(size_t(362) * 722, spec.policyScale / std::sqrt(722.0));
    w.normal(362, 0.5);
    w.conv(1, c, 1, 1.0, -1.0);
    w.normal(size_t(256) * 361, std::sqrt(2.0 / 361.0));
    w.normal(256, 0.1);
    w.normal(256, spec.valueScale / std::sqrt(256.0));
    w.normal(1, 0.1);
    return w.take();
}

bool writeRandomLzWeights(const std::string& path, const RandomLzSpec& spec, std::string* error) {
    const std::string text = randomLzWeightsText(spec);
    const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
    if (gz) {
        gzFile f = gzopen(path.c_str(), "wb");
        if (!f || gzwrite(f, text.data(), unsigned(text.size())) != int(text.size())) {
            if (f) gzclose(f);
            if (error) *error = path + ": cannot write";
            return false;
        }
        if (gzclose(f) != Z_OK) {
            if (error) *error = path + ": cannot write";
            return false;
        }
        return true;
    }
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out.flush()) {
        if (error) *error = path + ": cannot write";
        return false;
    }
    return true;
}

}  // namespace m37::nn
