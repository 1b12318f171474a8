#pragma once
// GtpPositionSync: keeps an external GTP engine on the position of the
// game on screen, the way Sabaki does: it remembers what the engine was
// told (board size, komi, setup stones, moves since clear_board) and queues
// on its GtpProcess only what changed — the new moves when the engine's
// game is a prefix of the target, else clear_board and a replay. Setup
// stones of the root are sent as `play` commands, except handicap stones
// (HA with only Black's stones), which go as `set_free_handicap` so that
// the engine knows them as handicap (its scoring, its komi
// compensation); an engine that refuses set_free_handicap gets them as
// `play` commands from the next sync on (that sync fails, as any refusal
// does, and the restart replays). A
// refused command makes the next sync start from clear_board.
// Threading: GUI thread, like the GtpProcess it talks to.
#include <QString>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "engine/go/game_state.h"

namespace m37 {
class SgfNode;
}

namespace m37::ui {

class GtpProcess;
struct GtpAnswer;

// What the engine must be told: the game's size and komi, the stones set
// up before the first move, and the moves since.
struct GtpPosition {
    int size = 19;
    float komi = 7.5f;
    std::vector<std::pair<Loc, Color>> setup;
    // The setup is Black's handicap stones (GameState::handicap()).
    bool handicap = false;
    std::vector<MoveRecord> moves;

    // The position at the end of `path` (root first), as GameTreeModel
    // shows it: setup from the root's stones, moves from `state`.
    static GtpPosition of(const SgfNode& root, const GameState& state);
};

class GtpPositionSync {
  public:
    using Done = std::function<void(bool ok, const QString& error)>;

    using MoveDone = std::function<void(const GtpAnswer& answer)>;

    explicit GtpPositionSync(GtpProcess* process)
        : process_(process), alive_(std::make_shared<bool>(true)) {}

    // Forget what the engine knows (after a restart): the next sync starts
    // with boardsize and clear_board.
    void invalidate() { fresh_ = true; }
    // Queues the commands; `done` runs after the last one's answer (at
    // once, with ok, when nothing is to be sent).
    void sync(const GtpPosition& target, Done done = {});
    // Queues `genmove COLOR`; a move it answers is remembered as played
    // (the engine plays it on its own board) even when the caller no
    // longer wants it. timeoutMs as GtpProcess::send.
    void genmove(Color color, int timeoutMs, MoveDone done);
    // The number of commands the last sync queued (tests).
    int lastCommandCount() const { return lastCount_; }

  private:
    GtpProcess* process_;
    // Callbacks may outlive this object (a stopped process fails its
    // queue later): they check this token first.
    std::shared_ptr<bool> alive_;
    bool fresh_ = true;
    bool handicapAsPlays_ = false;  // the engine refused set_free_handicap
    GtpPosition known_;
    int lastCount_ = 0;
};

// "B", "W".
QString gtpColor(Color c);

}  // namespace m37::ui
