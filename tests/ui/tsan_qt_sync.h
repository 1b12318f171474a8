#pragma once
// TsanSyncApplication: the QApplication of the UI tests in the TSan build.
// It tells ThreadSanitizer that an event delivered in any thread follows
// what was posted before it (Debian's Qt synchronises its event queues with
// futexes TSan cannot see); tsan_qt_sync.cpp has the posting side and the
// model's limits. Threading: notify() runs in every thread that receives
// events, as QCoreApplication::notify does.
#include <QApplication>

namespace m37::test {

class TsanSyncApplication : public QApplication {
  public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override;
};

}  // namespace m37::test
