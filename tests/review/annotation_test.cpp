// Annotated SGF: a hand-made review of a 9x9 game written into its SGF and
// read back (equal within the printed precision), the golden text of that
// file, re-annotating replaces instead of adding, clearing gives the game
// back, hand-edited and truncated values give warnings (never a crash), and
// GNU Go's loadsgf reads the exported file to the same position.
#include "engine/review/annotation.h"

#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"
#include "tests/review/gnugo_util.h"

namespace m37 {
namespace {

Loc at(const char* v) {
    return *parseGtpVertex(v, 9);
}

const char* kMoves[] = {"E5", "C3", "G7", "C7", "D5", "G3", "E3"};
// Per position: Black's winrate and lead, the engine's choice, another
// candidate, and the human prior of the engine's choice.
const float kBlackWinrate[] = {0.55f, 0.56f, 0.70f, 0.40f, 0.42f, 0.41f, 0.45f, 0.47f};
const float kBlackLead[] = {1.0f, 1.2f, 5.0f, -2.0f, -1.5f, -1.7f, -1.0f, -0.6f};
const char* kBest[] = {"E5", "G5", "D4", "C7", "D5", "G3", "E3", "F4"};
const char* kOther[] = {"B8", "H2", "B2", "H8", "F6", "D6", "F4", "C6"};
const float kBestHuman[] = {0.3f, 0.2f, 0.25f, 0.1f, 0.004f, 0.15f, 0.3f, 0.2f};

GameState game() {
    GameState g(9);
    for (const char* m : kMoves) EXPECT_EQ(g.play(at(m)), MoveError::kNone) << m;
    return g;
}

CandidateMove candidate(Loc m, int visits, float moverWinrate, float moverLead, float prior,
                        float human) {
    CandidateMove c;
    c.move = m;
    c.visits = visits;
    c.winrate = moverWinrate;
    c.scoreLead = moverLead;
    c.prior = prior;
    c.humanPrior = human;
    c.lcb = moverWinrate - 0.05f;
    c.pv = {m};
    return c;
}

// The snapshot a search could have given for position i of the line.
AnalysisSnapshot snapshotAt(const std::vector<GameState>& line, size_t i) {
    AnalysisSnapshot s;
    s.toMove = line[i].toMove();
    s.boardSize = 9;
    s.final = true;
    s.rootVisits = 200;
    const bool black = s.toMove == kBlack;
    const float w = black ? kBlackWinrate[i] : 1 - kBlackWinrate[i];
    const float lead = black ? kBlackLead[i] : -kBlackLead[i];
    s.rootWinrate = w;
    s.rootScoreLead = lead;
    s.humanPolicy.assign(82, 0.005f);
    auto setHuman = [&](Loc m, float h) { s.humanPolicy[size_t(locY(m, 9) * 9 + locX(m, 9))] = h; };
    setHuman(at(kBest[i]), kBestHuman[i]);
    setHuman(at(kOther[i]), 0.05f);
    s.candidates.push_back(
        candidate(at(kBest[i]), 120, w + 0.01f, lead + 0.3f, 0.4f, kBestHuman[i]));
    s.candidates.front().pv = {at(kBest[i]), at(kOther[i]), at(kOther[(i + 1) % 8])};
    s.candidates.push_back(candidate(at(kOther[i]), 40, w - 0.02f, lead - 1.0f, 0.1234f, 0.05f));
    if (i < 7 && std::string(kMoves[i]) != kBest[i]) {
        setHuman(at(kMoves[i]), 0.0123f);
        s.candidates.push_back(candidate(at(kMoves[i]), 10, w - 0.1f, lead - 4.0f, 0.02f, 0.0123f));
    }
    return s;
}

ReviewedLine handMadeReview(const std::vector<GameState>& line) {
    std::vector<std::optional<AnalysisSnapshot>> snaps;
    for (size_t i = 0; i < line.size(); ++i) snaps.push_back(snapshotAt(line, i));
    return reviewLine(line, snaps, ReviewThresholds{});
}

AnnotationInfo testInfo() {
    AnnotationInfo info;
    info.engine = "move37 test";
    info.network = "rollouts";
    info.humanNetwork = "human-test.m37";
    info.visits = 200;
    info.date = "2026-11-29";
    return info;
}

std::unique_ptr<SgfNode> parseOne(const std::string& text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok()) << text;
    return r.games.empty() ? nullptr : std::move(r.games.front());
}

// The annotated text of the hand-made game (with a comment of its own on
// move 2, which must survive).
std::string annotatedText() {
    GameState g = game();
    auto root = sgfFromGameState(g);
    root->child(0)->child(0)->set("C", "A comment of the player's.");
    std::vector<GameState> line = linePositions(g);
    std::string error;
    EXPECT_TRUE(
        writeAnnotation(*root, line, handMadeReview(line), testInfo(), AnnotationParams{}, &error))
        << error;
    return writeSgf(*root);
}

TEST(AnnotationInfo, TextRoundTripAndBadText) {
    AnnotationInfo info = testInfo();
    EXPECT_EQ(info.toText(),
              "move37 test; net rollouts; human human-test.m37; visits 200; 2026-11-29");
    auto back = AnnotationInfo::parse(info.toText());
    ASSERT_TRUE(back.has_value());
    EXPECT_TRUE(back->sameAnalysis(info));
    EXPECT_EQ(back->date, "2026-11-29");
    info.humanNetwork.clear();
    info.network = "a;b.m37";  // ';' separates fields: written as ','
    back = AnnotationInfo::parse(info.toText());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->network, "a,b.m37");
    EXPECT_TRUE(back->humanNetwork.empty());
    EXPECT_FALSE(AnnotationInfo::parse("move37"));
    EXPECT_FALSE(AnnotationInfo::parse("move37; net x; visits many; 2026-01-01"));
    EXPECT_FALSE(AnnotationInfo::parse("move37; visits 3; 2026-01-01"));
    info.visits = 201;
    EXPECT_FALSE(back->sameAnalysis(info));
}

