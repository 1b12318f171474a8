#include "ui/game_model.h"

#include "engine/go/coord.h"
#include "engine/go/scoring.h"

namespace m37::ui {

QString colorTitle(Color c) {
    switch (c) {
        case kBlack:
            return QStringLiteral("Black");
        case kWhite:
            return QStringLiteral("White");
        default:
            return QStringLiteral("Nobody");
    }
}

GameModel::GameModel(const NewGameParams& params, QObject* parent)
    : QObject(parent), params_(params), state_(params.size, params.rules) {}

QString GameModel::vertex(Loc loc) const {
    return QString::fromStdString(gtpVertex(loc, state_.size()));
}

void GameModel::say(const QString& text) {
    lastMessage_ = text;
    emit message(text);
}

Loc GameModel::lastMove() const {
    const auto& moves = state_.moves();
    if (moves.empty() || moves.back().loc == kPassLoc) return kNullLoc;
    return moves.back().loc;
}

std::vector<int> GameModel::moveNumbers() const {
    const Board& b = state_.board();
    std::vector<int> numbers(b.area(), 0);
    const auto& moves = state_.moves();
    for (size_t i = 0; i < moves.size(); ++i) {
        Loc l = moves[i].loc;
        if (l == kPassLoc || !b.onBoard(l)) continue;
        // A later move on the same point (after a capture) overwrites.
        numbers[l] = b.at(l) == moves[i].color ? int(i) + 1 : 0;
    }
    return numbers;
}

MoveError GameModel::play(Loc loc) {
    Color mover = state_.toMove();
    int before = state_.board().prisoners(mover);
    MoveError e = state_.play(loc, mover);
    if (e != MoveError::kNone) {
        say(tr("%1 cannot play %2: %3")
                .arg(colorTitle(mover), vertex(loc), QString::fromUtf8(toString(e))));
        return e;
    }
    int captured = state_.board().prisoners(mover) - before;
    QString text = tr("%1 played %2").arg(colorTitle(mover), vertex(loc));
    if (captured == 1) text += tr(", capturing 1 stone");
    if (captured > 1) text += tr(", capturing %1 stones").arg(captured);
    emit changed();
    say(text);
    return e;
}

void GameModel::pass() {
    Color mover = state_.toMove();
    state_.play(kPassLoc, mover);
    emit changed();
    if (state_.gameOver()) {
        Score s = score(state_);
        say(tr("%1 passed. Game over: %2 (no stones marked dead)")
                .arg(colorTitle(mover), QString::fromStdString(s.toString())));
    } else {
        say(tr("%1 passed").arg(colorTitle(mover)));
    }
}

bool GameModel::undo() {
    if (state_.moves().empty() || !state_.undo()) {
        say(tr("Nothing to undo"));
        return false;
    }
    emit changed();
    say(tr("Move %1 taken back").arg(state_.moveNumber() + 1));
    return true;
}

void GameModel::newGame(const NewGameParams& params) {
    params_ = params;
    state_ = GameState(params.size, params.rules);
    emit changed();
    say(tr("New game: %1×%1, %2 rules, komi %3")
            .arg(params.size)
            .arg(QString::fromStdString(params.rules.presetName()))
            .arg(double(params.rules.komi)));
}

}  // namespace m37::ui
