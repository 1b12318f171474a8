// The learning-curve SVG: tick choice, one marker per point (hollow for a
// candidate that was not promoted), escaped text, and an empty plot.
#include <gtest/gtest.h>

#include "engine/train/elo_plot.h"

using namespace m37::train;

namespace {

int count(const std::string& s, const std::string& what) {
    int n = 0;
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST(EloPlot, NiceTicks) {
    EXPECT_EQ(niceTicks(0, 100, 5), (std::vector<double>{0, 20, 40, 60, 80, 100}));
    EXPECT_EQ(niceTicks(-130, 40, 4), (std::vector<double>{-100, -50, 0}));
    EXPECT_EQ(niceTicks(0, 7, 8), (std::vector<double>{0, 1, 2, 3, 4, 5, 6, 7}));
    EXPECT_FALSE(niceTicks(5, 5, 4).empty());
}

TEST(EloPlot, PointsLegendAndEscaping) {
    EloPlot plot;
    plot.title = "9x9 <zero> & co";
    plot.series.push_back({"rating", {{1, 100, true}, {2, 60, false}, {3, 250, true}}});
    plot.series.push_back({"vs gnugo", {{2, -300, true}}});
    const std::string svg = renderEloSvg(plot);
    EXPECT_EQ(svg.rfind("<svg", 0), 0u);
    EXPECT_EQ(count(svg, "<circle"), 4);
    EXPECT_EQ(count(svg, "fill=\"white\" stroke="), 1);  // the one not promoted
    EXPECT_EQ(count(svg, "<polyline"), 1);               // a single point draws no line
    EXPECT_NE(svg.find("9x9 &lt;zero&gt; &amp; co"), std::string::npos);
    EXPECT_NE(svg.find(">vs gnugo</text>"), std::string::npos);
    EXPECT_NE(svg.find(">-200</text>"), std::string::npos);  // ticks reach down to the lowest point
    EXPECT_EQ(svg.find("no data yet"), std::string::npos);
}

TEST(EloPlot, EmptyPlotSaysSo) {
    EloPlot plot;
    plot.series.push_back({"rating", {}});
    const std::string svg = renderEloSvg(plot);
    EXPECT_NE(svg.find("no data yet"), std::string::npos);
    EXPECT_EQ(count(svg, "<circle"), 0);
}