TEST(Annotation, RoundTripWithinPrintedPrecision) {
    GameState g = game();
    std::vector<GameState> line = linePositions(g);
    ReviewedLine written = handMadeReview(line);
    ASSERT_EQ(written.moves.size(), 7u);
    auto root = parseOne(annotatedText());
    ASSERT_TRUE(root);
    AnnotationRead r = readAnnotation(*root);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front().toString();
    ASSERT_TRUE(r.info.has_value());
    EXPECT_TRUE(r.info->sameAnalysis(testInfo()));
    ASSERT_EQ(r.review.snapshots.size(), line.size());
    EXPECT_EQ(r.review.analysedCount(), 8);
    for (size_t i = 0; i < line.size(); ++i) {
        SCOPED_TRACE("position " + std::to_string(i));
        const AnalysisSnapshot& a = *written.snapshots[i];
        const AnalysisSnapshot& b = *r.review.snapshots[i];
        EXPECT_EQ(b.toMove, a.toMove);
        EXPECT_EQ(b.rootVisits, a.rootVisits);
        EXPECT_NEAR(b.rootWinrate, a.rootWinrate, 0.0005 + 1e-6);
        EXPECT_NEAR(*b.rootScoreLead, *a.rootScoreLead, 0.05 + 1e-5);
        ASSERT_EQ(b.candidates.size(), a.candidates.size());
        for (size_t k = 0; k < a.candidates.size(); ++k) {
            const CandidateMove &x = a.candidates[k], &y = b.candidates[k];
            EXPECT_EQ(y.move, x.move);
            EXPECT_EQ(y.visits, x.visits);
            EXPECT_NEAR(y.winrate, x.winrate, 0.0005 + 1e-6);
            EXPECT_NEAR(*y.scoreLead, *x.scoreLead, 0.05 + 1e-5);
            EXPECT_NEAR(y.prior, x.prior, x.prior * 0.005);
            EXPECT_NEAR(*y.humanPrior, *x.humanPrior, *x.humanPrior * 0.005);
        }
        if (i + 1 < line.size()) {  // no best line after the last move
            EXPECT_EQ(b.candidates[0].pv, a.candidates[0].pv);
        }
        EXPECT_NEAR(r.review.positions[i].blackWinrate, kBlackWinrate[i], 0.0005 + 1e-6);
    }
    ASSERT_EQ(r.review.moves.size(), written.moves.size());
    for (size_t k = 0; k < written.moves.size(); ++k) {
        SCOPED_TRACE("move " + std::to_string(k + 1));
        const MoveReview &a = written.moves[k], &b = r.review.moves[k];
        EXPECT_EQ(b.moveNumber, a.moveNumber);
        EXPECT_EQ(b.move, a.move);
        EXPECT_EQ(b.bestMove, a.bestMove);
        EXPECT_EQ(b.playedRank, a.playedRank);
        EXPECT_EQ(b.category, a.category);
        EXPECT_NEAR(b.winrateLost, a.winrateLost, 0.001 + 1e-6);
        EXPECT_NEAR(*b.pointsLost, *a.pointsLost, 0.1 + 1e-5);
        ASSERT_TRUE(b.humanPriorPlayed.has_value());
        EXPECT_NEAR(*b.humanPriorPlayed, *a.humanPriorPlayed, *a.humanPriorPlayed * 0.005);
        EXPECT_NEAR(*b.humanPriorBest, *a.humanPriorBest, *a.humanPriorBest * 0.005);
    }
    // The review the file describes: White's C3 a mistake, Black's G7 a bad
    // mistake and a turning point, Black's D5 the engine's surprising choice.
    EXPECT_EQ(r.review.moves[1].category, MoveCategory::kMistake);
    EXPECT_EQ(r.review.moves[2].category, MoveCategory::kBadMistake);
    std::vector<std::pair<int, KeyMomentKind>> moments;
    for (const KeyMoment& k : r.keyMoments) moments.push_back({k.moveNumber, k.kind});
    EXPECT_EQ(moments,
              (std::vector<std::pair<int, KeyMomentKind>>{{2, KeyMomentKind::kMistake},
                                                          {3, KeyMomentKind::kMistake},
                                                          {3, KeyMomentKind::kTurningPoint},
                                                          {5, KeyMomentKind::kSurprise}}));
}

