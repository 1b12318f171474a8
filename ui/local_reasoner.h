#pragma once
// LocalReasoner: the embedded reasoning model (engine/reason/reason_model.h)
// for the chat view, a QObject that lives in its own QThread. ask() posts a
// request; the worker thread runs ReasonModel::generate() on the position's
// prompt (its moves on the position kept legal by LegalMoveMask) and emits
// token() with each token's text as soon as it exists, then finished() with
// the timings. verify() checks a think block (the local model's or a remote
// one's, when written in the think-block language) with the verifier and
// emits badges(): each parsed step's legality and its claim against the
// engine. The engine there is a short light-rollout search (Mcts without a
// network, `verifyVisits` visits per
// line; see engine/reason/trace_search.h), run in the worker thread too.
// cancel() stops generation before the next token and drops verification.
// Models are loaded (load()) or handed over (setModel()) in the worker
// thread; only that thread touches the model.
// Threading: construct, moveToThread(), then call ask(), cancel(), load()
// and setModel() from any thread: they set an atomic and post to the
// worker; nothing blocks. Signals come from the worker thread (connect
// queued). Destroy after the thread finished.
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "engine/go/game_state.h"
#include "engine/reason/sampler.h"

namespace m37::reason {
class ReasonModel;
}

namespace m37::ui {

struct LocalRunStats {
    int tokens = 0;
    double seconds = 0;
    double firstTokenSeconds = 0;
    double tokensPerSecond = 0;
    bool cancelled = false;
    QString stop;   // "stop token", "max tokens", ...
    QString error;  // non-empty: it could not run (no model, wrong board size, ...)
};

// The verifier's word on one parsed step (blockIndex: its index among the
// think block's parsed steps).
struct ChatBadge {
    int blockIndex = 0;
    bool ok = true;
    QString text;  // "legal · within tolerance (engine black 57%)"
};

struct LocalReasonerParams {
    reason::SamplingParams sampling;
    // Canonical think-block text the completion starts with (fed to the
    // model after the prompt and streamed as its first tokens), e.g. the
    // candidates line naming the move a user asked to evaluate; empty:
    // none.
    std::string forcedStart;
    int verifyVisits = 48;  // rollout-search visits per verified line
    int tolerancePercent = 10;
};

class LocalReasoner : public QObject {
    Q_OBJECT

  public:
    explicit LocalReasoner(QObject* parent = nullptr);
    ~LocalReasoner() override;

    // Thread-safe (see the class comment).
    void ask(const GameState& position, const LocalReasonerParams& params, quint64 id);
    // Verifies `text` ("<think>…</think>…") about `position` as request `id`.
    void verify(const GameState& position, const QString& text, const LocalReasonerParams& params,
                quint64 id);
    void cancel();
    void load(const QString& path);
    void setModel(std::shared_ptr<reason::ReasonModel> model, const QString& description);

  signals:
    void token(quint64 id, const QString& text, int tokenId);
    void finished(quint64 id, const m37::ui::LocalRunStats& stats);
    void badges(quint64 id, const QList<m37::ui::ChatBadge>& badges);
    void modelReady(const QString& description);
    void loadFailed(const QString& message);

  private:
    void run(const GameState& position, const LocalReasonerParams& params, quint64 id);
    void verifyText(const GameState& position, const std::string& text,
                    const LocalReasonerParams& params, quint64 id);

    std::shared_ptr<reason::ReasonModel> model_;  // worker thread only
    std::atomic<quint64> latest_{0};
    std::atomic<bool> cancel_{false};
};

}  // namespace m37::ui

Q_DECLARE_METATYPE(m37::ui::LocalRunStats)
Q_DECLARE_METATYPE(m37::ui::ChatBadge)
