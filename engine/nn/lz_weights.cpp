#include "engine/nn/lz_weights.h"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace m37::nn {

namespace {

constexpr int kArea = LzWeights::kBoardSize * LzWeights::kBoardSize;  // 361
constexpr int kMoves = kArea + 1;                                     // 362
constexpr int kValueHidden = 256;
constexpr int kHeadLines = 14;
constexpr int kInputLines = 4;
constexpr int kBlockLines = 8;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

size_t countTokens(std::string_view s) {
    size_t n = 0;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i])) ++i;
        if (i == s.size()) break;
        ++n;
        while (i < s.size() && !isSpace(s[i])) ++i;
    }
    return n;
}

// Reads the weight lines one tensor at a time, checking every size.
class TensorReader {
  public:
    TensorReader(const std::vector<std::string_view>& lines, const std::string& name,
                 std::string* error)
        : lines_(lines), name_(name), error_(error) {}

    // Reads weight line `index` (0-based, after the version line) as tensor
    // `tensor` of exactly `expected` finite values.
    bool read(size_t index, const std::string& tensor, size_t expected, std::vector<float>& out) {
        const std::string_view line = lines_[index];
        const size_t lineNo = index + 2;
        out.clear();
        // Never trust the expected size for the allocation: each value takes
        // at least two characters of the line.
        out.reserve(std::min(expected, line.size() / 2 + 1));
        size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isSpace(line[i])) ++i;
            if (i == line.size()) break;
            size_t end = i;
            while (end < line.size() && !isSpace(line[end])) ++end;
            const char* first = line.data() + i;
            const char* last = line.data() + end;
            if (first != last && *first == '+') ++first;
            float v = 0;
            auto [ptr, ec] = std::from_chars(first, last, v);
            if (ec != std::errc() || ptr != last || !std::isfinite(v)) {
                std::string tok(line.substr(i, std::min<size_t>(end - i, 32)));
                return fail(lineNo, "tensor '" + tensor + "': value " +
                                        std::to_string(out.size() + 1) + " '" + tok +
                                        "' is not a finite number");
            }
            if (out.size() < expected)
                out.push_back(v);
            else
                ++extra_;
            i = end;
        }
        const size_t got = out.size() + extra_;
        extra_ = 0;
        if (got != expected)
            return fail(lineNo, "tensor '" + tensor + "' has " + std::to_string(got) +
                                    " values, expected " + std::to_string(expected));
        return true;
    }

    bool readConv(size_t& index, const std::string& prefix, int outputs, int inputs, int kernel,
                  LzConv& conv) {
        conv.outputs = outputs;
        conv.inputs = inputs;
        conv.kernel = kernel;
        const size_t w = size_t(outputs) * size_t(inputs) * size_t(kernel * kernel);
        if (!read(index++, prefix + ".weights", w, conv.weights)) return false;
        if (!read(index++, prefix + ".biases", size_t(outputs), conv.biases)) return false;
        if (!read(index++, prefix + ".bn_means", size_t(outputs), conv.means)) return false;
        if (!read(index++, prefix + ".bn_variances", size_t(outputs), conv.variances)) return false;
        for (size_t o = 0; o < conv.variances.size(); ++o)
            if (conv.variances[o] < 0)
                return fail(index + 1, "tensor '" + prefix + ".bn_variances' has a negative value");
        for (size_t o = 0; o < conv.means.size(); ++o) {
            conv.means[o] -= conv.biases[o];
            conv.biases[o] = 0.0f;
        }
        return true;
    }

    bool fail(size_t lineNo, const std::string& what) {
        if (error_) *error_ = name_ + ": line " + std::to_string(lineNo) + ": " + what;
        return false;
    }

  private:
    const std::vector<std::string_view>& lines_;
    const std::string& name_;
    std::string* error_;
    size_t extra_ = 0;
};

bool setError(std::string* error, const std::string& what) {
    if (error) *error = what;
    return false;
}

}  // namespace

