// The candidates dock: rows of the visited candidates of a snapshot, their
// texts, the summary line, and the highlight (selected row kept across
// refills, hovered row first) that the board turns into a PV.
#include <gtest/gtest.h>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "tests/ui/ui_test_util.h"
#include "ui/candidates_table.h"

namespace m37::ui {
namespace {

Loc at(const char* v) {
    return *parseGtpVertex(v, 19);
}

AnalysisSnapshot snapshot() {
    AnalysisSnapshot s;
    s.boardSize = 19;
    s.toMove = kWhite;
    s.rootVisits = 1530;
    s.playouts = 1500;
    s.elapsedMs = 500;
    s.rootWinrate = 0.4f;
    s.rootScoreLead = -2.5f;
    auto add = [&](const char* v, int visits, float wr, float prior, std::optional<float> human,
                   std::vector<const char*> pv) {
        CandidateMove c;
        c.move = at(v);
        c.visits = visits;
        c.winrate = wr;
        c.scoreLead = (wr - 0.5f) * 20;
        c.prior = prior;
        c.humanPrior = human;
        c.lcb = wr - 0.02f;
        c.pv.push_back(c.move);
        for (const char* m : pv) c.pv.push_back(at(m));
        s.candidates.push_back(c);
    };
    add("R14", 1000, 0.41f, 0.08f, 0.002f, {"Q14", "R13"});
    add("C16", 400, 0.39f, 0.3f, 0.25f, {});
    add("Q3", 100, 0.30f, 0.2f, 0.1f, {"R3"});
    add("A1", 0, 0.5f, 0.001f, 0.0f, {});  // unvisited: not listed
    return s;
}

QString cell(const CandidatesModel& m, int row, int col) {
    return m.data(m.index(row, col)).toString();
}

TEST(CandidatesTableTest, ShowsTheVisitedCandidates) {
    CandidatesTable table;
    table.setSnapshot(snapshot());
    const CandidatesModel& m = *table.model();
    ASSERT_EQ(m.rowCount(), 3);
    EXPECT_EQ(m.columnCount(), int(CandidatesModel::kColumns));
    EXPECT_EQ(cell(m, 0, CandidatesModel::kMove), "R14");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kVisits), "1.0k");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kWinrate), "41.0%");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kScore), "-1.8");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kPrior), "8.0%");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kHumanPrior), "0.2%");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kLcb), "39.0%");
    EXPECT_EQ(cell(m, 0, CandidatesModel::kPv), "R14 Q14 R13");
    EXPECT_EQ(cell(m, 2, CandidatesModel::kMove), "Q3");
    EXPECT_EQ(m.moveAt(1), at("C16"));
    EXPECT_EQ(m.moveAt(3), kNullLoc);
    const QString summary = table.findChild<QLabel*>("candidatesSummary")->text();
    EXPECT_TRUE(summary.contains("1.5k visits")) << summary.toStdString();
    EXPECT_TRUE(summary.contains("3.0k/s")) << summary.toStdString();
    EXPECT_TRUE(summary.contains("White 40.0%")) << summary.toStdString();
    table.setSnapshot(std::nullopt);
    EXPECT_EQ(m.rowCount(), 0);
}

TEST(CandidatesTableTest, SelectionHighlightsAndSurvivesRefills) {
    CandidatesTable table;
    QSignalSpy spy(&table, &CandidatesTable::highlighted);
    table.setSnapshot(snapshot());
    table.view()->selectRow(1);
    ASSERT_FALSE(spy.isEmpty());
    EXPECT_EQ(spy.last().at(0).value<std::optional<Loc>>(), std::optional<Loc>(at("C16")));
    // A new snapshot with the rows in another order keeps C16 selected.
    AnalysisSnapshot s = snapshot();
    std::swap(s.candidates[0], s.candidates[1]);
    const int before = int(spy.size());
    table.setSnapshot(s);
    EXPECT_EQ(table.view()->currentIndex().row(), 0);
    EXPECT_EQ(int(spy.size()), before);  // same highlight: no signal
    // No analysis: no highlight.
    table.setSnapshot(std::nullopt);
    EXPECT_EQ(spy.last().at(0).value<std::optional<Loc>>(), std::nullopt);
}

TEST(CandidatesTableTest, HoverHighlightsItsRow) {
    CandidatesTable table;
    table.resize(600, 300);
    table.show();
    table.setSnapshot(snapshot());
    QSignalSpy spy(&table, &CandidatesTable::highlighted);
    QTableView* v = table.view();
    const QRect row2 = v->visualRect(table.model()->index(2, 0));
    QMouseEvent move(QEvent::MouseMove, row2.center(), v->viewport()->mapToGlobal(row2.center()),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(v->viewport(), &move);
    ASSERT_FALSE(spy.isEmpty());
    EXPECT_EQ(spy.last().at(0).value<std::optional<Loc>>(), std::optional<Loc>(at("Q3")));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(v->viewport(), &leave);
    EXPECT_EQ(spy.last().at(0).value<std::optional<Loc>>(), std::nullopt);
}

}  // namespace
}  // namespace m37::ui
