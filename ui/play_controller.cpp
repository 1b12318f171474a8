#include "ui/play_controller.h"

#include <QTimer>

#include "engine/go/coord.h"
#include "engine/search/search_engine.h"
#include "ui/embedded_player.h"
#include "ui/game_tree_model.h"
#include "ui/gtp_position_sync.h"
#include "ui/gtp_process.h"

namespace m37::ui {

struct PlayController::Slot {
    PlayerSetup player;
    // The sync is declared first so that the process goes first.
    std::unique_ptr<GtpPositionSync> sync;
    std::unique_ptr<GtpProcess> process;
    std::unique_ptr<EmbeddedPlayer> embedded;
    bool failed = false;
};

PlayController::PlayController(GameTreeModel* model, QObject* parent)
    : QObject(parent), model_(model) {
    slots_[0] = std::make_unique<Slot>();
    slots_[1] = std::make_unique<Slot>();
    connect(model_, &GameTreeModel::changed, this, &PlayController::onModelChanged);
    lastNode_ = model_->current();
    lastRoot_ = &model_->root();
}

PlayController::~PlayController() {
    active_ = false;
    cancelThinking();
}

PlayController::Slot& PlayController::slot(Color c) {
    return *slots_[c == kWhite ? 1 : 0];
}
const PlayController::Slot& PlayController::slot(Color c) const {
    return *slots_[c == kWhite ? 1 : 0];
}

bool PlayController::isEngine(Color c) const {
    return active_ && (c == kBlack || c == kWhite) && slot(c).player.kind != PlayerKind::kHuman;
}

GtpProcess* PlayController::process(Color c) const {
    if (c != kBlack && c != kWhite) return nullptr;
    return slot(c).process.get();
}

namespace {

QString colorWord(Color c) {
    return colorTitle(c);
}

}  // namespace

void PlayController::start(const PlaySetup& setup) {
    stop();
    setup_ = setup;
    active_ = true;
    ended_ = false;
    engineMoves_ = 0;
    failure_.clear();
    for (Color c : {kBlack, kWhite}) {
        Slot& s = slot(c);
        s.player = c == kBlack ? setup.black : setup.white;
        s.failed = false;
        if (s.player.kind == PlayerKind::kExternal) {
            auto params = GtpProcessParams::fromCommandLine(s.player.external.name,
                                                            s.player.external.commandLine,
                                                            s.player.external.workingDirectory);
            s.process = std::make_unique<GtpProcess>(params);
            s.sync = std::make_unique<GtpPositionSync>(s.process.get());
            connect(s.process.get(), &GtpProcess::failed, this,
                    [this, c](GtpFailure, const QString& message) { reportFailure(c, message); });
            s.process->start();
            if (setup.strength.secondsPerMove > 0)
                s.process->send(QStringLiteral("time_settings 0 %1 1")
                                    .arg(qMax(1, qRound(setup.strength.secondsPerMove))));
        } else if (s.player.kind == PlayerKind::kEmbedded) {
            EmbeddedPlayerParams p;
            p.networkPath = setup.networkPath;
            p.humanPolicyPath = setup.humanPolicyPath;
            p.visits = setup.strength.visits;
            p.secondsPerMove = setup.strength.secondsPerMove;
            p.threads = setup.threads;
            p.rolloutWeight = setup.rolloutWeight;
            p.seed = c == kBlack ? 1 : 2;
            s.embedded = makeEmbedded(c, p);
        }
    }
    lastNode_ = model_->current();
    lastRoot_ = &model_->root();
    emit enginesChanged();
    const GameState& st = model_->state();
    if (!st.gameOver() && isEngine(st.toMove())) requestMove();
}

void PlayController::stop() {
    cancelThinking();
    active_ = false;
    bool had = false;
    for (auto& sp : slots_) {
        Slot& s = *sp;
        if (s.process) {
            had = true;
            GtpProcess* p = s.process.release();
            p->disconnect(this);
            p->setParent(this);
            p->stop();
            connect(p, &GtpProcess::stateChanged, p, [p](GtpProcess::State st) {
                if (st == GtpProcess::State::kStopped || st == GtpProcess::State::kFailed)
                    p->deleteLater();
            });
            QTimer::singleShot(5000, p, &QObject::deleteLater);
        }
        s.sync.reset();
        if (s.embedded) had = true;
        s.embedded.reset();
        s.player = {};
        s.failed = false;
    }
    failure_.clear();
    if (had) emit enginesChanged();
}

void PlayController::setThinking(Color c) {
    const bool was = thinking_ != kEmpty;
    thinking_ = c;
    thinkingAt_ = c == kEmpty ? nullptr : model_->current();
    if (was != (c != kEmpty)) emit thinkingChanged(c != kEmpty);
}

void PlayController::cancelThinking() {
    if (thinking_ == kEmpty) return;
    ++thinkingToken_;
    Slot& s = slot(thinking_);
    if (s.embedded) s.embedded->cancel();
    // An external engine's genmove cannot be cancelled: its answer is
    // dropped (the sync still records the move it played).
    setThinking(kEmpty);
}

void PlayController::onModelChanged() {
    const SgfNode* cur = model_->current();
    const bool newTree = &model_->root() != lastRoot_;
    const bool advanced = !newTree && lastNode_ && cur->parent() == lastNode_;
    lastNode_ = cur;
    lastRoot_ = &model_->root();
    if (thinking_ != kEmpty && cur != thinkingAt_) cancelThinking();
    if (newTree && active_) {
        // Another game was opened (a new game restarts the engines itself).
        stop();
        emit status(tr("The engines were detached: another game is open."));
        return;
    }
    if (!active_ || ended_ || !advanced) return;
    const GameState& st = model_->state();
    if (st.gameOver()) {
        emit scoringRequested();
        return;
    }
    if (isEngine(st.toMove()) && thinking_ == kEmpty) requestMove();
}

void PlayController::requestMove() {
    if (!active_ || ended_) return;
    const GameState& st = model_->state();
    const Color c = st.toMove();
    if (!isEngine(c) || st.gameOver()) return;
    Slot& s = slot(c);
    if (s.failed) {
        emit engineFailed(failure_);
        return;
    }
    if (isEngine(opponent(c))) {
        const int limit = setup_.maxMoves > 0 ? setup_.maxMoves : st.size() * st.size() * 3;
        if (engineMoves_ >= limit) {
            emit status(tr("The engines stopped after %1 moves.").arg(engineMoves_));
            return;
        }
    }
    cancelThinking();
    setThinking(c);
    emit status(tr("%1 is thinking…").arg(colorWord(c)));
    if (s.process)
        askExternal(c);
    else
        askEmbedded(c);
}

void PlayController::askExternal(Color c) {
    Slot& s = slot(c);
    const int token = thinkingToken_;
    QPointer<PlayController> self(this);
    s.sync->sync(GtpPosition::of(model_->root(), model_->state()),
                 [self, token, c](bool ok, const QString& error) {
                     if (!self || token != self->thinkingToken_ || ok) return;
                     self->reportFailure(c, tr("%1 could not be brought to the position: %2")
                                                .arg(self->slot(c).player.external.name, error));
                 });
    int timeout = setup_.genmoveTimeoutMs;
    if (timeout <= 0)
        timeout = setup_.strength.secondsPerMove > 0
                      ? int(setup_.strength.secondsPerMove * 3000) + 30000
                      : 300000;
    s.sync->genmove(c, timeout, [self, token, c](const GtpAnswer& a) {
        if (!self || token != self->thinkingToken_) return;
        if (!a.answered()) return;  // the failure comes through failed()
        const QString name = self->slot(c).player.external.name;
        if (!a.ok) {
            self->reportFailure(c, tr("%1 refused to play: %2").arg(name, a.text));
            return;
        }
        const QString text = a.text.trimmed();
        if (text.compare(QLatin1String("resign"), Qt::CaseInsensitive) == 0) {
            self->applyMove(c, std::nullopt, true, text);
            return;
        }
        auto loc = parseGtpVertex(text.toStdString(), self->model_->state().size());
        if (!loc) {
            self->reportFailure(
                c, tr("%1 answered \u201c%2\u201d, which is not a move.").arg(name, text.left(80)));
            return;
        }
        self->applyMove(c, *loc, false, text);
    });
}

void PlayController::askEmbedded(Color c) {
    slot(c).embedded->think(model_->state(), c);
}

void PlayController::applyMove(Color c, std::optional<Loc> loc, bool resigned,
                               const QString& text) {
    if (thinking_ != c || model_->current() != thinkingAt_) return;
    setThinking(kEmpty);
    if (resigned) {
        endByResignation(c);
        return;
    }
    if (!loc) return;
    if (isEngine(opponent(c))) ++engineMoves_;
    if (*loc == kPassLoc) {
        model_->pass();
        return;
    }
    const MoveError e = model_->state().check(*loc, c);
    if (e != MoveError::kNone) {
        reportFailure(c, tr("%1 played %2, which is illegal here: %3.")
                             .arg(colorWord(c),
                                  text.isEmpty() ? QString::fromStdString(
                                                       gtpVertex(*loc, model_->state().size()))
                                                 : text,
                                  QString::fromUtf8(toString(e))));
        return;
    }
    model_->play(*loc);
}

std::unique_ptr<EmbeddedPlayer> PlayController::makeEmbedded(Color c,
                                                             const EmbeddedPlayerParams& p) {
    auto player = std::make_unique<EmbeddedPlayer>(p);
    connect(player.get(), &EmbeddedPlayer::moveChosen, this, [this, c](int, const MoveDecision& d) {
        if (thinking_ != c) return;
        applyMove(c, d.resign ? std::nullopt : std::optional<Loc>(d.move), d.resign, {});
    });
    connect(player.get(), &EmbeddedPlayer::failed, this,
            [this, c](const QString& message) { reportFailure(c, message); });
    return player;
}

void PlayController::reportFailure(Color c, const QString& message) {
    if (!active_) return;
    Slot& s = slot(c);
    s.failed = true;
    if (thinking_ == c) cancelThinking();
    failure_ = message;
    emit status(message);
    emit engineFailed(message);
}

void PlayController::restartEngines() {
    if (!active_) return;
    bool any = false;
    for (Color c : {kBlack, kWhite}) {
        Slot& s = slot(c);
        if (s.process && (s.failed || !s.process->isRunning())) {
            s.process->restart();
            s.sync->invalidate();
            if (setup_.strength.secondsPerMove > 0)
                s.process->send(QStringLiteral("time_settings 0 %1 1")
                                    .arg(qMax(1, qRound(setup_.strength.secondsPerMove))));
            any = true;
        }
        if (s.embedded && s.failed) {
            const EmbeddedPlayerParams p = s.embedded->params();
            s.embedded.reset();
            s.embedded = makeEmbedded(c, p);
            any = true;
        }
        s.failed = false;
    }
    failure_.clear();
    if (any) emit enginesChanged();
    emit status(tr("Engines restarted; the position is replayed."));
    const GameState& st = model_->state();
    if (!ended_ && !st.gameOver() && isEngine(st.toMove()) && thinking_ == kEmpty) requestMove();
}

void PlayController::pass() {
    if (active_ && isEngine(model_->state().toMove())) {
        emit status(tr("It is the engine's turn."));
        return;
    }
    model_->pass();
}

void PlayController::endByResignation(Color loser) {
    cancelThinking();
    ended_ = true;
    const QString result = loser == kBlack ? QStringLiteral("W+R") : QStringLiteral("B+R");
    GameInfo info = model_->gameInfo();
    info.result = result;
    model_->setGameInfo(info);
    emit status(tr("%1 resigned: %2").arg(colorWord(loser), result));
    emit gameEnded(result);
}

void PlayController::resign() {
    Color loser = model_->state().toMove();
    if (active_) {
        const bool bHuman = !isEngine(kBlack), wHuman = !isEngine(kWhite);
        if (bHuman != wHuman) loser = bHuman ? kBlack : kWhite;
    }
    endByResignation(loser);
}

void PlayController::undo() {
    cancelThinking();
    ended_ = false;
    if (!model_->undo()) return;
    if (active_ && isEngine(model_->state().toMove()) && !(isEngine(kBlack) && isEngine(kWhite)) &&
        model_->current()->parent())
        model_->undo();
}

void PlayController::requestScoring() {
    emit scoringRequested();
}

}  // namespace m37::ui
