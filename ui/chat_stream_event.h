#pragma once
// ChatStreamEvent and ThinkTagSplitter: what the parsers of remote
// reasoning streams (openai_stream_parser.h, ollama_stream_parser.h) and the
// local model's token stream give the chat view — a piece of thinking, a
// piece of the answer, the end of the stream, or an error saying what was
// malformed and where. ThinkTagSplitter separates `<think>…</think>` from
// the rest of a text that arrives in pieces split anywhere (a tag may be cut
// in two): text inside the tags is thinking, the rest is the answer; the
// tags themselves are dropped, and a `</think>` without an opening tag
// is dropped too.
// Threading: plain values; a splitter is used by one thread.
#include <QByteArray>
#include <QString>
#include <vector>

namespace m37::ui {

struct ChatStreamEvent {
    enum Kind { kThinking, kAnswer, kDone, kError };
    Kind kind = kAnswer;
    QString text;  // the piece of text (kThinking, kAnswer) or the message (kError)

    bool operator==(const ChatStreamEvent&) const = default;
};

class ThinkTagSplitter {
  public:
    // The events of the next piece of content. Text that might be the
    // start of a tag is held back until the next piece (or flush()).
    std::vector<ChatStreamEvent> feed(const QString& piece);
    // Whatever was held back, as text of the current kind.
    std::vector<ChatStreamEvent> flush();
    bool inThink() const { return inThink_; }

  private:
    QString pending_;
    bool inThink_ = false;
};

// Cuts a byte stream into lines ("\n" or "\r\n"), counting them for error
// messages. Bytes after the last newline wait for the next feed().
class LineBuffer {
  public:
    void feed(QByteArrayView bytes) { buffer_.append(bytes); }
    // The next complete line without its end, or false when none is left.
    bool next(QByteArray* line);
    // The unterminated rest (cleared), for the end of the stream.
    QByteArray takeRest();
    int lineNumber() const { return lines_; }  // 1-based number of the last line taken

  private:
    QByteArray buffer_;
    qsizetype start_ = 0;
    int lines_ = 0;
};

// "line 3: malformed JSON (unterminated string at byte 12): data: {\"cho…"
QString malformedLine(int line, const QString& what, const QByteArray& text);

// Appends `e` to `out`, merging it into the last event when both are text
// of the same kind (keeps event lists short; the text is the same).
void appendEvent(std::vector<ChatStreamEvent>& out, ChatStreamEvent e);
// appendEvent for each of `events`, in order.
void appendEvents(std::vector<ChatStreamEvent>& out, std::vector<ChatStreamEvent> events);

}  // namespace m37::ui