TEST(Annotation, GoldenNineByNine) {
    const std::string path = std::string(MOVE37_TESTDATA_DIR) + "/review/annotated_9x9.sgf";
    const std::string text = annotatedText();
    if (std::getenv("MOVE37_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << text;
        GTEST_SKIP() << "wrote " << path;
    }
    std::ifstream f(path, std::ios::binary);
    ASSERT_TRUE(f) << path << " (MOVE37_UPDATE_GOLDEN=1 writes it)";
    std::stringstream golden;
    golden << f.rdbuf();
    EXPECT_EQ(text, golden.str());
}

TEST(Annotation, WhatTheFileSaysForOtherPrograms) {
    const std::string text = annotatedText();
    auto root = parseOne(text);
    ASSERT_TRUE(root);
    // Sabaki: Black's winrate in percent on every node of the main line.
    std::vector<std::string> sbkv;
    for (const SgfNode* n = root.get(); n; n = n->child(0))
        sbkv.push_back(std::string(n->value("SBKV")));
    EXPECT_EQ(sbkv, (std::vector<std::string>{"55.0", "56.0", "70.0", "40.0", "42.0", "41.0",
                                              "45.0", "47.0"}));
    const SgfNode* m2 = root->child(0)->child(0);
    const std::string c(m2->value("C"));
    EXPECT_EQ(c.rfind("A comment of the player's.\n\n--- move37 ---\n", 0), 0u) << c;
    EXPECT_NE(c.find("White C3: 44.0% \u2192 30.0% (-14.0%), lost 3.8 pts. Mistake."),
              std::string::npos)
        << c;
    EXPECT_NE(c.find("Best: G5 (human prior 20%); played C3 1.2%."), std::string::npos) << c;
    EXPECT_EQ(m2->value("BM"), "1");
    EXPECT_EQ(m2->value("TR"), "ge");  // G5
    EXPECT_EQ(m2->value("HO"), "1");
    // The best line from the position before move 2, beside it.
    const SgfNode* before = root->child(0);
    ASSERT_EQ(before->childCount(), 2u);
    const SgfNode* v = before->child(1);
    EXPECT_TRUE(v->has("MZL"));
    EXPECT_EQ(v->value("N"), "move37 best line");
    EXPECT_EQ(v->value("W"), "ge");
    EXPECT_NE(std::string(root->value("C")).find("Key moments:\n2 W C3: mistake, lost 3.8 pts"),
              std::string::npos)
        << root->value("C");
}

TEST(Annotation, ReannotatingReplacesAndClearingGivesTheGameBack) {
    GameState g = game();
    std::vector<GameState> line = linePositions(g);
    auto original = sgfFromGameState(g);
    original->child(0)->set("C", "Mine.");
    original->child(0)->set("TR", std::vector<std::string>{"aa"});
    auto root = original->clone();
    std::string error;
    ReviewedLine r = handMadeReview(line);
    ASSERT_TRUE(writeAnnotation(*root, line, r, testInfo(), AnnotationParams{}, &error)) << error;
    const std::string once = writeSgf(*root);
    ASSERT_TRUE(writeAnnotation(*root, line, r, testInfo(), AnnotationParams{}, &error)) << error;
    EXPECT_EQ(writeSgf(*root), once);
    // Through the text too.
    auto reread = parseOne(once);
    ASSERT_TRUE(writeAnnotation(*reread, line, r, testInfo(), AnnotationParams{}, &error));
    EXPECT_EQ(writeSgf(*reread), once);
    clearAnnotation(*reread);
    std::string why;
    EXPECT_TRUE(sameTree(*reread, *original, &why)) << why << "\n" << writeSgf(*reread);
}

TEST(Annotation, PartialReviewWritesWhatIsKnown) {
    GameState g = game();
    std::vector<GameState> line = linePositions(g);
    std::vector<std::optional<AnalysisSnapshot>> snaps(line.size());
    for (size_t i = 0; i < 3; ++i) snaps[i] = snapshotAt(line, i);
    ReviewedLine r = reviewLine(line, snaps, ReviewThresholds{});
    EXPECT_EQ(r.moves.size(), 2u);
    // Position 2's played move (G7) has its human prior although position 3
    // is not analysed yet: a resumed run needs it.
    ASSERT_TRUE(r.playedHumanPrior[2].has_value());
    auto root = sgfFromGameState(g);
    std::string error;
    ASSERT_TRUE(writeAnnotation(*root, line, r, testInfo(), AnnotationParams{}, &error));
    AnnotationRead back = readAnnotation(*parseOne(writeSgf(*root)));
    ASSERT_TRUE(back.ok);
    EXPECT_TRUE(back.warnings.empty());
    EXPECT_EQ(back.review.analysedCount(), 3);
    EXPECT_FALSE(back.review.positions[3].analysed);
    EXPECT_NEAR(*back.review.playedHumanPrior[2], 0.0123f, 1e-5);
}

TEST(Annotation, ALineThatDoesNotMatchIsRefused) {
    GameState g = game();
    std::vector<GameState> line = linePositions(g);
    auto root = sgfFromGameState(g);
    root->child(0)->child(0)->takeChild(0);  // cut the game after move 2
    std::string error;
    EXPECT_FALSE(
        writeAnnotation(*root, line, handMadeReview(line), testInfo(), AnnotationParams{}, &error));
    EXPECT_NE(error.find("2 moves"), std::string::npos) << error;
}

// Every MZ* node value of the annotated game, one at a time, cut at every
// length or replaced by nonsense: the reader warns and goes on.
TEST(Annotation, HandEditedAndTruncatedValuesGiveWarnings) {
    const std::string text = annotatedText();
    auto root = parseOne(text);
    ASSERT_TRUE(root);
    // Specific edits, with the warnings they must give.
    SgfNode* m3 = root->child(0)->child(0)->child(0);
    m3->set("MZA", "200 0.4");  // truncated: no score
    SgfNode* m5 = m3->child(0)->child(0);
    m5->find("MZC")->values[1] = "F6 4O 0.5 - 0.1 -";  // letter O for a zero
    root->set("MZV", "move37; visits lots");
    AnnotationRead r = readAnnotation(*root);
    ASSERT_TRUE(r.ok);
    std::vector<std::string> got;
    for (const auto& w : r.warnings) got.push_back(w.toString());
    ASSERT_EQ(got.size(), 3u) << ::testing::PrintToString(got);
    EXPECT_EQ(got[0].rfind("move 0, MZV: unreadable", 0), 0u) << got[0];
    EXPECT_EQ(got[1].rfind("move 3, MZA: unreadable '200 0.4'", 0), 0u) << got[1];
    EXPECT_EQ(got[2].rfind("move 5, MZC: candidate 2 unreadable", 0), 0u) << got[2];
    EXPECT_FALSE(r.info.has_value());
    EXPECT_FALSE(r.review.positions[3].analysed);
    EXPECT_TRUE(r.review.positions[4].analysed);
    EXPECT_EQ(r.review.snapshots[5]->candidates.size(), 1u);
    // Moves 3 and 4 need position 3: not reviewed; the others are.
    EXPECT_EQ(r.review.moves.size(), 5u);

    // Every value cut at every length, and a few kinds of nonsense.
    auto pristine = parseOne(text);
    size_t edits = 0;
    std::vector<SgfNode*> nodes;
    for (SgfNode* n = pristine.get(); n; n = n->child(0)) {
        nodes.push_back(n);
        if (n->childCount() > 1) nodes.push_back(n->child(1));  // the best line
    }
    for (SgfNode* n : nodes) {
        for (size_t p = 0; p < n->properties().size(); ++p) {
            const SgfProperty prop = n->properties()[p];
            if (prop.id.rfind("MZ", 0) != 0 && prop.id != "B" && prop.id != "W") continue;
            for (size_t v = 0; v < prop.values.size(); ++v) {
                const std::string full = prop.values[v];
                std::vector<std::string> variants{"",    "-",      "nan", "1e99 1e99 1e99",
                                                  "   ", "x y z w"};
                for (size_t len = 0; len < full.size(); ++len)
                    variants.push_back(full.substr(0, len));
                for (const std::string& bad : variants) {
                    n->properties()[p].values[v] = bad;
                    AnnotationRead x = readAnnotation(*pristine);
                    ++edits;
                    if (prop.id == "B" || prop.id == "W") continue;  // may change the game itself
                    EXPECT_TRUE(x.ok) << prop.id << "[" << bad << "]";
                }
                n->properties()[p].values[v] = full;
            }
        }
    }
    EXPECT_GT(edits, 500u);
}

// A candidate listed twice (hand-edited, or two MZC properties merged by a
// reader): the first counts, the repeat is a warning, and writing gives the
// same text again (annotation_fuzz: tests/data/review/fuzz/rewrite-differs-2.sgf).
TEST(Annotation, RepeatedCandidateIsIgnoredWithAWarning) {
    auto root = parseOne(annotatedText());
    ASSERT_TRUE(root);
    SgfNode* m5 = root->child(0)->child(0)->child(0)->child(0)->child(0);
    SgfProperty* mzc = m5->find("MZC");
    ASSERT_TRUE(mzc);
    ASSERT_GE(mzc->values.size(), 1u);
    const std::string repeat =
        mzc->values[0].substr(0, mzc->values[0].find(' ')) + " 9999 0.5 - 0.1 0.9";
    mzc->values.push_back(repeat);
    AnnotationRead r = readAnnotation(*root);
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].toString().find("MZC: candidate " + std::to_string(mzc->values.size()) +
                                            " repeats"),
              std::string::npos)
        << r.warnings[0].toString();
    ASSERT_TRUE(r.review.snapshots[5]);
    for (const CandidateMove& c : r.review.snapshots[5]->candidates) EXPECT_NE(c.visits, 9999);
}

