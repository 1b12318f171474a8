#include "ui/autosaver.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <memory>

#include "ui/game_tree_model.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui {

Autosaver::Autosaver(GameTreeModel* model, SgfFileController* files, const AutosaveParams& params,
                     QWidget* window)
    : QObject(window), model_(model), files_(files), window_(window), store_(params.store) {
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    timer_->setInterval(params.debounceMs);
    connect(timer_, &QTimer::timeout, this, &Autosaver::writeNow);
    store_.claim();
    connect(model_, &GameTreeModel::edited, this, &Autosaver::schedule);
    connect(model_, &GameTreeModel::modifiedChanged, this, [this](bool modified) {
        if (modified) return schedule();
        timer_->stop();
        store_.remove();  // saved, or a fresh game: nothing to recover
    });
    hooks_.askRestore = [this](const RecoveryInfo& info) {
        std::unique_ptr<QMessageBox> box(createRestoreBox(info, window_));
        box->exec();
        return box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole;
    };
}

QMessageBox* Autosaver::createRestoreBox(const RecoveryInfo& info, QWidget* parent) {
    const QString what = info.originalPath.isEmpty() ? tr("An untitled game")
                                                     : QDir::toNativeSeparators(info.originalPath);
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Restore unsaved game?"),
                        tr("move37 did not exit cleanly last time. %1 had unsaved changes "
                           "(autosaved %2).\nRestore it?")
                            .arg(what, QLocale().toString(info.savedAt, QLocale::ShortFormat)),
                        QMessageBox::NoButton, parent);
    QPushButton* restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box->setDefaultButton(restore);
    return box;
}

bool Autosaver::offerRestore() {
    const std::optional<RecoveryInfo> info = store_.info();
    if (!info) return false;
    const QString copy = store_.gamePath();
    if (hooks_.askRestore(*info) && files_->openRecovered(copy, info->originalPath)) {
        writeNow();  // the restored game is this session's copy now
        return true;
    }
    store_.remove();
    return false;
}

void Autosaver::schedule() {
    if (active()) timer_->start();
}

void Autosaver::flush() {
    if (timer_->isActive()) writeNow();
}

void Autosaver::writeNow() {
    timer_->stop();
    if (!active()) return;
    if (!model_->isModified()) {
        store_.remove();
        return;
    }
    RecoveryInfo info{files_->path(), QDateTime::currentDateTime()};
    if (store_.write(files_->serialized(), info)) emit saved(store_.gamePath());
}

void Autosaver::finish() {
    timer_->stop();
    store_.remove();
    store_.release();
}

}  // namespace m37::ui
