#include "ui/analysis_worker.h"

#include <QMetaObject>
#include <QThread>
#include <chrono>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "engine/go/rng.h"
#include "engine/go/scoring.h"
#include "engine/nn/net_loader.h"
#include "engine/search/light_playout.h"
#include "engine/search/search_engine.h"
#include "ui/engine_settings.h"

namespace m37::ui {

namespace {

// Ownership of the root from light playouts (the rollout policy of the
// search: captures and atari escapes first), Black's view, y*N+x.
std::vector<float> playoutOwnershipMap(const GameState& g, int playouts) {
    const Board& b = g.board();
    const int n = b.size();
    Rng rng(b.hash() ^ 0x6f776e657273ULL);
    const auto& moves = g.moves();
    const Loc last = moves.empty() ? kNullLoc : moves.back().loc;
    std::vector<float> out(size_t(n * n), 0.0f);
    for (int i = 0; i < playouts; ++i) {
        Board copy = b;
        lightPlayout(copy, g.toMove(), last, g.whiteBonus(), rng, g.rules().suicideAllowed);
        const std::vector<Color> owner = finalOwnership(copy, {});
        for (int y = 0; y < n; ++y)
            for (int x = 0; x < n; ++x) {
                const Color o = owner[size_t(b.loc(x, y))];
                out[size_t(y * n + x)] += o == kBlack ? 1.0f : o == kWhite ? -1.0f : 0.0f;
            }
    }
    for (float& v : out) v /= float(std::max(1, playouts));
    return out;
}

// The search must not take the CPU from the GUI: on Linux the worker
// thread gets a lower priority (nice +10), which the search threads it
// starts inherit. Elsewhere a no-op.
void lowerThreadPriority() {
#ifdef __linux__
    thread_local bool done = false;
    if (done) return;
    done = true;
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}

void registerTypes() {
    static const bool once = [] {
        qRegisterMetaType<m37::AnalysisSnapshot>("m37::AnalysisSnapshot");
        qRegisterMetaType<m37::GameState>("m37::GameState");
        qRegisterMetaType<m37::ui::AnalysisParams>("m37::ui::AnalysisParams");
        return true;
    }();
    (void)once;
}

}  // namespace

SearchParams AnalysisParams::defaultSearch() {
    SearchParams s;
    s.maxNodes = 2'000'000;  // about 150 MB of tree at most
    s.batchSize = 8;
    s.useLcb = true;
    return s;
}

AnalysisParams AnalysisParams::fromSettings(const EngineSettings& e) {
    AnalysisParams p;
    p.networkPath = e.networkPath;
    p.humanPolicyPath = e.humanPolicyPath;
    p.threads = e.threads;
    p.visits = e.analysisVisits;
    p.intervalMs = e.snapshotIntervalMs;
    p.search.setRolloutWeight(float(e.rolloutWeight));
    return p;
}

bool AnalysisParams::operator==(const AnalysisParams& o) const {
    return networkPath == o.networkPath && humanPolicyPath == o.humanPolicyPath &&
           threads == o.threads && visits == o.visits && intervalMs == o.intervalMs &&
           ownershipPlayouts == o.ownershipPlayouts && search.rollouts == o.search.rollouts &&
           search.lambda == o.search.lambda;
}

AnalysisWorker::AnalysisWorker(QObject* parent) : QObject(parent) {
    registerTypes();
}

AnalysisWorker::~AnalysisWorker() {
    std::unique_ptr<SearchEngine> engine;
    {
        std::lock_guard lock(mutex_);
        currentId_ = 0;
        engine = std::move(engine_);
    }
    engine.reset();  // stops and joins (callbacks drop everything now)
}

void AnalysisWorker::schedule() {
    if (scheduled_) return;
    scheduled_ = true;
    QMetaObject::invokeMethod(this, &AnalysisWorker::process, Qt::QueuedConnection);
}

void AnalysisWorker::analyse(const GameState& state, quint64 id) {
    std::lock_guard lock(mutex_);
    currentId_ = id;
    pending_ = Request{state, id};
    if (engine_) engine_->stop();  // only asks; the worker restarts it
    schedule();
}

void AnalysisWorker::stop() {
    std::lock_guard lock(mutex_);
    currentId_ = 0;
    pending_.reset();
    if (engine_) engine_->stop();
}

void AnalysisWorker::setParams(const AnalysisParams& params) {
    std::lock_guard lock(mutex_);
    pendingParams_ = params;
    if (engine_) engine_->stop();
    schedule();
}

void AnalysisWorker::rebuildEngine(const AnalysisParams& p) {
    params_ = p;
    built_ = true;
    SearchParams sp = p.search;
    sp.threads = std::max(1, p.threads);
    nn::NNParams np;
    QStringList parts, errors;
    std::shared_ptr<nn::LoadedNetwork> net, human;
    std::string error;
    if (!p.humanPolicyPath.isEmpty()) {
        human = nn::loadNetwork(p.humanPolicyPath.toStdString(), np, &error);
        if (!human)
            errors << tr("Could not load the human-policy network %1; no human policy shown.")
                          .arg(QString::fromStdString(error));
    }
    // What guides the tree where the net does not take the board size
    // (Mcts: the human policy with rollouts on the sizes it takes).
    QString elsewhere = tr("rollouts");
    if (human && sp.humanPolicyTree) {
        QStringList sizes;
        for (int n : human->capabilities().boardSizes) sizes << tr("%1×%1").arg(n);
        elsewhere = sizes.isEmpty() ? tr("human policy + rollouts")
                                    : tr("%1: human policy + rollouts, else rollouts")
                                          .arg(sizes.join(QStringLiteral(", ")));
    }
    if (!p.networkPath.isEmpty()) {
        net = nn::loadNetwork(p.networkPath.toStdString(), np, &error);
        if (net) {
            QString name = tr("network %1").arg(QString::fromStdString(net->description()));
            if (sp.rollouts)
                name += tr(" + rollouts (weight %1)").arg(double(sp.lambda), 0, 'g', 2);
            parts << name;
            // A net trained on one board size leaves the others to the
            // fallback (the search checks Capabilities::supports); say so.
            if (net->capabilities().boardSizes.size() == 1) parts << elsewhere;
        } else
            errors << tr("Could not load the network %1; analysing with %2 instead.")
                          .arg(QString::fromStdString(error), elsewhere);
    }
    if (!net) parts << tr("%1 (no engine network)").arg(elsewhere);
    if (human) parts << tr("human policy %1").arg(QString::fromStdString(human->description()));
    netHasOwnership_ = net && net->capabilities().hasOwnership;
    auto engine =
        std::make_unique<SearchEngine>(sp, net ? net->factory() : Mcts::EvaluatorFactory{},
                                       human ? human->factory() : Mcts::EvaluatorFactory{});
    std::unique_ptr<SearchEngine> old;
    {
        std::lock_guard lock(mutex_);
        old = std::move(engine_);
        engine_ = std::move(engine);
    }
    old.reset();  // stopped already; joins
    for (const QString& e : errors) emit loadFailed(e);
    emit networksLoaded(net ? QString::fromStdString(net->about()) : QString(),
                        human ? QString::fromStdString(human->about()) : QString());
    emit engineReady(parts.join(QStringLiteral(" · ")));
}

void AnalysisWorker::process() {
    lowerThreadPriority();
    std::optional<Request> req;
    std::optional<AnalysisParams> params;
    {
        std::lock_guard lock(mutex_);
        scheduled_ = false;
        req = std::move(pending_);
        pending_.reset();
        params = std::move(pendingParams_);
        pendingParams_.reset();
    }
    if (params) {
        if (!built_ || !(*params == params_)) rebuildEngine(*params);
        // setParams() stopped the search: restart the request it was running.
        if (!req && lastRequest_ && lastRequest_->id == currentId_.load()) req = lastRequest_;
    }
    if (!built_) rebuildEngine(params_);
    if (!req || req->id != currentId_.load()) return;  // stopped, or a newer one is queued
    lastRequest_ = req;

    std::shared_ptr<const std::vector<float>> ownership;
    if (!netHasOwnership_ && params_.ownershipPlayouts > 0 && !req->state.gameOver())
        ownership = std::make_shared<const std::vector<float>>(
            playoutOwnershipMap(req->state, params_.ownershipPlayouts));
    if (req->id != currentId_.load()) return;

    SearchLimits limits;
    if (params_.visits > 0)
        limits.visits = params_.visits;
    else
        limits.infinite = true;
    const quint64 id = req->id;
    // The engine reports every kFirstReportMs so the first snapshot is on
    // screen quickly; later ones are passed on every intervalMs (and the
    // final one always).
    constexpr int kFirstReportMs = 40;
    const int interval = std::max(kFirstReportMs, params_.intervalMs);
    auto callback =
        [this, id, ownership, interval, sent = false,
         last = std::chrono::steady_clock::time_point()](const AnalysisSnapshot& s) mutable {
            if (currentId_.load() != id) return;  // superseded or stopped: drop
            const auto now = std::chrono::steady_clock::now();
            if (sent && !s.final && now - last < std::chrono::milliseconds(interval)) return;
            sent = true;
            last = now;
            if (ownership && s.ownership.empty()) {
                AnalysisSnapshot with = s;
                with.ownership = *ownership;
                emit snapshot(with, id);
            } else {
                emit snapshot(s, id);
            }
        };
    // start() joins the previous search, which analyse() already asked to stop.
    engine_->start(req->state, limits, std::move(callback), kFirstReportMs);
}

}  // namespace m37::ui
