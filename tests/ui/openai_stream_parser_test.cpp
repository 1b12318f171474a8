// OpenAiStreamParser and ThinkTagSplitter: reasoning_content and <think> in
// content, split at every byte offset; malformed lines reported with their
// line number; a stream without [DONE] is an error.
#include "ui/openai_stream_parser.h"

#include <gtest/gtest.h>

#include "chat_test_server.h"

namespace m37::ui {
namespace {

using test::openAiChunk;

// What a whole stream gives, merged (adjacent text of one kind joined).
struct Parsed {
    QString thinking, answer;
    std::vector<ChatStreamEvent> events;  // merged
    QStringList errors;
    bool done = false;
};

Parsed collect(const std::vector<ChatStreamEvent>& all) {
    Parsed p;
    for (const ChatStreamEvent& e : all) appendEvent(p.events, e);
    for (const ChatStreamEvent& e : p.events) {
        if (e.kind == ChatStreamEvent::kThinking) p.thinking += e.text;
        if (e.kind == ChatStreamEvent::kAnswer) p.answer += e.text;
        if (e.kind == ChatStreamEvent::kError) p.errors << e.text;
        if (e.kind == ChatStreamEvent::kDone) p.done = true;
    }
    return p;
}

template <class Parser>
Parsed parseSplit(const QByteArray& body, const std::vector<qsizetype>& cuts) {
    Parser parser;
    std::vector<ChatStreamEvent> all;
    qsizetype at = 0;
    for (qsizetype c : cuts) {
        for (auto& e : parser.feed(QByteArrayView(body).sliced(at, c - at))) all.push_back(e);
        at = c;
    }
    for (auto& e : parser.feed(QByteArrayView(body).sliced(at))) all.push_back(e);
    for (auto& e : parser.finish()) all.push_back(e);
    return collect(all);
}

// Feeding the body whole, cut at any one byte, and byte by byte give the
// same merged events.
template <class Parser>
void expectSameAtEveryCut(const QByteArray& body) {
    const Parsed whole = parseSplit<Parser>(body, {});
    for (qsizetype k = 0; k <= body.size(); ++k) {
        const Parsed cut = parseSplit<Parser>(body, {k});
        ASSERT_EQ(cut.events, whole.events) << "cut at byte " << k;
    }
    std::vector<qsizetype> every;
    for (qsizetype k = 1; k < body.size(); ++k) every.push_back(k);
    EXPECT_EQ(parseSplit<Parser>(body, every).events, whole.events) << "byte by byte";
}

TEST(ThinkTagSplitter, SplitsTagsCutAnywhere) {
    const QString text = QStringLiteral("<think>I read D4: W C5.\n</think>Play D4.");
    for (int k = 0; k <= text.size(); ++k) {
        for (int j = k; j <= text.size(); ++j) {
            ThinkTagSplitter s;
            std::vector<ChatStreamEvent> all;
            for (auto& e : s.feed(text.left(k))) appendEvent(all, e);
            for (auto& e : s.feed(text.mid(k, j - k))) appendEvent(all, e);
            for (auto& e : s.feed(text.mid(j))) appendEvent(all, e);
            for (auto& e : s.flush()) appendEvent(all, e);
            const std::vector<ChatStreamEvent> want{
                {ChatStreamEvent::kThinking, QStringLiteral("I read D4: W C5.\n")},
                {ChatStreamEvent::kAnswer, QStringLiteral("Play D4.")}};
            ASSERT_EQ(all, want) << "cuts " << k << ", " << j;
        }
    }
}

TEST(ThinkTagSplitter, KeepsTextThatOnlyLooksLikeATagStart) {
    ThinkTagSplitter s;
    std::vector<ChatStreamEvent> all;
    for (auto& e : s.feed(QStringLiteral("a <thin"))) appendEvent(all, e);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, QStringLiteral("a "));  // "<thin" held back
    for (auto& e : s.feed(QStringLiteral("g> b"))) appendEvent(all, e);
    for (auto& e : s.flush()) appendEvent(all, e);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, QStringLiteral("a <thing> b"));
    EXPECT_EQ(all[0].kind, ChatStreamEvent::kAnswer);
}

TEST(OpenAiStreamParser, ReasoningContentThenContent) {
    QByteArray body = ": keep-alive\n\n";
    body += openAiChunk("reasoning_content", "Black to play. ");
    body += openAiChunk("reasoning_content", "Try D4: W C5 B E6.\n");
    body += openAiChunk("content", "Play D4");
    body += openAiChunk("content", " — ünïcode ok.");
    body += "data: {\"choices\":[]}\n\n";  // usage-only chunk
    body += "data: [DONE]\n\n";
    const Parsed p = parseSplit<OpenAiStreamParser>(body, {});
    EXPECT_EQ(p.thinking, QStringLiteral("Black to play. Try D4: W C5 B E6.\n"));
    EXPECT_EQ(p.answer, QStringLiteral("Play D4 — ünïcode ok."));
    EXPECT_TRUE(p.errors.isEmpty()) << p.errors.join("\n").toStdString();
    EXPECT_TRUE(p.done);
    ASSERT_EQ(p.events.size(), 3u);
    EXPECT_EQ(p.events[0].kind, ChatStreamEvent::kThinking);
    EXPECT_EQ(p.events[1].kind, ChatStreamEvent::kAnswer);
    EXPECT_EQ(p.events[2].kind, ChatStreamEvent::kDone);
    expectSameAtEveryCut<OpenAiStreamParser>(body);
}

