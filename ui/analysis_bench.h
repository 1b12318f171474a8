#pragma once
// The GUI responsiveness benchmark of live analysis (`move37
// --bench-responsiveness`, and printed by the UI tests): while the engine
// analyses and the user navigates, a 2 ms precise timer on the GUI thread
// records the longest gap between its ticks (the longest event-loop stall),
// and each navigation followed by a pause records the time until its first
// analysis is on screen (first snapshot received and the board repainted).
// After a warm-up that is not measured (one navigation and its analysis:
// first paints, fonts, textures), two phases: rapid navigation (key
// auto-repeat speed), then steps with a dwell after each. On a loaded machine a wall-clock gap also
// counts the time the GUI thread waited for a CPU, so each gap's GUI-thread CPU time is recorded
// too: the longest of those is what our code blocked the loop. Threading: GUI thread; runs a nested
// event loop.
#include <QString>
#include <vector>

namespace m37::ui {

class MainWindow;

struct ResponsivenessParams {
    int rapidSteps = 50;       // navigations in quick succession
    int rapidIntervalMs = 30;  // between them
    int dwellSteps = 20;       // navigations each followed by a pause
    int dwellMs = 400;         // the pause
    int tickMs = 2;            // period of the stall detector
    int timeoutMs = 5000;      // waiting for one first snapshot at most
};

struct ResponsivenessResult {
    double maxStallMs = 0;          // longest gap between detector ticks
    double maxStallRapidMs = 0;     // ... during the rapid phase
    double maxBusyMs = 0;           // most GUI-thread CPU time between two ticks
    double p99StallMs = 0;          // 99th percentile of the gaps
    std::vector<double> latencyMs;  // move -> first analysis on screen, per dwell step
    int missing = 0;                // dwell steps whose analysis never came
    bool lastArrived = false;       // the last node got its analysis
    int staleDropped = 0;           // snapshots dropped as stale
    // Gaps over 50 ms: (gap, navigation step it happened after; 0 = before the first).
    std::vector<std::pair<double, int>> longGaps;
    double medianLatencyMs() const;
    double maxLatencyMs() const;
    QString summary() const;
};

// Runs on `window`'s current game (navigating forward, and back at the
// end); turns analysis on for the run.
ResponsivenessResult measureResponsiveness(MainWindow& window, const ResponsivenessParams& p);

}  // namespace m37::ui
