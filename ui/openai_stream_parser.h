#pragma once
// OpenAiStreamParser: reads the body of an OpenAI-compatible
// `/v1/chat/completions` stream (server-sent events: `data: {json}` lines,
// blank lines between events, `: comment` keep-alives, `data: [DONE]` at
// the end) as it arrives, in pieces cut anywhere, and turns it into
// ChatStreamEvents. Reasoning comes from `choices[0].delta.reasoning_content`
// (DeepSeek, vLLM) or `delta.reasoning` (OpenRouter), or as `<think>…</think>`
// inside `delta.content` (R1 distills behind plain servers); the rest of
// the content is the answer. An `{"error": …}` object, a line that is not
// JSON or has no `choices`, and a stream that ends before `[DONE]` give an
// error event naming the line; parsing goes on after a bad line, and no
// input makes it crash.
// Threading: a plain object; one thread feeds it.
#include <QByteArrayView>
#include <vector>

#include "ui/line_stream_parser.h"

namespace m37::ui {

class OpenAiStreamParser : public LineStreamParser {
  public:
    OpenAiStreamParser() : LineStreamParser(QStringLiteral("[DONE]")) {}

  private:
    void parseLine(const QByteArray& line, std::vector<ChatStreamEvent>& out) override;
    void parseData(const QByteArray& data, const QByteArray& line,
                   std::vector<ChatStreamEvent>& out);
};

}  // namespace m37::ui
