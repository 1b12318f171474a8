#include "ui/new_game_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace m37::ui {

namespace {
const int kSizes[] = {9, 13, 19, 5, 7, 11, 15, 17, 21, 25};
}

QStringList NewGameDialog::presetNames() {
    return {"chinese", "japanese", "korean", "aga", "nz", "tromp-taylor"};
}

QString NewGameDialog::presetTitle(const QString& name) {
    if (name == QLatin1String("chinese")) return tr("Chinese");
    if (name == QLatin1String("japanese")) return tr("Japanese");
    if (name == QLatin1String("korean")) return tr("Korean");
    if (name == QLatin1String("aga")) return tr("AGA");
    if (name == QLatin1String("nz")) return tr("New Zealand");
    if (name == QLatin1String("tromp-taylor")) return tr("Tromp-Taylor");
    return name;
}

NewGameDialog::NewGameDialog(const NewGameParams& initial, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("New game"));
    size_ = new QComboBox(this);
    size_->setObjectName("size");
    for (int s : kSizes) {
        size_->addItem(QStringLiteral("%1 × %1").arg(s), s);
        if (s == 19) size_->insertSeparator(size_->count());
    }
    int sizeIndex = size_->findData(initial.size);
    if (sizeIndex < 0) {
        size_->addItem(QStringLiteral("%1 × %1").arg(initial.size), initial.size);
        sizeIndex = size_->count() - 1;
    }
    size_->setCurrentIndex(sizeIndex);

    preset_ = new QComboBox(this);
    preset_->setObjectName("rules");
    for (const QString& name : presetNames()) preset_->addItem(presetTitle(name), name);
    const int presetIndex = preset_->findData(QString::fromStdString(initial.rules.presetName()));
    preset_->setCurrentIndex(presetIndex >= 0 ? presetIndex : 0);

    komi_ = new QDoubleSpinBox(this);
    komi_->setRange(-150, 150);
    komi_->setDecimals(1);
    komi_->setSingleStep(0.5);
    komi_->setValue(initial.rules.komi);
    connect(preset_, &QComboBox::activated, this, &NewGameDialog::onPresetChosen);

    auto* form = new QFormLayout;
    form->addRow(tr("Board &size:"), size_);
    form->addRow(tr("&Rules:"), preset_);
    form->addRow(tr("&Komi:"), komi_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void NewGameDialog::onPresetChosen() {
    if (auto r = Rules::preset(preset_->currentData().toString().toStdString()))
        komi_->setValue(r->komi);
}

NewGameParams NewGameDialog::params() const {
    NewGameParams p;
    p.size = size_->currentData().toInt();
    p.rules = Rules::preset(preset_->currentData().toString().toStdString()).value_or(Rules());
    p.rules.komi = float(komi_->value());
    return p;
}

}  // namespace m37::ui
