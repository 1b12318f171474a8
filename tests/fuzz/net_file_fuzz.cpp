// libFuzzer target for move37's own network files (engine/nn/net_file.h)
// and the layer that turns one into a residual tower's weights
// (engine/nn/net_file_lz.h); neither needs LibTorch. The bytes are parsed
// as they are and again with their checksum line replaced by a correct one
// (so mutations of the header and the data get past the CRC). A file that
// parses must write back (serializeNetFile) to bytes that parse to the same
// net; a net that converts to LzWeights must convert back and forth to the
// same weights. Must never crash, hang, leak or trip the sanitizers.
#include <zlib.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engine/nn/net_file.h"
#include "engine/nn/net_file_lz.h"

namespace {

using namespace m37::nn;

// Equal floats bit for bit, except that any NaN equals any NaN (arithmetic
// may quiet a signalling NaN; the .m37 reader does not refuse NaN values).
bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::memcmp(&a[i], &b[i], sizeof(float)) != 0 &&
            !(std::isnan(a[i]) && std::isnan(b[i])))
            return false;
    return true;
}

bool sameNet(const NetFile& a, const NetFile& b) {
    if (!(a.meta == b.meta) || a.tensors.size() != b.tensors.size()) return false;
    for (size_t i = 0; i < a.tensors.size(); ++i)
        if (a.tensors[i].name != b.tensors[i].name || a.tensors[i].shape != b.tensors[i].shape ||
            !sameBits(a.tensors[i].values, b.tensors[i].values))
            return false;
    return true;
}

bool sameConv(const LzConv& a, const LzConv& b) {
    return a.outputs == b.outputs && a.inputs == b.inputs && a.kernel == b.kernel &&
           sameBits(a.weights, b.weights) && sameBits(a.biases, b.biases) &&
           sameBits(a.means, b.means) && sameBits(a.variances, b.variances);
}

bool sameLz(const LzWeights& a, const LzWeights& b) {
    if (a.version != b.version || a.blocks != b.blocks || a.filters != b.filters ||
        !sameConv(a.input, b.input) || a.residual.size() != b.residual.size() ||
        !sameConv(a.policyConv, b.policyConv) || !sameConv(a.valueConv, b.valueConv))
        return false;
    for (size_t i = 0; i < a.residual.size(); ++i)
        if (!sameConv(a.residual[i], b.residual[i])) return false;
    return sameBits(a.policyFcW, b.policyFcW) && sameBits(a.policyFcB, b.policyFcB) &&
           sameBits(a.valueFc1W, b.valueFc1W) && sameBits(a.valueFc1B, b.valueFc1B) &&
           sameBits(a.valueFc2W, b.valueFc2W) && sameBits(a.valueFc2B, b.valueFc2B);
}

void exercise(std::string_view bytes) {
    std::string error;
    const std::optional<NetFile> net = parseNetFile(bytes, "fuzz.m37", &error);
    if (!net) {
        if (error.empty()) std::abort();
        return;
    }
    (void)net->meta.toText();
    std::string why;
    if (const std::optional<std::string> again = serializeNetFile(*net, &why)) {
        const std::optional<NetFile> back = parseNetFile(*again, "again.m37", &why);
        if (!back || !sameNet(*net, *back)) std::abort();
    } else if (why.empty()) {
        std::abort();
    }
    const std::optional<LzWeights> lz = lzWeightsFromNetFile(*net, &why);
    if (!lz) {
        if (why.empty()) std::abort();
        return;
    }
    const NetFile round = netFileFromLz(*lz, net->meta.boardSize);
    const std::optional<LzWeights> lz2 = lzWeightsFromNetFile(round, &why);
    if (!lz2 || !sameLz(*lz, *lz2)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    exercise(bytes);
    // The same bytes with a correct checksum line (replacing one that looks
    // like a checksum line, else appended).
    std::string fixed(bytes);
    constexpr size_t kTrailer = 16;  // "crc32: " + 8 hex digits + '\n'
    if (fixed.size() >= kTrailer && fixed.compare(fixed.size() - kTrailer, 7, "crc32: ") == 0)
        fixed.resize(fixed.size() - kTrailer);
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(fixed.data()),
                            uInt(fixed.size()));
    char line[32];
    std::snprintf(line, sizeof line, "crc32: %08lx\n", crc & 0xffffffffUL);
    fixed += line;
    if (fixed != bytes) exercise(fixed);
    return 0;
}
