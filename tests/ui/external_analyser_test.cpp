// ExternalAnalyser: an external engine attached as analyser follows the
// position on screen with lz-analyze, and its lines come out as snapshots
// of the position shown.
#include <gtest/gtest.h>

#include "tests/ui/play_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/external_analyser.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_process.h"

namespace m37::ui {
namespace {

ExternalEngine fakeAnalyser() {
    const GtpProcessParams p = test::fakeEngine("ok");
    QString line = "python3";
    for (const QString& a : p.arguments) line += " \"" + a + "\"";
    return {"Fake", line, {}};
}

TEST(ExternalAnalyserTest, FollowsTheCurrentNode) {
    GameTreeModel model(NewGameParams{19, Rules()});
    ExternalAnalyser analyser(&model, fakeAnalyser());
    QStringList failures;
    QObject::connect(&analyser, &ExternalAnalyser::failed,
                     [&](const QString& m) { failures << m; });
    std::vector<AnalysisSnapshot> got;
    QObject::connect(&analyser, &ExternalAnalyser::snapshot,
                     [&](const AnalysisSnapshot& s) { got.push_back(s); });
    ASSERT_TRUE(test::waitFor([&] { return !got.empty() || !failures.isEmpty(); }, 20000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
    EXPECT_EQ(analyser.command(), "lz-analyze");
    EXPECT_EQ(got.back().toMove, kBlack);
    EXPECT_EQ(got.back().candidates.front().move, test::vertex(model, "D4"));

    ASSERT_TRUE(test::playAll(model, {"Q16"}));
    got.clear();
    ASSERT_TRUE(test::waitFor([&] { return !got.empty(); }, 20000));
    for (const AnalysisSnapshot& s : got) EXPECT_EQ(s.toMove, kWhite) << "no stale lines";
    EXPECT_TRUE(failures.isEmpty());
}

}  // namespace
}  // namespace m37::ui
