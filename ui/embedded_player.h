#pragma once
// EmbeddedPlayer: the embedded engine as a player — a SearchEngine that
// chooses moves (SearchEngine::genmove) in its own worker thread, so the
// GUI thread never waits on it. think() posts a request to the worker and
// returns at once; moveChosen() comes back (queued, on the GUI thread)
// with the request's id; cancel() stops a search early and its result is
// dropped. The network (EmbeddedPlayerParams::networkPath, .m37 or Leela
// Zero weights) is loaded on the worker at the first request; without one
// the search runs on light rollouts.
// Threading: create, call and delete on the GUI thread; the worker object
// lives in the owned QThread. The destructor stops the search and joins
// the thread (bounded: a stopped search returns within one batch).
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

#include "engine/go/game_state.h"
#include "engine/search/search_engine.h"

namespace m37::ui {

struct EmbeddedPlayerParams {
    QString networkPath;  // empty: rollouts only
    // Guides the search on the board sizes the network does not take
    // (SearchParams::humanPolicyTree); empty or unreadable: rollouts there.
    QString humanPolicyPath;
    int visits = 800;     // per move when secondsPerMove is 0
    double secondsPerMove = 0;
    int threads = 2;
    double rolloutWeight = 0;  // SearchParams::setRolloutWeight
    uint64_t seed = 1;
};

class EmbeddedPlayerWorker;

class EmbeddedPlayer : public QObject {
    Q_OBJECT

  public:
    explicit EmbeddedPlayer(const EmbeddedPlayerParams& params, QObject* parent = nullptr);
    ~EmbeddedPlayer() override;

    const EmbeddedPlayerParams& params() const { return params_; }
    // Asks for a move for `color` in `state`; returns the request id.
    int think(const GameState& state, Color color);
    // Stops the running search; its move is not reported.
    void cancel();
    bool thinking() const { return pending_ != 0; }

  signals:
    void moveChosen(int request, const m37::MoveDecision& decision);
    // The network could not be loaded, or the search failed.
    void failed(const QString& message);

  private:
    EmbeddedPlayerParams params_;
    QThread thread_;
    EmbeddedPlayerWorker* worker_;
    int nextRequest_ = 1;
    int pending_ = 0;
};

}  // namespace m37::ui

Q_DECLARE_METATYPE(m37::MoveDecision)
