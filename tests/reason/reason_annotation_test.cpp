// analyze --reason: each position of a game's main line gets the model's
// text in MZT and a comment block any program shows; an earlier comment
// stays, a rerun keeps what the same model wrote (resume), another model
// replaces it, the engine's annotation leaves it alone, the file round-trips,
// and a model for another board size is refused with a message.
#include "engine/reason/reason_annotation.h"

#include <gtest/gtest.h>

#include "engine/reason/tokenizer.h"
#include "engine/review/annotation.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace m37::reason {
namespace {

constexpr const char* kGame =
    "(;GM[1]FF[4]SZ[9]KM[7]RU[Chinese];B[ee]C[a fine start];W[cc];B[gc];W[cg])";

std::unique_ptr<SgfNode> game(const char* text = kGame) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

std::unique_ptr<ReasonModel> model(int boardSize = 9, uint64_t seed = 3) {
    const Tokenizer& tok = Tokenizer::instance();
    TransformerParams p;
    p.vocab = tok.vocabSize();
    p.dModel = 16;
    p.layers = 1;
    p.heads = 2;
    p.context = 256;
    p.boardSize = boardSize;
    return ReasonModel::random(p, seed, {tok.eosId(), tok.answerCloseId()});
}

ReasonAnnotationParams params(const std::string& name) {
    ReasonAnnotationParams p;
    p.modelName = name;
    p.sampling.maxTokens = 12;
    return p;
}

int countOf(const std::string& s, const std::string& what) {
    int n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

TEST(ReasonAnnotation, EveryPositionGetsTextAndACommentBlock) {
    auto root = game();
    auto m = model();
    const ReasonAnnotationResult r = annotateReasoning(*root, *m, params("tiny.m37"));
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.positions, 5);  // before each of the 4 moves, and the final position
    EXPECT_EQ(r.generated, 5);
    EXPECT_GT(r.tokens, 0);
    int withText = 0;
    for (const SgfNode* n = root.get(); n; n = n->child(0)) {
        const auto [name, text] = nodeReasoning(*n);
        if (name.empty()) continue;
        ++withText;
        EXPECT_EQ(name, "tiny.m37");
        const std::string c(n->value("C"));
        EXPECT_NE(c.find("--- move37 reasoning (tiny.m37) ---\n" + text + "\n"), std::string::npos)
            << c;
    }
    EXPECT_EQ(withText, 5);
    // The player's comment on B E5 stays in front of the block.
    const std::string c(root->child(0)->value("C"));
    EXPECT_EQ(c.rfind("a fine start\n\n--- move37 reasoning", 0), 0u) << c;
}

TEST(ReasonAnnotation, ARerunKeepsTheSameModelsTextAndAnotherModelReplacesIt) {
    auto root = game();
    auto m = model();
    ReasonAnnotationParams p = params("tiny.m37");
    p.maxPositions = 2;  // a stopped run
    ReasonAnnotationResult r = annotateReasoning(*root, *m, p);
    EXPECT_TRUE(r.stopped);
    EXPECT_EQ(r.generated, 2);
    p.maxPositions = 0;
    r = annotateReasoning(*root, *m, p);
    EXPECT_EQ(r.kept, 2);
    EXPECT_EQ(r.generated, 3);
    r = annotateReasoning(*root, *m, p);
    EXPECT_EQ(r.generated, 0);

    auto other = model(9, 11);
    r = annotateReasoning(*root, *other, params("other.m37"));
    EXPECT_EQ(r.generated, 5);
    const std::string c(root->child(0)->value("C"));
    EXPECT_EQ(countOf(c, "--- move37 reasoning"), 1) << c;
    EXPECT_NE(c.find("(other.m37)"), std::string::npos);
}

TEST(ReasonAnnotation, SurvivesTheEnginesAnnotationAndASaveAndLoad) {
    auto root = game();
    auto m = model();
    ASSERT_TRUE(annotateReasoning(*root, *m, params("tiny.m37")).ok);
    const auto before = nodeReasoning(*root->child(0)->child(0));
    clearAnnotation(*root);  // what a re-analysis does first
    auto again = game(writeSgf(*root).c_str());
    EXPECT_EQ(nodeReasoning(*again->child(0)->child(0)), before);
    EXPECT_EQ(countOf(std::string(again->child(0)->child(0)->value("C")), "--- /move37 reasoning"),
              1);
}

TEST(ReasonAnnotation, ARangeOfMovesAndAModelForAnotherSize) {
    auto root = game();
    auto m = model();
    ReasonAnnotationParams p = params("tiny.m37");
    p.firstMove = 2;
    p.lastMove = 3;
    ReasonAnnotationResult r = annotateReasoning(*root, *m, p);
    EXPECT_EQ(r.positions, 2);
    EXPECT_EQ(r.generated, 2);
    EXPECT_TRUE(nodeReasoning(*root).first.empty());
    EXPECT_FALSE(nodeReasoning(*root->child(0)).first.empty());  // before move 2

    auto big = model(19);
    r = annotateReasoning(*root, *big, params("big.m37"));
    EXPECT_FALSE(r.ok);
    EXPECT_EQ(r.error, "the model was trained on 19x19, this game is 9x9");
}

}  // namespace
}  // namespace m37::reason
