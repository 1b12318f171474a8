#pragma once
// MistakesPanel: the dock that lists the reviewed moves at or above a
// chosen category (inaccuracy and worse by default, chosen in a combo box
// and remembered with QSettings): move number, colour, move played, the
// engine's best move, points and winrate lost, category. Activating a row
// (click or Enter) emits moveActivated(move number); MainWindow jumps there.
// nextMistake()/previousMistake() give the listed mistake after / before a
// move number (the next/previous mistake keys).
// Threading: GUI thread only, like every QWidget.
#include <QWidget>
#include <optional>
#include <vector>

#include "engine/review/game_review.h"
#include "ui/review_move_list.h"

class QComboBox;

namespace m37::ui {

class MistakesPanel : public QWidget {
    Q_OBJECT

  public:
    explicit MistakesPanel(QWidget* parent = nullptr);

    void addMove(const MoveReview& move, int boardSize);
    void clear();
    MoveCategory threshold() const { return threshold_; }
    void setThreshold(MoveCategory c);
    // Move numbers of the rows shown, in order.
    std::vector<int> listedMoves() const;
    std::optional<int> nextMistake(int afterMove) const;
    std::optional<int> previousMistake(int beforeMove) const;
    // Selects the row of a move number (none when not listed).
    void setCurrentMove(int moveNumber);
    ReviewMoveList* list() const { return list_; }

  signals:
    void moveActivated(int moveNumber);

  private:
    struct Entry {
        MoveReview move;
        int boardSize;
    };
    void refill();
    void addRow(const Entry& e);

    std::vector<Entry> moves_;
    MoveCategory threshold_ = MoveCategory::kInaccuracy;
    QComboBox* combo_;
    ReviewMoveList* list_;
};

// The category's name for people ("Blunder", "Bad mistake", ...).
QString categoryTitle(MoveCategory c);
// The category's colour (KaTrain's, green to purple).
QColor categoryColor(MoveCategory c);

}  // namespace m37::ui
