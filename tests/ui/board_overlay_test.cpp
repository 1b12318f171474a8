// Board overlays: flag parsing, what buildOverlay() keeps from a snapshot
// (candidates, losses, best move, surprise, PV), the quality colours, and
// pixels of each overlay painted by the BoardWidget on the wood board.
#include <gtest/gtest.h>
#include <QDir>

#include "engine/nn/evaluator.h"
#include "tests/ui/ui_test_util.h"
#include "ui/board_overlay.h"

namespace m37::ui {
namespace {

using test::colorDistance;
using test::luminance;
using test::playAll;

constexpr int kN = 9;

Loc at(const char* v) {
    return *parseGtpVertex(v, kN);
}

CandidateMove cand(const char* v, int visits, float winrate, std::optional<float> score,
                   std::optional<float> human, std::vector<const char*> pv = {}) {
    CandidateMove c;
    c.move = at(v);
    c.visits = visits;
    c.winrate = winrate;
    c.scoreLead = score;
    c.humanPrior = human;
    c.prior = 0.1f;
    c.pv.push_back(c.move);
    for (const char* m : pv) c.pv.push_back(at(m));
    return c;
}

// A 9x9 snapshot after B C3, W D4 (black to move): best E5 with a low human
// prior, then F6 and G3; policies peaked at E5 (engine) and F6 (human);
// ownership Black's on the left half.
AnalysisSnapshot snapshot9() {
    AnalysisSnapshot s;
    s.boardSize = kN;
    s.toMove = kBlack;
    s.candidates = {cand("E5", 400, 0.62f, 3.0f, 0.01f, {"E4", "F4"}),
                    cand("F6", 200, 0.60f, 2.2f, 0.30f), cand("G3", 50, 0.40f, -9.0f, 0.05f),
                    cand("A9", 1, 0.2f, -20.0f, 0.0f)};
    s.rootVisits = 652;
    s.policy.assign(kN * kN + 1, 0.002f);
    s.humanPolicy.assign(kN * kN + 1, 0.002f);
    s.policy[size_t(nn::policyIndex(at("E5"), kN))] = 0.5f;
    s.humanPolicy[size_t(nn::policyIndex(at("F6"), kN))] = 0.4f;
    s.humanPolicy[size_t(nn::policyIndex(at("E5"), kN))] = 0.01f;
    s.ownership.assign(kN * kN, 0.0f);
    for (int y = 0; y < kN; ++y)
        for (int x = 0; x < kN; ++x) s.ownership[size_t(y * kN + x)] = x < 4 ? 0.9f : -0.9f;
    return s;
}

TEST(BoardOverlayTest, ParsesFlagLists) {
    QString error;
    auto f = OverlayFlags::parse(QStringLiteral("policy, Candidates,surprise"), &error);
    ASSERT_TRUE(f.has_value());
    EXPECT_TRUE(f->policy && f->candidates && f->surprise);
    EXPECT_FALSE(f->human || f->split || f->ownership);
    auto none = OverlayFlags::parse(QString(), &error);
    ASSERT_TRUE(none.has_value());
    EXPECT_FALSE(none->any());
    EXPECT_FALSE(OverlayFlags::parse(QStringLiteral("policy,heat"), &error).has_value());
    EXPECT_TRUE(error.contains("heat")) << error.toStdString();
    EXPECT_TRUE(error.contains("ownership")) << error.toStdString();
}

TEST(BoardOverlayTest, BuildKeepsVisitedCandidatesAndLosses) {
    OverlayFlags f;
    f.candidates = f.surprise = true;
    OverlayOptions opt;
    opt.minVisitShare = 0.01;
    const BoardOverlay o = buildOverlay(snapshot9(), f, opt);
    ASSERT_EQ(o.candidates.size(), 3u);  // A9 has under 1% of the top visits
    EXPECT_TRUE(o.candidates[0].best);
    EXPECT_EQ(o.candidates[0].point, QPoint(4, 4));  // E5
    EXPECT_FALSE(o.candidates[1].best);
    EXPECT_TRUE(o.candidates[1].lossInPoints);
    EXPECT_NEAR(o.candidates[1].loss, 0.8f, 1e-5);
    EXPECT_NEAR(o.candidates[2].loss, 12.0f, 1e-5);
    EXPECT_NEAR(o.candidates[1].visitShare, 0.5f, 1e-6);
    EXPECT_EQ(o.policy.size(), size_t(kN * kN));  // pass dropped
    EXPECT_TRUE(o.pv.empty());
}

TEST(BoardOverlayTest, SurpriseBelowTheThresholdOnly) {
    OverlayFlags f;
    f.surprise = true;
    OverlayOptions opt;
    opt.surpriseThreshold = 0.05;
    BoardOverlay o = buildOverlay(snapshot9(), f, opt);
    ASSERT_TRUE(o.surprise.has_value());
    EXPECT_EQ(*o.surprise, QPoint(4, 4));
    EXPECT_FLOAT_EQ(o.surpriseHumanPrior, 0.01f);
    opt.surpriseThreshold = 0.005;
    EXPECT_FALSE(buildOverlay(snapshot9(), f, opt).surprise.has_value());
    // No human policy: no surprise.
    AnalysisSnapshot s = snapshot9();
    for (auto& c : s.candidates) c.humanPrior.reset();
    EXPECT_FALSE(buildOverlay(s, f, {}).surprise.has_value());
}

TEST(BoardOverlayTest, HighlightGivesThePv) {
    OverlayFlags f;
    f.candidates = true;
    const BoardOverlay o = buildOverlay(snapshot9(), f, {}, at("E5"));
    ASSERT_EQ(o.pv.size(), 3u);
    EXPECT_EQ(o.pv[0], QPoint(4, 4));
    EXPECT_EQ(o.pv[1], QPoint(4, 5));                                    // E4
    EXPECT_EQ(o.pv[2], QPoint(5, 5));                                    // F4
    EXPECT_TRUE(buildOverlay(snapshot9(), f, {}, at("J1")).pv.empty());  // not a candidate
}

TEST(BoardOverlayTest, QualityColoursRunFromGreenToPurple) {
    OverlayCandidate c;
    c.lossInPoints = true;
    c.best = true;
    const QColor best = candidateColor(c);
    c.best = false;
    std::vector<QColor> bands;
    for (float loss : {0.1f, 1.0f, 2.0f, 4.0f, 8.0f, 20.0f}) {
        c.loss = loss;
        bands.push_back(candidateColor(c));
    }
    EXPECT_GT(bands[0].green(), bands[0].red());   // good: green
    EXPECT_GT(bands[4].red(), bands[4].green());   // bad: red
    EXPECT_GT(bands[5].blue(), bands[5].green());  // very bad: purple
    for (size_t i = 1; i < bands.size(); ++i) EXPECT_NE(bands[i], bands[i - 1]) << i;
    EXPECT_GT(best.blue(), best.red());  // best: cyan
    // Winrate losses use their own bands: 2 points of winrate is small.
    c.lossInPoints = false;
    c.loss = 2.0f;
    EXPECT_EQ(candidateColor(c), bands[1]);
}

TEST(BoardOverlayTest, CompactCounts) {
    EXPECT_EQ(compactCount(0), "0");
    EXPECT_EQ(compactCount(999), "999");
    EXPECT_EQ(compactCount(1234), "1.2k");
    EXPECT_EQ(compactCount(45678), "45k");
    EXPECT_EQ(compactCount(2'500'000), "2.5M");
}

struct Painted {
    GameTreeModel model{NewGameParams{kN, Rules()}};
    BoardWidget widget{&model};
    QSize size{540, 540};
    Painted() { EXPECT_TRUE(playAll(model, {"C3", "D4"})); }
    QImage render(const OverlayFlags& f, std::optional<Loc> highlight = std::nullopt) {
        widget.setAnalysis(snapshot9());
        widget.setOverlayFlags(f);
        widget.setHighlightedMove(highlight);
        return widget.renderToImage(size);
    }
    QColor pixel(const QImage& img, const char* v, QPointF offsetCells = {}) const {
        const BoardGeometry g = widget.boardGeometry(QSizeF(size), 1.0);
        const Loc l = at(v);
        const QPointF p = g.center(locX(l, kN), locY(l, kN)) + offsetCells * g.cell();
        return img.pixelColor(p.toPoint());
    }
};

int hueDistance(QColor a, QColor b) {
    const int d = std::abs(a.hsvHue() - b.hsvHue());
    return std::min(d, 360 - d);
}

TEST(BoardOverlayTest, HeatmapsPaintTheirColours) {
    Painted p;
    const QImage off = p.render({});
    OverlayFlags f;
    f.policy = true;
    const QImage engine = p.render(f);
    f = {};
    f.human = true;
    const QImage human = p.render(f);
    // E5: the engine's favourite, drawn large in blue; F6: the human's, magenta.
    const QColor e = p.pixel(engine, "E5", {0.3, 0});
    const QColor h = p.pixel(human, "F6", {0.3, 0});
    EXPECT_LT(hueDistance(e, enginePolicyColor()), 25) << e.name().toStdString();
    EXPECT_LT(hueDistance(h, humanPolicyColor()), 25) << h.name().toStdString();
    EXPECT_GT(colorDistance(p.pixel(off, "E5", {0.3, 0}), e), 120);
    // A stone keeps its colour under a heatmap.
    EXPECT_LT(luminance(p.pixel(engine, "C3")), 60);
    QDir().mkpath(MOVE37_UI_TEST_OUT_DIR "/overlays");
    engine.save(MOVE37_UI_TEST_OUT_DIR "/overlays/policy-9x9.png");
    human.save(MOVE37_UI_TEST_OUT_DIR "/overlays/human-9x9.png");
}

TEST(BoardOverlayTest, SplitShowsEngineLeftAndHumanRight) {
    Painted p;
    OverlayFlags f;
    f.split = true;
    const QImage img = p.render(f);
    // E5: big engine half (left), a small human half (right, the 1% prior).
    const QColor left = p.pixel(img, "E5", {-0.3, 0});
    EXPECT_LT(hueDistance(left, enginePolicyColor()), 25) << left.name().toStdString();
    // F6: the human's favourite fills its right half.
    const QColor right = p.pixel(img, "F6", {0.3, 0});
    EXPECT_LT(hueDistance(right, humanPolicyColor()), 25) << right.name().toStdString();
    img.save(MOVE37_UI_TEST_OUT_DIR "/overlays/split-9x9.png");
}

TEST(BoardOverlayTest, CandidatesOwnershipSurpriseAndPv) {
    Painted p;
    const QImage off = p.render({});
    OverlayFlags f;
    f.candidates = true;
    const QImage cands = p.render(f);
    // The best move is cyan, G3 (12 points lost) purple.
    const QColor best = p.pixel(cands, "E5", {0.0, 0.35});
    EXPECT_LT(colorDistance(best, QColor(0x3c, 0xcf, 0xee)), 90) << best.name().toStdString();
    const QColor bad = p.pixel(cands, "G3", {0.3, 0.0});
    EXPECT_GT(bad.red(), bad.green()) << bad.name().toStdString();

    f = {};
    f.ownership = true;
    const QImage own = p.render(f);
    // A9 (left, Black's) darker than with no overlay; J9 (right, White's) lighter.
    // (Beside the corner's grid lines, inside the square.)
    EXPECT_LT(luminance(p.pixel(own, "A9", {0.2, 0.2})),
              luminance(p.pixel(off, "A9", {0.2, 0.2})) - 40);
    EXPECT_GT(luminance(p.pixel(own, "J9", {-0.2, 0.2})),
              luminance(p.pixel(off, "J9", {-0.2, 0.2})) + 20);
    // The black stone C3 is on Black's side: unmarked.
    EXPECT_LT(luminance(p.pixel(own, "C3")), 60);
    // The white stone D4 is on Black's side: marked dead with a black square.
    EXPECT_LT(luminance(p.pixel(own, "D4")), 100);

    f = {};
    f.surprise = true;
    const QImage sur = p.render(f);
    const QColor badge = p.pixel(sur, "E5", {0.51, -0.39});  // beside the "!"
    EXPECT_LT(colorDistance(badge, surpriseColor()), 80) << badge.name().toStdString();

    f = {};
    f.candidates = true;
    const QImage pv = p.render(f, at("E5"));
    // E5 is the PV's first move: a (ghost) black stone; E4 then white.
    EXPECT_LT(luminance(p.pixel(pv, "E5", {0.25, 0.25})), 110);
    EXPECT_GT(luminance(p.pixel(pv, "E4", {0.25, 0.25})), 170);
    cands.save(MOVE37_UI_TEST_OUT_DIR "/overlays/candidates-9x9.png");
    own.save(MOVE37_UI_TEST_OUT_DIR "/overlays/ownership-9x9.png");
    sur.save(MOVE37_UI_TEST_OUT_DIR "/overlays/surprise-9x9.png");
    pv.save(MOVE37_UI_TEST_OUT_DIR "/overlays/pv-9x9.png");
}

TEST(BoardOverlayTest, SnapshotOfAnotherSizeIsNotDrawn) {
    GameTreeModel model(NewGameParams{13, Rules()});
    BoardWidget widget(&model);
    OverlayFlags f;
    f.candidates = f.policy = true;
    const QImage off = widget.renderToImage({400, 400});
    widget.setOverlayFlags(f);
    widget.setAnalysis(snapshot9());
    EXPECT_EQ(widget.overlay().boardSize, 0);
    EXPECT_EQ(widget.renderToImage({400, 400}), off);
}

}  // namespace
}  // namespace m37::ui
