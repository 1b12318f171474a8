#include "ui/chat_prompt.h"

#include <QStringList>

#include "engine/go/coord.h"

namespace m37::ui {

namespace {

QString sideName(Color c) {
    return c == kBlack ? QStringLiteral("Black") : QStringLiteral("White");
}

QString vertexText(Loc l, int size) {
    return QString::fromStdString(gtpVertex(l, size));
}

}  // namespace

QString ChatQuestion::toText(const GameState& position) const {
    const int n = position.size();
    switch (kind) {
        case kBestMove:
            return QStringLiteral("What is the best move for %1?").arg(sideName(position.toMove()));
        case kEvaluateMove:
            return QStringLiteral("How good is %1 for %2?")
                .arg(vertexText(point, n), sideName(position.toMove()));
        case kGroupStatus:
            return QStringLiteral("Is the group at %1 alive, dead or unsettled?")
                .arg(vertexText(point, n));
        case kFreeText:
            return text;
    }
    return text;
}

QString boardDiagram(const Board& board) {
    const int n = board.size();
    QString letters = QStringLiteral("   ");
    for (int x = 0; x < n; ++x) {
        const std::string v = gtpVertex(board.loc(x, 0), n);
        letters += QChar(v[0]);
        letters += QChar(' ');
    }
    QStringList rows{letters.trimmed().prepend(QStringLiteral("   "))};
    for (int y = 0; y < n; ++y) {
        QString row = QStringLiteral("%1 ").arg(n - y, 2);
        for (int x = 0; x < n; ++x) {
            const Color c = board.at(board.loc(x, y));
            row += c == kBlack ? QChar('X') : c == kWhite ? QChar('O') : QChar('.');
            if (x + 1 < n) row += QChar(' ');
        }
        row += QStringLiteral(" %1").arg(n - y);
        rows << row;
    }
    rows << rows.front();
    return rows.join('\n');
}

QString moveListText(const GameState& position) {
    QStringList parts;
    int i = 0;
    for (const MoveRecord& m : position.moves()) {
        ++i;
        parts << QStringLiteral("%1. %2 %3")
                     .arg(i)
                     .arg(m.color == kBlack ? QChar('B') : QChar('W'))
                     .arg(vertexText(m.loc, position.size()));
    }
    return parts.isEmpty() ? QStringLiteral("(no moves yet)") : parts.join(QStringLiteral("  "));
}

QString remoteSystemPrompt() {
    return QStringLiteral(
        "You are a strong Go (weiqi, baduk) player. Points are named by GTP coordinates: a "
        "column letter A-T without I, then the row number, row 1 at the bottom. Think step by "
        "step, naming every move you read by its coordinate, then give a short answer that "
        "starts with the move you recommend.");
}

QString remoteUserPrompt(const GameState& position, const QString& question) {
    const Board& b = position.board();
    return QStringLiteral(
               "Board (%1x%1, X = Black, O = White, . = empty):\n%2\n\nRules: %3, komi %4. "
               "Captured so far: Black %5, White %6.\nMoves: %7\n%8 to move.\n\n%9")
        .arg(position.size())
        .arg(boardDiagram(b))
        .arg(QString::fromStdString(position.rules().toString()))
        .arg(position.rules().komi)
        .arg(b.prisoners(kBlack))
        .arg(b.prisoners(kWhite))
        .arg(moveListText(position))
        .arg(sideName(position.toMove()))
        .arg(question);
}

}  // namespace m37::ui
