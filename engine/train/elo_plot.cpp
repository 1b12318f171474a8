#include "engine/train/elo_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace m37::train {

namespace {

std::string escapeXml(const std::string& s) {
    std::string r;
    for (char c : s) {
        switch (c) {
            case '&':
                r += "&amp;";
                break;
            case '<':
                r += "&lt;";
                break;
            case '>':
                r += "&gt;";
                break;
            case '"':
                r += "&quot;";
                break;
            default:
                r += c;
        }
    }
    return r;
}

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

std::string tickText(double v) {
    char buf[32];
    if (std::fabs(v - std::round(v)) < 1e-9)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

const char* kColours[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};

}  // namespace

std::vector<double> niceTicks(double lo, double hi, int count) {
    if (!(hi > lo)) hi = lo + 1;
    const double raw = (hi - lo) / std::max(1, count);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * mag;
        if (step >= raw) break;
    }
    std::vector<double> ticks;
    for (double t = std::ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
        ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    return ticks;
}

std::string renderEloSvg(const EloPlot& plot) {
    const double left = 64, right = 24, top = 40, bottom = 60 + 16 * double(plot.series.size());
    const double w = plot.width, h = plot.height;
    const double pw = w - left - right, ph = h - top - bottom;
    double x0 = std::numeric_limits<double>::max(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const auto& s : plot.series)
        for (const auto& p : s.points) {
            x0 = std::min(x0, p.x);
            x1 = std::max(x1, p.x);
            y0 = std::min(y0, p.y);
            y1 = std::max(y1, p.y);
        }
    const bool empty = x0 > x1;
    if (empty) x0 = 0, x1 = 1, y0 = 0, y1 = 100;
    x0 = std::min(x0, 0.0);
    if (x1 <= x0) x1 = x0 + 1;
    y0 = std::min(y0, 0.0);
    y1 = std::max(y1, 0.0);
    if (y1 - y0 < plot.minYSpan) y1 = y0 + plot.minYSpan;
    const double pad = (y1 - y0) * 0.08;
    y0 -= pad;
    y1 += pad;
    auto X = [&](double v) { return left + (v - x0) / (x1 - x0) * pw; };
    auto Y = [&](double v) { return top + (y1 - v) / (y1 - y0) * ph; };

    std::string s;
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(w) + "\" height=\"" + num(h) +
         "\" viewBox=\"0 0 " + num(w) + " " + num(h) +
         "\" font-family=\"sans-serif\" font-size=\"12\">\n";
    s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    s += "<text x=\"" + num(w / 2) + "\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">" +
         escapeXml(plot.title) + "</text>\n";
    for (double t : niceTicks(y0, y1, 6)) {
        s += "<line x1=\"" + num(left) + "\" x2=\"" + num(left + pw) + "\" y1=\"" + num(Y(t)) +
             "\" y2=\"" + num(Y(t)) + "\" stroke=\"" + (t == 0 ? "#888" : "#e4e4e4") + "\"/>\n";
        s += "<text x=\"" + num(left - 6) + "\" y=\"" + num(Y(t) + 4) + "\" text-anchor=\"end\">" +
             tickText(t) + "</text>\n";
    }
    for (double t : niceTicks(x0, x1, 8)) {
        if (std::fabs(t - std::round(t)) > 1e-9) continue;  // whole generations only
        s += "<line x1=\"" + num(X(t)) + "\" x2=\"" + num(X(t)) + "\" y1=\"" + num(top + ph) +
             "\" y2=\"" + num(top + ph + 5) + "\" stroke=\"#444\"/>\n";
        s += "<text x=\"" + num(X(t)) + "\" y=\"" + num(top + ph + 18) +
             "\" text-anchor=\"middle\">" + tickText(t) + "</text>\n";
    }
    s += "<rect x=\"" + num(left) + "\" y=\"" + num(top) + "\" width=\"" + num(pw) +
         "\" height=\"" + num(ph) + "\" fill=\"none\" stroke=\"#444\"/>\n";
    s += "<text x=\"" + num(left + pw / 2) + "\" y=\"" + num(top + ph + 36) +
         "\" text-anchor=\"middle\">" + escapeXml(plot.xLabel) + "</text>\n";
    s += "<text transform=\"translate(16 " + num(top + ph / 2) +
         ") rotate(-90)\" text-anchor=\"middle\">" + escapeXml(plot.yLabel) + "</text>\n";
    if (empty)
        s += "<text x=\"" + num(left + pw / 2) + "\" y=\"" + num(top + ph / 2) +
             "\" text-anchor=\"middle\" fill=\"#888\">no data yet</text>\n";
    for (size_t i = 0; i < plot.series.size(); ++i) {
        const auto& ser = plot.series[i];
        const char* c = kColours[i % (sizeof kColours / sizeof *kColours)];
        if (ser.points.size() > 1) {
            s += "<polyline fill=\"none\" stroke=\"" + std::string(c) +
                 "\" stroke-width=\"2\" points=\"";
            for (const auto& p : ser.points) s += num(X(p.x)) + "," + num(Y(p.y)) + " ";
            s += "\"/>\n";
        }
        for (const auto& p : plot.markers ? ser.points : std::vector<EloPoint>{})
            s += "<circle cx=\"" + num(X(p.x)) + "\" cy=\"" + num(Y(p.y)) + "\" r=\"4\" fill=\"" +
                 (p.filled ? std::string(c) : std::string("white")) + "\" stroke=\"" + c +
                 "\" stroke-width=\"1.5\"/>\n";
        // One legend row per series, under the axis label.
        const double ly = top + ph + 52 + 16 * double(i);
        const double lx = left;
        s += "<line x1=\"" + num(lx) + "\" x2=\"" + num(lx + 22) + "\" y1=\"" + num(ly - 4) +
             "\" y2=\"" + num(ly - 4) + "\" stroke=\"" + c + "\" stroke-width=\"2\"/>\n";
        s += "<text x=\"" + num(lx + 28) + "\" y=\"" + num(ly) + "\">" + escapeXml(ser.label) +
             "</text>\n";
    }
    s += "</svg>\n";
    return s;
}

}  // namespace m37::train
