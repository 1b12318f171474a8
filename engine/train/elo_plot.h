#pragma once
// EloPlot: a learning curve drawn as a small self-contained SVG (no plotting
// library on the build machines): one or more series of (generation, Elo)
// points on shared axes with ticks, a legend, and hollow markers for points
// flagged as not promoted. `move37-engine zero` redraws outDir/elo.svg after
// every generation; the committed docs/ copy comes from there. Any other
// (x, y) curve draws the same way (reason-grpo's reward and length curves,
// without markers).
// Pure functions over plain values; any thread.
#include <string>
#include <vector>

namespace m37::train {

struct EloPoint {
    double x = 0;  // generation
    double y = 0;  // Elo
    bool filled = true;
};

struct EloSeries {
    std::string label;
    std::vector<EloPoint> points;
};

struct EloPlot {
    std::string title;
    std::string xLabel = "generation";
    std::string yLabel = "Elo";
    std::vector<EloSeries> series;
    int width = 720;
    int height = 420;
    bool markers = true;    // a circle at each point
    double minYSpan = 50;   // the y axis covers at least this much
};

// The SVG document. Empty series are left out of the drawing but kept in
// the legend; a plot with no points shows its axes and "no data yet".
std::string renderEloSvg(const EloPlot& plot);

// "Nice" tick values covering [lo, hi] (about `count` of them).
std::vector<double> niceTicks(double lo, double hi, int count);

}  // namespace m37::train
