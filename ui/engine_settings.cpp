#include "ui/engine_settings.h"

#include "ui/shipped_networks.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace m37::ui {

namespace {

int readInt(const QSettings& s, const char* key, int fallback, int lo, int hi) {
    bool ok = false;
    const int v = s.value(key).toInt(&ok);
    return ok ? std::clamp(v, lo, hi) : fallback;
}

}  // namespace

EngineSettings EngineSettings::load() {
    const QSettings s;
    EngineSettings e;
    // Until the user chooses (an empty choice included), the shipped 9x9
    // engine network and the shipped human policy network, when there are.
    e.networkPath = s.contains("engine/networkPath") ? s.value("engine/networkPath").toString()
                                                     : shippedNetwork(kShippedEngine9x9);
    e.humanPolicyPath = s.contains("engine/humanPolicyPath")
                            ? s.value("engine/humanPolicyPath").toString()
                            : shippedNetwork(kShippedHumanPolicy);
    e.threads = readInt(s, "engine/threads", e.threads, 1, 64);
    e.analysisVisits = readInt(s, "engine/analysisVisits", e.analysisVisits, 0, 100'000'000);
    e.snapshotIntervalMs = readInt(s, "engine/snapshotIntervalMs", e.snapshotIntervalMs, 50, 2000);
    bool ok = false;
    const double t = s.value("engine/surpriseThreshold").toDouble(&ok);
    if (ok && std::isfinite(t)) e.surpriseThreshold = std::clamp(t, 0.0, 1.0);
    const double w = s.value("engine/rolloutWeight").toDouble(&ok);
    if (ok && std::isfinite(w)) e.rolloutWeight = std::clamp(w, 0.0, 1.0);
    return e;
}

void EngineSettings::save() const {
    QSettings s;
    s.setValue("engine/networkPath", networkPath);
    s.setValue("engine/humanPolicyPath", humanPolicyPath);
    s.setValue("engine/threads", threads);
    s.setValue("engine/analysisVisits", analysisVisits);
    s.setValue("engine/snapshotIntervalMs", snapshotIntervalMs);
    s.setValue("engine/surpriseThreshold", surpriseThreshold);
    s.setValue("engine/rolloutWeight", rolloutWeight);
}

EngineSettingsDialog::EngineSettingsDialog(const EngineSettings& settings, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Engine Settings"));
    auto fileRow = [this](QLineEdit*& edit, const char* name, const QString& placeholder) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, e = edit] {
            const QString f =
                QFileDialog::getOpenFileName(this, tr("Choose a network file"), e->text(),
                                             tr("Networks (*.m37 *.gz *.txt);;All files (*)"));
            if (!f.isEmpty()) e->setText(f);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };
    auto* form = new QFormLayout;
    // A row whose field is a layout gets no buddy from addRow(): without
    // one the label would show its '&' instead of a shortcut.
    auto* networkRow = fileRow(network_, "networkPath", tr("none: light rollouts, no network"));
    form->addRow(tr("&Network:"), networkRow);
    qobject_cast<QLabel*>(form->labelForField(networkRow))->setBuddy(network_);
    auto* humanRow = fileRow(human_, "humanPolicyPath", tr("none: no human policy"));
    form->addRow(tr("&Human policy:"), humanRow);
    qobject_cast<QLabel*>(form->labelForField(humanRow))->setBuddy(human_);
    threads_ = new QSpinBox(this);
    threads_->setObjectName("threads");
    threads_->setRange(1, 64);
    form->addRow(tr("Search &threads:"), threads_);
    visits_ = new QSpinBox(this);
    visits_->setObjectName("analysisVisits");
    visits_->setRange(0, 100'000'000);
    visits_->setSingleStep(100);
    visits_->setSpecialValueText(tr("until stopped"));
    form->addRow(tr("Analysis &visits:"), visits_);
    interval_ = new QSpinBox(this);
    interval_->setObjectName("snapshotIntervalMs");
    interval_->setRange(50, 2000);
    interval_->setSingleStep(50);
    interval_->setSuffix(tr(" ms"));
    form->addRow(tr("&Update every:"), interval_);
    surprise_ = new QDoubleSpinBox(this);
    surprise_->setObjectName("surpriseThreshold");
    surprise_->setRange(0.0, 100.0);
    surprise_->setDecimals(1);
    surprise_->setSuffix(tr(" %"));
    form->addRow(tr("&Surprise below human prior:"), surprise_);
    rolloutWeight_ = new QDoubleSpinBox(this);
    rolloutWeight_->setObjectName("rolloutWeight");
    rolloutWeight_->setRange(0.0, 1.0);
    rolloutWeight_->setDecimals(2);
    rolloutWeight_->setSingleStep(0.05);
    rolloutWeight_->setSpecialValueText(tr("off: the network's value alone"));
    rolloutWeight_->setToolTip(
        tr("Light rollouts played to the end of the game and mixed into the network's value "
           "with this weight (AlphaGo's lambda), in analysis, review and play."));
    form->addRow(tr("&Rollout weight:"), rolloutWeight_);

    auto* note = new QLabel(
        tr("A Leela Zero weight file or a move37 .m37 network. The human policy is a network "
           "trained on human games; the board shows where it and the engine disagree. The "
           "rollout weight of 0.3 suits the shipped 9\u00d79 network; turn it off for a Leela "
           "Zero network."),
        this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        this->settings().save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setSettings(settings);
}

EngineSettings EngineSettingsDialog::settings() const {
    EngineSettings e;
    e.networkPath = network_->text().trimmed();
    e.humanPolicyPath = human_->text().trimmed();
    e.threads = threads_->value();
    e.analysisVisits = visits_->value();
    e.snapshotIntervalMs = interval_->value();
    e.surpriseThreshold = surprise_->value() / 100.0;
    e.rolloutWeight = rolloutWeight_->value();
    return e;
}

void EngineSettingsDialog::setSettings(const EngineSettings& s) {
    network_->setText(s.networkPath);
    human_->setText(s.humanPolicyPath);
    threads_->setValue(s.threads);
    visits_->setValue(s.analysisVisits);
    interval_->setValue(s.snapshotIntervalMs);
    surprise_->setValue(s.surpriseThreshold * 100.0);
    rolloutWeight_->setValue(s.rolloutWeight);
}

}  // namespace m37::ui
