#include "ui/embedded_player.h"

#include <atomic>
#include <mutex>

#include "engine/nn/net_loader.h"

namespace m37::ui {

// The part that lives in the worker thread: owns the SearchEngine.
class EmbeddedPlayerWorker : public QObject {
    Q_OBJECT

  public:
    explicit EmbeddedPlayerWorker(const EmbeddedPlayerParams& params) : params_(params) {}

    // The request to run; older ones still queued are skipped (0: none).
    std::atomic<int> latest{0};

    void stop() {
        std::lock_guard<std::mutex> lock(mutex_);
        if (engine_) engine_->stop();
    }

  public slots:
    void think(int request, const m37::GameState& state, int color) {
        if (request != latest.load()) return;  // cancelled before it started
        if (!ensureEngine()) return;
        SearchLimits limits;
        if (params_.secondsPerMove > 0)
            limits.timeMs = int64_t(params_.secondsPerMove * 1000);
        else
            limits.visits = std::max(1, params_.visits);
        MoveDecision d =
            engine_->genmove(state, Color(color), limits, TimeControl{}, /*cleanup=*/false);
        emit moveChosen(request, d);
    }

  signals:
    void moveChosen(int request, const m37::MoveDecision& decision);
    void failed(const QString& message);

  private:
    bool ensureEngine() {
        if (engine_) return true;
        if (loadFailed_) {
            emit failed(loadError_);
            return false;
        }
        SearchParams sp;
        sp.threads = std::clamp(params_.threads, 1, 64);
        sp.seed = params_.seed;
        sp.visits = std::max(1, params_.visits);
        sp.setRolloutWeight(float(params_.rolloutWeight));
        Mcts::EvaluatorFactory factory;
        if (!params_.networkPath.isEmpty()) {
            std::string error;
            network_ = nn::loadNetwork(params_.networkPath.toStdString(), nn::NNParams{}, &error);
            if (!network_) {
                loadFailed_ = true;
                loadError_ = QObject::tr("The network could not be loaded: %1")
                                 .arg(QString::fromStdString(error));
                emit failed(loadError_);
                return false;
            }
            factory = network_->factory();
        }
        Mcts::EvaluatorFactory human;
        if (!params_.humanPolicyPath.isEmpty()) {
            // Not fatal: the analysis worker reports an unreadable human net.
            humanNetwork_ =
                nn::loadNetwork(params_.humanPolicyPath.toStdString(), nn::NNParams{}, nullptr);
            if (humanNetwork_) human = humanNetwork_->factory();
        }
        auto engine = std::make_unique<SearchEngine>(sp, factory, human);
        std::lock_guard<std::mutex> lock(mutex_);
        engine_ = std::move(engine);
        return true;
    }

    EmbeddedPlayerParams params_;
    std::shared_ptr<nn::LoadedNetwork> network_, humanNetwork_;
    std::mutex mutex_;  // guards engine_ against stop() from the GUI thread
    std::unique_ptr<SearchEngine> engine_;
    bool loadFailed_ = false;
    QString loadError_;
};

EmbeddedPlayer::EmbeddedPlayer(const EmbeddedPlayerParams& params, QObject* parent)
    : QObject(parent), params_(params) {
    qRegisterMetaType<m37::MoveDecision>();
    worker_ = new EmbeddedPlayerWorker(params);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &EmbeddedPlayerWorker::moveChosen, this,
            [this](int request, const MoveDecision& d) {
                if (request != pending_) return;  // cancelled
                pending_ = 0;
                emit moveChosen(request, d);
            });
    connect(worker_, &EmbeddedPlayerWorker::failed, this, [this](const QString& message) {
        pending_ = 0;
        emit failed(message);
    });
    thread_.setObjectName("EmbeddedPlayer");
    thread_.start();
}

EmbeddedPlayer::~EmbeddedPlayer() {
    cancel();
    thread_.quit();
    thread_.wait();
}

int EmbeddedPlayer::think(const GameState& state, Color color) {
    cancel();
    const int request = nextRequest_++;
    pending_ = request;
    worker_->latest = request;
    EmbeddedPlayerWorker* w = worker_;
    QMetaObject::invokeMethod(
        worker_, [w, request, state, color] { w->think(request, state, int(color)); },
        Qt::QueuedConnection);
    return request;
}

void EmbeddedPlayer::cancel() {
    if (pending_ == 0) return;
    pending_ = 0;
    worker_->latest = 0;
    worker_->stop();
}

}  // namespace m37::ui

#include "embedded_player.moc"
