// libFuzzer target for Leela Zero weight files (engine/nn/lz_weights.h):
// the bytes are written to a scratch file and read with loadLzWeights, so
// zlib's reader sees them (gzipped input is unpacked, plain text passes
// through), and plain text is also given to parseLzWeights directly. A net
// that loads must have every tensor at the size its shape says and the
// biases folded into the means; a failure must say why. Must never crash,
// hang, leak or trip the sanitizers. The seed corpus holds gzipped 19x19
// nets (a plain one is over 700 KB) and truncated plain files.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/nn/lz_weights.h"

namespace {

void check(const std::optional<m37::nn::LzWeights>& w, const std::string& error) {
    using m37::nn::LzConv;
    using m37::nn::LzWeights;
    if (!w) {
        if (error.empty()) std::abort();
        return;
    }
    const size_t c = size_t(w->filters);
    auto conv = [&](const LzConv& k, size_t out, size_t in, size_t kernel) {
        if (size_t(k.outputs) != out || size_t(k.inputs) != in || size_t(k.kernel) != kernel ||
            k.weights.size() != out * in * kernel * kernel || k.biases.size() != out ||
            k.means.size() != out || k.variances.size() != out)
            std::abort();
        for (float b : k.biases)
            if (b != 0.0f) std::abort();
        for (float v : k.variances)
            if (!(v >= 0.0f)) std::abort();
    };
    if (c < 1 || w->blocks < 0 || w->residual.size() != size_t(2 * w->blocks)) std::abort();
    conv(w->input, c, LzWeights::kInputPlanes, 3);
    for (const LzConv& r : w->residual) conv(r, c, c, 3);
    conv(w->policyConv, 2, c, 1);
    conv(w->valueConv, 1, c, 1);
    if (w->policyFcW.size() != 362u * 722u || w->policyFcB.size() != 362u ||
        w->valueFc1W.size() != 256u * 361u || w->valueFc1B.size() != 256u ||
        w->valueFc2W.size() != 256u || w->valueFc2B.size() != 1u)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace m37::nn;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const bool gzipped = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    if (!gzipped) {
        std::string error;
        check(parseLzWeights(bytes, "fuzz.txt", &error), error);
    }
    static const std::string path = "/tmp/move37-lz-fuzz-" + std::to_string(getpid()) + ".gz";
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return 0;
    const bool written = std::fwrite(data, 1, size, f) == size;
    std::fclose(f);
    if (written) {
        std::string error;
        check(loadLzWeights(path, &error), error);
    }
    std::remove(path.c_str());
    return 0;
}
