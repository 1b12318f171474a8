#pragma once
// WinrateGraph: a Qt Charts view of Black's winrate (left axis, 0-100 %)
// and, when known, Black's score lead (right axis, points) over the move
// numbers of the reviewed line, with a vertical marker at the current move.
// A click or a drag on the plot emits moveClicked() with the nearest move
// number (MainWindow jumps there). Points arrive one by one as a review
// progresses (setPoint) and are dropped with clear(). Follows the palette
// (light or dark chart theme).
// Threading: GUI thread only, like every QWidget.
#include <QChartView>
#include <QMap>
#include <optional>

class QLineSeries;
class QValueAxis;

namespace m37::ui {

class WinrateGraph : public QChartView {
    Q_OBJECT

  public:
    explicit WinrateGraph(QWidget* parent = nullptr);

    // Black's winrate (0..1) and lead (points, + for Black) at a move number
    // (0: before the first move). Replaces an earlier point of that move.
    void setPoint(int moveNumber, float blackWinrate, std::optional<float> blackLead);
    void clear();
    void setCurrentMove(int moveNumber);
    int currentMove() const { return current_; }
    int pointCount() const { return int(points_.size()); }
    bool hasScore() const;

    // The move number nearest to a widget position (nullopt outside the
    // plot or without points).
    std::optional<int> moveAt(const QPoint& pos) const;
    // The widget position of a move number at a winrate (tests).
    QPoint positionOf(int moveNumber, float blackWinrate) const;

    QSize sizeHint() const override { return {420, 200}; }

  signals:
    void moveClicked(int moveNumber);

  protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

  private:
    struct Point {
        float winrate;
        std::optional<float> lead;
    };
    void rebuild();
    void updateMarker();
    void applyTheme();
    void clickAt(const QPoint& pos);

    QMap<int, Point> points_;
    int current_ = 0;
    int lastEmitted_ = -1;
    QLineSeries* winrate_;
    QLineSeries* lead_;
    QLineSeries* marker_;
    QValueAxis* x_;
    QValueAxis* y_;
    QValueAxis* score_;
};

}  // namespace m37::ui
