// ReasonTrainingDialog: a GRPO log becomes a chart with the reward
// components and the response length (smoothed), a text without a reward
// column gives none, and the log's path sits beside the model.
#include "ui/reason_training_dialog.h"

#include <gtest/gtest.h>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTabWidget>

namespace m37::ui {
namespace {

TEST(ReasonTrainingDialog, ChartOfAGrpoLog) {
    const QString csv =
        "step,reward,reward_std,format,accuracy,faithfulness,preference,answer_best_pct,"
        "answer_legal_pct,winrate_loss_pct,response_tokens\n"
        "1,1.0,0,1,0.2,0.5,,0,100,3,100\n"
        "2,2.0,0,1,0.4,0.5,,0,100,3,120\n";
    std::unique_ptr<QChartView> view(ReasonTrainingDialog::chartOf(csv, "reason-9x9.m37"));
    ASSERT_TRUE(view);
    QStringList names;
    for (QAbstractSeries* s : view->chart()->series()) names << s->name();
    EXPECT_EQ(names, (QStringList{"reward", "accuracy", "faithfulness", "response length"}));
    auto* reward = qobject_cast<QLineSeries*>(view->chart()->series().front());
    ASSERT_TRUE(reward);
    ASSERT_EQ(reward->count(), 2);
    EXPECT_DOUBLE_EQ(reward->at(1).y(), 1.5);  // the mean of steps 1 and 2
    EXPECT_FALSE(ReasonTrainingDialog::chartOf("step,loss\n1,2\n", "x"));
    EXPECT_EQ(ReasonTrainingDialog::logPathOf("/a/b/reason-9x9.m37"),
              QStringLiteral("/a/b/reason-9x9.grpo.csv"));
}

TEST(ReasonTrainingDialog, OpensWithATabPerShippedModel) {
    ReasonTrainingDialog d;
    d.show();
    auto* tabs = d.findChild<QTabWidget*>("reasonTrainingTabs");
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->count(), 2);
}

}  // namespace
}  // namespace m37::ui
