// Engine settings: the rollout weight is stored, clamped when the stored
// value is out of range, shown and edited in the dialog, and reaches the
// search parameters of live analysis and of the whole-game review.
#include "ui/engine_settings.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QDoubleSpinBox>
#include <QSettings>

#include "tests/ui/ui_test_util.h"
#include "ui/analysis_worker.h"

namespace m37::ui {
namespace {

TEST(EngineSettingsTest, RolloutWeightIsStoredAndClamped) {
    QSettings().clear();
    // The default suits the shipped 9x9 net.
    EXPECT_DOUBLE_EQ(EngineSettings::load().rolloutWeight, 0.3);
    EngineSettings e = EngineSettings::load();
    e.rolloutWeight = 0.0;
    e.save();
    EXPECT_EQ(EngineSettings::load().rolloutWeight, 0.0);
    e.rolloutWeight = 0.45;
    e.save();
    EXPECT_DOUBLE_EQ(EngineSettings::load().rolloutWeight, 0.45);
    QSettings().setValue("engine/rolloutWeight", 7.5);
    EXPECT_EQ(EngineSettings::load().rolloutWeight, 1.0);
    QSettings().setValue("engine/rolloutWeight", -1);
    EXPECT_EQ(EngineSettings::load().rolloutWeight, 0.0);
    QSettings().setValue("engine/rolloutWeight", "heavy");
    EXPECT_DOUBLE_EQ(EngineSettings::load().rolloutWeight, 0.3);
    QSettings().clear();
}

TEST(EngineSettingsTest, DialogEditsTheRolloutWeight) {
    EngineSettings e;
    e.rolloutWeight = 0.3;
    EngineSettingsDialog d(e);
    auto* box = d.findChild<QDoubleSpinBox*>("rolloutWeight");
    ASSERT_TRUE(box);
    EXPECT_DOUBLE_EQ(box->value(), 0.3);
    box->setValue(0.55);
    EXPECT_DOUBLE_EQ(d.settings().rolloutWeight, 0.55);
    box->setValue(0);
    EXPECT_EQ(box->text(), EngineSettingsDialog::tr("off: the network's value alone"));
    // Every label has its field as buddy, so "&Network:" shows as a
    // shortcut (Alt+N), not as an ampersand.
    const QStringList bare = test::labelsWithoutBuddy(d);
    EXPECT_TRUE(bare.isEmpty()) << bare.join(", ").toStdString();
    // For a person to look at: the dialog with the new row.
    box->setValue(0.3);
    QDir().mkpath(MOVE37_UI_TEST_OUT_DIR);
    EXPECT_TRUE(d.grab().save(QStringLiteral(MOVE37_UI_TEST_OUT_DIR "/engine-settings.png")));
}

TEST(EngineSettingsTest, RolloutWeightReachesTheAnalysisSearch) {
    EngineSettings e;
    e.rolloutWeight = 0;
    const AnalysisParams off = AnalysisParams::fromSettings(e);
    EXPECT_FALSE(off.search.rollouts);
    // The human-policy tree's weight is its own either way.
    e.rolloutWeight = 0.3;
    const AnalysisParams on = AnalysisParams::fromSettings(e);
    EXPECT_TRUE(on.search.rollouts);
    EXPECT_FLOAT_EQ(on.search.lambda, 0.3f);
    EXPECT_EQ(on.search.humanTreeLambda, SearchParams{}.humanTreeLambda);
    EXPECT_EQ(off.search.humanTreeLambda, SearchParams{}.humanTreeLambda);
    // A changed weight is a changed analysis (the running one restarts).
    EXPECT_FALSE(on == off);
}

}  // namespace
}  // namespace m37::ui
