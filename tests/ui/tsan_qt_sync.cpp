// ThreadSanitizer's view of Qt's cross-thread hand-offs, for the TSan build
// of the UI tests only (MOVE37_TSAN; see tests/ui/CMakeLists.txt).
//
// Debian's Qt is not built with TSan. Its event queues and its thread
// bookkeeping synchronise through QMutex, which on Linux is a futex that
// TSan cannot see, so every queued signal, invokeMethod() and
// QThread::wait() would look to TSan like no synchronisation at all, and
// each object handed from a worker to the GUI thread would be reported as a
// race. This file tells TSan about those hand-offs where our code meets Qt:
//
//   - posting: the entry points our code calls to post to another thread
//     (QMetaObject::activate, the moc'd body of every signal;
//     QMetaObject::invokeMethodImpl, behind invokeMethod with a function
//     pointer or lambda; QCoreApplication::postEvent; QObject::deleteLater;
//     QThread::quit and exit, after which the thread deletes its objects)
//     release a sync object before they run, through the linker's --wrap;
//   - receiving: QCoreApplication::notify, through which Qt delivers every
//     event in every thread, acquires it before the event and releases it
//     after (a thread's last event handlers are then visible to whoever
//     waits for the thread);
//   - QThread::wait() acquires it once the thread is done.
//
// The model is coarser than Qt's real locks: one sync object stands for
// every thread's event queue, so a handler that finished before another
// started in a different thread counts as ordered before it. Races in our
// code between two threads that overlap in time, and among plain threads
// (the search's std::threads, the batch server), are still seen. What the
// model cannot place is left to two suppressions below, each with its
// reason. A real race between a worker and the GUI thread is still
// reported: checked by hand with a QThread worker and the GUI thread
// writing one int, see the README's Testing section.
#include "tsan_qt_sync.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QMetaObject>
#include <QObject>
#include <QThread>

#include <sanitizer/tsan_interface.h>

namespace {
char queueSync;  // its address names the sync object
}  // namespace

namespace m37::test {

bool TsanSyncApplication::notify(QObject* receiver, QEvent* event) {
    __tsan_acquire(&queueSync);
    const bool result = QApplication::notify(receiver, event);
    __tsan_release(&queueSync);
    return result;
}

}  // namespace m37::test

// What libraries not built with TSan (Qt, glib, libstdc++, LibTorch) do
// through intercepted functions (Qt's allocations and pthread wait
// conditions, glib's eventfd wake-ups) is made invisible to TSan, as Qt's
// futexes already are: our code's own accesses are checked, with the
// hand-offs above as the synchronisation between Qt threads. (Thread
// creation still orders what the creator did before QThread::start.)
extern "C" const char* __tsan_default_options() {
    return "ignore_noninstrumented_modules=1";
}

// TSan reads these as if from a suppressions file (`race:` matches a
// function on any stack of a report, including where the block was
// allocated). Frames of uninstrumented Qt appear only as callers of our code.
extern "C" const char* __tsan_default_suppressions() {
    return
        // A queued signal's arguments are copied inside QMetaObject::activate
        // by the argument type's copy constructor, called from
        // QMetaType::create, while the event is posted: the receiver may
        // take the event before the sender is out of activate() and its
        // release; Qt's futex-locked queue orders them.
        "race:QMetaType::create\n"
        // QObject's destructor disconnects the object's connections and calls
        // the meta-object of the object at the other end of each under Qt's
        // connection locks, while that one may be being destroyed in its own
        // thread (a worker deleted when its thread finishes, as
        // GameReviewRunner's are).
        "race:QObject::~QObject\n";
}

// The mangled names of the Qt 6 functions wrapped (ld --wrap=SYMBOL sends our
// calls of SYMBOL to __wrap_SYMBOL; __real_SYMBOL is Qt's own).
extern "C" {
void __real__ZN11QMetaObject8activateEP7QObjectPKS_iPPv(QObject*, const QMetaObject*, int, void**);
void __wrap__ZN11QMetaObject8activateEP7QObjectPKS_iPPv(QObject* sender, const QMetaObject* m,
                                                        int localSignalIndex, void** argv) {
    __tsan_release(&queueSync);
    __real__ZN11QMetaObject8activateEP7QObjectPKS_iPPv(sender, m, localSignalIndex, argv);
    __tsan_release(&queueSync);  // and the copies of the arguments made for queued receivers
}

bool __real__ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv(
    QObject*, QtPrivate::QSlotObjectBase*, Qt::ConnectionType, void*);
bool __wrap__ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv(
    QObject* object, QtPrivate::QSlotObjectBase* slot, Qt::ConnectionType type, void* ret) {
    __tsan_release(&queueSync);
    return __real__ZN11QMetaObject16invokeMethodImplEP7QObjectPN9QtPrivate15QSlotObjectBaseEN2Qt14ConnectionTypeEPv(
        object, slot, type, ret);
}

void __real__ZN16QCoreApplication9postEventEP7QObjectP6QEventi(QObject*, QEvent*, int);
void __wrap__ZN16QCoreApplication9postEventEP7QObjectP6QEventi(QObject* receiver, QEvent* event,
                                                               int priority) {
    __tsan_release(&queueSync);
    __real__ZN16QCoreApplication9postEventEP7QObjectP6QEventi(receiver, event, priority);
}

void __real__ZN7QObject11deleteLaterEv(QObject*);
void __wrap__ZN7QObject11deleteLaterEv(QObject* object) {
    __tsan_release(&queueSync);
    __real__ZN7QObject11deleteLaterEv(object);
}

void __real__ZN7QThread4quitEv(QThread*);
void __wrap__ZN7QThread4quitEv(QThread* thread) {
    __tsan_release(&queueSync);
    __real__ZN7QThread4quitEv(thread);
}

void __real__ZN7QThread4exitEi(QThread*, int);
void __wrap__ZN7QThread4exitEi(QThread* thread, int code) {
    __tsan_release(&queueSync);
    __real__ZN7QThread4exitEi(thread, code);
}

bool __real__ZN7QThread4waitE14QDeadlineTimer(QThread*, QDeadlineTimer);
bool __wrap__ZN7QThread4waitE14QDeadlineTimer(QThread* thread, QDeadlineTimer deadline) {
    const bool done = __real__ZN7QThread4waitE14QDeadlineTimer(thread, deadline);
    if (done) __tsan_acquire(&queueSync);
    return done;
}
}
