#pragma once
// GameTreeWidget: the game tree drawn as a grid of dots, like Sabaki's — the
// main line runs right along the top row, variations branch off below, the
// current node is ringed and the line leading to it is drawn stronger.
// Clicking a dot makes it the current node; a right click on one makes it
// current and offers the window's variation actions (delete, restore,
// make main line, found by object name). Laid out by GameTreeLayout when
// the tree changes; painting visits only the columns on screen, so trees of
// thousands of nodes scroll smoothly. Keeps the current node in view.
// Threading: GUI thread only, like every QWidget.
#include <QAbstractScrollArea>
#include <unordered_set>

#include "ui/game_tree_layout.h"

namespace m37::ui {

class GameTreeModel;

class GameTreeWidget : public QAbstractScrollArea {
    Q_OBJECT

  public:
    explicit GameTreeWidget(GameTreeModel* model, QWidget* parent = nullptr);

    const GameTreeLayout& layout() const { return layout_; }
    // Side of one grid cell (logical pixels).
    int cellSize() const { return cell_; }
    // Centre of a cell in viewport coordinates (as scrolled now).
    QPoint cellCenter(TreeCell cell) const;

    QSize sizeHint() const override { return {360, 160}; }

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

  private:
    void rebuild();
    void onCurrentChanged();
    void updateScrollBars();
    void ensureCurrentVisible();
    // The node under a viewport point, or null.
    const SgfNode* nodeAtPoint(QPointF viewportPos) const;

    GameTreeModel* model_;
    GameTreeLayout layout_;
    std::unordered_set<const void*> onPath_;
    int cell_ = 24;
    int margin_ = 14;  // above the grid: move numbers
};

}  // namespace m37::ui