// A file cut anywhere (a copy interrupted, an editor's crash): whatever the
// SGF reader still gets is read without a crash.
TEST(Annotation, TruncatedFilesNeverCrashTheReader) {
    const std::string text = annotatedText();
    int readable = 0;
    for (size_t cut = 0; cut < text.size(); cut += 3) {
        SgfReadResult r = readSgf(text.substr(0, cut));
        for (const auto& g : r.games) {
            AnnotationRead a = readAnnotation(*g);
            if (a.ok) ++readable;
            for (const auto& w : a.warnings) EXPECT_FALSE(w.property.empty());
        }
    }
    EXPECT_GT(readable, 100);
}

TEST(Annotation, TextAfterTheBlockIsKept) {
    SgfNode n;
    n.set("C", "before\n\n--- move37 ---\nold analysis\n--- /move37 ---\n\nafter");
    n.set("MZM", "good 0 0");
    clearAnnotation(n);
    EXPECT_EQ(n.value("C"), "before\n\nafter");
    EXPECT_FALSE(n.has("MZM"));
    // A block without its end (hand-edited): removed to the end.
    n.set("C", "mine\n--- move37 ---\nBlack D4: 50%");
    clearAnnotation(n);
    EXPECT_EQ(n.value("C"), "mine");
    // Only a line that starts with the marker opens a block.
    n.set("C", "see --- move37 --- above");
    clearAnnotation(n);
    EXPECT_EQ(n.value("C"), "see --- move37 --- above");
}

