// NewGameDialog: shows the given choices and returns them; a preset brings
// its usual komi.
#include <gtest/gtest.h>
#include <QComboBox>
#include <QDoubleSpinBox>

#include "ui/new_game_dialog.h"

namespace m37::ui {
namespace {

TEST(NewGameDialogTest, ReturnsTheInitialChoices) {
    NewGameParams p{13, *Rules::preset("japanese")};
    p.rules.komi = 0.5f;
    NewGameDialog dialog(p);
    EXPECT_EQ(dialog.params(), p);
}

TEST(NewGameDialogTest, PresetSetsItsKomi) {
    NewGameDialog dialog(NewGameParams{});
    auto* preset = dialog.findChild<QComboBox*>("rules");
    ASSERT_NE(preset, nullptr);
    preset->setCurrentIndex(preset->findData("japanese"));
    emit preset->activated(preset->currentIndex());
    EXPECT_EQ(dialog.params().rules, *Rules::preset("japanese"));
    EXPECT_FLOAT_EQ(dialog.params().rules.komi, 6.5f);
    for (const QString& name : NewGameDialog::presetNames())
        EXPECT_TRUE(Rules::preset(name.toStdString())) << name.toStdString();
}

}  // namespace
}  // namespace m37::ui
