// Variations, in the model and through the main window: a different move
// at a node that has a child adds a variation; delete removes a node with
// its subtree and restore puts it back in its place; promote makes a line
// the main line keeping the other variations' order; Up/Down switch
// variations; each has a menu item with a shortcut listed in F1's dialog;
// a save and load keeps the variations' order.
#include <gtest/gtest.h>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/main_window.h"
#include "ui/sgf_file_controller.h"
#include "ui/shortcuts_dialog.h"

namespace m37::ui {
namespace {

std::unique_ptr<SgfNode> parse(const char* text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

// The moves of the children of `n`, in order ("pp qd").
std::string children(const SgfNode& n) {
    std::string s;
    for (const auto& c : n.children()) {
        if (!s.empty()) s += ' ';
        s += std::string(c->has("B") ? c->value("B") : c->value("W"));
    }
    return s;
}

std::string moveOf(const SgfNode* n) {
    return std::string(n->has("B") ? n->value("B") : n->value("W"));
}

constexpr char kThreeWays[] = "(;SZ[19];B[dd](;W[pp];B[dp])(;W[qd];B[cp])(;W[dq];B[qq];W[cc]))";

TEST(VariationsTest, ADifferentMoveAddsAVariation) {
    GameTreeModel m;
    ASSERT_TRUE(m.loadTree(parse("(;SZ[19];B[dd];W[pp])")));
    ASSERT_TRUE(m.forward());
    ASSERT_EQ(m.play(test::vertex(m, "R4")), MoveError::kNone);
    EXPECT_EQ(children(*m.root().child(0)), "pp qp");
    EXPECT_EQ(moveOf(m.current()), "qp");
    EXPECT_NE(m.lastMessage().indexOf("new variation"), -1) << m.lastMessage().toStdString();
    EXPECT_TRUE(m.isModified());
    // The same move again follows the existing child.
    ASSERT_TRUE(m.back());
    ASSERT_EQ(m.play(test::vertex(m, "Q4")), MoveError::kNone);
    EXPECT_EQ(m.root().child(0)->childCount(), 2u);
    EXPECT_EQ(m.current(), m.root().child(0)->child(0));
}

TEST(VariationsTest, DeleteAndRestoreInPlace) {
    GameTreeModel m;
    ASSERT_TRUE(m.loadTree(parse(kThreeWays)));
    const SgfNode* dd = m.root().child(0);
    ASSERT_TRUE(m.goTo(dd->child(1)->child(0)));  // qd's reply cp
    ASSERT_TRUE(m.back());                        // on qd
    EXPECT_FALSE(m.canRestoreDeleted());
    EXPECT_FALSE(m.restoreDeleted());
    const size_t before = m.root().subtreeSize();
    ASSERT_TRUE(m.deleteCurrent());
    EXPECT_EQ(m.root().subtreeSize(), before - 2) << "qd and cp";
    EXPECT_EQ(m.current(), dd);
    EXPECT_EQ(children(*dd), "pp dq");
    EXPECT_TRUE(m.canRestoreDeleted());

    ASSERT_TRUE(m.restoreDeleted());
    EXPECT_EQ(children(*dd), "pp qd dq") << "back in its place";
    EXPECT_EQ(m.root().subtreeSize(), before);
    EXPECT_EQ(moveOf(m.current()), "qd");
    EXPECT_EQ(m.current()->childCount(), 1u);
    EXPECT_EQ(m.moveNumber(), 2);
    EXPECT_FALSE(m.canRestoreDeleted());

    // Only the last deletion is kept; a new tree forgets it.
    ASSERT_TRUE(m.deleteCurrent());
    ASSERT_TRUE(m.goTo(dd->child(1)));  // dq
    ASSERT_TRUE(m.deleteCurrent());
    ASSERT_TRUE(m.restoreDeleted());
    EXPECT_EQ(children(*dd), "pp dq");
    EXPECT_FALSE(m.restoreDeleted());
    ASSERT_TRUE(m.deleteCurrent());
    m.newGame(NewGameParams{9});
    EXPECT_FALSE(m.canRestoreDeleted());
}

TEST(VariationsTest, PromoteKeepsTheOtherVariationsInOrder) {
    GameTreeModel m;
    ASSERT_TRUE(m.loadTree(parse(kThreeWays)));
    const SgfNode* dd = m.root().child(0);
    const SgfNode* cc = dd->child(2)->child(0)->child(0);
    ASSERT_TRUE(m.goTo(cc));
    ASSERT_TRUE(m.promoteToMainLine());
    EXPECT_EQ(children(*dd), "dq pp qd");
    EXPECT_EQ(m.current(), cc) << "stays on the node";
    EXPECT_EQ(m.moveNumber(), 4);
    // Switching variations at dd, keeping the depth where the line allows.
    ASSERT_TRUE(m.back(2));  // on dq
    EXPECT_FALSE(m.switchVariation(-1)) << "the first";
    ASSERT_TRUE(m.switchVariation(+1));
    EXPECT_EQ(moveOf(m.current()), "pp");
    ASSERT_TRUE(m.switchVariation(+1));
    EXPECT_EQ(moveOf(m.current()), "qd");
    EXPECT_FALSE(m.switchVariation(+1)) << "the last";
}

class VariationsWindowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        QSettings().clear();
        QSettings().setValue("engine/threads", 1);
        window = std::make_unique<MainWindow>(MainWindowParams{19});
        dialogs.install(*window->files());
        window->resize(1100, 800);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        ASSERT_TRUE(model().loadTree(parse(kThreeWays)));
    }
    void TearDown() override {
        window.reset();
        QSettings().clear();
    }
    GameTreeModel& model() { return *window->model(); }
    QAction* act(const char* name) {
        auto* a = window->findChild<QAction*>(name);
        EXPECT_NE(a, nullptr) << name;
        return a;
    }
    // The Edit or Navigate menu item of an action.
    bool inMenu(const QString& menu, QAction* a) {
        for (QAction* m : window->menuBar()->actions())
            if (m->menu() && m->text() == menu && m->menu()->actions().contains(a)) return true;
        return false;
    }