TEST(Annotation, GnuGoLoadsTheExportedFile) {
    ASSERT_FALSE(test::findGnugo().empty()) << "gnugo not found (packaging/setup.sh installs it)";
    const std::string path =
        ::testing::TempDir() + "/m37_annotated_9x9_" + std::to_string(getpid()) + ".sgf";
    std::ofstream(path, std::ios::binary) << annotatedText();
    // After the 7 moves White is to play; before move 4, White too (C7).
    const std::vector<std::string> replies =
        test::gnugoReplies("loadsgf " + path + "\nlist_stones black\nlist_stones white\nloadsgf " +
                           path + " 4\nlist_stones black\n");
    ASSERT_GE(replies.size(), 5u) << ::testing::PrintToString(replies);
    EXPECT_EQ(replies[0], "= white");
    auto sorted = [](std::string s) {
        std::istringstream in(s.substr(2));
        std::vector<std::string> v;
        std::string w;
        while (in >> w) v.push_back(w);
        std::sort(v.begin(), v.end());
        return v;
    };
    EXPECT_EQ(sorted(replies[1]), (std::vector<std::string>{"D5", "E3", "E5", "G7"}));
    EXPECT_EQ(sorted(replies[2]), (std::vector<std::string>{"C3", "C7", "G3"}));
    EXPECT_EQ(replies[3], "= white");
    EXPECT_EQ(sorted(replies[4]), (std::vector<std::string>{"E5", "G7"}));
}

