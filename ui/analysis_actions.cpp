#include "ui/analysis_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include "engine/go/coord.h"
#include "ui/board_widget.h"
#include "ui/candidates_table.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

namespace {

OverlayOptions optionsOf(const EngineSettings& s) {
    OverlayOptions o;
    o.surpriseThreshold = s.surpriseThreshold;
    return o;
}

}  // namespace

AnalysisActions::AnalysisActions(QMainWindow* window, GameTreeModel* model, BoardWidget* board,
                                 QMenu* viewMenu, std::function<void(const QString&)> showMessage)
    : QObject(window),
      window_(window),
      model_(model),
      board_(board),
      showMessage_(std::move(showMessage)),
      settings_(EngineSettings::load()) {
    controller_ = new AnalysisController(model_, AnalysisParams::fromSettings(settings_), this);
    board_->setOverlayOptions(optionsOf(settings_));

    table_ = new CandidatesTable(window_);
    dock_ = new QDockWidget(tr("Candidates"), window_);
    dock_->setObjectName("candidatesDock");
    dock_->setWidget(table_);
    window_->addDockWidget(Qt::RightDockWidgetArea, dock_);

    using K = QKeySequence;
    auto make = [this](const QString& text, const char* name, const QKeySequence& key,
                       const QString& tip) {
        auto* a = new QAction(text, window_);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip
                                    : QStringLiteral("%1 (%2)").arg(
                                          tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        window_->addAction(a);  // shortcuts work with menus and toolbars hidden
        return a;
    };
    toggle_ = make(tr("&Analyse"), "analysisToggle", K(Qt::Key_Space),
                   tr("Analyse the position on the board continuously"));
    toggle_->setCheckable(true);
    connect(toggle_, &QAction::toggled, this, &AnalysisActions::setActive);

    struct Overlay {
        QString text;
        const char* name;
        Qt::Key key;
        QString tip;
    };
    const Overlay overlays[] = {
        {tr("&Engine Policy"), "overlayPolicy", Qt::Key_E,
         tr("Heatmap of the engine's policy network")},
        {tr("&Human Policy"), "overlayHuman", Qt::Key_H,
         tr("Heatmap of the human-policy network: where people would play")},
        {tr("Engine and Human &Split"), "overlaySplit", Qt::Key_S,
         tr("Both policies at once: engine on the left half of each point, human on the right")},
        {tr("&Candidates"), "overlayCandidates", Qt::Key_C,
         tr("Candidate moves with winrate and visits; hover one for its variation")},
        {tr("&Ownership"), "overlayOwnership", Qt::Key_O,
         tr("Who owns each point at the end (territory)")},
        {tr("&Surprise Marker"), "overlaySurprise", Qt::Key_X,
         tr("Mark the engine's top move when humans would rarely play it (a move-37 moment)")},
    };
    heatmapGroup_ = new QActionGroup(this);
    heatmapGroup_->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (const Overlay& o : overlays) {
        QAction* a = make(o.text, o.name, K(o.key), o.tip);
        a->setCheckable(true);
        overlayActions_ << a;
    }
    for (int i = 0; i < 3; ++i) heatmapGroup_->addAction(overlayActions_[i]);
    auto* settingsAct = make(tr("Engine &Settings…"), "engineSettings", {},
                             tr("Network, human-policy network, threads and visits"));
    connect(settingsAct, &QAction::triggered, this, &AnalysisActions::engineSettingsDialog);

    QMenu* menu = analysisMenu(window_);
    menu->addAction(toggle_);
    menu->addSeparator();
    menu->addActions(overlayActions_);
    menu->addSeparator();
    menu->addAction(settingsAct);
    if (viewMenu) {
        viewMenu->addSeparator();
        viewMenu->addActions(overlayActions_);
        viewMenu->addAction(dock_->toggleViewAction());
    }
    auto* bar = new QToolBar(tr("Analysis"), window_);
    bar->setObjectName("analysisToolBar");
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(toggle_);
    bar->addSeparator();
    bar->addActions(overlayActions_);
    window_->addToolBar(bar);

    status_ = new QLabel(window_);
    status_->setObjectName("analysisStatus");
    window_->statusBar()->addPermanentWidget(status_);

    // Restore the overlays (candidates and surprise on by default).
    OverlayFlags f;
    f.candidates = f.surprise = true;
    const QSettings s;
    if (s.contains("analysis/overlays")) {
        QString ignored;
        if (auto saved = OverlayFlags::parse(s.value("analysis/overlays").toString(), &ignored))
            f = *saved;
    }
    setFlags(f);
    for (QAction* a : overlayActions_)
        connect(a, &QAction::toggled, this, &AnalysisActions::onFlagsChanged);

    connect(controller_, &AnalysisController::snapshotChanged, this, &AnalysisActions::onSnapshot);
    // An external analyser's snapshot is dropped when the position changes.
    connect(model_, &GameTreeModel::changed, this, [this] {
        if (external_ && externalNode_ != model_->current()) onSnapshot();
    });
    connect(table_, &CandidatesTable::highlighted, board_, &BoardWidget::setHighlightedMove);
    connect(table_, &CandidatesTable::activated, model_, [this](Loc m) { model_->play(m); });
    connect(controller_, &AnalysisController::engineReady, this, [this](const QString& d) {
        if (controller_->isActive()) showMessage_(tr("Analysis engine: %1").arg(d));
    });
    connect(controller_, &AnalysisController::loadFailed, this, [this](const QString& m) {
        showMessage_(m);
        if (!window_->isVisible()) return;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Analysis engine"), m, QMessageBox::Ok,
                                    window_);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();  // not exec(): nothing waits for it
    });
    onSnapshot();
}

