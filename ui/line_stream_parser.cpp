#include "ui/line_stream_parser.h"

#include <QJsonDocument>

namespace m37::ui {

std::vector<ChatStreamEvent> LineStreamParser::feed(QByteArrayView bytes) {
    std::vector<ChatStreamEvent> out;
    if (finished_) return out;
    lines_.feed(bytes);
    QByteArray line;
    while (lines_.next(&line)) parseLine(line, out);
    return out;
}

std::vector<ChatStreamEvent> LineStreamParser::finish() {
    std::vector<ChatStreamEvent> out;
    if (finished_) return out;
    const QByteArray rest = lines_.takeRest();
    if (!rest.isEmpty()) parseLine(rest, out);
    finished_ = true;
    if (!done_) {
        appendEvents(out, splitter_.flush());
        appendEvent(out, {ChatStreamEvent::kError,
                          QStringLiteral("the stream ended before %1 (after %2 lines)")
                              .arg(endMarker_)
                              .arg(lines_.lineNumber())});
    }
    return out;
}

std::optional<QJsonObject> LineStreamParser::jsonObject(const QByteArray& json,
                                                        const QByteArray& line,
                                                        std::vector<ChatStreamEvent>& out) const {
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) return doc.object();
    const QString what = err.error != QJsonParseError::NoError
                             ? QStringLiteral("malformed JSON (%1 at byte %2)")
                                   .arg(err.errorString())
                                   .arg(err.offset)
                             : QStringLiteral("expected a JSON object");
    appendEvent(out, {ChatStreamEvent::kError, malformedLine(lines_.lineNumber(), what, line)});
    return std::nullopt;
}

}  // namespace m37::ui
