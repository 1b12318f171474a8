#pragma once
// Autosaver: keeps a recovery copy of the open game. After each edit of the
// GameTreeModel (moves, deletions, comments, game info) it writes the game,
// debounced, through a RecoveryStore; the copy is removed when the game is
// saved or otherwise unmodified, and on a clean exit (finish()). At start,
// offerRestore() asks — through RecoveryHooks, so tests and scripts answer
// without a dialog — whether to restore a copy left by a run that did not
// exit cleanly; a restored game is modified and keeps its original path.
// Threading: a QObject on the GUI thread; writes happen there (a game's SGF
// is small).
#include <QObject>
#include <QString>
#include <functional>

#include "ui/recovery_store.h"

class QMessageBox;
class QTimer;
class QWidget;

namespace m37::ui {

class GameTreeModel;
class SgfFileController;

struct AutosaveParams {
    RecoveryParams store;
    // Quiet time after an edit before the copy is written.
    int debounceMs = 500;
};

struct RecoveryHooks {
    // A recovery copy exists: true to restore it, false to discard it.
    std::function<bool(const RecoveryInfo& info)> askRestore;
};

class Autosaver : public QObject {
    Q_OBJECT

  public:
    Autosaver(GameTreeModel* model, SgfFileController* files, const AutosaveParams& params,
              QWidget* window);

    RecoveryHooks& hooks() { return hooks_; }
    const RecoveryStore& store() const { return store_; }
    // False when no slot could be claimed (autosave is off then).
    bool active() const { return store_.claimed(); }

    // The question asked by default (Restore is its default button, the
    // one whose role is AcceptRole); the caller owns it.
    static QMessageBox* createRestoreBox(const RecoveryInfo& info, QWidget* parent);

    // Offers the recovery copy of a previous run, if any; true if restored.
    bool offerRestore();
    // Writes a pending copy now.
    void flush();
    // Clean exit: removes the copy and frees the slot.
    void finish();

  signals:
    void saved(const QString& path);

  private:
    void schedule();
    void writeNow();

    GameTreeModel* model_;
    SgfFileController* files_;
    QWidget* window_;
    RecoveryStore store_;
    RecoveryHooks hooks_;
    QTimer* timer_;
};

}  // namespace m37::ui
