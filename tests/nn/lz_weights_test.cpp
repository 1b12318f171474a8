// Leela Zero weight files: shapes inferred from the file, the conv bias
// folded into the BN mean, gzip, and a clear error (never a crash) for
// truncated, corrupt or wrong-size files.
#include <gtest/gtest.h>

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "engine/nn/lz_random_net.h"
#include "engine/nn/lz_weights.h"
#include "tests/scratch_dir.h"

namespace m37::nn {
namespace {

std::string tmpPath(const std::string& name) {
    return testScratchDir(std::string(MOVE37_NN_TEST_TMP) + "/weights") + "/" + name;
}

// Random net text, made once per shape (writing it takes a while).
const std::string& smallNet(int blocks = 2, int filters = 16, int version = 1) {
    static std::map<std::tuple<int, int, int>, std::string> made;
    auto& text = made[{blocks, filters, version}];
    if (!text.empty()) return text;
    RandomLzSpec spec;
    spec.blocks = blocks;
    spec.filters = filters;
    spec.version = version;
    text = randomLzWeightsText(spec);
    return text;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream s(text);
    for (std::string l; std::getline(s, l);) lines.push_back(l);
    return lines;
}

std::string joinLines(const std::vector<std::string>& lines) {
    std::string t;
    for (const auto& l : lines) t += l + "\n";
    return t;
}

std::string parseError(const std::string& text) {
    std::string error;
    auto w = parseLzWeights(text, "net.txt", &error);
    EXPECT_FALSE(w.has_value());
    return error;
}

TEST(LzWeights, InfersBlocksAndFilters) {
    for (auto [blocks, filters] : {std::pair{0, 8}, {1, 4}, {2, 16}, {3, 8}}) {
        std::string error;
        auto w = parseLzWeights(smallNet(blocks, filters), "net.txt", &error);
        ASSERT_TRUE(w) << error;
        EXPECT_EQ(w->blocks, blocks);
        EXPECT_EQ(w->filters, filters);
        EXPECT_EQ(w->version, 1);
        EXPECT_EQ(w->residual.size(), size_t(2 * blocks));
        EXPECT_EQ(w->input.weights.size(), size_t(filters * 18 * 9));
        EXPECT_EQ(w->policyFcW.size(), size_t(362 * 722));
        EXPECT_EQ(w->valueFc1W.size(), size_t(256 * 361));
        EXPECT_FALSE(w->valueFromBlack());
    }
}

TEST(LzWeights, Version2IsElf) {
    std::string error;
    auto w = parseLzWeights(smallNet(1, 8, 2), "net.txt", &error);
    ASSERT_TRUE(w) << error;
    EXPECT_EQ(w->version, 2);
    EXPECT_TRUE(w->valueFromBlack());
}

TEST(LzWeights, BiasFoldedIntoMean) {
    auto lines = splitLines(smallNet(1, 4));
    lines[2] = "1 2 3 4";      // input biases
    lines[3] = "10 20 30 40";  // input bn means
    lines[14] = "0.5 -0.5";    // policy conv biases
    lines[15] = "1 1";         // policy bn means
    std::string error;
    auto w = parseLzWeights(joinLines(lines), "net.txt", &error);
    ASSERT_TRUE(w) << error;
    EXPECT_EQ(w->input.means, (std::vector<float>{9, 18, 27, 36}));
    EXPECT_EQ(w->input.biases, (std::vector<float>{0, 0, 0, 0}));
    EXPECT_EQ(w->policyConv.means, (std::vector<float>{0.5f, 1.5f}));
}

TEST(LzWeights, AcceptsCrLfAndTrailingBlankLines) {
    std::string text = smallNet(1, 4);
    std::string crlf;
    for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    std::string error;
    EXPECT_TRUE(parseLzWeights(crlf + "\r\n\n", "net.txt", &error)) << error;
}

TEST(LzWeights, WrongSizeNamesLineAndTensor) {
    auto lines = splitLines(smallNet(2, 16));
    // Weight line 12 (file line 14) is res1.conv1.weights: drop one value.
    lines[13] = lines[13].substr(0, lines[13].rfind(' '));
    EXPECT_EQ(parseError(joinLines(lines)),
              "net.txt: line 14: tensor 'res1.conv1.weights' has 2303 values, expected 2304");

    lines = splitLines(smallNet(2, 16));
    lines.back() += " 0.5";  // value.fc2.biases gets 2 values
    EXPECT_EQ(parseError(joinLines(lines)),
              "net.txt: line 35: tensor 'value.fc2.biases' has 2 values, expected 1");

    lines = splitLines(smallNet(2, 16));
    lines[4] += " 1";  // input bn variances
    EXPECT_EQ(parseError(joinLines(lines)),
              "net.txt: line 5: tensor 'input.bn_variances' has 17 values, expected 16");
}

TEST(LzWeights, GarbageValues) {
    auto lines = splitLines(smallNet(1, 4));
    lines[6] = "0.1 0.2 abc 0.4";
    EXPECT_EQ(parseError(joinLines(lines)),
              "net.txt: line 7: tensor 'res0.conv1.biases': value 3 'abc' is not a finite number");
    lines = splitLines(smallNet(1, 4));
    lines[6] = "0.1 nan 0.3 0.4";
    EXPECT_NE(parseError(joinLines(lines)).find("not a finite number"), std::string::npos);
    lines = splitLines(smallNet(1, 4));
    lines[8] = "1 1 -1 1";
    EXPECT_EQ(parseError(joinLines(lines)),
              "net.txt: line 9: tensor 'res0.conv1.bn_variances' has a negative value");
}

TEST(LzWeights, BadHeaderAndEmpty) {
    EXPECT_EQ(parseError(""), "net.txt: empty file (expected a version line '1' or '2')");
    EXPECT_EQ(parseError("\n \n"), "net.txt: empty file (expected a version line '1' or '2')");
    EXPECT_EQ(parseError("3\n1 2\n"),
              "net.txt: line 1: unsupported version '3' (expected 1, or 2 for ELF nets)");
    EXPECT_NE(parseError("hello world\n").find("unsupported version"), std::string::npos);
    EXPECT_NE(parseError("1\n").find("0 weight lines"), std::string::npos);
    EXPECT_NE(parseError(std::string("1\n\0\0\x01", 5)).find("NUL"), std::string::npos);
    std::string bin;
    for (int i = 0; i < 4096; ++i) bin += char((i * 7919) & 0xff);
    EXPECT_FALSE(parseError(bin).empty());
}

TEST(LzWeights, MissingOrExtraLines) {
    auto lines = splitLines(smallNet(2, 8));
    lines.pop_back();
    EXPECT_NE(parseError(joinLines(lines)).find("33 weight lines"), std::string::npos);
    // Removing a whole block's worth of lines leaves a consistent count but
    // shifts the tensors: a size check catches it.
    lines = splitLines(smallNet(2, 8));
    lines.erase(lines.end() - 8, lines.end());
    EXPECT_NE(parseError(joinLines(lines)).find("tensor 'policy.conv.weights' has 576"),
              std::string::npos);
}

TEST(LzWeights, TruncatedAnywhereIsAnError) {
    const std::string text = smallNet(1, 4);
    const size_t lastLine = text.rfind('\n', text.size() - 2) + 1;
    int checked = 0;
    // Cuts spread over the whole file, most inside the big policy FC line.
    for (size_t cut = 0; cut < lastLine; cut += lastLine / 211) {
        std::string error;
        auto w = parseLzWeights(text.substr(0, cut), "net.txt", &error);
        EXPECT_FALSE(w) << "cut at " << cut;
        EXPECT_EQ(error.rfind("net.txt: ", 0), 0u) << error;
        ++checked;
    }
    // ...and at every line boundary.
    for (size_t p = text.find('\n'); p < lastLine - 1; p = text.find('\n', p + 1)) {
        std::string error;
        EXPECT_FALSE(parseLzWeights(text.substr(0, p + 1), "net.txt", &error)) << p;
        ++checked;
    }
    EXPECT_GT(checked, 100);
}

TEST(LzWeights, RandomCorruptionNeverCrashes) {
    const std::string& text = smallNet(0, 2);
    uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    };
    const char alphabet[] = "0123456789.-+eE \n\tx\r";
    int failures = 0;
    for (int round = 0; round < 60; ++round) {
        std::string bad = text;
        // Mutations near the start hit the small tensors, elsewhere the big FC.
        for (int k = 0; k < 3; ++k) {
            const size_t pos = round % 2 ? next() % 600 : next() % bad.size();
            bad[pos] = alphabet[next() % (sizeof alphabet - 1)];
        }
        std::string error;
        if (!parseLzWeights(bad, "net.txt", &error)) {
            ++failures;
            EXPECT_EQ(error.rfind("net.txt: ", 0), 0u) << error;
        }
    }
    EXPECT_GT(failures, 10);
}

TEST(LzWeights, LoadsPlainAndGzipFiles) {
    const std::string plain = tmpPath("net-1x8.txt"), gz = tmpPath("net-1x8.txt.gz");
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    std::string error;
    ASSERT_TRUE(writeRandomLzWeights(plain, spec, &error)) << error;
    ASSERT_TRUE(writeRandomLzWeights(gz, spec, &error)) << error;
    EXPECT_LT(std::filesystem::file_size(gz), std::filesystem::file_size(plain));
    auto a = loadLzWeights(plain, &error);
    ASSERT_TRUE(a) << error;
    auto b = loadLzWeights(gz, &error);
    ASSERT_TRUE(b) << error;
    EXPECT_EQ(a->input.weights, b->input.weights);
    EXPECT_EQ(a->valueFc2B, b->valueFc2B);
}

TEST(LzWeights, FileErrors) {
    std::string error;
    EXPECT_FALSE(loadLzWeights(tmpPath("no-such-file.txt"), &error));
    EXPECT_NE(error.find("no-such-file.txt: cannot open"), std::string::npos) << error;

    // A gzip file cut short, at many points.
    const std::string gz = tmpPath("net-cut.txt.gz");
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 8;
    ASSERT_TRUE(writeRandomLzWeights(gz, spec, &error));
    std::string bytes;
    {
        std::ifstream in(gz, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        bytes = s.str();
    }
    const std::string cutPath = tmpPath("net-cut-short.txt.gz");
    for (size_t cut : {size_t(0), size_t(5), size_t(20), bytes.size() / 3, bytes.size() / 2,
                       bytes.size() - 9, bytes.size() - 1}) {
        std::ofstream(cutPath, std::ios::binary) << bytes.substr(0, cut);
        error.clear();
        EXPECT_FALSE(loadLzWeights(cutPath, &error)) << cut;
        EXPECT_FALSE(error.empty()) << cut;
    }
    // Corrupted bytes in the middle of the compressed stream.
    std::string bad = bytes;
    for (size_t i = bad.size() / 2; i < bad.size() / 2 + 64; ++i) bad[i] = char(bad[i] ^ 0x5a);
    std::ofstream(cutPath, std::ios::binary) << bad;
    EXPECT_FALSE(loadLzWeights(cutPath, &error));
    EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace m37::nn
