#include "ui/board_overlay.h"

#include <QFont>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "engine/go/coord.h"
#include "engine/nn/evaluator.h"
#include "ui/board_renderer.h"

namespace m37::ui {

namespace {

QPoint pointOf(Loc loc, int n) {
    return {locX(loc, n), locY(loc, n)};
}

bool onBoard(const QPoint& pt, int n) {
    return pt.x() >= 0 && pt.y() >= 0 && pt.x() < n && pt.y() < n;
}

// The map without its pass entry (N*N+1 -> N*N); empty stays empty.
std::vector<float> pointsOnly(const std::vector<float>& policy, int n) {
    if (policy.size() < size_t(n * n)) return {};
    return {policy.begin(), policy.begin() + n * n};
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(std::clamp(alpha, 0, 255));
    return c;
}

// Dark ink on light fills, white on dark ones.
QColor inkFor(const QColor& fill) {
    const double lum = 0.299 * fill.redF() + 0.587 * fill.greenF() + 0.114 * fill.blueF();
    return lum > 0.55 ? QColor(0x12, 0x12, 0x12) : QColor(0xfa, 0xfa, 0xfa);
}

void setPixelFont(QPainter& p, qreal px, QFont::Weight weight = QFont::Bold) {
    QFont f = p.font();
    f.setPixelSize(std::max(6, int(std::lround(px))));
    f.setWeight(weight);
    p.setFont(f);
}

float maxOf(const std::vector<float>& v) {
    return v.empty() ? 0.0f : *std::max_element(v.begin(), v.end());
}

QString percentText(float p) {
    const double pc = double(p) * 100.0;
    return pc >= 9.5 ? QString::number(pc, 'f', 0) : QString::number(pc, 'f', pc >= 0.95 ? 0 : 1);
}

void paintOwnership(QPainter& p, const BoardGeometry& g, const Board& b, const BoardOverlay& o) {
    const int n = o.boardSize;
    const qreal cell = g.cell();
    p.setPen(Qt::NoPen);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const float v = o.ownership[size_t(y * n + x)];
            const float a = std::abs(v);
            const Color stone = b.at(b.loc(x, y));
            const QPointF c = g.center(x, y);
            const QColor owner = v > 0 ? QColor(0x0c, 0x0c, 0x0c) : QColor(0xfa, 0xfa, 0xf6);
            if (stone == kEmpty) {
                if (a < 0.12f) continue;
                const qreal side = cell * 0.62 * a;
                p.setBrush(withAlpha(owner, 60 + int(150 * a)));
                p.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
            } else if ((stone == kBlack) != (v > 0) && a >= 0.35f) {
                // The stone's points belong to the other side: likely dead.
                const qreal side = cell * 0.42 * a;
                p.setBrush(withAlpha(owner, 230));
                p.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
            }
        }
}

void paintHeatmap(QPainter& p, const BoardGeometry& g, const Board& b, const BoardOverlay& o,
                  const std::vector<float>& map, const QColor& color) {
    const int n = o.boardSize;
    const float top = maxOf(map);
    if (top <= 0) return;
    const qreal r = g.stoneRadius();
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const float v = map[size_t(y * n + x)];
            if (v < 0.001f || b.at(b.loc(x, y)) != kEmpty) continue;
            // Area proportional to the value; the faintest are left out.
            const qreal t = std::sqrt(double(v / top));
            if (t < 0.12) continue;
            const qreal radius = r * 0.94 * t;
            const QPointF c = g.center(x, y);
            // Faint values recede: lighter and without an edge.
            if (t >= 0.5)
                p.setPen(QPen(withAlpha(color.darker(140), 200), std::max(1.0, r * 0.05)));
            else
                p.setPen(Qt::NoPen);
            p.setBrush(withAlpha(color, 70 + int(180 * t)));
            p.drawEllipse(c, radius, radius);
            if (v >= 0.01f && radius >= r * 0.55 && r >= 8) {
                setPixelFont(p, radius * (v >= 0.1f ? 0.78 : 0.86));
                p.setPen(QColor(0xff, 0xff, 0xff));
                p.drawText(QRectF(c.x() - radius * 1.2, c.y() - radius, radius * 2.4, radius * 2),
                           Qt::AlignCenter, percentText(v));
            }
        }
}

