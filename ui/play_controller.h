#pragma once
// PlayController: drives a game on the GameTreeModel against engines — the
// embedded engine (EmbeddedPlayer, a SearchEngine in its own thread) or an
// external GTP engine (GtpProcess, kept on the position by
// GtpPositionSync) for either colour, or two engines against each other.
// An engine is asked for a move when the game advances by one move (the
// user's, or the other engine's) to a position where it is to play, and
// when a game starts with it to move; navigating elsewhere cancels what it
// was thinking about, and the engine is re-synced to whatever node is
// current the next time it plays (so undo and navigation keep it in step).
// Its move goes into the tree like the user's (GameTreeModel::play).
// pass(), resign() and undo() act for the user; undo takes back the
// engine's reply too. An engine that crashes, hangs or prints garbage
// (GtpProcess::failed) or cannot load its network is reported by
// engineFailed(); restartEngines() starts it again and replays the
// position, so the game is never lost. Two passes in a row (or
// requestScoring()) emit scoringRequested().
// Threading: a QObject of the GUI thread; it never waits on an engine.
#include <QObject>
#include <QPointer>
#include <QString>
#include <array>
#include <memory>
#include <optional>

#include "engine/go/types.h"

#include "ui/external_engines.h"
#include "ui/new_game_params.h"

namespace m37 {
class SgfNode;
struct MoveDecision;
struct AnalysisSnapshot;
}  // namespace m37

namespace m37::ui {

class EmbeddedPlayer;
struct EmbeddedPlayerParams;
class GameTreeModel;
class GtpProcess;
class GtpPositionSync;

// Who plays one colour, resolved (the external engine's command line).
struct PlayerSetup {
    PlayerKind kind = PlayerKind::kHuman;
    ExternalEngine external;  // kExternal
};

struct PlaySetup {
    PlayerSetup black;
    PlayerSetup white;
    EngineStrength strength;
    QString networkPath;      // embedded engine; empty: rollouts
    QString humanPolicyPath;  // embedded engine, on sizes the network does not take
    int threads = 2;      // embedded engine's search threads
    double rolloutWeight = 0;  // embedded engine (EngineSettings::rolloutWeight)
    // An external engine's genmove timeout in ms; 0: derived from the
    // strength (3 x seconds + 30 s, or 300 s for visits).
    int genmoveTimeoutMs = 0;
    // Engine-vs-engine games stop after this many moves (0: size^2 * 3).
    int maxMoves = 0;
};

class PlayController : public QObject {
    Q_OBJECT

  public:
    explicit PlayController(GameTreeModel* model, QObject* parent = nullptr);
    ~PlayController() override;

    // Takes over the game on the model (current node as it is): the
    // engines are started; one to move plays at once.
    void start(const PlaySetup& setup);
    // Stops the engines; the game stays as it is.
    void stop();

    bool active() const { return active_; }
    bool isEngine(Color c) const;
    bool thinking() const { return thinking_ != kEmpty; }
    // The colour the engine is thinking for (kEmpty when none).
    Color thinkingColor() const { return thinking_; }
    const PlaySetup& setup() const { return setup_; }
    // The external engine's process for a colour (null for others).
    GtpProcess* process(Color c) const;
    // The last failure message ("" when none is pending).
    const QString& failure() const { return failure_; }

  public slots:
    // For the user: pass / resign (the user's colour) / take back the last
    // move and the engine's reply to it.
    void pass();
    void resign();
    void undo();
    // Restarts engines that failed (or all) and replays the position; the
    // engine to move plays.
    void restartEngines();
    // Asks the engine to move now (it is its turn at the current node).
    void requestMove();
    void requestScoring();

  signals:
    void engineFailed(const QString& message);
    void thinkingChanged(bool thinking);
    void status(const QString& text);
    // A resignation ended the game (result as in SGF RE, "W+R").
    void gameEnded(const QString& result);
    // Two passes: time to score.
    void scoringRequested();
    // The engines changed (started, stopped): consoles re-attach.
    void enginesChanged();

  private:
    struct Slot;
    void onModelChanged();
    void cancelThinking();
    void setThinking(Color c);
    void askExternal(Color c);
    void askEmbedded(Color c);
    void applyMove(Color c, std::optional<Loc> loc, bool resigned, const QString& text);
    void reportFailure(Color c, const QString& message);
    // The embedded engine playing colour c, its answers and failures wired.
    std::unique_ptr<EmbeddedPlayer> makeEmbedded(Color c, const EmbeddedPlayerParams& p);
    void endByResignation(Color loser);
    Slot& slot(Color c);
    const Slot& slot(Color c) const;

    GameTreeModel* model_;
    PlaySetup setup_;
    bool active_ = false;
    bool ended_ = false;
    std::array<std::unique_ptr<Slot>, 2> slots_;  // black, white
    Color thinking_ = kEmpty;
    const SgfNode* thinkingAt_ = nullptr;  // the node the engine thinks about
    int thinkingToken_ = 0;
    const SgfNode* lastNode_ = nullptr;
    const SgfNode* lastRoot_ = nullptr;
    int engineMoves_ = 0;  // in an engine-vs-engine game
    QString failure_;
};

}  // namespace m37::ui
