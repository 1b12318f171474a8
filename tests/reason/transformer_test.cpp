// The transformer: incremental decoding with the KV cache gives the logits
// of the full forward pass at every position; weights survive a .m37 round
// trip exactly; bad, truncated and foreign files give clear errors; the
// vertex embedding adds each point's coordinate to the board's prompt slots.
#include <gtest/gtest.h>

#include <torch/torch.h>

#include <filesystem>
#include <fstream>

#include "engine/go/board.h"
#include "engine/go/coord.h"
#include "engine/go/rng.h"
#include "engine/nn/net_file.h"
#include "engine/reason/tokenizer.h"
#include "engine/reason/transformer.h"
#include "tests/scratch_dir.h"

namespace m37::reason {
namespace {

std::string tmpDir() {
    return testScratchDir(std::string(MOVE37_REASON_TEST_TMP) + "/transformer");
}

TransformerParams small() {
    TransformerParams p;
    p.vocab = 50;
    p.dModel = 32;
    p.layers = 2;
    p.heads = 4;
    p.context = 64;
    return p;
}

std::vector<int> randomTokens(int n, int vocab, uint64_t seed) {
    Rng rng(seed);
    std::vector<int> t;
    for (int i = 0; i < n; ++i) t.push_back(int(rng.below(uint32_t(vocab))));
    return t;
}

torch::Tensor fullLogits(Transformer& m, const std::vector<int>& tokens) {
    std::vector<int64_t> ids(tokens.begin(), tokens.end());
    torch::Tensor x = torch::tensor(ids, torch::kInt64).unsqueeze(0);
    return m->forward(x)[0];  // [T, vocab]
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& b) {
    return (a - b).abs().max().item<double>();
}

TEST(Transformer, KvCacheDecodeGivesForwardLogitsAtEveryPosition) {
    Transformer m = makeTransformer(small(), 11);
    m->eval();
    torch::NoGradGuard noGrad;
    const std::vector<int> tokens = randomTokens(40, 50, 3);
    const torch::Tensor full = fullLogits(m, tokens);
    // One token at a time from the start.
    KvCache cache = m->makeCache();
    for (size_t t = 0; t < tokens.size(); ++t) {
        const torch::Tensor step = m->decodeStep(cache, tokens[t]);
        ASSERT_LT(maxDiff(step, full[int64_t(t)]), 1e-4) << "position " << t;
    }
    EXPECT_EQ(cache.length, 40);
    // A prompt prefilled at once, then single steps (the cache reused).
    cache.reset();
    const std::vector<int> prompt(tokens.begin(), tokens.begin() + 17);
    EXPECT_LT(maxDiff(m->prefill(cache, prompt), full[16]), 1e-4);
    for (size_t t = 17; t < tokens.size(); ++t)
        ASSERT_LT(maxDiff(m->decodeStep(cache, tokens[t]), full[int64_t(t)]), 1e-4)
            << "position " << t;
    // A second chunk prefilled after the first sees the whole past.
    cache.reset();
    m->prefill(cache, std::vector<int>(tokens.begin(), tokens.begin() + 10));
    EXPECT_LT(maxDiff(m->prefill(cache, std::vector<int>(tokens.begin() + 10, tokens.begin() + 25)),
                      full[24]),
              1e-4);
}

// A 5x5 model with the vertex embedding, on the tokenizer's vocabulary.
TransformerParams vertexModel() {
    TransformerParams p = small();
    p.vocab = Tokenizer::instance().vocabSize();
    p.boardSize = 5;
    p.vertexEmbedding = true;
    return p;
}

// A 5x5 prompt and a few completion tokens.
std::vector<int> vertexTokens() {
    const Tokenizer& tok = Tokenizer::instance();
    Board b(5);
    b.play(*parseGtpVertex("C3", 5), kBlack);
    b.play(*parseGtpVertex("B2", 5), kWhite);
    std::vector<int> t = tok.promptTokens(b, kBlack);
    for (const char* w : {"<think>", "try", "C4", ":", "W", "D4", "->", "black", "40", "%"})
        t.push_back(tok.tokenId(w));
    return t;
}

TEST(Transformer, VertexEmbeddingAddsEachPointsCoordinateAndCachesLikeForward) {
    const std::vector<int> tokens = vertexTokens();
    Transformer m = makeTransformer(vertexModel(), 13);
    m->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor full = fullLogits(m, tokens);
    KvCache cache = m->makeCache();
    // Prefill ending inside the board, then one token at a time.
    EXPECT_LT(
        maxDiff(m->prefill(cache, std::vector<int>(tokens.begin(), tokens.begin() + 9)), full[8]),
        1e-4);
    for (size_t t = 9; t < tokens.size(); ++t)
        ASSERT_LT(maxDiff(m->decodeStep(cache, tokens[t]), full[int64_t(t)]), 1e-4)
            << "position " << t;
    // The same weights without it read the board differently from the
    // first point on, and identically before it (<bos> <size5>).
    TransformerParams off = vertexModel();
    off.vertexEmbedding = false;
    Transformer plain(off);
    plain->copyWeightsFrom(m->toNetFile());
    const torch::Tensor other = fullLogits(plain, tokens);
    EXPECT_LT(maxDiff(full.slice(0, 0, 2), other.slice(0, 0, 2)), 1e-6);
    EXPECT_GT(maxDiff(full[2], other[2]), 1e-3);
    // The term at slot 2 is the embedding of A5, the top-left point.
    const std::vector<int> slots = Tokenizer::instance().promptVertexTokens(5);
    ASSERT_EQ(slots.size(), 28u);
    EXPECT_EQ(slots[2], Tokenizer::instance().tokenId("A5"));
    EXPECT_EQ(slots[26], Tokenizer::instance().tokenId("E1"));
    EXPECT_EQ(slots[27], -1);
    // It needs the tokenizer's vocabulary.
    TransformerParams tiny = vertexModel();
    tiny.vocab = 50;
    EXPECT_NE(tiny.check().find("vertex embedding"), std::string::npos) << tiny.check();
    EXPECT_NE(vertexModel().toString().find("vertex embedding"), std::string::npos);
}

TEST(Transformer, RightPaddingDoesNotChangeEarlierLogits) {
    Transformer m = makeTransformer(small(), 5);
    torch::NoGradGuard noGrad;
    const std::vector<int> tokens = randomTokens(12, 50, 8);
    std::vector<int> padded = tokens;
    for (int i = 0; i < 6; ++i) padded.push_back(0);
    const torch::Tensor a = fullLogits(m, tokens), b = fullLogits(m, padded).slice(0, 0, 12);
    EXPECT_LT(maxDiff(a, b), 1e-5);
}

TEST(Transformer, ParameterCountMatchesTheModule) {
    for (TransformerParams p : {small(), TransformerParams{}}) {
        Transformer m(p);
        int64_t n = 0;
        for (const auto& t : m->parameters()) n += t.numel();
        EXPECT_EQ(n, p.parameterCount()) << p.toString();
    }
}

TEST(Transformer, BadShapesAndInputsAreRejected) {
    TransformerParams p = small();
    p.heads = 5;  // 32 is not a multiple of 5
    EXPECT_NE(p.check().find("not a multiple"), std::string::npos);
    EXPECT_THROW(Transformer{p}, std::invalid_argument);

    Transformer m = makeTransformer(small(), 1);
    torch::NoGradGuard noGrad;
    KvCache cache = m->makeCache();
    try {
        m->decodeStep(cache, 50);
        FAIL() << "a token outside the vocabulary was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("outside the vocabulary of 50"), std::string::npos);
    }
    m->prefill(cache, randomTokens(60, 50, 2));
    try {
        m->prefill(cache, randomTokens(5, 50, 2));
        FAIL() << "the context overflowed silently";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("65 tokens do not fit the context of 64"),
                  std::string::npos)
            << e.what();
    }
}

TEST(Transformer, SaveLoadRoundTripGivesIdenticalLogits) {
    Transformer m = makeTransformer(small(), 21);
    nn::NetMetadata prov;
    prov.command = "move37-engine reason-sft --steps 10";
    prov.data = "traces of 20 self-play games";
    prov.extra = {{"tokenizer", "go-think-1"}, {"vocab", "999"}};  // vocab: the model's wins
    const std::string path = tmpDir() + "/round.m37";
    std::string error;
    ASSERT_TRUE(saveTransformer(path, m, prov, &error, /*half=*/false)) << error;
    nn::NetMetadata meta;
    auto loaded = loadTransformer(path, &error, &meta);
    ASSERT_TRUE(loaded) << error;
    EXPECT_EQ((*loaded)->params(), small());
    EXPECT_EQ(meta.command, prov.command);
    EXPECT_EQ(meta.data, prov.data);
    EXPECT_EQ(meta.inputFeatures, "reason-tokens");
    bool tokenizer = false;
    for (const auto& [k, v] : meta.extra) {
        if (k == "tokenizer") tokenizer = v == "go-think-1";
        if (k == "vocab") {
            EXPECT_EQ(v, "50");
        }
    }
    EXPECT_TRUE(tokenizer);
    torch::NoGradGuard noGrad;
    const std::vector<int> tokens = randomTokens(30, 50, 4);
    EXPECT_TRUE(torch::equal(fullLogits(m, tokens), fullLogits(*loaded, tokens)));
    // In half precision (the default): about half the file, nearly the same logits.
    const std::string halfPath = tmpDir() + "/round-half.m37";
    ASSERT_TRUE(saveTransformer(halfPath, m, prov, &error)) << error;
    auto half = loadTransformer(halfPath, &error);
    ASSERT_TRUE(half) << error;
    EXPECT_LT(std::filesystem::file_size(halfPath), std::filesystem::file_size(path) * 6 / 10);
    EXPECT_TRUE(torch::allclose(fullLogits(m, tokens), fullLogits(*half, tokens), 1e-2, 1e-2));

    // A model with the vertex embedding and the last-move mark keeps both
    // through its file.
    TransformerParams vp = vertexModel();
    vp.lastMoveMark = true;
    Transformer v = makeTransformer(vp, 22);
    const std::string vertexPath = tmpDir() + "/vertex.m37";
    ASSERT_TRUE(saveTransformer(vertexPath, v, prov, &error, /*half=*/false)) << error;
    auto vLoaded = loadTransformer(vertexPath, &error);
    ASSERT_TRUE(vLoaded) << error;
    EXPECT_EQ((*vLoaded)->params(), vp);
    EXPECT_TRUE(torch::equal(fullLogits(v, vertexTokens()), fullLogits(*vLoaded, vertexTokens())));
}

TEST(Transformer, BadOrTruncatedFilesGiveClearErrors) {
    Transformer m = makeTransformer(small(), 2);
    const std::string dir = tmpDir(), good = dir + "/good.m37";
    std::string error;
    ASSERT_TRUE(saveTransformer(good, m, {}, &error)) << error;
    std::ifstream in(good, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    auto loadBytes = [&](const std::string& name, std::string_view b) {
        const std::string path = dir + "/" + name;
        std::ofstream(path, std::ios::binary) << b;
        std::string e;
        EXPECT_FALSE(loadTransformer(path, &e)) << name;
        EXPECT_EQ(e.rfind(path + ": ", 0), 0u) << e;
        return e;
    };
    for (size_t cut : {size_t(0), size_t(10), size_t(200), bytes.size() / 2, bytes.size() - 5})
        EXPECT_FALSE(loadBytes("cut.m37", bytes.substr(0, cut)).empty());
    EXPECT_NE(loadBytes("half.m37", bytes.substr(0, bytes.size() / 2)).find("file ends"),
              std::string::npos);
    std::string flipped = bytes;
    flipped[bytes.size() - 100] ^= 0x55;
    EXPECT_NE(loadBytes("flip.m37", flipped).find("checksum"), std::string::npos);
    EXPECT_NE(loadBytes("text.m37", "hello\n").find("not a move37 net file"), std::string::npos);

    // Well-formed net files that are not usable models.
    auto loadNet = [&](const std::string& name, const nn::NetFile& f) {
        const std::string path = dir + "/" + name;
        std::string e;
        EXPECT_TRUE(nn::writeNetFile(path, f, &e)) << e;
        EXPECT_FALSE(loadTransformer(path, &e)) << name;
        return e;
    };
    nn::NetFile goNet = m->toNetFile();
    goNet.meta.inputFeatures = "lz18";
    goNet.meta.heads = {"policy", "value"};
    EXPECT_NE(loadNet("go.m37", goNet).find("not a reasoning model"), std::string::npos);
    nn::NetFile shape = m->toNetFile();
    for (auto& t : shape.tensors)
        if (t.name == "pos.weight") t.shape = {32, 64};
    EXPECT_NE(loadNet("shape.m37", shape).find("tensor 'pos.weight': shape 32x64, expected 64x32"),
              std::string::npos);
    nn::NetFile missing = m->toNetFile();
    missing.tensors.pop_back();
    EXPECT_NE(loadNet("missing.m37", missing).find("tensor 'ln_f.bias' is missing"),
              std::string::npos);
    nn::NetFile huge = m->toNetFile();
    for (auto& [k, v] : huge.meta.extra)
        if (k == "context") v = "100000000";
    EXPECT_NE(loadNet("huge.m37", huge).find("context must be in"), std::string::npos);
    nn::NetFile nan = m->toNetFile();
    nan.tensors[3].values[0] = std::nanf("");
    {
        // The writer refuses it (and the reader refuses such a file, net_file_test).
        std::string e;
        EXPECT_FALSE(nn::writeNetFile(dir + "/nan.m37", nan, &e));
        EXPECT_NE(e.find("not finite"), std::string::npos) << e;
    }

    std::string e;
    EXPECT_FALSE(loadTransformer(dir + "/no-such-file.m37", &e));
    EXPECT_NE(e.find("cannot open"), std::string::npos) << e;
}

}  // namespace
}  // namespace m37::reason
