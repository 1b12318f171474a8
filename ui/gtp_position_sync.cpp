#include "ui/gtp_position_sync.h"

#include <memory>

#include "engine/go/coord.h"
#include "ui/gtp_process.h"
#include "ui/tree_position.h"

namespace m37::ui {

QString gtpColor(Color c) {
    return c == kWhite ? QStringLiteral("W") : QStringLiteral("B");
}

GtpPosition GtpPosition::of(const SgfNode& root, const GameState& state) {
    GtpPosition p;
    p.size = state.size();
    p.komi = state.rules().komi;
    TreePosition at;
    if (at.reset(root)) {
        const Board& b = at.state().board();
        for (int y = 0; y < b.size(); ++y)
            for (int x = 0; x < b.size(); ++x) {
                const Loc l = b.loc(x, y);
                if (b.at(l) == kBlack || b.at(l) == kWhite) p.setup.push_back({l, b.at(l)});
            }
        p.handicap = at.state().handicap() >= 2 && int(p.setup.size()) == at.state().handicap();
    }
    p.moves = state.moves();
    return p;
}

namespace {

bool sameMove(const MoveRecord& a, const MoveRecord& b) {
    return a.color == b.color && a.loc == b.loc;
}

}  // namespace

void GtpPositionSync::sync(const GtpPosition& target, Done done) {
    struct Shared {
        bool ok = true;
        QString error;
        Done done;
    };
    auto shared = std::make_shared<Shared>();
    shared->done = std::move(done);
    QStringList commands;
    const bool restart = fresh_ || known_.size != target.size || known_.setup != target.setup ||
                         known_.handicap != target.handicap;
    size_t common = 0;
    if (!restart) {
        while (common < known_.moves.size() && common < target.moves.size() &&
               sameMove(known_.moves[common], target.moves[common]))
            ++common;
    }
    if (restart) {
        commands << QStringLiteral("boardsize %1").arg(target.size);
    }
    if (restart || common < known_.moves.size()) {
        commands << QStringLiteral("clear_board");
        if (target.handicap && !handicapAsPlays_) {
            QStringList vertices;
            for (auto [loc, color] : target.setup)
                vertices << QString::fromStdString(gtpVertex(loc, target.size));
            commands << QStringLiteral("set_free_handicap ") + vertices.join(QLatin1Char(' '));
        } else {
            for (auto [loc, color] : target.setup)
                commands << QStringLiteral("play %1 %2")
                                .arg(gtpColor(color),
                                     QString::fromStdString(gtpVertex(loc, target.size)));
        }
        common = 0;
    }
    if (restart || known_.komi != target.komi)
        commands << QStringLiteral("komi %1").arg(double(target.komi));
    for (size_t i = common; i < target.moves.size(); ++i) {
        const MoveRecord& m = target.moves[i];
        commands << QStringLiteral("play %1 %2")
                        .arg(gtpColor(m.color),
                             QString::fromStdString(gtpVertex(m.loc, target.size)));
    }
    lastCount_ = int(commands.size());
    known_ = target;
    fresh_ = false;
    if (commands.isEmpty()) {
        if (shared->done) shared->done(true, {});
        return;
    }
    for (int i = 0; i < commands.size(); ++i) {
        const bool last = i + 1 == commands.size();
        const QString cmd = commands[i];
        std::weak_ptr<bool> alive = alive_;
        process_->send(cmd, [this, alive, shared, cmd, last](const GtpAnswer& a) {
            if (alive.expired()) return;
            if (shared->ok && !a.ok) {
                shared->ok = false;
                shared->error =
                    a.answered()
                        ? QObject::tr("the engine refused \u201c%1\u201d: %2").arg(cmd, a.text)
                        : a.transport;
                fresh_ = true;  // start over next time
            }
            if (!a.ok && a.answered() && cmd.startsWith(QLatin1String("set_free_handicap ")))
                handicapAsPlays_ = true;
            if (last && shared->done) shared->done(shared->ok, shared->error);
        });
    }
}

void GtpPositionSync::genmove(Color color, int timeoutMs, MoveDone done) {
    std::weak_ptr<bool> alive = alive_;
    const QString cmd = QStringLiteral("genmove %1").arg(color == kWhite ? "w" : "b");
    process_->send(
        cmd,
        [this, alive, color, done = std::move(done)](const GtpAnswer& a) {
            if (!alive.expired()) {
                if (a.ok) {
                    if (auto l = parseGtpVertex(a.text.toStdString(), known_.size))
                        known_.moves.push_back({color, *l});
                    else if (a.text.compare(QLatin1String("resign"), Qt::CaseInsensitive) != 0)
                        fresh_ = true;  // who knows what it did
                } else {
                    fresh_ = true;
                }
            }
            if (done) done(a);
        },
        timeoutMs);
}

}  // namespace m37::ui
