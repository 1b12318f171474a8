#pragma once
// KeyMomentsPanel: the "Key Moments" dock, the move-37 finder's list
// (engine/review/key_moments) for the reviewed line: one row per moment
// with the move number, the player, the move played, the kind (surprise,
// mistake, turning point, coloured) and what happened ("engine's D4 has
// human prior 0.3%", "lost 3.8 pts (best G5)", "Black −30.0%, White takes
// the lead"). A kind filter (remembered with QSettings) narrows the rows.
// Activating a row emits moveActivated(move number); next/previous give
// the listed moment after / before a move (the K / Shift+K keys). The rows
// share ReviewMoveList with the Mistakes dock.
// Threading: GUI thread only, like every QWidget.
#include <QWidget>
#include <optional>
#include <vector>

#include "engine/review/key_moments.h"
#include "ui/review_move_list.h"

class QComboBox;

namespace m37::ui {

class KeyMomentsPanel : public QWidget {
    Q_OBJECT

  public:
    explicit KeyMomentsPanel(QWidget* parent = nullptr);

    // Replaces the moments shown (a board of `boardSize`).
    void setMoments(const std::vector<KeyMoment>& moments, int boardSize);
    void clear();
    const std::vector<KeyMoment>& moments() const { return moments_; }
    // Which kinds are listed: all (nullopt) or one.
    std::optional<KeyMomentKind> filter() const { return filter_; }
    void setFilter(std::optional<KeyMomentKind> kind);
    std::vector<int> listedMoves() const { return list_->listedMoves(); }
    std::optional<int> nextMoment(int afterMove) const { return list_->nextMove(afterMove); }
    std::optional<int> previousMoment(int beforeMove) const {
        return list_->previousMove(beforeMove);
    }
    void setCurrentMove(int moveNumber) { list_->setCurrentMove(moveNumber); }
    ReviewMoveList* list() const { return list_; }

  signals:
    void moveActivated(int moveNumber);

  private:
    void refill();

    std::vector<KeyMoment> moments_;
    int boardSize_ = 19;
    std::optional<KeyMomentKind> filter_;
    QComboBox* combo_;
    ReviewMoveList* list_;
};

// The kind's name for people ("Surprise", "Mistake", "Turning point").
QString keyMomentTitle(KeyMomentKind k);
// What happened at a moment, for people, without the move and kind
// ("engine's D4 has human prior 0.3%").
QString keyMomentText(const KeyMoment& k, int boardSize);

}  // namespace m37::ui