TEST(OpenAiStreamParser, ThinkTagsInsideContentCutAcrossChunks) {
    QByteArray body;
    for (const char* piece : {"<th", "ink>I think", " D4 wins.", "</thi", "nk>\n\nD4"})
        body += openAiChunk("content", piece);
    body += "data: [DONE]\r\n\r\n";  // CRLF line ends too
    const Parsed p = parseSplit<OpenAiStreamParser>(body, {});
    EXPECT_EQ(p.thinking, QStringLiteral("I think D4 wins."));
    EXPECT_EQ(p.answer, QStringLiteral("\n\nD4"));
    EXPECT_TRUE(p.done);
    EXPECT_TRUE(p.errors.isEmpty());
    expectSameAtEveryCut<OpenAiStreamParser>(body);
}

TEST(OpenAiStreamParser, MalformedLinesAreReportedWithTheirLineAndParsingGoesOn) {
    QByteArray body = openAiChunk("content", "A");                    // lines 1-2
    body += "data: {\"choices\":[{\"delta\":{\"content\":\"B\"\n\n";  // line 3: cut JSON
    body += "garbage line\n\n";                                       // line 5
    body += "data: {\"object\":\"x\"}\n\n";                           // line 7: no choices
    body += "data: [1,2]\n\n";                                        // line 9: not an object
    body += openAiChunk("content", "C");
    body += "data: [DONE]\n\n";
    const Parsed p = parseSplit<OpenAiStreamParser>(body, {});
    EXPECT_EQ(p.answer, QStringLiteral("AC"));
    ASSERT_EQ(p.errors.size(), 4) << p.errors.join("\n").toStdString();
    EXPECT_TRUE(p.errors[0].startsWith("line 3: malformed JSON")) << p.errors[0].toStdString();
    EXPECT_TRUE(p.errors[1].startsWith("line 5: expected \"data: …\""))
        << p.errors[1].toStdString();
    EXPECT_TRUE(p.errors[2].startsWith("line 7: no \"choices\" array"))
        << p.errors[2].toStdString();
    EXPECT_TRUE(p.errors[3].startsWith("line 9: expected a JSON object"))
        << p.errors[3].toStdString();
    EXPECT_TRUE(p.done);
    expectSameAtEveryCut<OpenAiStreamParser>(body);
}

TEST(OpenAiStreamParser, ServerErrorObjectIsReported) {
    const QByteArray body =
        "data: {\"error\":{\"message\":\"model not found\",\"type\":\"invalid_request\"}}\n\n";
    const Parsed p = parseSplit<OpenAiStreamParser>(body, {});
    ASSERT_GE(p.errors.size(), 1);
    EXPECT_EQ(p.errors[0], QStringLiteral("line 1: the server says: model not found"));
}

TEST(OpenAiStreamParser, StreamEndingBeforeDoneIsAnError) {
    QByteArray body = openAiChunk("reasoning_content", "Hmm");
    body += "data: {\"choices\":[{\"delta\":{\"content\":\"D";  // cut mid-line
    const Parsed p = parseSplit<OpenAiStreamParser>(body, {});
    EXPECT_EQ(p.thinking, QStringLiteral("Hmm"));
    EXPECT_FALSE(p.done);
    ASSERT_EQ(p.errors.size(), 2) << p.errors.join("\n").toStdString();
    EXPECT_TRUE(p.errors[0].startsWith("line 3: malformed JSON")) << p.errors[0].toStdString();
    EXPECT_TRUE(p.errors[1].contains("ended before [DONE]")) << p.errors[1].toStdString();
}

TEST(OpenAiStreamParser, SurvivesArbitraryBytes) {
    // Every prefix of a mixed stream plus binary noise: never a crash, and
    // the end always reports something (done or an error).
    QByteArray body = openAiChunk("content", "ok");
    body += QByteArray("\x00\xff\xfe{\"data\n\rdata:\xc3\n", 16);
    body += "data: {\"choices\":[{\"delta\":{\"content\":1}}]}\n";
    for (qsizetype k = 0; k <= body.size(); ++k) {
        OpenAiStreamParser parser;
        parser.feed(body.left(k));
        const auto tail = parser.finish();
        ASSERT_FALSE(tail.empty());
        EXPECT_EQ(tail.back().kind, ChatStreamEvent::kError);
        EXPECT_TRUE(parser.finish().empty());  // finish twice: nothing more
    }
}

}  // namespace
}  // namespace m37::ui
