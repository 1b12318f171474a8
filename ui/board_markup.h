#pragma once
// BoardMarkup: what is drawn on top of the stones besides the last-move
// mark — the SGF markup of a node (LB labels, TR triangles, SQ squares, CR
// circles, MA crosses, SL selected points) and the variation ghosts (the
// next move of every child of the current node, lettered when there are
// several). markupOfNode() and variationGhosts() read them from a node.
// Threading: plain values and pure functions; GUI thread (QString/QPoint).
#include <QPoint>
#include <QString>
#include <vector>

#include "engine/go/types.h"
#include "engine/sgf/sgf_tree.h"

namespace m37::ui {

enum class MarkShape { kTriangle, kSquare, kCircle, kCross, kSelected };

struct BoardMark {
    QPoint point;  // (x, y) from the top left
    MarkShape shape = MarkShape::kTriangle;
};

struct BoardLabel {
    QPoint point;
    QString text;
};

struct VariationGhost {
    QPoint point;
    Color color = kBlack;
    QString letter;         // "A", "B", ... when the node has several children
    bool mainLine = false;  // the first child
};

struct BoardMarkup {
    std::vector<BoardMark> marks;
    std::vector<BoardLabel> labels;
    std::vector<VariationGhost> variations;

    bool empty() const { return marks.empty() && labels.empty() && variations.empty(); }
};

// The LB/TR/SQ/CR/MA/SL markup of `node` on a board of `size`; malformed
// points are skipped.
BoardMarkup markupOfNode(const SgfNode& node, int size);
// One ghost per child of `node` that plays a stone (passes and setup-only
// children have none; two children on one point share the first's ghost).
std::vector<VariationGhost> variationGhosts(const SgfNode& node, int size);

}  // namespace m37::ui
