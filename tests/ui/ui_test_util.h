#pragma once
// Helpers shared by the UI tests: set up positions by GTP vertex and find the
// pixel of a point. Test code only; GUI thread.
#include <QColor>
#include <QImage>
#include <QPoint>
#include <string>

#include "engine/go/coord.h"
#include "ui/board_widget.h"
#include "ui/game_model.h"

namespace m37::ui::test {

inline Loc vertex(const GameModel& m, const std::string& v) {
    return *parseGtpVertex(v, m.state().size());
}

// Plays the moves in order (alternating, by the side to move); true if all
// were legal.
inline bool playAll(GameModel& m, std::initializer_list<const char*> moves) {
    for (const char* mv : moves)
        if (m.play(vertex(m, mv)) != MoveError::kNone) return false;
    return true;
}

// The widget pixel (logical) of a GTP vertex.
inline QPoint pixelOf(const BoardWidget& w, const std::string& v) {
    const int n = w.model()->state().size();
    const Loc l = *parseGtpVertex(v, n);
    return w.boardGeometry().center(locX(l, n), locY(l, n)).toPoint();
}

inline int luminance(QColor c) {
    return (c.red() * 30 + c.green() * 59 + c.blue() * 11) / 100;
}

inline int colorDistance(QColor a, QColor b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

}  // namespace m37::ui::test
