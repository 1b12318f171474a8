#include "ui/winrate_graph.h"

#include <QApplication>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPalette>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace m37::ui {

namespace {

bool darkPalette(const QPalette& p) {
    return p.color(QPalette::Window).lightness() < 128;
}

}  // namespace

WinrateGraph::WinrateGraph(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(2, 2, 2, 2));
    winrate_ = new QLineSeries(chart);
    winrate_->setName(tr("Black winrate"));
    lead_ = new QLineSeries(chart);
    lead_->setName(tr("Black lead"));
    marker_ = new QLineSeries(chart);
    chart->addSeries(winrate_);
    chart->addSeries(lead_);
    chart->addSeries(marker_);
    x_ = new QValueAxis(chart);
    x_->setLabelFormat("%d");
    y_ = new QValueAxis(chart);
    y_->setRange(0, 100);
    y_->setLabelFormat("%d%%");
    y_->setTickCount(3);
    score_ = new QValueAxis(chart);
    score_->setLabelFormat("%+.0f");
    score_->setTickCount(3);
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(0);
    chart->addAxis(x_, Qt::AlignBottom);
    chart->addAxis(y_, Qt::AlignLeft);
    chart->addAxis(score_, Qt::AlignRight);
    for (QLineSeries* s : {winrate_, marker_}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    lead_->attachAxis(x_);
    lead_->attachAxis(score_);
    setChart(chart);
    setMinimumHeight(150);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(false);
    setToolTip(tr("Black's winrate and score lead; click to go to a move"));
    applyTheme();
    rebuild();
}

void WinrateGraph::setPoint(int moveNumber, float blackWinrate, std::optional<float> blackLead) {
    points_[moveNumber] = {std::clamp(blackWinrate, 0.0f, 1.0f), blackLead};
    rebuild();
}

void WinrateGraph::clear() {
    points_.clear();
    rebuild();
}

bool WinrateGraph::hasScore() const {
    return std::any_of(points_.begin(), points_.end(), [](const Point& p) { return p.lead; });
}

void WinrateGraph::setCurrentMove(int moveNumber) {
    if (moveNumber == current_) return;
    current_ = moveNumber;
    updateMarker();
}

void WinrateGraph::rebuild() {
    QList<QPointF> w, l;
    float maxLead = 5;
    for (auto it = points_.begin(); it != points_.end(); ++it) {
        w << QPointF(it.key(), 100.0 * it->winrate);
        if (it->lead) {
            l << QPointF(it.key(), *it->lead);
            maxLead = std::max(maxLead, std::abs(*it->lead));
        }
    }
    winrate_->replace(w);
    lead_->replace(l);
    lead_->setVisible(!l.isEmpty());
    score_->setVisible(!l.isEmpty());
    const float bound = std::ceil(maxLead / 5.0f) * 5.0f;
    score_->setRange(-bound, bound);
    const int last = points_.isEmpty() ? 0 : points_.lastKey();
    const int range = std::max(last, 10);
    x_->setRange(0, range);
    // Ticks on round move numbers, at most about ten.
    int step = 1;
    for (int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
        step = s;
        if (range / s <= 10) break;
    }
    x_->setTickInterval(step);
    updateMarker();
}

void WinrateGraph::updateMarker() {
    marker_->replace({QPointF(current_, 0), QPointF(current_, 100)});
}

void WinrateGraph::applyTheme() {
    const bool dark = darkPalette(palette());
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette().color(QPalette::Base));
    winrate_->setPen(QPen(dark ? QColor(235, 235, 235) : QColor(20, 20, 20), 2));
    lead_->setPen(QPen(QColor(70, 130, 220), 1.5, Qt::DashLine));
    marker_->setPen(QPen(QColor(220, 60, 60), 1.5));
    const QColor text = palette().color(QPalette::Text);
    for (QValueAxis* a : {x_, y_, score_}) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
    }
    chart()->legend()->setLabelColor(text);
    // The marker is not a data series: no legend entry.
    const auto markers = chart()->legend()->markers(marker_);
    for (auto* m : markers) m->setVisible(false);
}

void WinrateGraph::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyTheme();
}

std::optional<int> WinrateGraph::moveAt(const QPoint& pos) const {
    if (points_.isEmpty()) return std::nullopt;
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    if (!chart()->plotArea().adjusted(-4, -4, 4, 4).contains(inChart)) return std::nullopt;
    const QPointF value = chart()->mapToValue(inChart, winrate_);
    const int wanted = int(std::lround(value.x()));
    // The nearest move that has a point.
    auto it = points_.lowerBound(wanted);
    if (it == points_.end()) return points_.lastKey();
    if (it.key() == wanted || it == points_.begin()) return it.key();
    auto prev = std::prev(it);
    return (wanted - prev.key() <= it.key() - wanted) ? prev.key() : it.key();
}

QPoint WinrateGraph::positionOf(int moveNumber, float blackWinrate) const {
    const QPointF inChart =
        chart()->mapToPosition(QPointF(moveNumber, 100.0 * blackWinrate), winrate_);
    return mapFromScene(chart()->mapToScene(inChart));
}

void WinrateGraph::clickAt(const QPoint& pos) {
    if (auto m = moveAt(pos); m && *m != lastEmitted_) {
        lastEmitted_ = *m;
        emit moveClicked(*m);
    }
}

void WinrateGraph::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QChartView::mousePressEvent(event);
    lastEmitted_ = -1;
    clickAt(event->position().toPoint());
    event->accept();
}

void WinrateGraph::mouseMoveEvent(QMouseEvent* event) {
    if (!(event->buttons() & Qt::LeftButton)) return QChartView::mouseMoveEvent(event);
    clickAt(event->position().toPoint());
    event->accept();
}

}  // namespace m37::ui
