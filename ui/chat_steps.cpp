#include "ui/chat_steps.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

#include "engine/go/coord.h"

namespace m37::ui {

namespace {

// 0-based start offsets of the lines of `text`.
std::vector<int> lineStarts(const QString& text) {
    std::vector<int> starts{0};
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts.push_back(i + 1);
    return starts;
}

int lineEnd(const QString& text, int start) {
    const qsizetype nl = text.indexOf('\n', start);
    return nl < 0 ? int(text.size()) : int(nl);
}

// Steps of the think-block language, or nothing when the text is not in it
// (fewer than half of its non-empty lines parse).
std::vector<ChatStep> thinkBlockSteps(const QString& think, const GameState& position) {
    const std::string wrapped = "<think>" + think.toStdString() + "</think>";
    const reason::ParseResult parsed = reason::parseThinkBlock(wrapped, position.size());
    int nonEmpty = 0;
    for (const QString& l : think.split('\n'))
        if (!l.trimmed().isEmpty()) ++nonEmpty;
    const int parsedSteps = int(parsed.block.steps.size());
    if (parsedSteps == 0 || 2 * parsedSteps < nonEmpty) return {};
    const std::vector<int> starts = lineStarts(think);
    std::vector<ChatStep> out;
    const Color toMove = position.toMove();
    for (int i = 0; i < parsedSteps; ++i) {
        const reason::Step& s = parsed.block.steps[size_t(i)];
        // Line L of "<think>" + think is line L-1 of think.
        const int line = s.line - 1;
        if (line < 0 || line >= int(starts.size())) continue;
        ChatStep c;
        c.line = line;
        c.start = starts[size_t(line)];
        c.end = lineEnd(think, c.start);
        c.thinkBlock = true;
        c.blockIndex = i;
        if (s.kind == reason::StepKind::kCandidates) {
            for (Loc l : s.candidates) c.moves.push_back({toMove, l});
        } else if (s.kind == reason::StepKind::kFact && s.fact.kind == reason::FactKind::kCapture) {
            c.moves.push_back({s.fact.color, s.fact.point});
        } else {
            c.moves = s.variation(toMove);
        }
        out.push_back(std::move(c));
    }
    return out;
}

// The colour named just before a coordinate ("black D4", "W C5"), if any.
std::optional<Color> namedColor(const QString& text, int coordStart) {
    static const QRegularExpression re(QStringLiteral("(?:^|\\W)(black|white|b|w)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const int from = std::max(0, coordStart - 8);
    const auto m = re.match(text.mid(from, coordStart - from));
    if (!m.hasMatch()) return std::nullopt;
    return m.captured(1).at(0).toLower() == 'b' ? kBlack : kWhite;
}

std::vector<ChatStep> freeTextSteps(const QString& think, const GameState& position) {
    const int n = position.size();
    const std::vector<CoordMatch> coords = findCoordinates(think, n);
    std::vector<ChatStep> out;
    const std::vector<int> starts = lineStarts(think);
    // Sentences: end at a newline, or after ".", "?", "!" followed by a
    // space or the end.
    int start = 0;
    size_t ci = 0;
    auto close = [&](int end) {
        ChatStep c;
        c.start = start;
        c.end = end;
        Color next = position.toMove();
        for (; ci < coords.size() && coords[ci].start < end; ++ci) {
            const Color col = namedColor(think, coords[ci].start).value_or(next);
            c.moves.push_back({col, coords[ci].loc});
            next = opponent(col);
        }
        if (!c.moves.empty()) {
            c.line =
                int(std::upper_bound(starts.begin(), starts.end(), start) - starts.begin()) - 1;
            out.push_back(std::move(c));
        }
    };
    for (int i = 0; i < think.size(); ++i) {
        const QChar ch = think[i];
        const bool stop = ch == '\n' || ((ch == '.' || ch == '?' || ch == '!') &&
                                         (i + 1 == think.size() || think[i + 1].isSpace()));
        if (!stop) continue;
        const int end = ch == '\n' ? i : i + 1;
        close(end);
        start = i + 1;
        while (start < think.size() && think[start] == ' ') ++start;
    }
    if (start < think.size()) close(int(think.size()));
    return out;
}

QString escaped(QChar c) {
    switch (c.unicode()) {
        case '&':
            return QStringLiteral("&amp;");
        case '<':
            return QStringLiteral("&lt;");
        case '>':
            return QStringLiteral("&gt;");
        case '\n':
            return QStringLiteral("<br>");
        default:
            return QString(c);
    }
}

}  // namespace

std::vector<CoordMatch> findCoordinates(const QString& text, int n) {
    static const QRegularExpression re(QStringLiteral("\\b([A-HJ-Ta-hj-t])(1[0-9]|[1-9])\\b"));
    std::vector<CoordMatch> out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const auto loc = parseGtpVertex(m.captured(0).toUpper().toStdString(), n);
        if (!loc || *loc == kPassLoc) continue;
        out.push_back({int(m.capturedStart(0)), int(m.capturedLength(0)), *loc});
    }
    return out;
}

std::vector<ChatStep> chatSteps(const QString& think, const GameState& position) {
    std::vector<ChatStep> steps = thinkBlockSteps(think, position);
    if (steps.empty()) steps = freeTextSteps(think, position);
    return steps;
}

std::optional<Loc> answerMove(const QString& answer, int n) {
    const std::vector<CoordMatch> c = findCoordinates(answer, n);
    if (!c.empty()) return c.front().loc;
    if (answer.contains(QStringLiteral("pass"), Qt::CaseInsensitive)) return kPassLoc;
    return std::nullopt;
}

QString chatHtml(const QString& text, int n, const std::vector<ChatStep>& steps, int current,
                 const std::vector<std::optional<ChatBadgeText>>& badges) {
    const std::vector<CoordMatch> coords = findCoordinates(text, n);
    QString out;
    size_t ci = 0;
    const int count = int(steps.size());
    for (int i = 0; i <= text.size(); ++i) {
        for (int k = 0; k < count; ++k) {
            if (steps[size_t(k)].end != i) continue;
            if (k == current) out += QStringLiteral("</span>");
            if (k < int(badges.size()) && badges[size_t(k)]) {
                out += badges[size_t(k)]->ok
                           ? QStringLiteral(" <span style=\"color:#2a8a2a\">&#10003;</span>")
                           : QStringLiteral(" <span style=\"color:#c0392b\">&#10007;</span>");
            }
        }
        if (i == text.size()) break;
        if (current >= 0 && current < count && steps[size_t(current)].start == i)
            out += QStringLiteral("<span style=\"background-color:#ffe98a;color:#000\">");
        if (ci < coords.size() && coords[ci].start == i) {
            const QString v = QString::fromStdString(gtpVertex(coords[ci].loc, n));
            out += QStringLiteral("<a href=\"pt:%1\">%2</a>")
                       .arg(v, text.mid(i, coords[ci].length).toHtmlEscaped());
            i += coords[ci].length - 1;
            ++ci;
            continue;
        }
        out += escaped(text[i]);
    }
    return out;
}

}  // namespace m37::ui
