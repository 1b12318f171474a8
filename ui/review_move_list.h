#pragma once
// ReviewMoveList: the list of moves of a reviewed line that the Mistakes
// and Key Moments docks both show: one column per header sized to its
// contents, rows kept in move order (the move number in column 0's
// UserRole), the next / previous listed move, the current move's row
// selected, and moveActivated() on a click or Enter. placeBelowFilter()
// gives a dock the layout both share: "Show: [filter]" above the list.
// Threading: GUI thread only, like every QWidget.
#include <QStringList>
#include <QTreeWidget>
#include <optional>
#include <vector>

class QComboBox;

namespace m37::ui {

class ReviewMoveList : public QTreeWidget {
    Q_OBJECT

  public:
    // A list called `objectName` with the columns `headers` (the texts are
    // the dock's, translated in its context) and `toolTip`.
    ReviewMoveList(const QString& objectName, const QStringList& headers, const QString& toolTip,
                   QWidget* parent = nullptr);

    // Lays out `panel` (this list's dock): `label` and `filter` in a row
    // above the list.
    void placeBelowFilter(QWidget* panel, const QString& label, QComboBox* filter);

    // Inserts `item` for move `moveNumber` after the rows of earlier moves
    // and of the same move (rows stay in move order whatever order they
    // come in).
    void insertRow(QTreeWidgetItem* item, int moveNumber);
    // Move numbers of the rows, in order (a move may have several rows).
    std::vector<int> listedMoves() const;
    std::optional<int> nextMove(int afterMove) const;
    std::optional<int> previousMove(int beforeMove) const;
    // Selects the first row of a move number (none when not listed).
    void setCurrentMove(int moveNumber);

  signals:
    void moveActivated(int moveNumber);
};

}  // namespace m37::ui
