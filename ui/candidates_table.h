#pragma once
// CandidatesModel and CandidatesTable: the candidate-moves dock of live
// analysis. The model shows the visited candidates of the latest snapshot,
// best first — move, visits, winrate and score lead (side to move), engine
// prior, human prior, LCB and the principal variation — and is refilled by
// setSnapshot() (nullopt empties it). The table is a QTableView over it that
// reports the move under the mouse or selected (highlighted(): the board
// then shows that move's PV) and a double-clicked one (activated()).
// Threading: GUI thread only.
#include <QAbstractTableModel>
#include <QWidget>
#include <optional>

#include "engine/search/analysis_snapshot.h"

class QLabel;
class QTableView;

namespace m37::ui {

class CandidatesModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { kMove, kVisits, kWinrate, kScore, kPrior, kHumanPrior, kLcb, kPv, kColumns };

    explicit CandidatesModel(QObject* parent = nullptr);

    void setSnapshot(const std::optional<AnalysisSnapshot>& s);
    const std::optional<AnalysisSnapshot>& snapshot() const { return snapshot_; }
    // The move of a row (kNullLoc outside).
    Loc moveAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

  private:
    std::optional<AnalysisSnapshot> snapshot_;
    std::vector<CandidateMove> rows_;
};

class CandidatesTable : public QWidget {
    Q_OBJECT

  public:
    explicit CandidatesTable(QWidget* parent = nullptr);

    CandidatesModel* model() const { return model_; }
    QTableView* view() const { return view_; }

  public slots:
    void setSnapshot(const std::optional<m37::AnalysisSnapshot>& s);

  signals:
    // The move whose PV to show (hovered row, else the selected one), or
    // nullopt when none.
    void highlighted(std::optional<m37::Loc> move);
    // A row was double-clicked.
    void activated(m37::Loc move);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void updateHighlight();

    CandidatesModel* model_;
    QTableView* view_;
    QLabel* summary_;
    int hoverRow_ = -1;
    Loc selected_ = kNullLoc;  // kept across refills by move
    std::optional<Loc> lastHighlight_;
};

}  // namespace m37::ui
