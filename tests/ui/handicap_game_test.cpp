// Handicap games: the new-game dialog offers the handicaps a board size
// allows (komi 0.5 with one), a new game has Black's stones on the star
// points with White to play, the saved SGF says HA and AB and reads back
// the same, the embedded engine plays White at once, and GNU Go is told
// the stones as handicap (set_free_handicap) and answers as White.
#include <gtest/gtest.h>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <set>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_reader.h"
#include "tests/ui/play_test_util.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_process.h"
#include "ui/main_window.h"
#include "ui/new_game_dialog.h"
#include "ui/play_actions.h"
#include "ui/play_controller.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui {
namespace {

using test::vertex;
using test::waitFor;

std::set<std::string> blackStones(const GameTreeModel& m) {
    std::set<std::string> out;
    const Board& b = m.state().board();
    for (int y = 0; y < b.size(); ++y)
        for (int x = 0; x < b.size(); ++x)
            if (b.at(b.loc(x, y)) == kBlack) out.insert(gtpVertex(b.loc(x, y), b.size()));
    return out;
}

int stoneCount(const GameTreeModel& m) {
    return m.state().board().stoneCount(kBlack) + m.state().board().stoneCount(kWhite);
}

void choose(QComboBox* box, const QVariant& data) {
    const int i = box->findData(data);
    ASSERT_GE(i, 0) << data.toString().toStdString();
    box->setCurrentIndex(i);
    emit box->activated(i);
}

TEST(HandicapGameTest, DialogOffersWhatTheBoardAllowsAndSetsKomi) {
    NewGameDialog dialog(NewGameParams{19, *Rules::preset("chinese")});
    auto* handicap = dialog.findChild<QComboBox*>("handicap");
    auto* size = dialog.findChild<QComboBox*>("size");
    ASSERT_NE(handicap, nullptr);
    ASSERT_NE(size, nullptr);
    EXPECT_EQ(dialog.params().handicap, 0);
    EXPECT_EQ(handicap->count(), 9) << "none, 2..9";
    choose(handicap, 4);
    EXPECT_EQ(dialog.params().handicap, 4);
    EXPECT_FLOAT_EQ(dialog.params().rules.komi, 0.5f) << "handicap games: komi 0.5";
    choose(handicap, 0);
    EXPECT_FLOAT_EQ(dialog.params().rules.komi, 7.5f) << "back to the preset's komi";

    choose(handicap, 9);
    size->setCurrentIndex(size->findData(7));
    EXPECT_EQ(handicap->count(), 4) << "7x7: none, 2..4";
    EXPECT_EQ(dialog.params().handicap, 4) << "the most 7x7 allows";
    size->setCurrentIndex(size->findData(5));
    EXPECT_EQ(dialog.params().handicap, 0) << "5x5 has no star points";
    EXPECT_FALSE(handicap->isEnabled());
    EXPECT_FLOAT_EQ(dialog.params().rules.komi, 7.5f);

    if (qEnvironmentVariableIsSet("M37_DIALOG_PNG_DIR")) {  // to look at it
        size->setCurrentIndex(size->findData(19));
        choose(handicap, 4);
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("M37_DIALOG_PNG_DIR") + "/new_game.png");
    }

    // The choices read back.
    NewGameParams p{13, *Rules::preset("japanese")};
    p.rules.komi = 0.5f;
    p.handicap = 5;
    EXPECT_EQ(NewGameDialog(p).params(), p);
}

// New game with handicap 4: the stones, White to move, SGF HA and AB, and
// the same position after a save and a load.
TEST(HandicapGameTest, NewGameHasTheStonesAndSavesThem) {
    const std::pair<int, std::set<std::string>> cases[] = {
        {9, {"C3", "G7", "C7", "G3"}},
        {19, {"D4", "Q16", "D16", "Q4"}},
    };
    for (const auto& [n, expected] : cases) {
        SCOPED_TRACE(n);
        NewGameParams params{n, *Rules::preset("japanese")};
        params.rules.komi = 0.5f;
        params.handicap = 4;
        GameTreeModel model;
        model.newGame(params);
        EXPECT_EQ(blackStones(model), expected);
        EXPECT_EQ(stoneCount(model), 4);
        EXPECT_EQ(model.state().toMove(), kWhite);
        EXPECT_EQ(model.state().handicap(), 4);
        EXPECT_EQ(model.params().handicap, 4);
        EXPECT_NE(model.lastMessage().indexOf("handicap 4"), -1)
            << model.lastMessage().toStdString();
        EXPECT_EQ(model.root().value("HA"), "4");
        EXPECT_EQ(model.root().find("AB")->values.size(), 4u);
        EXPECT_FALSE(model.root().has("PL")) << "White first follows from HA";

        // White plays, then save and load.
        ASSERT_EQ(model.play(vertex(model, "E5")), MoveError::kNone);
        EXPECT_EQ(model.state().toMove(), kBlack);
        QTemporaryDir dir;
        SgfFileController files(&model, nullptr);
        test::DialogRecorder dialogs;
        dialogs.install(files);
        const QString path = dir.filePath("handicap.sgf");
        ASSERT_TRUE(files.saveTo(path)) << dialogs.errors.join('\n').toStdString();
        const std::string text = files.serialized();
        EXPECT_NE(text.find("HA[4]"), std::string::npos) << text;
        EXPECT_NE(text.find("AB["), std::string::npos) << text;
        const std::string e5 = ";W[" + sgfPoint(vertex(model, "E5"), n) + "]";
        EXPECT_NE(text.find(e5), std::string::npos) << "White's first move " << e5 << text;

        GameTreeModel reloaded;
        SgfFileController reader(&reloaded, nullptr);
        reader.hooks() = files.hooks();
        ASSERT_TRUE(reader.openFile(path));
        EXPECT_EQ(reloaded.state().handicap(), 4);
        EXPECT_EQ(reloaded.params().handicap, 4);
        EXPECT_EQ(blackStones(reloaded), expected);
        EXPECT_EQ(reloaded.state().toMove(), kWhite);
        ASSERT_TRUE(reloaded.toEnd());
        EXPECT_EQ(reloaded.state().board().at(vertex(reloaded, "E5")), kWhite);
    }
}

