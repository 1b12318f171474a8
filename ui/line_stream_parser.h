#pragma once
// LineStreamParser: what the remote reasoning stream parsers share. The body
// arrives in pieces cut anywhere; complete lines go to the subclass's
// parseLine(), which turns them into ChatStreamEvents (thinking and answer
// text through the <think>-tag splitter) and sets done_ at the stream's end
// marker. finish() parses a last unterminated line and, when the end marker
// never came, flushes held-back text and adds an error naming the marker
// and how many lines were read. Subclasses: OpenAiStreamParser (SSE),
// OllamaStreamParser (NDJSON).
// Threading: a plain object; one thread feeds it.
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

#include "ui/chat_stream_event.h"

namespace m37::ui {

class LineStreamParser {
  public:
    virtual ~LineStreamParser() = default;
    // The events of the next piece of the body.
    std::vector<ChatStreamEvent> feed(QByteArrayView bytes);
    // The end of the body (see the class comment).
    std::vector<ChatStreamEvent> finish();
    bool done() const { return done_; }

  protected:
    // `endMarker` as the error names it: "[DONE]", "\"done\": true".
    explicit LineStreamParser(QString endMarker) : endMarker_(std::move(endMarker)) {}
    virtual void parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) = 0;
    // `json` (the line `line`, or its data field) as a JSON object; nullopt
    // after adding an error that names the line and what was wrong.
    std::optional<QJsonObject> jsonObject(const QByteArray& json, const QByteArray& line,
                                          std::vector<ChatStreamEvent>& out) const;

    LineBuffer lines_;
    ThinkTagSplitter splitter_;
    bool done_ = false;

  private:
    QString endMarker_;
    bool finished_ = false;
};

}  // namespace m37::ui
