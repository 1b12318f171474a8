#include "ui/line_stream_parser.h"

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

}  // namespace m37::ui
