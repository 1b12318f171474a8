#pragma once
// Helpers of the play tests: wait for a condition while the event loop
// runs (engines answer asynchronously), and the peers' paths. Test code;
// GUI thread.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <functional>

#include "ui/gtp_process.h"

namespace m37::ui::test {

// Runs the event loop until `done` or `ms` passed; returns done().
inline bool waitFor(const std::function<bool()>& done, int ms = 30000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

inline const char* kGnuGo = "/usr/games/gnugo";
inline const char* kLeelaz = "/usr/games/leelaz";

inline bool have(const char* path) {
    return QFileInfo(QString::fromUtf8(path)).isExecutable();
}

// The misbehaving test engine (tests/ui/misbehaving_gtp.py) in a mode.
inline GtpProcessParams fakeEngine(const QString& mode, const QStringList& extra = {}) {
    GtpProcessParams p;
    p.name = QStringLiteral("Fake");
    p.program = QStringLiteral("python3");
    p.arguments = QStringList{QStringLiteral(MOVE37_UI_TEST_SOURCE_DIR "/misbehaving_gtp.py"),
                              QStringLiteral("--mode"), mode}
                  << extra;
    return p;
}

}  // namespace m37::ui::test
