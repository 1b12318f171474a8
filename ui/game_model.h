#pragma once
// GameModel: the GUI's model of the game on screen — owns the GameState and
// offers play / pass / undo / new game, announcing every change with
// changed() and every outcome (a move played, a move refused and why) with
// message(). The board widget and the main window are views of it; the full
// game tree replaces the linear history in a later stage.
// Threading: a QObject living on the GUI thread; call it only from there
// (engines will talk to it through queued signals).
#include <QObject>
#include <QString>
#include <vector>

#include "engine/go/game_state.h"
#include "ui/new_game_params.h"

namespace m37::ui {

class GameModel : public QObject {
    Q_OBJECT

  public:
    explicit GameModel(const NewGameParams& params = {}, QObject* parent = nullptr);

    const GameState& state() const { return state_; }
    const NewGameParams& params() const { return params_; }
    // The last stone played, or kNullLoc when there is none or it was a pass.
    Loc lastMove() const;
    // The number (1-based) of the move that put each stone now on the board,
    // indexed by Loc; 0 for points without such a stone.
    std::vector<int> moveNumbers() const;
    const QString& lastMessage() const { return lastMessage_; }

    // Plays for the side to move; returns kNone when played, else the reason
    // it was refused (the position is then unchanged).
    MoveError play(Loc loc);
    void pass();
    // Takes back the last move; false at the start of the game.
    bool undo();
    void newGame(const NewGameParams& params);

  signals:
    void changed();
    void message(const QString& text);

  private:
    void say(const QString& text);
    QString vertex(Loc loc) const;

    NewGameParams params_;
    GameState state_;
    QString lastMessage_;
};

// "Black", "White" (capitalised for sentences).
QString colorTitle(Color c);

}  // namespace m37::ui
