#pragma once
// Helpers shared by the UI tests: set up positions by GTP vertex and find the
// pixel of a point. Test code only; GUI thread.
#include <QColor>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPoint>
#include <QStringList>
#include <string>

#include "engine/go/coord.h"
#include "ui/board_widget.h"
#include "ui/game_tree_model.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui::test {

inline Loc vertex(const GameTreeModel& m, const std::string& v) {
    return *parseGtpVertex(v, m.state().size());
}

// Plays the moves in order (alternating, by the side to move); true if all
// were legal.
inline bool playAll(GameTreeModel& m, std::initializer_list<const char*> moves) {
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

// A data file of the UI tests (tests/data/ui).
inline QString dataFile(const char* name) {
    return QStringLiteral(MOVE37_UI_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

// Same stones on every point.
inline bool sameStones(const Board& a, const Board& b) {
    if (a.size() != b.size()) return false;
    for (int y = 0; y < a.size(); ++y)
        for (int x = 0; x < a.size(); ++x)
            if (a.at(a.loc(x, y)) != b.at(b.loc(x, y))) return false;
    return true;
}

// Answers the file controller's questions without dialogs and records what
// it was told: `answer` to "save changes?", `savePath` to "save as".
struct DialogRecorder {
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    QString savePath;
    QString openPath;
    int asked = 0;
    QStringList errors;
    QStringList warnings;

    void install(SgfFileController& files) {
        auto& h = files.hooks();
        h.askToSave = [this](const QString&) {
            ++asked;
            return answer;
        };
        h.askOpenPath = [this] { return openPath; };
        h.askSavePath = [this](const QString&) { return savePath; };
        h.showError = [this](const QString& title, const QString& text) {
            errors << title + "\n" + text;
        };
        h.showWarnings = [this](const QString&, const QStringList& lines) { warnings << lines; };
    }
};

// The labels of `w` with a '&' shortcut but no buddy: those show the '&'
// itself instead of a shortcut (a form row whose field is a layout).
inline QStringList labelsWithoutBuddy(const QWidget& w) {
    QStringList out;
    for (const QLabel* label : w.findChildren<QLabel*>())
        if (label->text().contains('&') && !label->buddy()) out << label->text();
    return out;
}

}  // namespace m37::ui::test