// Through the main window: a 19x19 handicap game against the embedded
// engine, which has White and so moves first.
TEST(HandicapGameTest, EmbeddedEnginePlaysWhiteFirst) {
    QSettings().clear();
    MainWindow window;
    NewGameParams params{19, *Rules::preset("chinese")};
    params.rules.komi = 0.5f;
    params.handicap = 4;
    params.white.kind = PlayerKind::kEmbedded;
    params.strength.visits = 30;
    params.networkPath = "";  // rollouts
    QStringList failures;
    PlayController* play = window.play()->controller();
    QObject::connect(play, &PlayController::engineFailed, [&](const QString& m) { failures << m; });
    ASSERT_TRUE(window.startGame(params));
    EXPECT_TRUE(play->isEngine(kWhite));
    EXPECT_TRUE(play->thinking()) << "White (the engine) plays first";
    EXPECT_EQ(play->thinkingColor(), kWhite);
    ASSERT_TRUE(
        waitFor([&] { return window.model()->moveNumber() == 1 || !failures.isEmpty(); }, 120000));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
    EXPECT_EQ(nodeMove(*window.model()->current(), 19).color, kWhite);
    EXPECT_EQ(window.model()->state().toMove(), kBlack);
    EXPECT_EQ(window.model()->state().board().stoneCount(kBlack), 4);
    play->stop();
    QSettings().clear();
}

// GNU Go as White: it is given the stones with set_free_handicap, knows
// them (list_stones) and answers with a White move.
TEST(HandicapGameTest, GnuGoIsToldTheHandicap) {
    if (!test::have(test::kGnuGo)) GTEST_SKIP() << "gnugo not installed";
    NewGameParams params{9, *Rules::preset("chinese")};
    params.rules.komi = 0.5f;
    params.handicap = 4;
    GameTreeModel model(params);
    PlayController play(&model);
    QStringList failures, commands;
    QObject::connect(&play, &PlayController::engineFailed,
                     [&](const QString& m) { failures << m; });
    PlaySetup setup;
    setup.white = {PlayerKind::kExternal,
                   {"GNU Go", QString::fromUtf8(test::kGnuGo) + " --mode gtp --level 1", {}}};
    play.start(setup);
    GtpProcess* gnugo = play.process(kWhite);
    ASSERT_NE(gnugo, nullptr);
    QObject::connect(gnugo, &GtpProcess::answered,
                     [&](int, const QString& command, const GtpAnswer& a) {
                         commands << command + (a.ok ? " = " : " ? ") + a.text.trimmed();
                     });
    EXPECT_TRUE(play.thinking());
    ASSERT_TRUE(waitFor([&] { return model.moveNumber() == 1 || !failures.isEmpty(); }));
    ASSERT_TRUE(failures.isEmpty()) << failures.join('\n').toStdString();
    const QStringList handicap = commands.filter("set_free_handicap");
    ASSERT_EQ(handicap.size(), 1) << commands.join('\n').toStdString();
    QStringList told = handicap.front().split(' ', Qt::SkipEmptyParts).mid(1, 4);
    told.sort();
    EXPECT_EQ(told, QStringList({"C3", "C7", "G3", "G7"})) << handicap.front().toStdString();
    EXPECT_TRUE(handicap.front().endsWith("= ")) << "accepted";
    EXPECT_FALSE(commands.filter(QRegularExpression("^play B")).size())
        << "the stones are not sent as moves";
    EXPECT_EQ(nodeMove(*model.current(), 9).color, kWhite);

    QString stones;
    bool answered = false;
    gnugo->send("list_stones black", [&](const GtpAnswer& a) {
        stones = a.text.trimmed();
        answered = true;
    });
    ASSERT_TRUE(waitFor([&] { return answered; }));
    QStringList got = stones.split(' ', Qt::SkipEmptyParts);
    got.sort();
    EXPECT_EQ(got, QStringList({"C3", "C7", "G3", "G7"})) << stones.toStdString();
    play.stop();
}

}  // namespace
}  // namespace m37::ui
