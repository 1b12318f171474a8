#include "ui/external_analyser.h"

#include <QPointer>

#include "ui/game_tree_model.h"
#include "ui/gtp_position_sync.h"
#include "ui/gtp_process.h"

namespace m37::ui {

ExternalAnalyser::ExternalAnalyser(GameTreeModel* model, const ExternalEngine& engine,
                                   QObject* parent)
    : QObject(parent), model_(model), engine_(engine) {
    process_ = std::make_unique<GtpProcess>(GtpProcessParams::fromCommandLine(
        engine.name, engine.commandLine, engine.workingDirectory));
    sync_ = std::make_unique<GtpPositionSync>(process_.get());
    connect(process_.get(), &GtpProcess::failed, this,
            [this](GtpFailure, const QString& message) { emit failed(message); });
    connect(process_.get(), &GtpProcess::snapshot, this, [this](const AnalysisSnapshot& s) {
        // Lines of an analysis already replaced are dropped.
        if (process_->currentId() == analyzeId_) emit snapshot(s);
    });
    connect(model_, &GameTreeModel::changed, this, &ExternalAnalyser::analyzeCurrent);
    process_->start();
    detect();
}

ExternalAnalyser::~ExternalAnalyser() {
    // The process goes before the sync (its callbacks check the sync's token).
    process_.reset();
}

void ExternalAnalyser::detect() {
    QPointer<ExternalAnalyser> self(this);
    process_->send(QStringLiteral("list_commands"), [self](const GtpAnswer& a) {
        if (!self || !a.answered()) return;
        const QStringList commands = a.text.split('\n');
        if (commands.contains(QLatin1String("kata-analyze")))
            self->command_ = QStringLiteral("kata-analyze");
        else if (commands.contains(QLatin1String("lz-analyze")))
            self->command_ = QStringLiteral("lz-analyze");
        else {
            emit self->failed(tr("%1 has no analysis command (lz-analyze or kata-analyze).")
                                  .arg(self->engine_.name));
            return;
        }
        self->analyzeCurrent();
    });
}

void ExternalAnalyser::analyzeCurrent() {
    if (command_.isEmpty() || !process_->isRunning()) return;
    const GameState& st = model_->state();
    sync_->sync(GtpPosition::of(model_->root(), st));
    if (st.gameOver()) return;
    gtp::AnalysisLineContext context;
    context.format = command_ == QLatin1String("kata-analyze") ? gtp::AnalysisFormat::kKataGo
                                                               : gtp::AnalysisFormat::kLeelaZero;
    context.boardSize = st.size();
    context.toMove = st.toMove();
    analyzeId_ = process_->analyze(
        QStringLiteral("%1 %2 %3").arg(command_, gtpColor(st.toMove())).arg(intervalCs_), context);
}

void ExternalAnalyser::restart() {
    process_->restart();
    sync_->invalidate();
    command_.clear();
    detect();
}

}  // namespace m37::ui
