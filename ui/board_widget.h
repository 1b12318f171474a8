#pragma once
// BoardWidget: the Go board on screen. Shows the GameModel it is given,
// scaled to fit the widget (square, centred, crisp at any device pixel
// ratio), with a ghost stone of the side to move under the mouse; a click
// plays there through the model, and a refused click flashes a cross and
// emits moveRefused() with the reason. The mouse wheel steps back (up) and
// forward (down) through the game. Painting is done by BoardRenderer.
// Analysis overlays (BoardOverlay) are drawn from the snapshot it is given
// with setAnalysis() (the caller makes sure it belongs to the position
// shown) and the overlay flags; hovering a candidate, or highlighting one
// from outside (the candidates table), shows its PV as numbered ghosts.
// Threading: GUI thread only, like every QWidget.
#include <QTimer>
#include <QWidget>
#include <optional>

#include "engine/search/analysis_snapshot.h"
#include "ui/board_geometry.h"
#include "ui/board_overlay.h"
#include "ui/board_renderer.h"

namespace m37::ui {

class GameTreeModel;

class BoardWidget : public QWidget {
    Q_OBJECT

  public:
    explicit BoardWidget(GameTreeModel* model, QWidget* parent = nullptr);

    GameTreeModel* model() const { return model_; }
    // The layout of the board in this widget at its current size.
    BoardGeometry boardGeometry() const;
    // The same for an area of `size` logical pixels (renderToImage uses it).
    BoardGeometry boardGeometry(const QSizeF& size, qreal devicePixelRatio) const;
    bool showMoveNumbers() const { return showMoveNumbers_; }
    bool showCoordinates() const { return showCoordinates_; }
    bool hoverEnabled() const { return hoverEnabled_; }
    bool showNextMoves() const { return showNextMoves_; }
    // Paints the board as it is now into an image of `size` logical pixels
    // at the given device pixel ratio (tests, screenshots, export).
    QImage renderToImage(const QSize& size, qreal devicePixelRatio = 1.0) const;

    // Analysis overlays.
    const OverlayFlags& overlayFlags() const { return overlayFlags_; }
    const OverlayOptions& overlayOptions() const { return overlayOptions_; }
    const std::optional<AnalysisSnapshot>& analysis() const { return analysis_; }
    // What is drawn now (boardSize 0 when nothing).
    const BoardOverlay& overlay() const { return overlay_; }
    // The candidate whose PV is shown (board hover first, then the
    // highlight set from outside).
    std::optional<Loc> pvMove() const;

    QSize sizeHint() const override { return {720, 720}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int w) const override { return w; }

  public slots:
    void setShowMoveNumbers(bool on);
    void setShowCoordinates(bool on);
    void setAnalysis(const std::optional<m37::AnalysisSnapshot>& snapshot);
    void setOverlayFlags(const m37::ui::OverlayFlags& flags);
    void setOverlayOptions(const m37::ui::OverlayOptions& options);
    void setHighlightedMove(std::optional<m37::Loc> move);
    // Off: no ghost stone and no hovered candidate follow the mouse (the
    // headless screenshots, where a virtual screen's pointer may sit over
    // the board). On by default.
    void setHoverEnabled(bool on);
    // Off: the next move of each variation is not drawn as a translucent
    // stone (screenshots of an analysis, where it reads as a stray stone).
    // On by default.
    void setShowNextMoves(bool on);

  signals:
    // A click on a point the side to move may not play: `why` is the
    // human-readable reason ("point occupied", "ko: ...", "suicide", ...).
    void moveRefused(Loc loc, MoveError error, const QString& why);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

  private:
    BoardView view() const;
    void onModelChanged();
    void rebuildOverlay();
    // The candidate move under the mouse, if the candidates are shown.
    std::optional<Loc> hoveredCandidate() const;

    GameTreeModel* model_;
    mutable BoardRenderer renderer_;
    std::optional<QPoint> hover_;
    std::optional<QPoint> refused_;
    QTimer refusedTimer_;
    bool showMoveNumbers_ = false;
    bool showCoordinates_ = true;
    bool hoverEnabled_ = true;
    bool showNextMoves_ = true;
    std::vector<int> numbers_;  // move numbers by Loc, kept for painting
    BoardMarkup markup_;        // of the current node, kept for painting
    int wheelAngle_ = 0;        // accumulated eighths of a degree
    std::optional<AnalysisSnapshot> analysis_;
    OverlayFlags overlayFlags_;
    OverlayOptions overlayOptions_;
    std::optional<Loc> highlighted_;  // from outside (candidates table)
    BoardOverlay overlay_;
};

}  // namespace m37::ui
