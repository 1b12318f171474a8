#pragma once
// ChatStep: the steps of a reasoning text that the chat view walks through,
// each a stretch of the think text with the moves it reads (shown on the
// board as numbered ghost stones). Text in the local model's think-block
// language (engine/reason/think_block.h) gives one step a parsed line, with
// its variation; any other text (a remote model's free reasoning) gives one
// step per sentence or line that names points, its moves being those points
// in order, each coloured by a "black"/"white"/"B"/"W" just before it, else
// alternating from the side to move. chatHtml() renders the text with every
// coordinate a link ("pt:D4") and the current step highlighted.
// Threading: plain values and pure functions.
#include <QString>
#include <optional>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/reason/think_block.h"

namespace m37::ui {

struct ChatStep {
    int start = 0, end = 0;  // the stretch of the think text [start, end)
    int line = 0;            // 0-based line of the think text where it starts
    std::vector<reason::PlayedMove> moves;
    bool thinkBlock = false;  // parsed from the think-block language
    int blockIndex = -1;      // its index among the parsed steps (badges)
};

// A coordinate found in a text.
struct CoordMatch {
    int start = 0, length = 0;
    Loc loc = kNullLoc;
};

// Every GTP coordinate of a board of size n in `text` (either case, whole
// words, on the board).
std::vector<CoordMatch> findCoordinates(const QString& text, int n);
// The steps of `think` about `position` (see the file comment).
std::vector<ChatStep> chatSteps(const QString& think, const GameState& position);
// The first coordinate of the answer ("<answer>E6</answer>", "Play D4 …").
std::optional<Loc> answerMove(const QString& answer, int n);

// A badge shown after a step: a mark and a tooltip-free line of text.
struct ChatBadgeText {
    bool ok = true;
    QString text;  // "legal · within tolerance (engine 57%)"
};

// The text as HTML: escaped, newlines as <br>, coordinates as links
// "pt:VERTEX", step `current` (or none: -1) highlighted, and each step's
// badge (by step index, may be shorter than steps) as a ✓/✗ mark after it.
QString chatHtml(const QString& text, int n, const std::vector<ChatStep>& steps, int current,
                 const std::vector<std::optional<ChatBadgeText>>& badges = {});

}  // namespace m37::ui