QAction* AnalysisActions::overlayAction(const QString& name) const {
    const int i = int(OverlayFlags::names().indexOf(name));
    return i >= 0 ? overlayActions_[i] : nullptr;
}

OverlayFlags AnalysisActions::flags() const {
    OverlayFlags f;
    const QStringList names = OverlayFlags::names();
    for (int i = 0; i < names.size(); ++i) *f.byName(names[i]) = overlayActions_[i]->isChecked();
    return f;
}

void AnalysisActions::setFlags(const OverlayFlags& flags) {
    OverlayFlags f = flags;
    const QStringList names = OverlayFlags::names();
    for (int i = 0; i < names.size(); ++i) {
        const QSignalBlocker block(overlayActions_[i]);
        overlayActions_[i]->setChecked(*f.byName(names[i]));
    }
    board_->setOverlayFlags(this->flags());
}

void AnalysisActions::onFlagsChanged() {
    OverlayFlags f = flags();
    board_->setOverlayFlags(f);
    QStringList on;
    for (const QString& name : OverlayFlags::names())
        if (*f.byName(name)) on << name;
    QSettings().setValue("analysis/overlays", on.join(','));
    // Overlays need an analysis: turning one on starts it.
    if (f.any() && !controller_->isActive() && sender() &&
        qobject_cast<QAction*>(sender())->isChecked())
        toggle_->setChecked(true);
}

void AnalysisActions::setActive(bool on) {
    if (toggle_->isChecked() != on) {
        toggle_->setChecked(on);  // comes back here through toggled()
        return;
    }
    controller_->setActive(on);
    onSnapshot();
}

void AnalysisActions::applySettings(const EngineSettings& settings) {
    settings_ = settings;
    board_->setOverlayOptions(optionsOf(settings));
    controller_->setParams(AnalysisParams::fromSettings(settings));
}

void AnalysisActions::engineSettingsDialog() {
    auto* dialog = new EngineSettingsDialog(settings_, window_);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applySettings(dialog->settings());
        showMessage_(tr("Engine settings saved."));
    });
    dialog->open();
}

QString AnalysisActions::statusText() const {
    return status_->text();
}

QMenu* analysisMenu(QMainWindow* window) {
    QMenu* menu = window->menuBar()->findChild<QMenu*>(QStringLiteral("analysisMenu"));
    if (!menu) {
        menu = window->menuBar()->addMenu(AnalysisActions::tr("&Analysis"));
        menu->setObjectName("analysisMenu");
    } else {
        menu->addSeparator();
    }
    return menu;
}

void AnalysisActions::showExternalSnapshot(const AnalysisSnapshot& snapshot) {
    external_ = snapshot;
    externalNode_ = model_->current();
    onSnapshot();
}

void AnalysisActions::clearExternalSnapshot() {
    if (!external_) return;
    external_.reset();
    externalNode_ = nullptr;
    onSnapshot();
}

const std::optional<AnalysisSnapshot>& AnalysisActions::shownSnapshot() const {
    return external_ ? external_ : controller_->snapshot();
}

void AnalysisActions::onSnapshot() {
    if (external_ && externalNode_ != model_->current()) {
        external_.reset();
        externalNode_ = nullptr;
    }
    const std::optional<AnalysisSnapshot>& s = shownSnapshot();
    board_->setAnalysis(s);
    table_->setSnapshot(s);
    if (!controller_->isActive() && !external_) {
        status_->clear();
        return;
    }
    if (!s) {
        status_->setText(tr("Analysing…"));
        return;
    }
    const double seconds = s->elapsedMs / 1000.0;
    QString text = tr("%1 visits").arg(compactCount(s->rootVisits));
    if (seconds > 0.05)
        text += tr(" · %1/s").arg(compactCount(int64_t(double(s->playouts) / seconds)));
    // Winrate from Black's view reads best in a status bar.
    const float black = s->toMove == kBlack ? s->rootWinrate : 1.0f - s->rootWinrate;
    text += tr(" · B %1%").arg(QString::number(double(black) * 100.0, 'f', 1));
    if (s->rootScoreLead) {
        const float lead = s->toMove == kBlack ? *s->rootScoreLead : -*s->rootScoreLead;
        text += QStringLiteral(" · %1+%2")
                    .arg(lead >= 0 ? QStringLiteral("B") : QStringLiteral("W"))
                    .arg(QString::number(std::abs(double(lead)), 'f', 1));
    }
    const BoardOverlay& o = board_->overlay();
    if (o.surprise && flags().surprise)
        text += tr(" · surprise %1: human %2%")
                    .arg(QString::fromStdString(gtpVertex(
                        makeLoc(o.surprise->x(), o.surprise->y(), s->boardSize), s->boardSize)))
                    .arg(QString::number(double(o.surpriseHumanPrior) * 100.0, 'f', 1));
    status_->setText(text);
}

}  // namespace m37::ui
