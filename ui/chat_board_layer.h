#pragma once
// ChatBoardLayer: what the chat view draws on the board, as a transparent
// child widget laid over the BoardWidget (it lets every mouse event through):
// the variation of the current reasoning step as numbered ghost stones in
// each move's own colour (a point already taken, by a stone or an earlier
// move of the line, is skipped), and a flashing ring on a point whose
// coordinate was clicked in the text.
// Threading: GUI thread only.
#include <QTimer>
#include <QWidget>
#include <optional>
#include <vector>

#include "engine/reason/think_block.h"

namespace m37::ui {

class BoardWidget;

class ChatBoardLayer : public QWidget {
    Q_OBJECT

  public:
    explicit ChatBoardLayer(BoardWidget* board);

    const std::vector<reason::PlayedMove>& variation() const { return variation_; }
    // The point flashing now, if any.
    std::optional<Loc> flashing() const { return flash_; }

  public slots:
    void setVariation(const std::vector<m37::reason::PlayedMove>& moves);
    void clear();
    // Rings `loc` a few times (about 1.5 s).
    void flash(m37::Loc loc);

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    BoardWidget* board_;
    std::vector<reason::PlayedMove> variation_;
    std::optional<Loc> flash_;
    int flashTicks_ = 0;
    QTimer flashTimer_;
};

}  // namespace m37::ui
