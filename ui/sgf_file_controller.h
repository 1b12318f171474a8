#pragma once
// SgfFileController: the File menu's logic — open an SGF file into the
// GameTreeModel (reader warnings shown as FILE:LINE:COL lines; a file that
// cannot be read gives an error with its position and changes nothing),
// save and save as (atomically with QSaveFile, UTF-8), and asking before
// unsaved changes are lost (Save / Discard / Cancel). Games after the first
// one of a file are only counted, kept as the file's bytes and written back
// verbatim on save, so a 100 MB collection opens in the memory of its first
// game; a game of more than SgfFileParams::maxNodes nodes is refused with
// its position. Every question and
// message goes through FileDialogHooks, so tests answer them without a
// modal dialog; the defaults are QMessageBox / QFileDialog.
// Threading: GUI thread only.
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

#include "engine/sgf/sgf_tree.h"
#include "ui/recent_files.h"

class QWidget;

namespace m37::ui {

class GameTreeModel;

// Writes `text` to `path` atomically (QSaveFile: a temporary file renamed
// over it); on failure the old file stays intact and `error` says why.
bool writeFileAtomically(const QString& path, const std::string& text, QString* error);

struct FileDialogHooks {
    // Unsaved changes would be lost: Save, Discard or Cancel.
    std::function<QMessageBox::StandardButton(const QString& question)> askToSave;
    // A file to open / to save into; empty when cancelled.
    std::function<QString()> askOpenPath;
    std::function<QString(const QString& suggested)> askSavePath;
    std::function<void(const QString& title, const QString& text)> showError;
    // Reader warnings of an opened file, "FILE:LINE:COL: warning: ..." each.
    std::function<void(const QString& title, const QStringList& lines)> showWarnings;
};

struct SgfFileParams {
    // Nodes a game may have to be opened: about 250 bytes each in the tree,
    // so the default is about 1 GB (a 100 MB file of bare moves has 16M).
    size_t maxNodes = 4'000'000;
};

class SgfFileController : public QObject {
    Q_OBJECT

  public:
    SgfFileController(GameTreeModel* model, QWidget* window, SgfFileParams params = {});

    FileDialogHooks& hooks() { return hooks_; }
    // The file shown (absolute path), empty for a game not saved yet.
    const QString& path() const { return path_; }
    // "name.sgf", or "Untitled".
    QString displayName() const;
    RecentFiles& recent() { return recent_; }
    // The warnings of the last file opened.
    const QStringList& lastWarnings() const { return warnings_; }

    // True when there is nothing unsaved, or the user saved or discarded it.
    bool maybeSave();
    // Asks (unsaved changes, then a file unless `path` is given) and opens.
    bool open(const QString& path = {});
    // Opens without asking about unsaved changes. False, with an error
    // shown and nothing changed, when the file cannot be read.
    bool openFile(const QString& path);
    // Opens a recovery file (autosave) as the game at `originalPath` (empty
    // for an untitled game), marked modified; not added to recent files.
    bool openRecovered(const QString& recoveryFile, const QString& originalPath);
    bool save();
    bool saveAs();
    // Writes the tree to `path` atomically; on failure shows the error,
    // leaves any old file intact and returns false.
    bool saveTo(const QString& path);
    // The SGF text a save would write (all games of the file).
    std::string serialized() const;
    // Forgets the file (a new game is "Untitled").
    void clearPath();

  signals:
    void pathChanged(const QString& path);
    void recentChanged();
    void status(const QString& text);

  private:
    void setPath(const QString& path);
    // Reads `path`'s first game into the model (unmodified) and the rest into
    // otherGames_; sets
    // warnings_. False with the error shown when it cannot be read.
    bool readFile(const QString& path);

    GameTreeModel* model_;
    QWidget* window_;
    FileDialogHooks hooks_;
    RecentFiles recent_;
    QString path_;
    QStringList warnings_;
    SgfFileParams params_;
    std::string otherGames_;  // the file's bytes after its first game, verbatim
};

}  // namespace m37::ui
