#include "ui/openai_stream_parser.h"

#include <QJsonArray>
#include <QJsonObject>

namespace m37::ui {

void OpenAiStreamParser::parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) {
    if (done_) return;                                   // nothing counts after [DONE]
    if (line.isEmpty() || line.startsWith(':')) return;  // event end, keep-alive comment
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' ')) value.remove(0, 1);
    if (field == "data") {
        parseData(value, line, out);
    } else if (field == "event" || field == "id" || field == "retry") {
        // Not used by chat completions.
    } else if (line.trimmed().startsWith('{')) {
        // A bare JSON object: a server answering without SSE framing (an
        // error body, or a non-streamed completion).
        parseData(line.trimmed(), line, out);
    } else {
        appendEvent(out, {ChatStreamEvent::kError,
                          malformedLine(lines_.lineNumber(), QStringLiteral("expected \"data: …\""),
                                        line)});
    }
}

void OpenAiStreamParser::parseData(const QByteArray& data, const QByteArray& line,
                                   std::vector<ChatStreamEvent>& out) {
    const int n = lines_.lineNumber();
    if (data.trimmed() == "[DONE]") {
        appendEvents(out, splitter_.flush());
        appendEvent(out, {ChatStreamEvent::kDone, {}});
        done_ = true;
        return;
    }
    const std::optional<QJsonObject> parsed = jsonObject(data, line, out);
    if (!parsed) return;
    const QJsonObject& o = *parsed;
    if (o.contains("error")) {
        const QJsonValue e = o.value("error");
        const QString msg =
            e.isObject() ? e.toObject().value("message").toString() : e.toVariant().toString();
        appendEvent(out, {ChatStreamEvent::kError,
                          QStringLiteral("line %1: the server says: %2")
                              .arg(n)
                              .arg(msg.isEmpty() ? QString::fromUtf8(data) : msg)});
        return;
    }
    const QJsonValue choices = o.value("choices");
    if (!choices.isArray()) {
        appendEvent(out, {ChatStreamEvent::kError,
                          malformedLine(n, QStringLiteral("no \"choices\" array"), line)});
        return;
    }
    if (choices.toArray().isEmpty()) return;  // usage-only chunks
    const QJsonObject choice = choices.toArray().at(0).toObject();
    // Streams carry "delta"; a non-streamed completion carries "message".
    const QJsonObject delta = choice.contains("delta") ? choice.value("delta").toObject()
                                                       : choice.value("message").toObject();
    // One of the two reasoning fields (some servers send both, alike).
    QJsonValue reasoning = delta.value("reasoning_content");
    if (!reasoning.isString()) reasoning = delta.value("reasoning");
    if (reasoning.isString()) appendEvent(out, {ChatStreamEvent::kThinking, reasoning.toString()});
    const QJsonValue content = delta.value("content");
    if (content.isString()) appendEvents(out, splitter_.feed(content.toString()));
}

}  // namespace m37::ui
