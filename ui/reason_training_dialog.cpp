#include "ui/reason_training_dialog.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineSeries>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

#include "engine/reason/grpo_curves.h"
#include "ui/chat_dock.h"
#include "ui/shipped_networks.h"

namespace m37::ui {

namespace {

constexpr int kSmoothing = 10;

QLineSeries* lineOf(const QString& name, const std::vector<std::pair<double, double>>& points) {
    auto* s = new QLineSeries;
    s->setName(name);
    for (const auto& [x, y] : reason::trailingMean(points, kSmoothing)) s->append(x, y);
    return s;
}

}  // namespace

QString ReasonTrainingDialog::logPathOf(const QString& modelPath) {
    const QFileInfo f(modelPath);
    return f.dir().filePath(f.completeBaseName() + QStringLiteral(".grpo.csv"));
}

QChartView* ReasonTrainingDialog::chartOf(const QString& csvText, const QString& title) {
    const reason::CsvColumns cols = reason::parseCsvColumns(csvText.toStdString());
    auto col = [&](const char* name) { return reason::csvColumn(cols, name); };
    if (col("reward").empty()) return nullptr;
    auto* chart = new QChart;
    chart->setTitle(title);
    auto* x = new QValueAxis;
    x->setTitleText(tr("step"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis;
    y->setTitleText(tr("reward (mean of %1 steps)").arg(kSmoothing));
    auto* len = new QValueAxis;
    len->setTitleText(tr("response tokens"));
    len->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(len, Qt::AlignRight);
    double top = 1;
    auto add = [&](QLineSeries* s, QValueAxis* axis) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(axis);
    };
    const std::pair<const char*, QString> rewards[] = {
        {"reward", tr("reward")},
        {"accuracy", tr("accuracy")},
        {"faithfulness", tr("faithfulness")},
        {"preference", tr("preference")}};
    for (const auto& [key, name] : rewards) {
        const auto points = col(key);
        if (points.empty()) continue;
        for (const auto& p : points) top = std::max(top, p.second);
        add(lineOf(name, points), y);
    }
    const auto tokens = col("response_tokens");
    double longest = 1;
    for (const auto& p : tokens) longest = std::max(longest, p.second);
    if (!tokens.empty()) {
        QLineSeries* s = lineOf(tr("response length"), tokens);
        QPen pen = s->pen();
        pen.setStyle(Qt::DashLine);
        s->setPen(pen);
        add(s, len);
    }
    const auto steps = col("reward");
    x->setRange(steps.front().first, std::max(steps.back().first, steps.front().first + 1));
    y->setRange(0, top);
    len->setRange(0, longest * 1.1);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(560, 360);
    return view;
}

ReasonTrainingDialog::ReasonTrainingDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Reasoning Models: Training"));
    auto* root = new QVBoxLayout(this);
    auto* tabs = new QTabWidget;
    tabs->setObjectName("reasonTrainingTabs");
    const std::pair<const char*, QString> models[] = {
        {kShippedReasonModel, tr("Verifier-trained")},
        {kShippedPreferenceModel, tr("Preference-trained")}};
    for (const auto& [file, name] : models) {
        auto* page = new QWidget;
        auto* layout = new QVBoxLayout(page);
        const QString model = shippedNetwork(QString::fromUtf8(file));
        QFile csv(logPathOf(model));
        QChartView* chart = nullptr;
        if (!model.isEmpty() && csv.open(QIODevice::ReadOnly))
            chart = chartOf(QString::fromUtf8(csv.readAll()), QString::fromUtf8(file));
        if (chart)
            layout->addWidget(chart, 1);
        else
            layout->addWidget(new QLabel(model.isEmpty()
                                             ? tr("%1 is not installed.").arg(QString::fromUtf8(file))
                                             : tr("No training log beside %1.").arg(model)));
        tabs->addTab(page, name);
    }
    root->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
}

}  // namespace m37::ui