// Found by annotation_fuzz (tests/fuzz/corpus/annotation/crash-root-move): a
// move in the root node (legal SGF) leaves position 0 without a node of its
// own, and reading or writing the annotation dereferenced a null node
// (`move37-engine analyze` crashed on such a file).
TEST(Annotation, AMoveInTheRootNodeIsRefusedWithAMessage) {
    // Found by the annotation fuzzer: the position before a move in the root
    // node has no node of its own (this used to dereference a null parent).
    SgfReadResult r = readSgf("(;SZ[9]B[ee]MZA[10 0.5 0.5];W[cc])");
    ASSERT_EQ(r.games.size(), 1u);
    SgfNode& root = *r.games[0];
    const AnnotationRead a = readAnnotation(root);
    if (a.ok) {
        EXPECT_EQ(a.review.analysedCount(), 0) << "nothing can be read from such a game";
    } else {
        EXPECT_NE(a.error.find("root node holds a move"), std::string::npos) << a.error;
    }
    std::string error;
    const std::vector<GameState> line = mainLinePositions(root, &error);
    ASSERT_EQ(line.size(), 3u) << error;
    std::vector<std::optional<AnalysisSnapshot>> snaps(line.size());
    const ReviewedLine reviewed = reviewLine(line, snaps, ReviewThresholds{});
    EXPECT_FALSE(
        writeAnnotation(root, line, reviewed, AnnotationInfo{}, AnnotationParams{}, &error));
    EXPECT_NE(error.find("root node holds a move"), std::string::npos) << error;
}