// Engine on the left half of each point, human on the right, on one scale.
void paintSplit(QPainter& p, const BoardGeometry& g, const Board& b, const BoardOverlay& o) {
    const int n = o.boardSize;
    const float top = std::max(maxOf(o.policy), maxOf(o.humanPolicy));
    if (top <= 0) return;
    const qreal r = g.stoneRadius();
    const QColor engine = enginePolicyColor(), human = humanPolicyColor();
    auto half = [&](const QPointF& c, float v, const QColor& color, bool left) {
        const qreal t = std::sqrt(double(v / top));
        if (v < 0.001f || t < 0.12) return;
        const qreal radius = r * 0.96 * t;
        p.setPen(QPen(withAlpha(color.darker(150), 200), std::max(1.0, r * 0.05)));
        p.setBrush(withAlpha(color, 150 + int(100 * t)));
        p.drawPie(QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius),
                  left ? 90 * 16 : -90 * 16, 180 * 16);
    };
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            if (b.at(b.loc(x, y)) != kEmpty) continue;
            const size_t i = size_t(y * n + x);
            const float e = o.policy.empty() ? 0 : o.policy[i];
            const float h = o.humanPolicy.empty() ? 0 : o.humanPolicy[i];
            if (e < 0.001f && h < 0.001f) continue;
            const QPointF c = g.center(x, y);
            half(c, e, engine, true);
            half(c, h, human, false);
        }
}

void paintCandidates(QPainter& p, const BoardGeometry& g, const BoardOverlay& o) {
    const qreal r = g.stoneRadius();
    const bool text = r >= 7;
    // Worst first, so the best lies on top where circles touch.
    for (auto it = o.candidates.rbegin(); it != o.candidates.rend(); ++it) {
        const OverlayCandidate& c = *it;
        const QPointF ctr = g.center(c.point.x(), c.point.y());
        const QColor fill = candidateColor(c);
        const int alpha = c.best ? 245 : 150 + int(95 * std::sqrt(double(c.visitShare)));
        p.setPen(QPen(withAlpha(fill.darker(170), 230), std::max(1.0, r * 0.06)));
        p.setBrush(withAlpha(fill, alpha));
        p.drawEllipse(ctr, r * 0.94, r * 0.94);
        if (c.best) {
            p.setPen(QPen(QColor(0x10, 0x3a, 0xc8), std::max(1.5, r * 0.13)));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(ctr, r * 0.94, r * 0.94);
        }
        if (!text) continue;
        p.setPen(inkFor(fill));
        const double wr = double(c.winrate) * 100.0;
        setPixelFont(p, r * 0.62);
        p.drawText(QRectF(ctr.x() - r, ctr.y() - r * 0.88, 2 * r, r * 0.98),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   QString::number(wr, 'f', r >= 17 && wr < 99.95 ? 1 : 0));
        setPixelFont(p, r * 0.5, QFont::DemiBold);
        p.drawText(QRectF(ctr.x() - r, ctr.y() + r * 0.06, 2 * r, r * 0.8),
                   Qt::AlignHCenter | Qt::AlignTop, compactCount(c.visits));
    }
}

void paintSurprise(QPainter& p, const BoardGeometry& g, const BoardOverlay& o) {
    const qreal r = g.stoneRadius();
    const QPointF c = g.center(o.surprise->x(), o.surprise->y());
    const QColor gold = surpriseColor(), ink(0x2a, 0x18, 0x00);
    // A gold ring on the point (inside it, so neighbouring stones do not
    // hide it), outlined in dark ink to read on the wood and on any fill.
    const qreal w = std::max(2.0, r * 0.2);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(ink, w + std::max(1.0, r * 0.08)));
    p.drawEllipse(c, r * 0.98, r * 0.98);
    p.setPen(QPen(gold, w));
    p.drawEllipse(c, r * 0.98, r * 0.98);
    // A badge at the top right: "!".
    const QPointF bc = c + QPointF(r * 0.82, -r * 0.82);
    const qreal br = std::max(5.0, r * 0.5);
    p.setPen(QPen(ink, std::max(1.0, r * 0.08)));
    p.setBrush(gold);
    p.drawEllipse(bc, br, br);
    setPixelFont(p, br * 1.5, QFont::Black);
    p.setPen(ink);
    p.drawText(QRectF(bc.x() - br, bc.y() - br, 2 * br, 2 * br), Qt::AlignCenter,
               QStringLiteral("!"));
}

