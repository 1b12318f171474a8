#pragma once
// AnalysisController: live analysis of the position on screen. Owns an
// AnalysisWorker in its own QThread and, while active, asks it to analyse
// the GameTreeModel's current position whenever that changes (a move,
// navigation, a new game); each request gets the next id, and snapshots of
// any other id are dropped, so the snapshot() it keeps always belongs to
// the position shown (nullopt until the first one arrives). It also keeps
// the figures of the responsiveness benchmark: the time from a request to
// its first snapshot.
// Threading: a QObject of the GUI thread; it never waits on the engine
// (requests only post to the worker). The destructor asks the search to
// stop, quits the thread and joins it (a stopped search ends quickly;
// a network still loading is waited for, at shutdown only).
#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <optional>

#include "engine/search/analysis_snapshot.h"
#include "ui/analysis_worker.h"

namespace m37::ui {

class GameTreeModel;

class AnalysisController : public QObject {
    Q_OBJECT

  public:
    explicit AnalysisController(GameTreeModel* model, const AnalysisParams& params = {},
                                QObject* parent = nullptr);
    ~AnalysisController() override;

    bool isActive() const { return active_; }
    const AnalysisParams& params() const { return params_; }
    // The newest snapshot of the current position (nullopt: none yet, or
    // analysis off).
    const std::optional<AnalysisSnapshot>& snapshot() const { return snapshot_; }
    quint64 requestId() const { return requestId_; }
    AnalysisWorker* worker() const { return worker_; }
    QString engineDescription() const { return description_; }
    // The loaded networks' full records (nn::LoadedNetwork::about(); empty
    // when not in use), once the worker has loaded them (networksKnown()).
    bool networksKnown() const { return networksKnown_; }
    const QString& networkAbout() const { return networkAbout_; }
    const QString& humanPolicyAbout() const { return humanAbout_; }
    // Milliseconds from the last request to its first snapshot (-1 until
    // it arrived).
    double firstSnapshotMs() const { return firstSnapshotMs_; }
    // Snapshots received and dropped as stale (tests).
    int staleDropped() const { return staleDropped_; }

  public slots:
    void setActive(bool on);
    // New engine parameters (networks load in the worker thread).
    void setParams(const m37::ui::AnalysisParams& params);
    // Analyses the current position again (new request id).
    void restart();
    // Has the worker load the networks now, without analysing (they load
    // at the first request otherwise); networksLoaded() follows. Returns
    // at once.
    void loadNetworks();

  signals:
    // snapshot() changed: a new one for the current position, or cleared.
    void snapshotChanged();
    void activeChanged(bool on);
    void engineReady(const QString& description);
    void loadFailed(const QString& message);
    // The first snapshot of a request arrived, `ms` after the request.
    void firstSnapshot(double ms);
    // networkAbout() and humanPolicyAbout() are set (the worker loaded the
    // networks).
    void networksLoaded();

  private:
    void onModelChanged();
    void onSnapshot(const m37::AnalysisSnapshot& s, quint64 id);
    void request();

    GameTreeModel* model_;
    AnalysisParams params_;
    QThread thread_;
    AnalysisWorker* worker_;
    bool active_ = false;
    bool paramsSent_ = false;  // the worker builds its engine at the first request
    quint64 requestId_ = 0;
    std::optional<AnalysisSnapshot> snapshot_;
    QString description_;
    bool networksKnown_ = false;
    QString networkAbout_;
    QString humanAbout_;
    // What the last request analysed (a change of anything else, such as a
    // comment, does not restart the search).
    const void* node_ = nullptr;
    uint64_t boardHash_ = 0;
    int moveNumber_ = -1;
    Color toMove_ = kEmpty;
    QElapsedTimer sinceRequest_;
    double firstSnapshotMs_ = -1;
    int staleDropped_ = 0;
};

}  // namespace m37::ui
