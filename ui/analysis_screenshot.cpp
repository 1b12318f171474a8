#include "ui/analysis_screenshot.h"

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QImage>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

#include "ui/analysis_actions.h"
#include "ui/board_widget.h"
#include "ui/engine_settings.h"
#include "ui/game_review_actions.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"
#include "ui/sgf_file_controller.h"

namespace m37::ui {

int openForScreenshot(MainWindow& window, const ScreenshotParams& p, QString* error) {
    auto fail = [&](int code, const QString& why) {
        if (error) *error = why;
        return code;
    };
    // No dialog may wait for a user: errors come back as text.
    QString fileError;
    window.files()->hooks().showError = [&](const QString&, const QString& text) {
        fileError = text;
    };
    window.files()->hooks().showWarnings = [](const QString&, const QStringList& lines) {
        for (const QString& l : lines) std::fprintf(stderr, "%s\n", qPrintable(l));
    };
    window.resize(p.size);
    // No hover ghost where a virtual screen puts the pointer.
    window.board()->setHoverEnabled(false);
    // Nor the next move's translucent stone, which reads as a stray one.
    window.board()->setShowNextMoves(false);
    window.show();

    GameTreeModel* model = window.model();
    if (!p.sgf.isEmpty() && !window.files()->openFile(p.sgf))
        return fail(2,
                    fileError.isEmpty() ? QStringLiteral("%1: cannot open").arg(p.sgf) : fileError);
    // A stored review (an annotated file) is read once the tree is in: its
    // graph and key moments are shown.
    QCoreApplication::processEvents();
    if (window.review()->runner()->stored()) {
        for (QDockWidget* dock :
             {window.review()->graphDock(), window.review()->keyMomentsDock()}) {
            dock->show();
            dock->raise();
        }
    }
    if (p.move >= 0) {
        model->toStart();
        while (model->moveNumber() < p.move && model->forward()) {
        }
        if (model->moveNumber() < p.move)
            return fail(2, QStringLiteral("%1: --move %2: the main line has only %3 moves")
                               .arg(p.sgf.isEmpty() ? QStringLiteral("the game") : p.sgf)
                               .arg(p.move)
                               .arg(model->moveNumber()));
    } else {
        model->toEnd();
    }
    return 0;
}

int takeScreenshot(MainWindow& window, const ScreenshotParams& p, QString* error) {
    auto fail = [&](int code, const QString& why) {
        if (error) *error = why;
        return code;
    };
    if (const int rc = openForScreenshot(window, p, error)) return rc;
    AnalysisActions* analysis = window.analysis();
    analysis->setFlags(p.flags);
    if (p.visits > 0) {
        AnalysisParams ap = analysis->controller()->params();
        if (p.network) ap.networkPath = *p.network;
        if (p.humanPolicy) ap.humanPolicyPath = *p.humanPolicy;
        if (p.threads > 0) ap.threads = p.threads;
        ap.visits = p.visits;
        analysis->controller()->setParams(ap);

        QEventLoop loop;
        QString loadError;
        bool done = false;
        QObject::connect(analysis->controller(), &AnalysisController::loadFailed, &loop,
                         [&](const QString& m) { loadError = m; });
        QObject::connect(analysis->controller(), &AnalysisController::snapshotChanged, &loop, [&] {
            const auto& s = analysis->controller()->snapshot();
            if (s && s->final) {
                done = true;
                loop.quit();
            }
        });
        QTimer::singleShot(p.timeoutSeconds * 1000, &loop, &QEventLoop::quit);
        analysis->setActive(true);
        if (!done) loop.exec();
        if (!loadError.isEmpty()) return fail(3, loadError);
        if (!done)
            return fail(
                3, QStringLiteral("the analysis did not finish in %1 s").arg(p.timeoutSeconds));
        if (p.showPv) {
            const auto& s = analysis->controller()->snapshot();
            if (s && !s->candidates.empty())
                window.board()->setHighlightedMove(s->candidates.front().move);
        }
    }
    QApplication::processEvents();  // layouts and pending paints
    const QImage image = window.grab().toImage();
    if (image.isNull() || !image.save(p.out, "PNG"))
        return fail(1, QStringLiteral("%1: cannot write the PNG").arg(p.out));
    return 0;
}

}  // namespace m37::ui
