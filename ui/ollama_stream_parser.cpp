#include "ui/ollama_stream_parser.h"

#include <QJsonObject>
#include <optional>

namespace m37::ui {

void OllamaStreamParser::parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) {
    if (done_ || line.trimmed().isEmpty()) return;
    const int n = lines_.lineNumber();
    const std::optional<QJsonObject> parsed = jsonObject(line, line, out);
    if (!parsed) return;
    const QJsonObject& o = *parsed;
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
