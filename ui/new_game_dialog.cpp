#include "ui/new_game_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "engine/go/game_state.h"
#include "ui/external_engines.h"

namespace m37::ui {

namespace {
const int kSizes[] = {9, 13, 19, 5, 7, 11, 15, 17, 21, 25};
// Player combo data: "human", "embedded", or "external:NAME".
const QString kHuman = QStringLiteral("human");
const QString kEmbedded = QStringLiteral("embedded");
const QString kExternalPrefix = QStringLiteral("external:");
}  // namespace

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

QComboBox* NewGameDialog::playerBox(const char* name, const PlayerChoice& initial,
                                    const QStringList& engines) {
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->addItem(tr("You"), kHuman);
    box->addItem(tr("move37 engine"), kEmbedded);
    for (const QString& e : engines) box->addItem(e, kExternalPrefix + e);
    QString want = kHuman;
    if (initial.kind == PlayerKind::kEmbedded) want = kEmbedded;
    if (initial.kind == PlayerKind::kExternal)
        want = kExternalPrefix + QString::fromStdString(initial.engine);
    int index = box->findData(want);
    if (index < 0 && initial.kind == PlayerKind::kExternal) {
        // An engine no longer configured: kept, so the choice reads back.
        box->addItem(tr("%1 (not configured)").arg(QString::fromStdString(initial.engine)), want);
        index = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, index));
    connect(box, &QComboBox::currentIndexChanged, this, &NewGameDialog::updateEngineFields);
    return box;
}

PlayerChoice NewGameDialog::player(const QComboBox* box) const {
    const QString data = box->currentData().toString();
    if (data == kEmbedded) return {PlayerKind::kEmbedded, {}};
    if (data.startsWith(kExternalPrefix))
        return {PlayerKind::kExternal, data.mid(kExternalPrefix.size()).toStdString()};
    return {};
}

NewGameDialog::NewGameDialog(const NewGameParams& initial, QWidget* parent,
                             std::optional<QStringList> externalEngines)
    : QDialog(parent) {
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

    handicap_ = new QComboBox(this);
    handicap_->setObjectName("handicap");
    handicap_->setToolTip(tr("Black's stones on the star points; White plays first"));
    fillHandicaps(initial.handicap);
    lastHandicap_ = handicap_->currentData().toInt();
    connect(handicap_, &QComboBox::activated, this, &NewGameDialog::onHandicapChosen);
    connect(size_, &QComboBox::currentIndexChanged, this, [this] {
        fillHandicaps(handicap_->currentData().toInt());
        onHandicapChosen();
    });

    QStringList engines;
    if (externalEngines) {
        engines = *externalEngines;
    } else {
        for (const ExternalEngine& e : ExternalEngines::load()) engines << e.name;
    }
    black_ = playerBox("blackPlayer", initial.black, engines);
    white_ = playerBox("whitePlayer", initial.white, engines);

    strengthKind_ = new QComboBox(this);
    strengthKind_->setObjectName("strengthKind");
    strengthKind_->addItem(tr("Visits per move"));
    strengthKind_->addItem(tr("Seconds per move"));
    visits_ = new QSpinBox(this);
    visits_->setObjectName("visits");
    visits_->setRange(1, 10'000'000);
    visits_->setValue(initial.strength.visits);
    seconds_ = new QDoubleSpinBox(this);
    seconds_->setObjectName("seconds");
    seconds_->setRange(0.1, 3600);
    seconds_->setDecimals(1);
    seconds_->setValue(initial.strength.secondsPerMove > 0 ? initial.strength.secondsPerMove : 5);
    strength_ = new QStackedWidget(this);
    strength_->addWidget(visits_);
    strength_->addWidget(seconds_);
    connect(strengthKind_, &QComboBox::currentIndexChanged, strength_,
            &QStackedWidget::setCurrentIndex);
    strengthKind_->setCurrentIndex(initial.strength.secondsPerMove > 0 ? 1 : 0);
    auto* strengthRow = new QHBoxLayout;
    strengthRow->addWidget(strengthKind_);
    strengthRow->addWidget(strength_, 1);

    network_ = new QLineEdit(QString::fromStdString(initial.networkPath), this);
    network_->setObjectName("network");
    network_->setPlaceholderText(tr("the engine settings' network, else light rollouts"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Network file"), network_->text(),
                                         tr("Networks (*.m37 *.gz *.txt);;All files (*)"));
        if (!f.isEmpty()) network_->setText(f);
    });
    auto* networkRow = new QHBoxLayout;
    networkRow->addWidget(network_, 1);
    networkRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Board &size:"), size_);
    form->addRow(tr("&Rules:"), preset_);
    form->addRow(tr("&Komi:"), komi_);
    form->addRow(tr("&Handicap:"), handicap_);
    form->addRow(tr("&Black:"), black_);
    form->addRow(tr("&White:"), white_);
    // Rows of layouts need their label made here, or the '&' shows as is.
    auto labelFor = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("S&trength:"), strengthKind_), strengthRow);
    form->addRow(labelFor(tr("&Network:"), network_), networkRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateEngineFields();
}

void NewGameDialog::updateEngineFields() {
    const PlayerChoice b = player(black_), w = player(white_);
    const bool engine = b.isEngine() || w.isEngine();
    strengthKind_->setEnabled(engine);
    strength_->setEnabled(engine);
    const bool embedded = b.kind == PlayerKind::kEmbedded || w.kind == PlayerKind::kEmbedded;
    network_->setEnabled(embedded);
}

void NewGameDialog::onPresetChosen() {
    if (handicap_->currentData().toInt() >= 2) return;  // komi 0.5 stays
    if (auto r = Rules::preset(preset_->currentData().toString().toStdString()))
        komi_->setValue(r->komi);
}

void NewGameDialog::fillHandicaps(int want) {
    const int size = size_->currentData().toInt();
    const QSignalBlocker block(handicap_);
    handicap_->clear();
    handicap_->addItem(tr("None"), 0);
    for (int n = 2; n <= 9; ++n)
        if (!GameState::fixedHandicapPoints(size, n).empty())
            handicap_->addItem(tr("%1 stones").arg(n), n);
    int index = handicap_->findData(want);
    if (index < 0 && want >= 2) index = handicap_->count() - 1;  // the most this size allows
    handicap_->setCurrentIndex(std::max(0, index));
    handicap_->setEnabled(handicap_->count() > 1);
}

void NewGameDialog::onHandicapChosen() {
    const int n = handicap_->currentData().toInt();
    if ((n >= 2) != (lastHandicap_ >= 2)) {
        if (n >= 2) {
            komi_->setValue(0.5);
        } else if (auto r = Rules::preset(preset_->currentData().toString().toStdString())) {
            komi_->setValue(r->komi);
        }
    }
    lastHandicap_ = n;
}

NewGameParams NewGameDialog::params() const {
    NewGameParams p;
    p.size = size_->currentData().toInt();
    p.rules = Rules::preset(preset_->currentData().toString().toStdString()).value_or(Rules());
    p.rules.komi = float(komi_->value());
    p.handicap = handicap_->currentData().toInt();
    p.black = player(black_);
    p.white = player(white_);
    p.strength.visits = visits_->value();
    p.strength.secondsPerMove = strengthKind_->currentIndex() == 1 ? seconds_->value() : 0;
    p.networkPath = network_->text().trimmed().toStdString();
    return p;
}

}  // namespace m37::ui
