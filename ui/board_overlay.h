#pragma once
// BoardOverlay: what the analysis draws over the board, prepared from an
// AnalysisSnapshot by buildOverlay() and painted by paintOverlay*() (the
// BoardRenderer calls them between its own layers): the engine-policy and
// human-policy heatmaps, both at once (split: engine on the left half of
// each point, human on the right), the candidates with winrate and visits
// coloured by how much they lose against the best (KaTrain's bands), the
// best move's ring, the principal variation of a highlighted candidate as
// numbered ghost stones, ownership shading, and the surprise marker on the
// engine's top move when humans would rarely play it (the move-37 moment).
// Points are (x, y) from the top left, maps are y*N+x.
// Threading: plain values and stateless functions; paint on one thread.
#include <QColor>
#include <QPainter>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

#include "engine/go/board.h"
#include "engine/search/analysis_snapshot.h"
#include "ui/board_geometry.h"
#include "ui/board_style.h"

namespace m37::ui {

// Which overlays are on.
struct OverlayFlags {
    bool policy = false;      // engine-policy heatmap
    bool human = false;       // human-policy heatmap
    bool split = false;       // both heatmaps at once
    bool candidates = false;  // candidate moves, best move, PV on hover
    bool ownership = false;   // territory shading
    bool surprise = false;    // surprise marker

    bool any() const { return policy || human || split || candidates || ownership || surprise; }
    bool operator==(const OverlayFlags&) const = default;
    // Names as the command line takes them: policy, human, split,
    // candidates, ownership, surprise.
    static QStringList names();
    bool* byName(const QString& name);
    // "policy,candidates" -> flags; nullopt with `error` naming the bad
    // word and the accepted ones. An empty list is all off.
    static std::optional<OverlayFlags> parse(const QString& list, QString* error);
};

struct OverlayCandidate {
    QPoint point;
    int visits = 0;
    float winrate = 0.5f;  // side to move
    std::optional<float> scoreLead;
    float visitShare = 0;  // visits / the most visited candidate's
    // Loss against the best move: points when both have a score lead, else
    // winrate percentage points; 0 for the best.
    float loss = 0;
    bool lossInPoints = false;
    bool best = false;
};

struct BoardOverlay {
    int boardSize = 0;  // 0: nothing to show
    Color toMove = kBlack;
    OverlayFlags flags;
    std::vector<float> policy;                 // N*N (pass dropped); empty when unknown
    std::vector<float> humanPolicy;            // N*N; empty when unknown
    std::vector<float> ownership;              // N*N, Black's view; empty when unknown
    std::vector<OverlayCandidate> candidates;  // best first
    // The engine's top move with a human prior below the threshold.
    std::optional<QPoint> surprise;
    float surpriseHumanPrior = 0;
    // The highlighted candidate and its principal variation (starting with
    // it, the side to move first).
    std::optional<QPoint> highlight;
    std::vector<QPoint> pv;
};

struct OverlayOptions {
    double surpriseThreshold = 0.05;  // human prior below which the top move surprises
    double minVisitShare = 0.04;      // candidates with fewer visits are not shown
    int maxCandidates = 20;
    int maxPvLength = 24;
};

// The overlay of snapshot `s` for a board of its size; `highlight` (a
// candidate's move) selects the PV shown.
BoardOverlay buildOverlay(const AnalysisSnapshot& s, const OverlayFlags& flags,
                          const OverlayOptions& options = {},
                          std::optional<Loc> highlight = std::nullopt);

// Colour of a candidate by its loss (KaTrain-like bands: green, yellow-green,
// yellow, orange, red, purple); the best move is cyan.
QColor candidateColor(const OverlayCandidate& c);
// The heatmap colours (engine blue, human magenta).
QColor enginePolicyColor();
QColor humanPolicyColor();
QColor surpriseColor();

// Layers, in painting order: territory under the stones' marks, heatmaps,
// then candidates, surprise marker and PV on top. `board` is the position
// shown (stones hide heatmaps; PV ghosts skip occupied points).
void paintOverlayUnder(QPainter& p, const BoardGeometry& g, const Board& board,
                       const BoardOverlay& o, const BoardStyle& style);
void paintOverlayOver(QPainter& p, const BoardGeometry& g, const Board& board,
                      const BoardOverlay& o, const BoardStyle& style);

// "1.2k", "35", "12M": compact visit counts.
QString compactCount(int64_t n);

}  // namespace m37::ui
