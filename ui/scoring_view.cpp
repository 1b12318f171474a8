#include "ui/scoring_view.h"

#include <QEvent>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "engine/search/dead_stones.h"
#include "ui/board_widget.h"
#include "ui/game_tree_model.h"

namespace m37::ui {

ScoringView::ScoringView(BoardWidget* board) : QWidget(board), board_(board) {
    setObjectName("scoringView");
    setAttribute(Qt::WA_NoSystemBackground);
    setMouseTracking(false);
    panel_ = new QFrame(this);
    panel_->setObjectName("scoringPanel");
    panel_->setFrameShape(QFrame::StyledPanel);
    panel_->setAutoFillBackground(true);
    label_ = new QLabel(panel_);
    label_->setObjectName("scoringSummary");
    auto* ok = new QPushButton(tr("Accept"), panel_);
    ok->setObjectName("acceptScore");
    auto* no = new QPushButton(tr("Cancel"), panel_);
    no->setObjectName("cancelScore");
    connect(ok, &QPushButton::clicked, this, &ScoringView::accept);
    connect(no, &QPushButton::clicked, this, &ScoringView::cancel);
    auto* row = new QHBoxLayout(panel_);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(label_, 1);
    row->addWidget(ok);
    row->addWidget(no);
    board_->installEventFilter(this);
    hide();
}

bool ScoringView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == board_ && event->type() == QEvent::Resize) setGeometry(board_->rect());
    return QWidget::eventFilter(watched, event);
}

void ScoringView::begin(int playouts) {
    state_ = board_->model()->state();
    dead_.clear();
    active_ = true;
    estimating_ = true;
    userMarked_ = false;
    const int token = ++token_;
    // The estimate works on its own copy; its answer comes back through
    // the watcher, on this thread.
    auto* watcher = new QFutureWatcher<std::vector<Loc>>(this);
    connect(watcher, &QFutureWatcher<std::vector<Loc>>::finished, this, [this, watcher, token] {
        watcher->deleteLater();
        onEstimate(token, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([state = state_, playouts] {
        return estimateDeadStones(state, playouts, /*seed=*/37).dead;
    }));
    setGeometry(board_->rect());
    show();
    raise();
    refresh();
}

void ScoringView::onEstimate(int token, const std::vector<Loc>& dead) {
    if (token != token_ || !active_) return;  // scoring ended or started again
    estimating_ = false;
    const bool apply = !userMarked_;
    if (apply) dead_ = dead;
    refresh();
    emit estimated(apply);
}

void ScoringView::cancel() {
    if (!active_) return;
    active_ = false;
    estimating_ = false;
    ++token_;
    hide();
    emit finished(false);
}

void ScoringView::accept() {
    if (!active_) return;
    const QString result = resultText();
    active_ = false;  // before the model's changed()
    estimating_ = false;
    ++token_;
    hide();
    GameTreeModel* model = board_->model();
    GameInfo info = model->gameInfo();
    info.result = result;
    model->setGameInfo(info);
    emit finished(true);
}

bool ScoringView::isDead(Loc loc) const {
    return std::find(dead_.begin(), dead_.end(), loc) != dead_.end();
}

bool ScoringView::toggle(Loc loc) {
    const Board& b = state_.board();
    if (!b.onBoard(loc)) return false;
    const Color c = b.at(loc);
    if (c != kBlack && c != kWhite) return false;
    // The stones of colour c reachable from loc through c's stones and
    // empty points.
    std::vector<char> seen(size_t(b.area()), 0);
    std::vector<Loc> todo{loc}, group;
    seen[size_t(loc)] = 1;
    while (!todo.empty()) {
        const Loc l = todo.back();
        todo.pop_back();
        if (b.at(l) == c) group.push_back(l);
        const int n = b.size();
        const int x = l % (n + 2) - 1, y = l / (n + 2) - 1;
        const int dx[] = {1, -1, 0, 0}, dy[] = {0, 0, 1, -1};
        for (int k = 0; k < 4; ++k) {
            const int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || ny < 0 || nx >= n || ny >= n) continue;
            const Loc m = b.loc(nx, ny);
            if (seen[size_t(m)] || (b.at(m) != c && b.at(m) != kEmpty)) continue;
            seen[size_t(m)] = 1;
            todo.push_back(m);
        }
    }
    userMarked_ = true;
    const bool makeDead = !isDead(loc);
    for (Loc l : group) {
        auto it = std::find(dead_.begin(), dead_.end(), l);
        if (makeDead && it == dead_.end()) dead_.push_back(l);
        if (!makeDead && it != dead_.end()) dead_.erase(it);
    }
    std::sort(dead_.begin(), dead_.end());
    refresh();
    return true;
}

Score ScoringView::score() const {
    return m37::score(state_, dead_);
}

QString ScoringView::resultText() const {
    return QString::fromStdString(score().toString());
}

QString ScoringView::summary() const {
    const Score s = score();
    const bool area = state_.rules().scoring == ScoringRule::kArea;
    return tr("Black %1 · White %2 (%3) — %4")
        .arg(double(s.black))
        .arg(double(s.white))
        .arg(area ? tr("area") : tr("territory"))
        .arg(resultText());
}

void ScoringView::refresh() {
    label_->setText(summary() + (estimating_ ? tr("   Estimating dead stones…")
                                             : tr("   Click a group to mark it dead or alive.")));
    // Accepting before the estimate would score with every stone alive.
    if (auto* ok = panel_->findChild<QPushButton*>(QStringLiteral("acceptScore")))
        ok->setEnabled(!estimating_ || userMarked_);
    panel_->adjustSize();
    panel_->move(8, 8);
    update();
    emit scoreChanged(summary());
}

void ScoringView::mouseReleaseEvent(QMouseEvent* event) {
    if (!active_ || event->button() != Qt::LeftButton) return;
    const BoardGeometry g = board_->boardGeometry();
    if (auto p = g.pointAt(event->position())) toggle(state_.board().loc(p->x(), p->y()));
}

void ScoringView::paintEvent(QPaintEvent*) {
    if (!active_) return;
    const BoardGeometry g = board_->boardGeometry();
    if (!g.valid() || g.boardSize() != state_.size()) return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Board& b = state_.board();
    const std::vector<Color> owner = finalOwnership(b, dead_);
    const qreal cell = g.cell();
    for (int y = 0; y < b.size(); ++y) {
        for (int x = 0; x < b.size(); ++x) {
            const Loc l = b.loc(x, y);
            const QPointF c = g.center(x, y);
            const bool dead = isDead(l);
            if (dead) {
                // Dim the dead stone and cross it out.
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(220, 179, 92, 150));
                p.drawEllipse(c, g.stoneRadius(), g.stoneRadius());
                p.setPen(QPen(QColor(200, 30, 30), std::max(1.5, cell * 0.07)));
                const qreal r = cell * 0.22;
                p.drawLine(c + QPointF(-r, -r), c + QPointF(r, r));
                p.drawLine(c + QPointF(-r, r), c + QPointF(r, -r));
            }
            const Color o = owner[size_t(l)];
            if ((o == kBlack || o == kWhite) && (b.at(l) == kEmpty || dead)) {
                const qreal s = cell * 0.32;
                p.setPen(QPen(o == kBlack ? QColor(255, 255, 255, 160) : QColor(0, 0, 0, 160), 1));
                p.setBrush(o == kBlack ? QColor(20, 20, 20) : QColor(245, 245, 245));
                p.drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
            }
        }
    }
}

}  // namespace m37::ui
