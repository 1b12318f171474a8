// OllamaStreamParser: message.thinking and message.content, split at every
// byte offset; malformed lines reported with their line; no "done" is an
// error.
#include "ui/ollama_stream_parser.h"

#include <gtest/gtest.h>

#include "chat_test_server.h"

namespace m37::ui {
namespace {

using test::ollamaLine;

struct Parsed {
    QString thinking, answer;
    std::vector<ChatStreamEvent> events;
    QStringList errors;
    bool done = false;
};

Parsed parse(const QByteArray& body, qsizetype cut = -1, bool byteByByte = false) {
    OllamaStreamParser parser;
    std::vector<ChatStreamEvent> all;
    auto add = [&](const std::vector<ChatStreamEvent>& es) {
        for (const auto& e : es) appendEvent(all, e);
    };
    if (byteByByte) {
        for (qsizetype i = 0; i < body.size(); ++i) add(parser.feed(body.mid(i, 1)));
    } else if (cut >= 0) {
        add(parser.feed(body.left(cut)));
        add(parser.feed(body.mid(cut)));
    } else {
        add(parser.feed(body));
    }
    add(parser.finish());
    Parsed p;
    p.events = all;
    for (const auto& e : all) {
        if (e.kind == ChatStreamEvent::kThinking) p.thinking += e.text;
        if (e.kind == ChatStreamEvent::kAnswer) p.answer += e.text;
        if (e.kind == ChatStreamEvent::kError) p.errors << e.text;
        if (e.kind == ChatStreamEvent::kDone) p.done = true;
    }
    return p;
}

TEST(OllamaStreamParser, ThinkingThenContentThenDone) {
    QByteArray body;
    body += ollamaLine("thinking", "White C3 is in atari. ");
    body += ollamaLine("thinking", "Capture at C4?\n");
    body += ollamaLine("content", "Capture: C4");
    body +=
        "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
        "\"total_duration\":123}\n";
    const Parsed p = parse(body);
    EXPECT_EQ(p.thinking, QStringLiteral("White C3 is in atari. Capture at C4?\n"));
    EXPECT_EQ(p.answer, QStringLiteral("Capture: C4"));
    EXPECT_TRUE(p.done);
    EXPECT_TRUE(p.errors.isEmpty());
    ASSERT_EQ(p.events.size(), 3u);
    EXPECT_EQ(p.events.back().kind, ChatStreamEvent::kDone);
    for (qsizetype k = 0; k <= body.size(); ++k)
        ASSERT_EQ(parse(body, k).events, p.events) << "cut at byte " << k;
    EXPECT_EQ(parse(body, -1, true).events, p.events);
}

TEST(OllamaStreamParser, ThinkTagsInContent) {
    QByteArray body;
    for (const char* piece : {"<think", ">D4 or ", "Q16?</", "think>D4"})
        body += ollamaLine("content", piece);
    body += ollamaLine("content", "", true);
    const Parsed p = parse(body);
    EXPECT_EQ(p.thinking, QStringLiteral("D4 or Q16?"));
    EXPECT_EQ(p.answer, QStringLiteral("D4"));
    EXPECT_TRUE(p.done);
    for (qsizetype k = 0; k <= body.size(); ++k)
        ASSERT_EQ(parse(body, k).events, p.events) << "cut at byte " << k;
}

TEST(OllamaStreamParser, MalformedLinesAndServerErrors) {
    QByteArray body = ollamaLine("content", "A");                           // line 1
    body += "{\"message\":{\"content\":\"B\"\n";                            // line 2: cut
    body += "[]\n";                                                         // line 3
    body += "{\"model\":\"m\"}\n";                                          // line 4: no message
    body += "{\"error\":\"model 'x' not found, try pulling it first\"}\n";  // line 5
    body += ollamaLine("content", "C", true);
    const Parsed p = parse(body);
    EXPECT_EQ(p.answer, QStringLiteral("AC"));
    ASSERT_EQ(p.errors.size(), 4) << p.errors.join("\n").toStdString();
    EXPECT_TRUE(p.errors[0].startsWith("line 2: malformed JSON")) << p.errors[0].toStdString();
    EXPECT_TRUE(p.errors[1].startsWith("line 3: expected a JSON object"));
    EXPECT_TRUE(p.errors[2].startsWith("line 4: no \"message\" object"));
    EXPECT_EQ(p.errors[3],
              QStringLiteral("line 5: the server says: model 'x' not found, try pulling it first"));
    EXPECT_TRUE(p.done);
    for (qsizetype k = 0; k <= body.size(); ++k)
        ASSERT_EQ(parse(body, k).events, p.events) << "cut at byte " << k;
}

TEST(OllamaStreamParser, NoDoneIsAnError) {
    const QByteArray body = ollamaLine("thinking", "hmm") + "{\"message\":";
    const Parsed p = parse(body);
    EXPECT_FALSE(p.done);
    ASSERT_EQ(p.errors.size(), 2);
    EXPECT_TRUE(p.errors[0].startsWith("line 2: malformed JSON"));
    EXPECT_TRUE(p.errors[1].contains("ended before \"done\": true"));
}

}  // namespace
}  // namespace m37::ui
