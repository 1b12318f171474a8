// Help -> About Networks: the human policy's full record (the command that
// trained it, its measured top-1) and the shipped networks' notes, filled
// in when the analysis worker has loaded the network (the dialog itself
// loads nothing).
#include <gtest/gtest.h>
#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>

#include "engine/nn/net_loader.h"
#include "ui/analysis_controller.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"
#include "ui/network_about_dialog.h"
#include "ui/shipped_networks.h"

namespace m37::ui {
namespace {

TEST(NetworkAboutDialogTest, ShowsTheHumanPolicyRecordOnceLoaded) {
    const QString human = shippedNetwork(kShippedHumanPolicy);
    ASSERT_FALSE(human.isEmpty()) << "resources/networks/" << kShippedHumanPolicy << " missing";
    GameTreeModel model(NewGameParams{19});
    AnalysisParams params;
    params.humanPolicyPath = human;
    params.threads = 1;
    AnalysisController controller(&model, params);
    EXPECT_FALSE(controller.networksKnown());

    NetworkAboutDialog dialog(&controller);
    QSignalSpy spy(&dialog, &NetworkAboutDialog::refreshed);
    EXPECT_FALSE(dialog.loaded()) << "the worker thread loads it; the dialog does not wait";
    EXPECT_NE(dialog.text().indexOf("Loading"), -1) << dialog.text().toStdString();
    ASSERT_TRUE(spy.wait(120000)) << "the worker never loaded the network";
    EXPECT_TRUE(dialog.loaded());
    const QString text = dialog.text();
    EXPECT_EQ(text.indexOf("Loading"), -1);
    EXPECT_NE(text.indexOf(human), -1) << "the file";
    EXPECT_NE(text.indexOf("light rollouts"), -1) << "no engine network";

    // Every line of the network's own record, the command and the
    // measured figures among them.
    std::string error;
    auto net = nn::loadNetwork(human.toStdString(), {}, &error);
    ASSERT_TRUE(net) << error;
    const QStringList lines = QString::fromStdString(net->about()).split('\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 5);
    for (const QString& line : lines)
        EXPECT_NE(text.indexOf(line.trimmed()), -1) << line.toStdString();
    EXPECT_NE(text.indexOf("Command: move37-engine train-sl"), -1) << text.toStdString();
    EXPECT_NE(text.indexOf(QRegularExpression("held-out top-1 [0-9.]+%")), -1);

    if (qEnvironmentVariableIsSet("M37_DIALOG_PNG_DIR")) {  // to look at it
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("M37_DIALOG_PNG_DIR") + "/network_about.png");
    }

    // The shipped notes follow (their first heading and their figures).
    QFile note(shippedNetworkNotes().value(0));
    ASSERT_TRUE(note.open(QIODevice::ReadOnly));
    const QString heading = QString::fromUtf8(note.readLine()).remove('#').trimmed();
    EXPECT_NE(text.indexOf(heading), -1) << heading.toStdString();
}

TEST(NetworkAboutDialogTest, HelpMenuOpensOneDialog) {
    QSettings().clear();
    QSettings().setValue("engine/threads", 1);
    MainWindow window;
    auto* about = window.findChild<QAction*>("aboutNetworks");
    ASSERT_NE(about, nullptr);
    auto* help = window.menuBar()->findChild<QMenu*>("helpMenu");
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->actions().contains(about));
    about->trigger();
    about->trigger();
    const auto dialogs = window.findChildren<NetworkAboutDialog*>();
    ASSERT_EQ(dialogs.size(), 1);
    EXPECT_TRUE(dialogs.front()->isVisible());
    // The engine settings' human policy (the shipped one by default) is the
    // one described once loaded.
    QSignalSpy spy(dialogs.front(), &NetworkAboutDialog::refreshed);
    if (!dialogs.front()->loaded()) ASSERT_TRUE(spy.wait(120000));
    EXPECT_NE(dialogs.front()->text().indexOf("train-sl"), -1);
    dialogs.front()->close();
    QSettings().clear();
}

}  // namespace
}  // namespace m37::ui
