#include "ui/analysis_controller.h"

#include "ui/game_tree_model.h"

namespace m37::ui {

AnalysisController::AnalysisController(GameTreeModel* model, const AnalysisParams& params,
                                       QObject* parent)
    : QObject(parent), model_(model), params_(params), worker_(new AnalysisWorker) {
    thread_.setObjectName("analysis");
    worker_->moveToThread(&thread_);
    connect(worker_, &AnalysisWorker::snapshot, this, &AnalysisController::onSnapshot,
            Qt::QueuedConnection);
    connect(
        worker_, &AnalysisWorker::engineReady, this,
        [this](const QString& d) {
            description_ = d;
            emit engineReady(d);
        },
        Qt::QueuedConnection);
    connect(worker_, &AnalysisWorker::loadFailed, this, &AnalysisController::loadFailed,
            Qt::QueuedConnection);
    connect(
        worker_, &AnalysisWorker::networksLoaded, this,
        [this](const QString& net, const QString& human) {
            networksKnown_ = true;
            networkAbout_ = net;
            humanAbout_ = human;
            emit networksLoaded();
        },
        Qt::QueuedConnection);
    connect(model_, &GameTreeModel::changed, this, &AnalysisController::onModelChanged);
    thread_.start();
    // The engine (and its networks) is built at the first request.
}

AnalysisController::~AnalysisController() {
    worker_->stop();
    thread_.quit();
    thread_.wait();  // the search was asked to stop; only a network load can take long
    delete worker_;  // its thread has finished: safe from here; joins the stopped search
}

void AnalysisController::setActive(bool on) {
    if (on == active_) return;
    active_ = on;
    if (on) {
        request();
    } else {
        worker_->stop();
        if (snapshot_) {
            snapshot_.reset();
            emit snapshotChanged();
        }
    }
    emit activeChanged(on);
}

void AnalysisController::setParams(const AnalysisParams& params) {
    params_ = params;
    if (paramsSent_) worker_->setParams(params);
}

void AnalysisController::restart() {
    if (active_) request();
}

void AnalysisController::loadNetworks() {
    if (paramsSent_) return;  // loaded or loading already (networksLoaded() comes)
    worker_->setParams(params_);
    paramsSent_ = true;
}

void AnalysisController::onModelChanged() {
    if (!active_) return;
    const GameState& st = model_->state();
    if (model_->current() == node_ && st.board().hash() == boardHash_ &&
        st.moveNumber() == moveNumber_ && st.toMove() == toMove_)
        return;
    request();
}

void AnalysisController::request() {
    const GameState& st = model_->state();
    node_ = model_->current();
    boardHash_ = st.board().hash();
    moveNumber_ = st.moveNumber();
    toMove_ = st.toMove();
    ++requestId_;
    sinceRequest_.start();
    firstSnapshotMs_ = -1;
    if (!paramsSent_) {
        worker_->setParams(params_);
        paramsSent_ = true;
    }
    worker_->analyse(st, requestId_);
    if (snapshot_) {
        snapshot_.reset();
        emit snapshotChanged();
    }
}

void AnalysisController::onSnapshot(const AnalysisSnapshot& s, quint64 id) {
    if (!active_ || id != requestId_ || s.boardSize != model_->state().size()) {
        ++staleDropped_;
        return;
    }
    const bool first = firstSnapshotMs_ < 0;
    if (first) firstSnapshotMs_ = double(sinceRequest_.nsecsElapsed()) / 1e6;
    snapshot_ = s;
    emit snapshotChanged();
    if (first) emit firstSnapshot(firstSnapshotMs_);
}

}  // namespace m37::ui
