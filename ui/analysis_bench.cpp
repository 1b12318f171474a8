#include "ui/analysis_bench.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <ctime>
#include <functional>

#include "ui/analysis_actions.h"
#include "ui/board_widget.h"
#include "ui/game_tree_model.h"
#include "ui/main_window.h"

namespace m37::ui {

namespace {

// CPU time of the calling thread (0 where the platform has no such clock).
double threadCpuMs() {
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return 0;
}

}  // namespace

double ResponsivenessResult::medianLatencyMs() const {
    if (latencyMs.empty()) return -1;
    std::vector<double> v = latencyMs;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double ResponsivenessResult::maxLatencyMs() const {
    return latencyMs.empty() ? -1 : *std::max_element(latencyMs.begin(), latencyMs.end());
}

QString ResponsivenessResult::summary() const {
    return QStringLiteral(
               "longest event-loop stall %1 ms wall, %9 ms of GUI-thread CPU (99th percentile "
               "gap %10 ms; rapid navigation %2 ms); move -> first analysis on screen: median %3 "
               "ms, max %4 ms over %5 moves (%6 missing); stale snapshots dropped %7; last node "
               "analysed: %8")
               .arg(maxStallMs, 0, 'f', 1)
               .arg(maxStallRapidMs, 0, 'f', 1)
               .arg(medianLatencyMs(), 0, 'f', 1)
               .arg(maxLatencyMs(), 0, 'f', 1)
               .arg(latencyMs.size())
               .arg(missing)
               .arg(staleDropped)
               .arg(lastArrived ? QStringLiteral("yes") : QStringLiteral("no"))
               .arg(maxBusyMs, 0, 'f', 1)
               .arg(p99StallMs, 0, 'f', 1) +
           [this] {
               QString gaps;
               for (const auto& [ms, step] : longGaps)
                   gaps += QStringLiteral(" %1 ms after step %2;").arg(ms, 0, 'f', 0).arg(step);
               return gaps.isEmpty() ? QString() : QStringLiteral("; gaps over 50 ms:") + gaps;
           }();
}

ResponsivenessResult measureResponsiveness(MainWindow& window, const ResponsivenessParams& p) {
    ResponsivenessResult r;
    GameTreeModel* model = window.model();
    AnalysisController* analysis = window.analysis()->controller();
    const int staleBefore = analysis->staleDropped();
    window.analysis()->setActive(true);

    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = clock.nsecsElapsed();
    double lastCpu = threadCpuMs();
    std::vector<double> gaps;
    bool rapid = true;
    int step = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(p.tickMs);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - lastTick) / 1e6;
        const double cpu = threadCpuMs();
        lastTick = now;
        r.maxBusyMs = std::max(r.maxBusyMs, cpu - lastCpu);
        lastCpu = cpu;
        gaps.push_back(gap);
        r.maxStallMs = std::max(r.maxStallMs, gap);
        if (gap > 50) r.longGaps.push_back({gap, step});
        if (rapid) r.maxStallRapidMs = std::max(r.maxStallRapidMs, gap);
    });

    bool forward = true;
    auto navigate = [&] {
        if (forward && !model->forward()) {
            forward = false;
            model->back();
        } else if (!forward && !model->back()) {
            forward = true;
            model->forward();
        }
    };

    qint64 movedAt = 0;
    bool waiting = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    std::function<void()> next;
    auto dwellDone = [&] { QTimer::singleShot(p.dwellMs, &loop, [&] { next(); }); };
    QObject::connect(analysis, &AnalysisController::firstSnapshot, &loop, [&](double) {
        if (!waiting) return;
        window.board()->repaint();  // on screen, not only received
        r.latencyMs.push_back(double(clock.nsecsElapsed() - movedAt) / 1e6);
        waiting = false;
        timeout.stop();
        dwellDone();
    });
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        waiting = false;
        ++r.missing;
        dwellDone();
    });
    next = [&] {
        if (step < p.rapidSteps) {
            ++step;
            navigate();
            QTimer::singleShot(p.rapidIntervalMs, &loop, [&] { next(); });
            return;
        }
        rapid = false;
        if (step >= p.rapidSteps + p.dwellSteps) {
            loop.quit();
            return;
        }
        ++step;
        navigate();
        movedAt = clock.nsecsElapsed();
        waiting = true;
        timeout.start(p.timeoutMs);
    };
    // Warm-up, not measured: the first paints of the window, its fonts and
    // the wood texture, and a first analysis.
    {
        QEventLoop warm;
        QObject::connect(analysis, &AnalysisController::firstSnapshot, &warm, &QEventLoop::quit);
        QTimer::singleShot(p.timeoutMs, &warm, &QEventLoop::quit);
        navigate();
        warm.exec();
        QTimer::singleShot(200, &warm, &QEventLoop::quit);
        warm.exec();
    }
    lastTick = clock.nsecsElapsed();
    lastCpu = threadCpuMs();
    ticker.start();
    QTimer::singleShot(0, &loop, [&] { next(); });
    loop.exec();
    ticker.stop();
    if (!gaps.empty()) {
        std::sort(gaps.begin(), gaps.end());
        r.p99StallMs = gaps[std::min(gaps.size() - 1, gaps.size() * 99 / 100)];
    }
    const auto& s = analysis->snapshot();
    r.lastArrived = s.has_value() && s->boardSize == model->state().size();
    r.staleDropped = analysis->staleDropped() - staleBefore;
    return r;
}

}  // namespace m37::ui