// Found by annotation_fuzz (tests/data/review/fuzz/main-line-into-best-line.sgf):
// the game's first variation after B E5 was a best line (MZL) with a setup
// variation behind it. Writing cleared the best line, the setup variation
// became the main line, and the file written could not be read back. Such a
// game is refused, by the reader and, before anything changes, the writer.
TEST(Annotation, AMainLineIntoABestLineIsRefusedAndLeftAsItWas) {
    SgfReadResult r =
        readSgf("(;SZ[9];B[ee]MZA[10 0.5 0.5](;MZL[]N[move37 best line])(;AB[aa][bb];W[cc]))");
    ASSERT_EQ(r.games.size(), 1u);
    SgfNode& root = *r.games[0];
    const AnnotationRead a = readAnnotation(root);
    EXPECT_FALSE(a.ok);
    EXPECT_NE(a.error.find("after move 1 the main line goes into a move37 best line"),
              std::string::npos)
        << a.error;
    std::string error;
    const std::vector<GameState> line = mainLinePositions(root, &error);
    ASSERT_EQ(line.size(), 2u) << error;
    std::vector<std::optional<AnalysisSnapshot>> snaps(line.size());
    snaps[0] = AnalysisSnapshot{};
    const ReviewedLine reviewed = reviewLine(line, snaps, ReviewThresholds{});
    const std::string before = writeSgf(root);
    EXPECT_FALSE(
        writeAnnotation(root, line, reviewed, AnnotationInfo{}, AnnotationParams{}, &error));
    EXPECT_NE(error.find("goes into a move37 best line"), std::string::npos) << error;
    EXPECT_EQ(writeSgf(root), before);
}

}  // namespace
}  // namespace m37

namespace m37 {
namespace {

// Found by annotation_fuzz (tests/data/review/fuzz/two-blocks-in-a-comment.sgf):
// a comment holding two move37 blocks lost one per rewrite, so writing the
// annotation again changed the file. Every block goes at once.
TEST(Annotation, EveryBlockOfACommentIsRemovedAtOnce) {
    const std::string b = "--- move37 ---\nx\n--- /move37 ---";
    EXPECT_EQ(withoutCommentBlock("Mine.\n\n" + b + "\nMore.\n" + b + "\n\nEnd.", "--- move37",
                                  "--- /move37 ---"),
              "Mine.\n\nMore.\n\nEnd.");
    EXPECT_EQ(withoutCommentBlock(b + "\n" + b, "--- move37", "--- /move37 ---"), "");
    EXPECT_EQ(withoutCommentBlock("a --- move37 b", "--- move37", "--- /move37 ---"),
              "a --- move37 b");  // not at a line start
    // Open to the end of the text.
    EXPECT_EQ(withoutCommentBlock("Mine.\n--- move37 ---\nx", "--- move37", "--- /move37 ---"),
              "Mine.");
    const std::string twice = "A\n" + b + "\n\n" + b + "B\n--- move37";
    const std::string once = withoutCommentBlock(twice, "--- move37", "--- /move37 ---");
    EXPECT_EQ(once, "A\n\nB");
    EXPECT_EQ(withoutCommentBlock(once, "--- move37", "--- /move37 ---"), once);
}

// Inputs found by annotation_fuzz (tests/data/review/fuzz/), through its
// checks: what was read is written, read back without warnings, and
// writing that again gives the same text.
TEST(Annotation, FuzzFoundInputsRewriteToTheSameText) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(MOVE37_TESTDATA_DIR) / "review" / "fuzz";
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        SgfReadResult r = readSgf(ss.str());
        for (size_t g = 0; g < r.games.size() && g < 4; ++g) {
            SCOPED_TRACE(entry.path().filename().string() + " game " + std::to_string(g));
            SgfNode& root = *r.games[g];
            const AnnotationRead a = readAnnotation(root);
            if (!a.ok) continue;
            std::string error;
            AnnotationInfo info = a.info.value_or(AnnotationInfo{});
            if (!writeAnnotation(root, a.line, a.review, info, AnnotationParams{}, &error))
                continue;
            const std::string first = writeSgf(root);
            const AnnotationRead b = readAnnotation(root);
            ASSERT_TRUE(b.ok) << b.error;
            EXPECT_EQ(b.review.analysedCount(), a.review.analysedCount());
            for (const AnnotationWarning& w : b.warnings) ADD_FAILURE() << w.toString();
            ASSERT_TRUE(b.info);
            ASSERT_TRUE(
                writeAnnotation(root, b.line, b.review, *b.info, AnnotationParams{}, &error))
                << error;
            EXPECT_EQ(writeSgf(root), first);
        }
    }
    EXPECT_GE(files, 1);
}

}  // namespace
}  // namespace m37