void paintPv(QPainter& p, const BoardGeometry& g, const Board& b, const BoardOverlay& o) {
    const qreal r = g.stoneRadius();
    const int n = o.boardSize;
    std::vector<char> used(size_t(n * n), 0);
    Color c = o.toMove;
    for (size_t i = 0; i < o.pv.size(); ++i, c = opponent(c)) {
        const QPoint& pt = o.pv[i];
        if (!onBoard(pt, n)) continue;  // a pass
        const size_t k = size_t(pt.y() * n + pt.x());
        if (used[k] || b.at(b.loc(pt.x(), pt.y())) != kEmpty) continue;
        used[k] = 1;
        const QPointF ctr = g.center(pt.x(), pt.y());
        p.save();
        p.setOpacity(0.82);
        BoardRenderer::paintStone(p, ctr, r, c);
        p.restore();
        const QString num = QString::number(i + 1);
        setPixelFont(p, r * (num.size() >= 2 ? 0.8 : 0.95));
        p.setPen(c == kBlack ? QColor(0xff, 0xff, 0xff) : QColor(0x10, 0x10, 0x10));
        p.drawText(QRectF(ctr.x() - r, ctr.y() - r, 2 * r, 2 * r), Qt::AlignCenter, num);
    }
}

}  // namespace

QStringList OverlayFlags::names() {
    return {QStringLiteral("policy"),     QStringLiteral("human"),     QStringLiteral("split"),
            QStringLiteral("candidates"), QStringLiteral("ownership"), QStringLiteral("surprise")};
}

bool* OverlayFlags::byName(const QString& name) {
    bool* fields[] = {&policy, &human, &split, &candidates, &ownership, &surprise};
    const int i = int(names().indexOf(name));
    return i >= 0 ? fields[i] : nullptr;
}

