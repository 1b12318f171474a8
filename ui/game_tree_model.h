#pragma once
// GameTreeModel: the GUI's model of the game on screen — an SGF game tree
// (SgfNode) with a current node, and the position at that node (replayed
// along the path by TreePosition). Playing a move adds a child to the
// current node, or goes to the child that already has that move; the
// navigation (back, forward, siblings, start, end) only moves the current
// node; edits (new moves, delete, promote, comments, game info) mark the
// tree modified. Views listen to changed() (the current node or anything
// shown changed), treeChanged() (nodes added, removed or reordered; also a
// new tree), modifiedChanged() and message() (outcomes in words).
// Threading: a QObject living on the GUI thread; call it only from there
// (engines will talk to it through queued signals).
#include <QObject>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

#include "engine/go/game_state.h"
#include "engine/sgf/sgf_tree.h"
#include "ui/game_info.h"
#include "ui/new_game_params.h"
#include "ui/tree_position.h"

namespace m37::ui {

class GameTreeModel : public QObject {
    Q_OBJECT

  public:
    explicit GameTreeModel(const NewGameParams& params = {}, QObject* parent = nullptr);
    ~GameTreeModel() override;

    // --- the position at the current node ---
    const GameState& state() const { return position_.state(); }
    // Board size and rules of the game (from the root).
    const NewGameParams& params() const { return params_; }
    // The stone the current node played, or kNullLoc (no move, or a pass).
    Loc lastMove() const;
    // The number (1-based) of the move that put each stone now on the board,
    // indexed by Loc; 0 for points without such a stone.
    std::vector<int> moveNumbers() const;
    const QString& lastMessage() const { return lastMessage_; }

    // --- the tree ---
    const SgfNode& root() const { return *root_; }
    const SgfNode* current() const { return current_; }
    // Nodes from the root to the current one (root first).
    std::vector<const SgfNode*> path() const { return position_.path(); }
    // Moves (B/W nodes) from the root to the current node.
    int moveNumber() const { return state().moveNumber(); }
    bool isModified() const { return modified_; }
    void setModified(bool modified);

    // --- play ---
    // Plays for the side to move; returns kNone when played, else the reason
    // it was refused (nothing changes then).
    MoveError play(Loc loc);
    void pass();
    // Goes back to the parent node (the move stays in the tree as a
    // variation); false at the root.
    bool undo();
    // A fresh tree for a new game (unmodified).
    void newGame(const NewGameParams& params);
    // Replaces the tree by `root` (unmodified, current node the root). False
    // with `error` set, and nothing changed, when its game cannot be set up.
    bool loadTree(std::unique_ptr<SgfNode> root, QString* error = nullptr);

    // --- navigation (each returns false when it cannot move) ---
    bool goTo(const SgfNode* node);
    bool back(int steps = 1);
    // Forward along the line last visited below each node (first child else).
    bool forward(int steps = 1);
    bool toStart();
    bool toEnd();
    // Switches to the previous (-1) / next (+1) variation at the nearest
    // fork at or above the current node, keeping the depth where possible.
    bool switchVariation(int direction);

    // --- editing ---
    // Deletes the current node with everything below; goes to its parent.
    // The last deleted subtree is kept until the next delete or another
    // tree, so that restoreDeleted() can put it back.
    bool deleteCurrent();
    // Puts the last deleted subtree back where it was (same parent, same
    // place among its siblings) and goes to it; false when there is none.
    bool restoreDeleted();
    bool canRestoreDeleted() const { return deleted_.node != nullptr; }
    // Makes the current line the main line (first child at every fork
    // above), keeping the order of the other variations.
    bool promoteToMainLine();
    QString comment() const;
    void setComment(const QString& text);
    GameInfo gameInfo() const;
    void setGameInfo(const GameInfo& info);

  signals:
    void changed();
    void treeChanged();
    void modifiedChanged(bool modified);
    // The tree or its properties were edited (each time; the autosave
    // listens to this).
    void edited();
    void message(const QString& text);

  private:
    void say(const QString& text);
    QString vertex(Loc loc) const;
    void setCurrent(const SgfNode* node);
    const SgfNode* rememberedChild(const SgfNode* node) const;
    void markEdited();

    NewGameParams params_;
    std::unique_ptr<SgfNode> root_;
    SgfNode* current_ = nullptr;
    TreePosition position_;
    // For each node visited, the child on the line last followed below it.
    std::unordered_map<const SgfNode*, const SgfNode*> lastChild_;
    bool modified_ = false;
    QString lastMessage_;
    // The last deleted subtree and where it was. The parent outlives it
    // here: nodes are destroyed only by a delete (which replaces this) or
    // a new tree (which clears it).
    struct Deleted {
        SgfNode* parent = nullptr;
        size_t index = 0;
        std::unique_ptr<SgfNode> node;
    };
    Deleted deleted_;
};

// "Black", "White" (capitalised for sentences).
QString colorTitle(Color c);

// The move (B or W) a node plays: its colour and point (kPassLoc for a
// pass); colour kEmpty when the node has no move.
MoveRecord nodeMove(const SgfNode& node, int boardSize);

}  // namespace m37::ui