std::optional<LzWeights> parseLzWeights(std::string_view text, const std::string& name,
                                        std::string* error) {
    if (text.find('\0') != std::string_view::npos) {
        setError(error, name + ": not a text weight file (contains NUL bytes)");
        return std::nullopt;
    }
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) nl = text.size();
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
    if (lines.empty()) {
        setError(error, name + ": empty file (expected a version line '1' or '2')");
        return std::nullopt;
    }

    LzWeights w;
    const std::string_view version = trim(lines.front());
    if (version == "1")
        w.version = 1;
    else if (version == "2")
        w.version = 2;
    else {
        setError(error, name + ": line 1: unsupported version '" +
                            std::string(version.substr(0, 32)) +
                            "' (expected 1, or 2 for ELF nets)");
        return std::nullopt;
    }
    lines.erase(lines.begin());

    const size_t n = lines.size();
    if (n < kInputLines + kHeadLines || (n - kInputLines - kHeadLines) % kBlockLines != 0) {
        setError(error, name + ": " + std::to_string(n) +
                            " weight lines after the version line, expected 18 + 8 per "
                            "residual block (truncated or corrupt file?)");
        return std::nullopt;
    }
    w.blocks = int((n - kInputLines - kHeadLines) / kBlockLines);
    const size_t filters = countTokens(lines[1]);
    if (filters == 0 || filters > 4096) {
        setError(error, name + ": line 3: tensor 'input.biases' has " + std::to_string(filters) +
                            " values, expected the number of filters (1 to 4096)");
        return std::nullopt;
    }
    w.filters = int(filters);
    const int c = w.filters;

    TensorReader r(lines, name, error);
    size_t i = 0;
    if (!r.readConv(i, "input", c, LzWeights::kInputPlanes, 3, w.input)) return std::nullopt;
    w.residual.resize(size_t(2 * w.blocks));
    for (int b = 0; b < w.blocks; ++b) {
        const std::string res = "res" + std::to_string(b);
        if (!r.readConv(i, res + ".conv1", c, c, 3, w.residual[size_t(2 * b)]) ||
            !r.readConv(i, res + ".conv2", c, c, 3, w.residual[size_t(2 * b + 1)]))
            return std::nullopt;
    }
    if (!r.readConv(i, "policy.conv", 2, c, 1, w.policyConv) ||
        !r.read(i++, "policy.fc.weights", size_t(kMoves) * 2 * kArea, w.policyFcW) ||
        !r.read(i++, "policy.fc.biases", kMoves, w.policyFcB) ||
        !r.readConv(i, "value.conv", 1, c, 1, w.valueConv) ||
        !r.read(i++, "value.fc1.weights", size_t(kValueHidden) * kArea, w.valueFc1W) ||
        !r.read(i++, "value.fc1.biases", kValueHidden, w.valueFc1B) ||
        !r.read(i++, "value.fc2.weights", kValueHidden, w.valueFc2W) ||
        !r.read(i++, "value.fc2.biases", 1, w.valueFc2B))
        return std::nullopt;
    return w;
}

std::optional<LzWeights> loadLzWeights(const std::string& path, std::string* error) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) {
        setError(error, path + ": cannot open (" + std::strerror(errno) + ")");
        return std::nullopt;
    }
    std::string text;
    std::vector<char> buf(1 << 20);
    for (;;) {
        const int got = gzread(f, buf.data(), unsigned(buf.size()));
        if (got < 0) {
            int errnum = 0;
            const char* msg = gzerror(f, &errnum);
            setError(error, path + ": read error (" + (msg ? msg : "?") + ")");
            gzclose(f);
            return std::nullopt;
        }
        if (got == 0) break;
        text.append(buf.data(), size_t(got));
    }
    int errnum = 0;
    const char* msg = gzerror(f, &errnum);
    if (errnum != Z_OK) {
        setError(error, path + ": read error (" + (msg ? msg : "?") + ")");
        gzclose(f);
        return std::nullopt;
    }
    gzclose(f);
    return parseLzWeights(text, path, error);
}

}  // namespace m37::nn
