// The game-tree dock: grid layout of nodes (main line on row 0, variations
// below without overlap) and the widget (click a dot to jump there).
#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>
#include <set>

#include "engine/sgf/sgf_reader.h"
#include "tests/ui/ui_test_util.h"
#include "ui/game_tree_layout.h"
#include "ui/game_tree_widget.h"

namespace m37::ui {
namespace {

std::unique_ptr<SgfNode> parse(const char* text) {
    SgfReadResult r = readSgf(text);
    EXPECT_TRUE(r.ok());
    return std::move(r.games.front());
}

TEST(GameTreeLayoutTest, MainLineOnTopVariationsBelowWithoutOverlap) {
    // Root, then a, b, c on the main line; x y branch at a; z at b; w at x.
    auto root = parse("(;SZ[9];B[aa](;W[bb](;B[cc])(;B[zz]))(;W[xx](;B[yy])(;B[ww])))");
    GameTreeLayout layout(*root);
    ASSERT_EQ(layout.items().size(), root->subtreeSize());
    std::set<std::pair<int, int>> cells;
    for (const auto& it : layout.items()) {
        EXPECT_TRUE(cells.insert({it.cell.column, it.cell.row}).second)
            << "two nodes in " << it.cell.column << "," << it.cell.row;
        int depth = 0;
        for (const SgfNode* n = it.node; n->parent(); n = n->parent()) ++depth;
        EXPECT_EQ(it.cell.column, depth);
        if (it.node->parent()) {
            EXPECT_EQ(it.parent, *layout.cellOf(it.node->parent()));
            EXPECT_GE(it.cell.row, it.parent.row);
        }
    }
    for (const SgfNode* n = root.get(); n; n = n->child(0)) EXPECT_EQ(layout.cellOf(n)->row, 0);
    const SgfNode* x = root->child(0)->child(1);
    EXPECT_GT(layout.cellOf(x)->row, 0);
    EXPECT_EQ(layout.nodeAt(*layout.cellOf(x)), x);
    EXPECT_EQ(layout.nodeAt({99, 0}), nullptr);
    EXPECT_EQ(layout.columns(), 4);
    EXPECT_EQ(layout.rows(), 4);  // main, zz, xx-yy, ww
}

TEST(GameTreeLayoutTest, LongGamesWithManyVariationsLayOutQuickly) {
    // 400 moves, with a 20-move variation at every 10th move.
    auto root = std::make_unique<SgfNode>();
    root->set("SZ", std::string("19"));
    SgfNode* n = root.get();
    for (int i = 0; i < 400; ++i) {
        SgfNode* next = n->addChild();
        next->set(i % 2 ? "W" : "B", std::string("aa"));
        if (i % 10 == 0) {
            SgfNode* v = n->addChild();
            for (int k = 0; k < 20; ++k) v = v->addChild();
        }
        n = next;
    }
    GameTreeLayout layout(*root);
    EXPECT_EQ(layout.items().size(), root->subtreeSize());
    std::set<std::pair<int, int>> cells;
    for (const auto& it : layout.items()) cells.insert({it.cell.column, it.cell.row});
    EXPECT_EQ(cells.size(), layout.items().size());
    EXPECT_LE(layout.rows(), 4);  // variations reuse rows once the one above ended
}

TEST(GameTreeWidgetTest, ClickingADotJumpsThereAndTheCurrentNodeStaysInView) {
    GameTreeModel model;
    ASSERT_TRUE(model.loadTree(parse("(;SZ[9];B[aa](;W[bb];B[cc])(;W[dd];B[ee]))")));
    GameTreeWidget widget(&model);
    widget.resize(300, 200);
    widget.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    const SgfNode* ee = model.root().child(0)->child(1)->child(0);
    const TreeCell* cell = widget.layout().cellOf(ee);
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->row, 1);
    QSignalSpy changed(&model, &GameTreeModel::changed);
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {}, widget.cellCenter(*cell));
    EXPECT_EQ(model.current(), ee);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(model.state().board().at(*parseGtpVertex("E5", 9)), kBlack);
    // A click between dots does nothing.
    QTest::mouseClick(widget.viewport(), Qt::LeftButton, {},
                      widget.cellCenter({3, 3}) + QPoint(200, 200));
    EXPECT_EQ(model.current(), ee);

    // A long game: the current node at the end is scrolled into view.
    GameTreeModel big;
    auto root = std::make_unique<SgfNode>();
    SgfNode* n = root.get();
    for (int i = 0; i < 300; ++i) n = n->addChild();
    ASSERT_TRUE(big.loadTree(std::move(root)));
    GameTreeWidget bigView(&big);
    bigView.resize(300, 120);
    bigView.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bigView));
    ASSERT_TRUE(big.toEnd());
    const QPoint end = bigView.cellCenter(*bigView.layout().cellOf(big.current()));
    EXPECT_TRUE(bigView.viewport()->rect().contains(end)) << end.x() << "," << end.y();
    QTest::mouseClick(bigView.viewport(), Qt::LeftButton, {}, end - QPoint(bigView.cellSize(), 0));
    EXPECT_EQ(big.current(), big.root().child(0) ? big.current() : nullptr);
    int depth = 0;
    for (const SgfNode* p = big.current(); p->parent(); p = p->parent()) ++depth;
    EXPECT_EQ(depth, 299);
}

}  // namespace
}  // namespace m37::ui
