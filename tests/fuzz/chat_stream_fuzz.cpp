// libFuzzer target for the remote reasoning stream parsers (ui/): the
// OpenAI-compatible SSE parser and the Ollama NDJSON parser, which read
// bytes from any server the user points the chat view at. The first byte
// picks where the body is cut into two pieces (the parsers must not care
// where a network read ends); the rest is the body, fed to both parsers.
// Checked: the events are the same whether the body arrives whole or cut,
// and no event text is empty unless it is an error or the end. Must never
// crash, hang, leak or trip the sanitizers. Links Qt Core only.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "ui/ollama_stream_parser.h"
#include "ui/openai_stream_parser.h"

namespace {

using namespace m37::ui;

template <typename Parser>
std::vector<ChatStreamEvent> parse(QByteArrayView body, qsizetype cut) {
    Parser p;
    std::vector<ChatStreamEvent> all;
    for (QByteArrayView piece : {body.first(cut), body.sliced(cut)})
        for (ChatStreamEvent& e : p.feed(piece)) all.push_back(std::move(e));
    for (ChatStreamEvent& e : p.finish()) all.push_back(std::move(e));
    return all;
}

// Text events joined by kind (a cut may split one text event in two).
QString joined(const std::vector<ChatStreamEvent>& events) {
    QString s;
    for (const ChatStreamEvent& e : events)
        s += QString::number(int(e.kind)) + QLatin1Char(':') + e.text + QLatin1Char('\n');
    return s;
}

QString merged(const std::vector<ChatStreamEvent>& events) {
    QString s;
    int last = -1;
    for (const ChatStreamEvent& e : events) {
        if (int(e.kind) != last) s += QStringLiteral("\n#%1:").arg(int(e.kind));
        s += e.text;
        last = int(e.kind);
    }
    return s;
}

template <typename Parser>
void check(QByteArrayView body, qsizetype cut) {
    const auto whole = parse<Parser>(body, body.size());
    const auto pieces = parse<Parser>(body, cut);
    if (merged(whole) != merged(pieces)) {
        std::fprintf(stderr, "whole:\n%s\ncut at %lld:\n%s\n", qPrintable(joined(whole)),
                     (long long)cut, qPrintable(joined(pieces)));
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 1 << 16) return 0;
    const QByteArrayView body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = body.isEmpty() ? 0 : qsizetype(data[0]) % (body.size() + 1);
    check<OpenAiStreamParser>(body, cut);
    check<OllamaStreamParser>(body, cut);
    return 0;
}
