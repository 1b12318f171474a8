#pragma once
// Headless screenshots of the main window after a live analysis finished
// (`move37 --screenshot OUT.png ...`): opens an SGF file, goes to a move,
// turns the named overlays on, analyses V visits with the configured (or
// given) networks, waits for the final snapshot on the event loop, then
// grabs the window into a PNG. An annotated file (a move37 review in its
// SGF) shows its stored review with the winrate graph and key-moments docks.
// The board follows no mouse (no hover ghost stone). Used by the Xvfb test
// and to make the README's pictures.
// Threading: GUI thread; runs a nested event loop while the worker thread
// analyses.
#include <QSize>
#include <QString>
#include <optional>

#include "ui/board_overlay.h"

namespace m37::ui {

class MainWindow;

struct ScreenshotParams {
    QString out;                         // PNG to write
    QString sgf;                         // game to open (empty: the window's game)
    int move = -1;                       // move of the main line to show (-1: the end)
    int visits = 0;                      // analysis visits (0: no analysis)
    OverlayFlags flags;                  // overlays to show
    std::optional<QString> network;      // overrides the engine settings
    std::optional<QString> humanPolicy;  // overrides the engine settings
    int threads = 0;                     // search threads (0: the setting)
    bool showPv = false;                 // highlight the best move's PV
    QSize size{1480, 940};               // window size (logical pixels)
    int timeoutSeconds = 900;
};

// Shows the window at params.size with params.sgf open at params.move (no
// dialogs: errors come back in `error`). 0, or 2 for a bad file or move.
int openForScreenshot(MainWindow& window, const ScreenshotParams& params, QString* error);

// Everything: openForScreenshot, overlays, analysis, PNG. Exit status for main(): 0 written, 1
// cannot write, 2 bad input (file, move), 3 analysis failed or timed out; `error` says why.
int takeScreenshot(MainWindow& window, const ScreenshotParams& params, QString* error);

}  // namespace m37::ui
