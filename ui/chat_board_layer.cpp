#include "ui/chat_board_layer.h"

#include <QEvent>
#include <QPainter>

#include "engine/go/coord.h"
#include "ui/board_renderer.h"
#include "ui/board_widget.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

namespace {
constexpr int kFlashTicks = 8;  // on/off halves
constexpr int kFlashMs = 180;
}  // namespace

ChatBoardLayer::ChatBoardLayer(BoardWidget* board) : QWidget(board), board_(board) {
    setObjectName("chatBoardLayer");
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(board->rect());
    board->installEventFilter(this);
    flashTimer_.setInterval(kFlashMs);
    connect(&flashTimer_, &QTimer::timeout, this, [this] {
        if (--flashTicks_ <= 0) {
            flashTimer_.stop();
            flash_.reset();
        }
        update();
    });
    show();
}

void ChatBoardLayer::setVariation(const std::vector<reason::PlayedMove>& moves) {
    variation_ = moves;
    update();
}

void ChatBoardLayer::clear() {
    variation_.clear();
    flash_.reset();
    flashTimer_.stop();
    update();
}

void ChatBoardLayer::flash(Loc loc) {
    flash_ = loc;
    flashTicks_ = kFlashTicks;
    flashTimer_.start();
    raise();
    update();
}

bool ChatBoardLayer::eventFilter(QObject* watched, QEvent* event) {
    if (watched == board_ && event->type() == QEvent::Resize) setGeometry(board_->rect());
    return QWidget::eventFilter(watched, event);
}

void ChatBoardLayer::paintEvent(QPaintEvent*) {
    const Board& b = board_->model()->state().board();
    const int n = b.size();
    const BoardGeometry g = board_->boardGeometry();
    if (g.boardSize() != n) return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const qreal r = g.stoneRadius();
    std::vector<char> used(size_t(n * n), 0);
    for (size_t i = 0; i < variation_.size(); ++i) {
        const reason::PlayedMove& m = variation_[i];
        if (m.move == kPassLoc || m.move == kNullLoc) continue;
        const int x = locX(m.move, n), y = locY(m.move, n);
        if (x < 0 || y < 0 || x >= n || y >= n) continue;
        const size_t k = size_t(y * n + x);
        if (used[k] || b.at(m.move) != kEmpty) continue;
        used[k] = 1;
        const QPointF c = g.center(x, y);
        p.save();
        p.setOpacity(0.82);
        BoardRenderer::paintStone(p, c, r, m.color);
        p.restore();
        const QString num = QString::number(i + 1);
        QFont f = p.font();
        f.setPixelSize(std::max(6, int(r * (num.size() >= 2 ? 0.8 : 0.95))));
        f.setBold(true);
        p.setFont(f);
        p.setPen(m.color == kBlack ? QColor(0xff, 0xff, 0xff) : QColor(0x10, 0x10, 0x10));
        p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, num);
    }
    if (flash_ && *flash_ != kPassLoc && (flashTicks_ % 2 == 0)) {
        const int x = locX(*flash_, n), y = locY(*flash_, n);
        if (x >= 0 && y >= 0 && x < n && y < n) {
            p.setPen(QPen(QColor(0xff, 0x40, 0x20), std::max(2.0, r * 0.22)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(g.center(x, y), r * 1.05, r * 1.05);
        }
    }
}

}  // namespace m37::ui
