#pragma once
// OllamaStreamParser: reads the body of Ollama's `/api/chat` stream
// (newline-delimited JSON: one object a line, `message.thinking` with
// `think: true`, `message.content`, `"done": true` on the last) as it
// arrives, in pieces cut anywhere, and turns it into ChatStreamEvents.
// Content may also carry `<think>…</think>` (models or servers without the
// thinking field). An `{"error": …}` object, a line that is not a JSON
// object, and a stream that ends before `"done": true` give an error event
// naming the line; parsing goes on after a bad line, and no input makes it
// crash.
// Threading: a plain object; one thread feeds it.
#include <QByteArrayView>
#include <vector>

#include "ui/line_stream_parser.h"

namespace m37::ui {

class OllamaStreamParser : public LineStreamParser {
  public:
    OllamaStreamParser() : LineStreamParser(QStringLiteral("\"done\": true")) {}

  private:
    void parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) override;
};

}  // namespace m37::ui