std::optional<OverlayFlags> OverlayFlags::parse(const QString& list, QString* error) {
    OverlayFlags f;
    for (const QString& word : list.split(',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w.isEmpty()) continue;
        bool* field = f.byName(w);
        if (!field) {
            if (error)
                *error = QStringLiteral("unknown overlay '%1' (expected a comma list of: %2)")
                             .arg(word.trimmed(), names().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        *field = true;
    }
    return f;
}

QString compactCount(int64_t n) {
    if (n < 1000) return QString::number(n);
    if (n < 10'000) return QString::number(double(n) / 1e3, 'f', 1) + 'k';
    if (n < 1'000'000) return QString::number(n / 1000) + 'k';
    if (n < 10'000'000) return QString::number(double(n) / 1e6, 'f', 1) + 'M';
    return QString::number(n / 1'000'000) + 'M';
}

QColor enginePolicyColor() {
    return {0x1f, 0x5f, 0xd6};
}
QColor humanPolicyColor() {
    return {0xc2, 0x1f, 0x8a};
}
QColor surpriseColor() {
    return {0xff, 0xc4, 0x1a};
}

QColor candidateColor(const OverlayCandidate& c) {
    if (c.best) return {0x3c, 0xcf, 0xee};
    // Bands of loss: points (KaTrain's) or winrate percentage points.
    static const float points[] = {0.5f, 1.5f, 3.0f, 6.0f, 12.0f};
    static const float winrate[] = {1.0f, 3.0f, 6.0f, 12.0f, 24.0f};
    static const QColor colors[] = {{0x2f, 0xb1, 0x4a}, {0xa3, 0xd1, 0x3a}, {0xf2, 0xd2, 0x2e},
                                    {0xf0, 0x8a, 0x24}, {0xd9, 0x32, 0x32}, {0x8e, 0x2a, 0x8e}};
    const float* bands = c.lossInPoints ? points : winrate;
    int i = 0;
    while (i < 5 && c.loss >= bands[i]) ++i;
    return colors[i];
}

BoardOverlay buildOverlay(const AnalysisSnapshot& s, const OverlayFlags& flags,
                          const OverlayOptions& options, std::optional<Loc> highlight) {
    BoardOverlay o;
    const int n = s.boardSize;
    o.boardSize = n;
    o.toMove = s.toMove;
    o.flags = flags;
    o.policy = pointsOnly(s.policy, n);
    o.humanPolicy = pointsOnly(s.humanPolicy, n);
    if (s.ownership.size() == size_t(n * n)) o.ownership = s.ownership;

    int maxVisits = 0;
    for (const CandidateMove& c : s.candidates) maxVisits = std::max(maxVisits, c.visits);
    const CandidateMove* best = s.candidates.empty() ? nullptr : &s.candidates.front();
    if (best && best->visits > 0) {
        for (const CandidateMove& c : s.candidates) {
            if (int(o.candidates.size()) >= options.maxCandidates) break;
            if (c.move == kPassLoc || c.visits <= 0) continue;
            const float share = float(c.visits) / float(std::max(1, maxVisits));
            const bool isBest = &c == best;
            if (!isBest && share < options.minVisitShare) continue;
            OverlayCandidate oc;
            oc.point = pointOf(c.move, n);
            oc.visits = c.visits;
            oc.winrate = c.winrate;
            oc.scoreLead = c.scoreLead;
            oc.visitShare = share;
            oc.best = isBest;
            oc.lossInPoints = c.scoreLead && best->scoreLead;
            oc.loss = oc.lossInPoints ? std::max(0.0f, *best->scoreLead - *c.scoreLead)
                                      : std::max(0.0f, (best->winrate - c.winrate) * 100.0f);
            o.candidates.push_back(oc);
        }
        if (best->move != kPassLoc && best->humanPrior &&
            double(*best->humanPrior) < options.surpriseThreshold) {
            o.surprise = pointOf(best->move, n);
            o.surpriseHumanPrior = *best->humanPrior;
        }
    }
    if (highlight) {
        for (const CandidateMove& c : s.candidates) {
            if (c.move != *highlight || c.move == kPassLoc) continue;
            o.highlight = pointOf(c.move, n);
            for (Loc l : c.pv) {
                if (int(o.pv.size()) >= options.maxPvLength) break;
                o.pv.push_back(l == kPassLoc ? QPoint(-1, -1) : pointOf(l, n));
            }
            break;
        }
    }
    return o;
}

void paintOverlayUnder(QPainter& p, const BoardGeometry& g, const Board& board,
                       const BoardOverlay& o, const BoardStyle&) {
    if (o.boardSize != board.size() || o.boardSize != g.boardSize()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (o.flags.ownership && !o.ownership.empty()) paintOwnership(p, g, board, o);
    if (o.pv.empty()) {
        const bool split = o.flags.split || (o.flags.policy && o.flags.human);
        if (split)
            paintSplit(p, g, board, o);
        else if (o.flags.policy && !o.policy.empty())
            paintHeatmap(p, g, board, o, o.policy, enginePolicyColor());
        else if (o.flags.human && !o.humanPolicy.empty())
            paintHeatmap(p, g, board, o, o.humanPolicy, humanPolicyColor());
    }
    p.restore();
}

void paintOverlayOver(QPainter& p, const BoardGeometry& g, const Board& board,
                      const BoardOverlay& o, const BoardStyle&) {
    if (o.boardSize != board.size() || o.boardSize != g.boardSize()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (!o.pv.empty()) {
        paintPv(p, g, board, o);
    } else {
        if (o.flags.candidates) paintCandidates(p, g, o);
        if (o.flags.surprise && o.surprise) paintSurprise(p, g, o);
    }
    p.restore();
}

}  // namespace m37::ui
