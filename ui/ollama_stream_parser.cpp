#include "ui/ollama_stream_parser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace m37::ui {

std::vector<ChatStreamEvent> OllamaStreamParser::feed(QByteArrayView bytes) {
    std::vector<ChatStreamEvent> out;
    if (finished_) return out;
    lines_.feed(bytes);
    QByteArray line;
    while (lines_.next(&line)) parseLine(line, out);
    return out;
}

std::vector<ChatStreamEvent> OllamaStreamParser::finish() {
    std::vector<ChatStreamEvent> out;
    if (finished_) return out;
    const QByteArray rest = lines_.takeRest();
    if (!rest.isEmpty()) parseLine(rest, out);
    finished_ = true;
    if (!done_) {
        appendEvents(out, splitter_.flush());
        appendEvent(out, {ChatStreamEvent::kError,
                          QStringLiteral("the stream ended before \"done\": true (after %1 lines)")
                              .arg(lines_.lineNumber())});
    }
    return out;
}

void OllamaStreamParser::parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) {
    if (done_ || line.trimmed().isEmpty()) return;
    const int n = lines_.lineNumber();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString what = err.error != QJsonParseError::NoError
                                 ? QStringLiteral("malformed JSON (%1 at byte %2)")
                                       .arg(err.errorString())
                                       .arg(err.offset)
                                 : QStringLiteral("expected a JSON object");
        appendEvent(out, {ChatStreamEvent::kError, malformedLine(n, what, line)});
        return;
    }
    const QJsonObject o = doc.object();
    if (o.contains("error")) {
        appendEvent(out, {ChatStreamEvent::kError, QStringLiteral("line %1: the server says: %2")
                                                       .arg(n)
                                                       .arg(o.value("error").toString())});
        return;
    }
    const QJsonValue message = o.value("message");
    if (!message.isObject() && !o.value("done").toBool()) {
        appendEvent(out, {ChatStreamEvent::kError,
                          malformedLine(n, QStringLiteral("no \"message\" object"), line)});
        return;
    }
    const QJsonObject m = message.toObject();
    const QJsonValue thinking = m.value("thinking");
    if (thinking.isString()) appendEvent(out, {ChatStreamEvent::kThinking, thinking.toString()});
    const QJsonValue content = m.value("content");
    if (content.isString()) appendEvents(out, splitter_.feed(content.toString()));
    if (o.value("done").toBool()) {
        appendEvents(out, splitter_.flush());
        appendEvent(out, {ChatStreamEvent::kDone, {}});
        done_ = true;
    }
}

}  // namespace m37::ui
