#include "ui/chat_stream_event.h"

#include <algorithm>

namespace m37::ui {

namespace {

const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// The length of the longest suffix of `s` that is a proper prefix of
// `tag` (text that may be the start of a tag cut by a chunk boundary).
qsizetype partialTagSuffix(const QString& s, const QString& tag) {
    for (qsizetype n = std::min(s.size(), tag.size() - 1); n > 0; --n)
        if (QStringView(s).right(n) == QStringView(tag).left(n)) return n;
    return 0;
}

}  // namespace

bool LineBuffer::next(QByteArray* line) {
    const qsizetype nl = buffer_.indexOf('\n', start_);
    if (nl < 0) {
        buffer_.remove(0, start_);
        start_ = 0;
        return false;
    }
    qsizetype end = nl;
    if (end > start_ && buffer_[end - 1] == '\r') --end;
    *line = buffer_.mid(start_, end - start_);
    start_ = nl + 1;
    ++lines_;
    return true;
}

QByteArray LineBuffer::takeRest() {
    QByteArray rest = buffer_.mid(start_);
    buffer_.clear();
    start_ = 0;
    if (rest.endsWith('\r')) rest.chop(1);
    if (!rest.isEmpty()) ++lines_;
    return rest;
}

QString malformedLine(int line, const QString& what, const QByteArray& text) {
    constexpr qsizetype kExcerpt = 60;
    QString excerpt = QString::fromUtf8(text.left(kExcerpt));
    if (text.size() > kExcerpt) excerpt += QChar(0x2026);
    return QStringLiteral("line %1: %2: %3").arg(line).arg(what, excerpt);
}

void appendEvent(std::vector<ChatStreamEvent>& out, ChatStreamEvent e) {
    const bool text = e.kind == ChatStreamEvent::kThinking || e.kind == ChatStreamEvent::kAnswer;
    if (text && e.text.isEmpty()) return;
    if (text && !out.empty() && out.back().kind == e.kind) {
        out.back().text += e.text;
        return;
    }
    out.push_back(std::move(e));
}

void appendEvents(std::vector<ChatStreamEvent>& out, std::vector<ChatStreamEvent> events) {
    for (ChatStreamEvent& e : events) appendEvent(out, std::move(e));
}

std::vector<ChatStreamEvent> ThinkTagSplitter::feed(const QString& piece) {
    std::vector<ChatStreamEvent> out;
    pending_ += piece;
    for (;;) {
        const auto kind = inThink_ ? ChatStreamEvent::kThinking : ChatStreamEvent::kAnswer;
        // Outside: an opening tag starts thinking, a stray closing tag is
        // dropped. Inside: a closing tag ends it (a repeated opening tag
        // is dropped).
        const qsizetype open = pending_.indexOf(kOpen);
        const qsizetype close = pending_.indexOf(kClose);
        qsizetype at = -1, len = 0;
        bool toggles = false;
        if (open >= 0 && (close < 0 || open < close)) {
            at = open, len = kOpen.size(), toggles = !inThink_;
        } else if (close >= 0) {
            at = close, len = kClose.size(), toggles = inThink_;
        }
        if (at < 0) break;
        appendEvent(out, {kind, pending_.left(at)});
        pending_.remove(0, at + len);
        if (toggles) inThink_ = !inThink_;
    }
    const qsizetype keep =
        std::max(partialTagSuffix(pending_, kOpen), partialTagSuffix(pending_, kClose));
    const auto kind = inThink_ ? ChatStreamEvent::kThinking : ChatStreamEvent::kAnswer;
    appendEvent(out, {kind, pending_.left(pending_.size() - keep)});
    pending_.remove(0, pending_.size() - keep);
    return out;
}

std::vector<ChatStreamEvent> ThinkTagSplitter::flush() {
    std::vector<ChatStreamEvent> out;
    appendEvent(out, {inThink_ ? ChatStreamEvent::kThinking : ChatStreamEvent::kAnswer, pending_});
    pending_.clear();
    return out;
}

}  // namespace m37::ui
