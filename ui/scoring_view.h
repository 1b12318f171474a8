#pragma once
// ScoringView: the end-of-game scoring mode, drawn as a transparent overlay
// on top of the BoardWidget (a child covering it, so clicks go here and not
// to the board). begin() asks the engine which stones are dead
// (m37::estimateDeadStones on the position shown); a click on a stone
// toggles its group — the chains of that colour joined through empty
// points, as Sabaki and KGS do — dead or alive; territory (finalOwnership)
// is shown as small squares and the dead stones crossed out. The score
// follows the game's rules (area or territory, engine/go/scoring), and a
// panel in the corner shows it with Accept (writes the result to the
// game's RE) and Cancel.
// Threading: GUI thread only. The dead-stone estimate (a few hundred
// playouts, some 20 ms on 19x19) runs on Qt's thread pool over a copy of
// the position: begin() returns at once and shows the score without dead
// stones until the estimate arrives (estimated()); an estimate that comes
// after scoring ended or restarted, or after the user already marked
// stones, is dropped.
#include <QWidget>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/go/scoring.h"

class QLabel;
class QFrame;

namespace m37::ui {

class BoardWidget;

class ScoringView : public QWidget {
    Q_OBJECT

  public:
    explicit ScoringView(BoardWidget* board);

    bool active() const { return active_; }
    // Enters scoring on the current position; the dead stones are
    // estimated with `playouts` playouts in the background.
    void begin(int playouts = 400);
    // The estimate of the dead stones is still running.
    bool estimating() const { return estimating_; }
    // Leaves scoring without writing anything.
    void cancel();
    // Writes the result to the game's RE and leaves scoring.
    void accept();

    // Toggles the group at `loc` (a stone) between dead and alive; false on
    // an empty point.
    bool toggle(Loc loc);
    const std::vector<Loc>& dead() const { return dead_; }
    bool isDead(Loc loc) const;
    Score score() const;
    // "B+3.5".
    QString resultText() const;
    // "Black 45 · White 41.5 (area) — B+3.5".
    QString summary() const;

  signals:
    void scoreChanged(const QString& summary);
    void finished(bool accepted);
    // The background estimate of this scoring arrived; `applied` false
    // when the user had marked stones already (theirs are kept).
    void estimated(bool applied);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void refresh();
    void onEstimate(int token, const std::vector<Loc>& dead);

    BoardWidget* board_;
    bool active_ = false;
    GameState state_;
    std::vector<Loc> dead_;
    bool estimating_ = false;
    bool userMarked_ = false;  // a toggle since begin()
    int token_ = 0;            // which begin() an estimate belongs to
    QFrame* panel_;
    QLabel* label_;
};

}  // namespace m37::ui
