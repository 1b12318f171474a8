#pragma once
// ReasonTrainingDialog: the reasoning models' GRPO learning curves in the
// app (issue: "plot the GRPO curves in docs/ and in the app"). One tab per
// shipped model (verifier- and preference-trained), each a chart of the
// training log shipped beside the model (<model>.grpo.csv, reason-grpo's
// train.csv): mean reward, accuracy, faithfulness and (when logged)
// preference per step, smoothed over 10 steps, on the left axis, and the
// mean response length in tokens on the right. A model without a log says
// so.
// Threading: GUI thread only; reads the small CSV files when built.
#include <QDialog>
#include <QString>

class QChartView;

namespace m37::ui {

class ReasonTrainingDialog : public QDialog {
    Q_OBJECT

  public:
    explicit ReasonTrainingDialog(QWidget* parent = nullptr);

    // The chart of one training log (a CSV's text; `title` names the
    // model): null when the text has no reward column.
    static QChartView* chartOf(const QString& csvText, const QString& title);
    // The CSV shipped beside a model file ("x/reason-9x9.m37" ->
    // "x/reason-9x9.grpo.csv").
    static QString logPathOf(const QString& modelPath);
};

}  // namespace m37::ui
