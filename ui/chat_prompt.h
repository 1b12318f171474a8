#pragma once
// The chat view's questions and the prompt a remote reasoning backend gets:
// the preset questions (best move; evaluate move X; status of the group at
// X) or free text, asked about a position sent as a text diagram (columns
// A-T without I, row 1 at the bottom, X black, O white, . empty) with the
// rules, the captures, the side to move and the move list.
// Threading: plain values and pure functions.
#include <QString>

#include "engine/go/game_state.h"

namespace m37::ui {

struct ChatQuestion {
    enum Kind { kBestMove, kEvaluateMove, kGroupStatus, kFreeText };
    Kind kind = kBestMove;
    Loc point = kNullLoc;  // kEvaluateMove, kGroupStatus
    QString text;          // kFreeText

    // The question in words ("What is the best move for Black?").
    QString toText(const GameState& position) const;
};

// The board as a text diagram with coordinates.
QString boardDiagram(const Board& board);
// "1. B D4  2. W Q16  3. B pass"; "(no moves yet)" when empty.
QString moveListText(const GameState& position);
// The system message: how the board is written and how to name moves.
QString remoteSystemPrompt();
// The user message: diagram, rules, side to move, moves, then the question.
QString remoteUserPrompt(const GameState& position, const QString& question);

}  // namespace m37::ui
