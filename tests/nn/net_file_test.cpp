// move37 net files: round trip, clean errors for truncated, corrupt and
// malformed files (never a crash, no allocation from a declared size),
// atomic writes, and nets evaluating exactly as their Leela Zero source.
#include <gtest/gtest.h>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/nn/lz_random_net.h"
#include "engine/nn/net_file.h"
#include "engine/nn/net_file_lz.h"
#include "engine/nn/random_network.h"
#include "engine/nn/torch_evaluator.h"
#include "engine/nn/torch_network.h"
#include "tests/scratch_dir.h"

namespace m37::nn {
namespace {

namespace fs = std::filesystem;

std::string tmpPath(const std::string& name) {
    return testScratchDir(std::string(MOVE37_NN_TEST_TMP) + "/netfile") + "/" + name;
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void spit(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

NetFile smallNet() {
    RandomLzSpec spec;
    spec.blocks = 1;
    spec.filters = 4;
    spec.seed = 11;
    NetFile f = netFileFromLz(randomLzWeights(spec, 5), 5);
    f.meta.command = "move37-engine zero --size 5 --hours 0.1";
    f.meta.data = "self-play only; no human games";
    f.meta.date = "2024-05-01";
    f.meta.generations = "3";
    f.meta.hours = "0.1";
    f.meta.notes = "line one\nline two \\ with backslash, ünïcödé 囲碁";
    f.meta.extra = {{"measured", "51% vs gnugo level 10 (100 games)"}};
    return f;
}

std::string smallBytes() {
    std::string error;
    auto bytes = serializeNetFile(smallNet(), &error);
    EXPECT_TRUE(bytes) << error;
    return bytes ? *bytes : std::string();
}

std::string parseError(const std::string& bytes) {
    std::string error;
    auto f = parseNetFile(bytes, "net.m37", &error);
    EXPECT_FALSE(f) << "parsed a bad file";
    return error;
}

// Replaces the first occurrence of `from` in the header and fixes the
// checksum, so the parser reaches the changed line.
std::string withHeaderEdit(const std::string& from, const std::string& to) {
    std::string b = smallBytes();
    const size_t at = b.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    b.replace(at, from.size(), to);
    b.resize(b.size() - 16);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(b.data()), uInt(b.size()));
    char buf[32];
    std::snprintf(buf, sizeof buf, "crc32: %08lx\n", crc & 0xffffffffUL);
    return b + buf;
}

TEST(NetFile, RoundTrip) {
    const NetFile f = smallNet();
    const std::string path = tmpPath("round.m37");
    std::string error;
    ASSERT_TRUE(writeNetFile(path, f, &error)) << error;
    auto back = readNetFile(path, &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->meta, f.meta);
    ASSERT_EQ(back->tensors.size(), f.tensors.size());
    for (size_t i = 0; i < f.tensors.size(); ++i) EXPECT_EQ(back->tensors[i], f.tensors[i]);
    EXPECT_EQ(*back, f);
    const std::string text = back->meta.toText();
    EXPECT_NE(text.find("Board: 5x5"), std::string::npos) << text;
    EXPECT_NE(text.find("1 residual blocks x 4 channels"), std::string::npos) << text;
    EXPECT_NE(text.find("Heads: policy, value"), std::string::npos) << text;
    EXPECT_NE(text.find("Command: move37-engine zero"), std::string::npos) << text;
    EXPECT_NE(text.find("measured: 51%"), std::string::npos) << text;
    const std::string bytes = slurp(path);
    EXPECT_EQ(bytes.rfind("move37-net 1\n", 0), 0u);
    EXPECT_NE(bytes.find("\ntensor: input.conv.weight 4x18x3x3 f32 0\n"), std::string::npos);
    EXPECT_EQ(bytes.substr(bytes.size() - 16, 7), "crc32: ");
}

TEST(NetFile, HalfPrecisionTensorsRoundTripAtHalfTheSize) {
    NetFile f = smallNet();
    for (auto& t : f.tensors) t.half = true;
    // Values half precision holds exactly, its extremes, a subnormal, and
    // one that rounds (to nearest even).
    f.tensors.push_back({"extra.values", {8}, {0.f, -2.5f, 65504.f, -65504.f, 6.1035156e-05f,
                                               5.9604645e-08f, 1.0009765625f, 1.00048828125f},
                         true});
    std::string error;
    auto bytes = serializeNetFile(f, &error);
    ASSERT_TRUE(bytes) << error;
    auto full = serializeNetFile(smallNet(), &error);
    ASSERT_TRUE(full) << error;
    EXPECT_LT(bytes->size(), full->size() * 6 / 10);
    EXPECT_NE(bytes->find("\ntensor: input.conv.weight 4x18x3x3 f16 0\n"), std::string::npos);
    auto back = parseNetFile(*bytes, "half.m37", &error);
    ASSERT_TRUE(back) << error;
    ASSERT_EQ(back->tensors.size(), f.tensors.size());
    for (size_t i = 0; i < f.tensors.size(); ++i) {
        EXPECT_TRUE(back->tensors[i].half);
        for (size_t j = 0; j < f.tensors[i].values.size(); ++j) {
            const float v = f.tensors[i].values[j];
            EXPECT_NEAR(back->tensors[i].values[j], v, std::max(1e-7f, std::fabs(v) / 1024))
                << f.tensors[i].name << "[" << j << "]";
        }
    }
    const std::vector<float> exact = {0.f, -2.5f, 65504.f, -65504.f, 6.1035156e-05f,
                                      5.9604645e-08f, 1.0009765625f, 1.0f};  // the tie rounds to even
    EXPECT_EQ(back->tensors.back().values, exact);
    // Written again, the file is byte for byte the same.
    auto again = serializeNetFile(*back, &error);
    ASSERT_TRUE(again) << error;
    EXPECT_EQ(*again, *bytes);
    // Beyond f16's range: refused, naming the tensor.
    f.tensors.back().values[0] = 70000.f;
    EXPECT_FALSE(serializeNetFile(f, &error));
    EXPECT_NE(error.find("extra.values"), std::string::npos) << error;
}

TEST(NetFile, NonFiniteValuesAreRefused) {
    NetFile f = smallNet();
    f.tensors[0].values[3] = std::nanf("");
    std::string error;
    EXPECT_FALSE(serializeNetFile(f, &error));
    EXPECT_NE(error.find("not finite"), std::string::npos) << error;
    // A file with a NaN written by something else: the reader says where.
    std::string b = smallBytes();
    const size_t data = b.find("end-header\n") + 11;
    const float nan = std::nanf("");
    std::memcpy(&b[data + 4 * 3], &nan, 4);
    b.resize(b.size() - 16);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(b.data()), uInt(b.size()));
    char buf[32];
    std::snprintf(buf, sizeof buf, "crc32: %08lx\n", crc & 0xffffffffUL);
    const std::string e = parseError(b + buf);
    EXPECT_NE(e.find("tensor 'input.conv.weight': value 3 is NaN"), std::string::npos) << e;
}

TEST(NetFile, FutureHeadsAndExtraKeysSurvive) {
    NetFile f = smallNet();
    f.meta.heads = {"policy", "value", "score", "ownership"};
    f.tensors.push_back({"score.fc.bias", {1}, {0.25f}});
    std::string error;
    auto bytes = serializeNetFile(f, &error);
    ASSERT_TRUE(bytes) << error;
    auto back = parseNetFile(*bytes, "x", &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(*back, f);
    EXPECT_TRUE(back->meta.hasHead("ownership"));
    // This build's network has no score head: a clear error, not a crash.
    EXPECT_FALSE(lzWeightsFromNetFile(*back, &error));
    EXPECT_NE(error.find("head 'score'"), std::string::npos) << error;
}

TEST(NetFile, TruncatedAtEveryTenthByte) {
    const std::string b = smallBytes();
    ASSERT_GT(b.size(), 1000u);
    for (size_t n = 0; n < b.size(); n += 10) {
        std::string error;
        auto f = parseNetFile(std::string_view(b).substr(0, n), "net.m37", &error);
        ASSERT_FALSE(f) << "truncated at " << n;
        EXPECT_EQ(error.rfind("net.m37: ", 0), 0u) << error;
    }
    // Through a real file too, and the message names the tensor.
    const std::string path = tmpPath("truncated.m37");
    const size_t cut = b.find("end-header\n") + 11 + 4 * 4 * 18 * 9 + 40;
    spit(path, b.substr(0, cut));
    std::string error;
    EXPECT_FALSE(readNetFile(path, &error));
    EXPECT_NE(error.find("tensor 'res0.conv1.weight': expected 144 floats, file ends after 2"),
              std::string::npos)
        << error;
    EXPECT_EQ(error.rfind(path + ": ", 0), 0u) << error;
}

TEST(NetFile, FlippedBytesGiveChecksumErrors) {
    const std::string b = smallBytes();
    const size_t firstLine = b.find('\n') + 1;
    int checked = 0;
    for (size_t i = 0; i < b.size(); i += 7) {
        std::string c = b;
        c[i] = char(c[i] ^ 0x20);
        const std::string error = parseError(c);
        if (i >= firstLine && i < b.size() - 16) {
            EXPECT_NE(error.find("checksum mismatch"), std::string::npos) << i << ": " << error;
            ++checked;
        } else {
            EXPECT_FALSE(error.empty());
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(NetFile, BadMagicAndVersions) {
    const std::string b = smallBytes();
    EXPECT_NE(parseError("").find("bad magic"), std::string::npos);
    EXPECT_NE(parseError("PK\x03\x04 zip").find("bad magic"), std::string::npos);
    EXPECT_NE(parseError("move37-net x\n").find("bad magic"), std::string::npos);
    std::string v2 = b;
    v2[11] = '2';
    EXPECT_NE(parseError(v2).find("net.m37: unsupported version 2"), std::string::npos)
        << parseError(v2);
    EXPECT_NE(parseError("move37-net 17\nwhatever: else\n").find("unsupported version 17"),
              std::string::npos);
}

TEST(NetFile, BadHeaderLines) {
    struct Case {
        std::string from, to, expect;
    };
    const std::vector<Case> cases = {
        {"board_size: 5\n", "board_size 5\n", "header line 2: expected key: value"},
        {"board_size: 5\n", "board_size: five\n", "header line 2: board_size: expected an integer"},
        {"board_size: 5\n", "board_size: 0\n", "board_size: expected an integer in 2..64"},
        {"blocks: 1\n", "blocks: 1\nblocks: 1\n", "duplicate key 'blocks'"},
        {"channels: 4\n", "", "header has no 'channels' line"},
        {"f32 0\n", "bf16 0\n", "tensor 'input.conv.weight': unknown dtype 'bf16'"},
        {"f32 0\n", "f16 0\n", "tensor 'input.conv.bn_mean': offset 2592, expected 1296"},
        {"4x18x3x3", "4x18x3", "tensor 'input.conv.bn_mean': offset 2592, expected 864"},
        {"4x18x3x3 f32 0\n", "4x18x3x3 f32 8\n", "offset 8, expected 0"},
        {"4x18x3x3", "4xx18", "bad shape"},
        {"tensor: input.conv.weight", "tensor: input conv", "expected tensor: NAME SHAPE"},
        {"tensors: ", "tensors: 99999999\nx", "is over the limit"},
        {"end-header\n", "end-headr\n", "expected key: value"},
        {"notes: line one", "notes: line \\q", "bad backslash escape"},
    };
    for (const auto& c : cases) {
        const std::string error = parseError(withHeaderEdit(c.from, c.to));
        EXPECT_NE(error.find(c.expect), std::string::npos) << c.from << " -> " << error;
        EXPECT_EQ(error.rfind("net.m37: ", 0), 0u) << error;
    }
    // A header with no end.
    EXPECT_NE(parseError("move37-net 1\nboard_size: 9\n").find("file ends inside the header"),
              std::string::npos);
}

TEST(NetFile, HugeDeclaredSizesRejectedWithoutAllocating) {
    // 2^20 x 2^20 floats (4 TiB), and a product that overflows 64 bits.
    for (const char* shape :
         {"1048576x1048576", "4294967296x4294967296x4294967296", "99999999999999999999"}) {
        const std::string error =
            parseError(withHeaderEdit("tensor: input.conv.weight 4x18x3x3",
                                      std::string("tensor: input.conv.weight ") + shape));
        EXPECT_TRUE(error.find("over the limit") != std::string::npos ||
                    error.find("bad shape") != std::string::npos)
            << error;
    }
    // Within the per-tensor limit (200M floats) but far beyond the file.
    const std::string error =
        parseError(withHeaderEdit("value.fc2.bias 1 ", "value.fc2.bias 200000x1000 "));
    EXPECT_NE(error.find("tensor 'value.fc2.bias': expected 200000000 floats, file ends after 1"),
              std::string::npos)
        << error;
}

TEST(NetFile, AtomicWriteKeepsOldFileOnFailure) {
    const NetFile f = smallNet();
    const std::string path = tmpPath("atomic.m37");
    std::string error;
    ASSERT_TRUE(writeNetFile(path, f, &error)) << error;
    const std::string before = slurp(path);
    // An invalid net (shape does not match the values) is not written.
    NetFile bad = f;
    bad.tensors[0].values.pop_back();
    EXPECT_FALSE(writeNetFile(path, bad, &error));
    EXPECT_NE(error.find("does not hold"), std::string::npos) << error;
    EXPECT_EQ(slurp(path), before);
    // A folder that does not exist, and a path that is a folder.
    EXPECT_FALSE(writeNetFile(tmpPath("no-such-dir/x.m37"), f, &error));
    EXPECT_NE(error.find("no-such-dir"), std::string::npos) << error;
    const std::string dir = tmpPath("a-folder");
    fs::create_directories(dir);
    EXPECT_FALSE(writeNetFile(dir, f, &error));
    EXPECT_NE(error.find("is a directory"), std::string::npos) << error;
    EXPECT_TRUE(fs::is_directory(dir));
    // Overwriting works and leaves no temporary files behind.
    NetFile other = f;
    other.meta.notes = "second";
    ASSERT_TRUE(writeNetFile(path, other, &error)) << error;
    EXPECT_EQ(readNetFile(path, &error)->meta.notes, "second");
    for (const auto& e : fs::directory_iterator(fs::path(path).parent_path()))
        EXPECT_EQ(e.path().filename().string().find(".tmp-"), std::string::npos) << e.path();
    EXPECT_FALSE(readNetFile(tmpPath("missing.m37"), &error));
    EXPECT_NE(error.find("missing.m37: cannot open"), std::string::npos) << error;
}

TEST(NetFile, ConversionErrorsNameTheTensor) {
    NetFile f = smallNet();
    std::string error;
    ASSERT_TRUE(lzWeightsFromNetFile(f, &error)) << error;
    NetFile missing = f;
    missing.tensors.erase(missing.tensors.begin() + 3);
    EXPECT_FALSE(lzWeightsFromNetFile(missing, &error));
    EXPECT_NE(error.find("missing tensor 'res0.conv1.weight'"), std::string::npos) << error;
    NetFile extra = f;
    extra.tensors.push_back({"surprise", {1}, {1.0f}});
    EXPECT_FALSE(lzWeightsFromNetFile(extra, &error));
    EXPECT_NE(error.find("unexpected tensor 'surprise'"), std::string::npos) << error;
    NetFile wrongSize = f;
    wrongSize.meta.boardSize = 7;
    EXPECT_FALSE(lzWeightsFromNetFile(wrongSize, &error));
    EXPECT_NE(error.find("policy.fc.weight"), std::string::npos) << error;
    EXPECT_FALSE(TorchNetwork::fromNetFile(wrongSize, NNParams{}, &error));
}

Loc at(const char* v) {
    return *parseGtpVertex(v, 19);
}

std::vector<GameState> positions19() {
    std::vector<GameState> out;
    GameState g(19);
    out.push_back(g);
    const char* moves[] = {"D4", "Q16", "C3", "D3", "R4", "pass", "K10", "C4", "E3"};
    Color c = kBlack;
    for (const char* m : moves) {
        const Loc l = std::string(m) == "pass" ? kPassLoc : at(m);
        EXPECT_EQ(g.play(l, c), MoveError::kNone) << m;
        c = opponent(c);
        out.push_back(g);
    }
    return out;
}

void expectSameOutputs(TorchEvaluator& a, TorchEvaluator& b, const std::vector<GameState>& ps) {
    for (size_t i = 0; i < ps.size(); ++i) {
        const EvalOutput x = a.evaluate(ps[i]);
        const EvalOutput y = b.evaluate(ps[i]);
        ASSERT_EQ(x.policy.size(), y.policy.size());
        for (size_t m = 0; m < x.policy.size(); ++m) {
            ASSERT_NEAR(x.policy[m], y.policy[m], 1e-6) << "position " << i << " move " << m;
            ASSERT_NEAR(x.rawPolicy[m], y.rawPolicy[m], 1e-6) << "position " << i;
        }
        EXPECT_NEAR(x.value, y.value, 1e-6) << "position " << i;
    }
}

NNParams fixedParams(int symmetry = 0) {
    NNParams p;
    p.symmetryMode = SymmetryMode::kFixed;
    p.symmetry = symmetry;
    p.cacheEntries = 0;
    return p;
}

TEST(NetFile, ConvertedLzNetEvaluatesLikeTheLzFile) {
    for (int version : {1, 2}) {
        RandomLzSpec spec;
        spec.blocks = 2;
        spec.filters = 16;
        spec.seed = 23;
        spec.version = version;
        const std::string lz = tmpPath("lz-v" + std::to_string(version) + ".txt");
        const std::string net = tmpPath("lz-v" + std::to_string(version) + ".m37");
        std::string error;
        ASSERT_TRUE(writeRandomLzWeights(lz, spec, &error)) << error;
        ASSERT_TRUE(exportLzToNetFile(lz, net, &error)) << error;
        auto file = readNetFile(net, &error);
        ASSERT_TRUE(file) << error;
        EXPECT_EQ(file->meta.boardSize, 19);
        EXPECT_EQ(file->meta.blocks, 2);
        EXPECT_EQ(file->meta.channels, 16);
        EXPECT_EQ(file->meta.valueConvention, version == 2 ? "black" : "side_to_move");
        EXPECT_NE(file->meta.notes.find("converted from Leela Zero file lz-v"), std::string::npos);
        EXPECT_FALSE(file->meta.date.empty());
        for (int sym : {0, 5}) {
            auto a = TorchEvaluator::fromLzFile(lz, fixedParams(sym), &error);
            ASSERT_TRUE(a) << error;
            auto b = TorchEvaluator::fromNetFile(net, fixedParams(sym), &error);
            ASSERT_TRUE(b) << error;
            EXPECT_EQ(b->capabilities().boardSizes, std::vector<int>{19});
            expectSameOutputs(*a, *b, positions19());
        }
    }
}

TEST(NetFile, Random9x9NetSavedAndLoadedEvaluatesTheSame) {
    RandomLzSpec spec;
    spec.blocks = 2;
    spec.filters = 8;
    spec.seed = 9;
    const LzWeights w = randomLzWeights(spec, 9);
    std::string error;
    std::shared_ptr<const TorchNetwork> direct =
        TorchNetwork::fromLzSized(w, 9, fixedParams(), &error);
    ASSERT_TRUE(direct) << error;
    NetFile f = netFileFromLz(w, 9);
    f.meta.notes = "random 9x9 test net";
    const std::string path = tmpPath("random-9x9.m37");
    ASSERT_TRUE(writeNetFile(path, f, &error)) << error;
    auto loaded = TorchEvaluator::fromNetFile(path, fixedParams(), &error);
    ASSERT_TRUE(loaded) << error;
    EXPECT_EQ(loaded->capabilities().boardSizes, std::vector<int>{9});
    TorchEvaluator ref(direct, fixedParams());
    std::vector<GameState> ps;
    GameState g(9);
    ps.push_back(g);
    Color c = kBlack;
    for (const char* m : {"E5", "C3", "G7", "C7", "D4", "pass", "F3"}) {
        const Loc l = std::string(m) == "pass" ? kPassLoc : *parseGtpVertex(m, 9);
        ASSERT_EQ(g.play(l, c), MoveError::kNone) << m;
        c = opponent(c);
        ps.push_back(g);
    }
    expectSameOutputs(ref, *loaded, ps);
    // The tensors come back exactly.
    auto back = lzWeightsFromNetFile(*readNetFile(path, &error), &error);
    ASSERT_TRUE(back) << error;
    EXPECT_EQ(back->policyFcW, w.policyFcW);
    EXPECT_EQ(back->valueFc1W, w.valueFc1W);
    EXPECT_EQ(back->residual[3].weights, w.residual[3].weights);
}

TEST(NetFile, EvaluatorReportsFileErrors) {
    const std::string path = tmpPath("corrupt.m37");
    std::string b = smallBytes();
    b[b.size() / 2] ^= 1;
    spit(path, b);
    std::string error;
    EXPECT_FALSE(TorchEvaluator::fromNetFile(path, NNParams{}, &error));
    EXPECT_NE(error.find("corrupt.m37: checksum mismatch"), std::string::npos) << error;
}

}  // namespace
}  // namespace m37::nn