    std::unique_ptr<MainWindow> window;
    test::DialogRecorder dialogs;
};

TEST_F(VariationsWindowTest, MenuItemsAndShortcuts) {
    ShortcutsDialog dialog(window.get());
    const struct {
        const char* name;
        const char* menu;
        const char* text;
        QKeySequence key;
    } expected[] = {
        {"deleteNode", "&Edit", "Delete Variation", QKeySequence(Qt::CTRL | Qt::Key_Delete)},
        {"restoreDeleted", "&Edit", "Restore Deleted Variation",
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)},
        {"promote", "&Edit", "Make Main Line", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {"previousVariation", "&Navigate", "Previous Variation", QKeySequence(Qt::Key_Up)},
        {"nextVariation", "&Navigate", "Next Variation", QKeySequence(Qt::Key_Down)},
    };
    for (const auto& e : expected) {
        QAction* a = act(e.name);
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(inMenu(e.menu, a)) << e.name;
        EXPECT_TRUE(a->shortcuts().contains(e.key)) << e.name;
        EXPECT_EQ(dialog.shortcutOf(e.text), e.key.toString(QKeySequence::NativeText)) << e.text;
    }
    // No other action has these keys.
    for (QAction* a : window->findChildren<QAction*>()) {
        bool ours = false;
        for (const auto& e : expected) ours = ours || a->objectName() == e.name;
        if (ours) continue;
        for (const auto& e : expected)
            EXPECT_FALSE(a->shortcuts().contains(e.key))
                << e.key.toString().toStdString() << " also on " << a->objectName().toStdString();
    }
}

TEST_F(VariationsWindowTest, KeysAndMenuActionsEditTheTree) {
    const SgfNode* dd = model().root().child(0);
    ASSERT_TRUE(model().goTo(dd->child(0)));  // pp
    QTest::keyClick(window.get(), Qt::Key_Down);
    EXPECT_EQ(moveOf(model().current()), "qd");
    QTest::keyClick(window.get(), Qt::Key_Down);
    EXPECT_EQ(moveOf(model().current()), "dq");
    QTest::keyClick(window.get(), Qt::Key_Up);
    EXPECT_EQ(moveOf(model().current()), "qd");
    EXPECT_NE(window->moveText().indexOf("variation 2/3"), -1) << window->moveText().toStdString();

    // Delete (Ctrl+Delete) and restore (Ctrl+Shift+Z).
    EXPECT_FALSE(act("restoreDeleted")->isEnabled());
    QTest::keyClick(window.get(), Qt::Key_Delete, Qt::ControlModifier);
    EXPECT_EQ(children(*dd), "pp dq");
    EXPECT_EQ(model().current(), dd);
    EXPECT_TRUE(act("restoreDeleted")->isEnabled());
    EXPECT_NE(window->messageText().indexOf("Deleted 2 nodes"), -1)
        << window->messageText().toStdString();
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(children(*dd), "pp qd dq");
    EXPECT_EQ(moveOf(model().current()), "qd");
    EXPECT_FALSE(act("restoreDeleted")->isEnabled());

    // Promote from the menu, then the keyboard.
    act("promote")->trigger();
    EXPECT_EQ(children(*dd), "qd pp dq");
    QTest::keyClick(window.get(), Qt::Key_Down);
    QTest::keyClick(window.get(), Qt::Key_Down);
    EXPECT_EQ(moveOf(model().current()), "dq");
    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(children(*dd), "dq qd pp");
    act("deleteNode")->trigger();
    EXPECT_EQ(children(*dd), "qd pp");
    act("restoreDeleted")->trigger();
    EXPECT_EQ(children(*dd), "dq qd pp");
    EXPECT_TRUE(model().isModified());
}

TEST_F(VariationsWindowTest, SaveAndLoadKeepTheOrder) {
    const SgfNode* dd = model().root().child(0);
    ASSERT_TRUE(model().goTo(dd->child(2)));
    ASSERT_TRUE(model().promoteToMainLine());
    ASSERT_TRUE(model().goTo(dd->child(1)));                                  // pp
    ASSERT_EQ(model().play(test::vertex(model(), "R17")), MoveError::kNone);  // beside dp
    ASSERT_EQ(children(*dd->child(1)), "dp qc");
    QTemporaryDir dir;
    const QString path = dir.filePath("variations.sgf");
    ASSERT_TRUE(window->files()->saveTo(path)) << dialogs.errors.join('\n').toStdString();

    GameTreeModel reloaded;
    SgfFileController files(&reloaded, nullptr);
    test::DialogRecorder d;
    d.install(files);
    ASSERT_TRUE(files.openFile(path));
    const SgfNode* dd2 = reloaded.root().child(0);
    EXPECT_EQ(children(*dd2), "dq pp qd");
    EXPECT_EQ(children(*dd2->child(1)), "dp qc");
    EXPECT_EQ(reloaded.root().subtreeSize(), model().root().subtreeSize());
    ASSERT_TRUE(reloaded.toEnd());
    EXPECT_EQ(moveOf(reloaded.current()), "cc") << "the main line is the promoted one";
}

}  // namespace
}  // namespace m37::ui
