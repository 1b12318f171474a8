#include "ui/sgf_file_controller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QWidget>

#include "engine/go/whole_file.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"
#include "ui/diagnostics_dialog.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

namespace {

// A function, not a constant: tr() must run after the translator is loaded.
QString sgfFilter() {
    return SgfFileController::tr("SGF files (*.sgf *.SGF);;All files (*)");
}

// "FILE:LINE:COL: warning: message" (no position when unknown).
QString located(const QString& file, const SgfDiagnostic& d) {
    if (d.line > 0) return file + ':' + QString::fromStdString(d.toString());
    return QStringLiteral("%1: %2: %3")
        .arg(file, d.isError ? QStringLiteral("error") : QStringLiteral("warning"),
             QString::fromStdString(d.message));
}

}  // namespace

bool writeFileAtomically(const QString& path, const std::string& text, QString* error) {
    QSaveFile file(path);
    QString why;
    if (!file.open(QIODevice::WriteOnly)) {
        why = file.errorString();
    } else if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
               !file.flush() || file.size() != qint64(text.size())) {
        // Qt 6.4's commit() succeeds after a failed flush (a short write at
        // a file size limit): check the flush and the size ourselves.
        why = file.error() != QFileDevice::NoError ? file.errorString()
                                                   : SgfFileController::tr("short write");
        file.cancelWriting();
    }
    if (why.isEmpty() && !file.commit()) why = file.errorString();
    if (error) *error = why;
    return why.isEmpty();
}

SgfFileController::SgfFileController(GameTreeModel* model, QWidget* window, SgfFileParams params)
    : QObject(window), model_(model), window_(window), params_(params) {
    hooks_.askToSave = [this](const QString& question) {
        return QMessageBox::warning(window_, tr("Unsaved changes"), question,
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                    QMessageBox::Save);
    };
    hooks_.askOpenPath = [this] {
        const QString dir = recent_.list().isEmpty()
                                ? QDir::homePath()
                                : QFileInfo(recent_.list().front()).absolutePath();
        return QFileDialog::getOpenFileName(window_, tr("Open SGF"), dir, sgfFilter());
    };
    hooks_.askSavePath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(window_, tr("Save SGF"), suggested, sgfFilter());
    };
    hooks_.showError = [this](const QString& title, const QString& text) {
        QMessageBox::critical(window_, title, text);
    };
    hooks_.showWarnings = [this](const QString& title, const QStringList& lines) {
        auto* d = new DiagnosticsDialog(title, lines, window_);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();  // not modal: the game is already open behind it
    };
}

QString SgfFileController::displayName() const {
    return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
}

void SgfFileController::setPath(const QString& path) {
    path_ = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    emit pathChanged(path_);
}

void SgfFileController::clearPath() {
    otherGames_.clear();
    setPath({});
}

bool SgfFileController::maybeSave() {
    if (!model_->isModified()) return true;
    const auto answer =
        hooks_.askToSave(tr("%1 has unsaved changes. Save them first?").arg(displayName()));
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

bool SgfFileController::open(const QString& given) {
    if (!maybeSave()) return false;
    const QString path = given.isEmpty() ? hooks_.askOpenPath() : given;
    if (path.isEmpty()) return false;
    return openFile(path);
}

bool SgfFileController::openFile(const QString& path) {
    if (!readFile(path)) return false;
    setPath(path);
    recent_.add(path_);
    emit recentChanged();
    const QString name = QFileInfo(path).fileName();
    if (warnings_.isEmpty()) {
        emit status(tr("Opened %1").arg(name));
    } else {
        emit status(tr("Opened %1 with %n warning(s)", nullptr, int(warnings_.size())).arg(name));
        hooks_.showWarnings(tr("Warnings reading %1").arg(name), warnings_);
    }
    return true;
}

bool SgfFileController::openRecovered(const QString& recoveryFile, const QString& originalPath) {
    if (!readFile(recoveryFile)) return false;
    setPath(originalPath);
    model_->setModified(true);
    emit status(tr("Restored the unsaved game of the last session"));
    return true;
}

bool SgfFileController::readFile(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    const QString title = tr("Cannot open %1").arg(name);
    std::string why;
    std::optional<std::string> bytes = readWholeFile(QFile::encodeName(path).toStdString(), &why);
    if (!bytes) {
        hooks_.showError(title, QString::fromStdString(why));
        emit status(QString::fromStdString(why));
        return false;
    }
    SgfReadOptions options;
    options.maxGames = 1;
    options.maxNodes = params_.maxNodes;
    SgfReadResult read = readSgf(*bytes, options);
    QStringList errors, warnings;
    for (const auto& d : read.diagnostics) (d.isError ? errors : warnings) << located(path, d);
    if (!errors.isEmpty() || read.games.empty()) {
        if (errors.isEmpty()) errors << tr("%1: no game found").arg(path);
        hooks_.showError(title, errors.join('\n'));
        emit status(errors.front());
        return false;
    }
    std::unique_ptr<SgfNode> first = std::move(read.games.front());
    QString modelWhy;
    if (!model_->loadTree(std::move(first), &modelWhy)) {
        hooks_.showError(title, tr("%1: %2").arg(path, modelWhy));
        emit status(modelWhy);
        return false;
    }
    otherGames_ = read.unreadGames > 0 ? bytes->substr(read.unreadOffset) : std::string();
    if (read.unreadGames > 0)
        warnings << tr("%1: the file holds %2 games; the first one is shown (all are saved)")
                        .arg(path)
                        .arg(read.unreadGames + 1);
    warnings_ = warnings;
    return true;
}

bool SgfFileController::save() {
    return path_.isEmpty() ? saveAs() : saveTo(path_);
}

bool SgfFileController::saveAs() {
    QString suggested = path_;
    if (suggested.isEmpty()) {
        const GameInfo info = model_->gameInfo();
        QString base = info.playerBlack.isEmpty() && info.playerWhite.isEmpty()
                           ? tr("game")
                           : QStringLiteral("%1-%2").arg(info.playerBlack, info.playerWhite);
        base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>| ]+")), QStringLiteral("_"));
        const QStringList recent = recent_.list();
        const QString dir =
            recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.front()).absolutePath();
        suggested = QDir(dir).filePath(base + QStringLiteral(".sgf"));
    }
    const QString path = hooks_.askSavePath(suggested);
    if (path.isEmpty()) return false;
    return saveTo(path);
}

std::string SgfFileController::serialized() const {
    // The writer always writes CA[UTF-8] (the text is UTF-8 in memory).
    std::string text = writeSgf(model_->root());
    if (!otherGames_.empty()) {
        if (text.back() != '\n') text += '\n';
        text += otherGames_;
    }
    return text;
}

bool SgfFileController::saveTo(const QString& path) {
    const std::string text = serialized();
    QString error;
    if (!writeFileAtomically(path, text, &error)) {
        const QString name = QFileInfo(path).fileName();
        hooks_.showError(tr("Cannot save %1").arg(name),
                         tr("%1 could not be written: %2\nNothing was changed on disk.")
                             .arg(QDir::toNativeSeparators(path), error));
        emit status(tr("Save failed: %1").arg(error));
        return false;
    }
    setPath(path);
    model_->setModified(false);
    recent_.add(path_);
    emit recentChanged();
    emit status(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

}  // namespace m37::ui
