#pragma once
// AnalysisWorker: the embedded engine of live analysis, a QObject that
// lives in its own QThread and owns a SearchEngine (Qt's restartable
// worker, as in the Mandelbrot example). analyse(state, id) asks the
// running search to stop at once and leaves the newest request for the
// worker thread, which (re)starts the search there — many requests made
// while it is busy coalesce into the last one, so navigating quickly never
// builds a queue. Each search reports snapshot(s, id) every intervalMs and
// once more at its end; snapshots of any request but the newest are dropped
// here, and receivers should still compare the id (a queued one may be in
// flight). Networks are loaded in the worker thread when the parameters
// change (loadFailed() says why one could not be; the search then runs
// without it). When the network has no ownership head, the worker adds an
// ownership map from light playouts of the root (the search's rollout
// policy), computed before the search starts. The worker thread and the
// search threads it starts run at a lower priority than the GUI (Linux).
// Threading: construct on any thread, then moveToThread(); analyse(),
// stop() and setParams() are thread-safe and never block for long (call
// them directly from the GUI thread; they only lock a short mutex and post
// to the worker). Signals are emitted from the worker and search threads:
// connect them queued (the default across threads). Destroy the worker
// after its thread finished; the destructor stops and joins the search.
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

#include "engine/go/game_state.h"
#include "engine/search/analysis_snapshot.h"
#include "engine/search/search_params.h"

namespace m37 {
class SearchEngine;
}

namespace m37::ui {

struct EngineSettings;

struct AnalysisParams {
    QString networkPath;      // empty: light rollouts, no network
    QString humanPolicyPath;  // empty: no human policy
    int threads = 2;
    int visits = 0;              // root visits per analysis; 0: until stopped
    int intervalMs = 150;        // snapshot period while searching
    int ownershipPlayouts = 64;  // when the net has no ownership (0: none)
    // Search knobs (threads is taken from above).
    SearchParams search = defaultSearch();

    static SearchParams defaultSearch();
    static AnalysisParams fromSettings(const EngineSettings& s);
    bool operator==(const AnalysisParams& o) const;
};

class AnalysisWorker : public QObject {
    Q_OBJECT

  public:
    explicit AnalysisWorker(QObject* parent = nullptr);
    ~AnalysisWorker() override;

    // The id of the newest request (0: none yet). Thread-safe.
    quint64 currentId() const { return currentId_.load(); }

  public slots:
    // Analyses `state` (its side to move) under request id `id` (increasing
    // ids from one caller); replaces any earlier request.
    void analyse(const m37::GameState& state, quint64 id);
    // Stops the search; no snapshot of the stopped one is emitted after it
    // (a final one may still be in a queue: check the id).
    void stop();
    // New parameters: networks (re)loaded in the worker thread when their
    // paths changed; the current request restarts with them.
    void setParams(const m37::ui::AnalysisParams& params);

  signals:
    void snapshot(const m37::AnalysisSnapshot& s, quint64 id);
    // The engine is ready with `description` ("network …, human policy …").
    void engineReady(const QString& description);
    // With engineReady: the loaded networks' full records
    // (nn::LoadedNetwork::about()); empty for a network not in use.
    void networksLoaded(const QString& networkAbout, const QString& humanAbout);
    // A network could not be loaded: the message names the file and why.
    void loadFailed(const QString& message);

  private:
    struct Request {
        GameState state;
        quint64 id = 0;
    };
    void schedule();  // posts process() unless already posted (mutex_ held)
    void process();   // worker thread: applies params, starts the newest request
    void rebuildEngine(const AnalysisParams& p);  // worker thread

    mutable std::mutex mutex_;  // guards the fields below it and engine_ swaps
    std::optional<Request> pending_;
    std::optional<AnalysisParams> pendingParams_;
    bool scheduled_ = false;
    std::unique_ptr<SearchEngine> engine_;  // replaced only by the worker thread, under mutex_

    // Worker thread only.
    AnalysisParams params_;
    std::optional<Request> lastRequest_;  // the one started last
    bool built_ = false;
    bool netHasOwnership_ = false;

    std::atomic<quint64> currentId_{0};
};

}  // namespace m37::ui

Q_DECLARE_METATYPE(m37::AnalysisSnapshot)
Q_DECLARE_METATYPE(m37::GameState)
Q_DECLARE_METATYPE(m37::ui::AnalysisParams)
