// RemoteChatClient against a local test server speaking each wire format:
// events in order, think text and answer assembled, the request as sent
// (endpoint, Bearer key, body), HTTP errors, a connection dropped
// mid-stream, malformed chunks, an unreachable server, cancel.
#include "ui/remote_chat_client.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "chat_test_server.h"

namespace m37::ui {
namespace {

using test::CannedResponse;
using test::ChatTestServer;
using test::ollamaLine;
using test::openAiChunk;

struct StreamRun {
    std::vector<ChatStreamEvent> events;  // as emitted (not merged)
    int finishedCount = 0;
    bool ok = false;
    QString thinking, answer;
    QStringList errors;
    bool done = false;
};

StreamRun runRequest(RemoteChatClient& client, const RemoteChatRequest& request) {
    StreamRun r;
    QObject ctx;
    QObject::connect(&client, &RemoteChatClient::event, &ctx, [&r](const ChatStreamEvent& e) {
        r.events.push_back(e);
        if (e.kind == ChatStreamEvent::kThinking) r.thinking += e.text;
        if (e.kind == ChatStreamEvent::kAnswer) r.answer += e.text;
        if (e.kind == ChatStreamEvent::kError) r.errors << e.text;
        if (e.kind == ChatStreamEvent::kDone) r.done = true;
    });
    QObject::connect(&client, &RemoteChatClient::finished, &ctx, [&r](bool ok) {
        ++r.finishedCount;
        r.ok = ok;
    });
    client.start(request);
    EXPECT_TRUE(QTest::qWaitFor([&] { return r.finishedCount > 0; }, 15000));
    QTest::qWait(20);  // nothing may follow finished()
    return r;
}

// Kinds in order with repeats collapsed: thinking*, answer*, done.
std::vector<ChatStreamEvent::Kind> kindSequence(const StreamRun& r) {
    std::vector<ChatStreamEvent::Kind> k;
    for (const auto& e : r.events)
        if (k.empty() || k.back() != e.kind) k.push_back(e.kind);
    return k;
}

CannedResponse openAiStream() {
    CannedResponse c;
    c.chunks = {openAiChunk("reasoning_content", "Black to move. "),
                openAiChunk("reasoning_content", "Try D4: W C5 B E6.\n") +
                    openAiChunk("content", "D4 is"),  // two events in one chunk
                openAiChunk("content", " best."), "data: [DO", "NE]\n\n"};
    return c;
}

TEST(RemoteChatClient, OpenAiStreamEventsInOrderWithBearerKey) {
    ChatTestServer server(openAiStream());
    ASSERT_TRUE(server.listening());
    RemoteChatClient client;
    RemoteChatRequest req;
    req.backend = ChatBackend::kOpenAi;
    req.url = server.baseUrl();
    req.model = "r1-distill";
    req.apiKey = "sk-test-123";
    req.system = "sys";
    req.user = "What is the best move?";
    const StreamRun r = runRequest(client, req);
    EXPECT_EQ(r.finishedCount, 1);
    EXPECT_TRUE(r.ok) << r.errors.join("\n").toStdString();
    EXPECT_EQ(r.thinking, QStringLiteral("Black to move. Try D4: W C5 B E6.\n"));
    EXPECT_EQ(r.answer, QStringLiteral("D4 is best."));
    const std::vector<ChatStreamEvent::Kind> want{ChatStreamEvent::kThinking,
                                                  ChatStreamEvent::kAnswer, ChatStreamEvent::kDone};
    EXPECT_EQ(kindSequence(r), want);
    // The request: endpoint, key, streaming body with both messages.
    EXPECT_TRUE(server.requestHead.startsWith("POST /v1/chat/completions HTTP/1.1"))
        << server.requestHead.toStdString();
    EXPECT_TRUE(server.requestHead.contains("Authorization: Bearer sk-test-123"));
    const QJsonObject body = QJsonDocument::fromJson(server.requestBody).object();
    EXPECT_EQ(body.value("model").toString(), QStringLiteral("r1-distill"));
    EXPECT_TRUE(body.value("stream").toBool());
    const QJsonArray messages = body.value("messages").toArray();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].toObject().value("content").toString(), req.user);
}

TEST(RemoteChatClient, OllamaStreamWithThinking) {
    CannedResponse c;
    c.contentType = "application/x-ndjson";
    c.chunks = {ollamaLine("thinking", "C3 has one liberty"), ollamaLine("thinking", ".\n"),
                ollamaLine("content", "Capture at C4").left(30),
                ollamaLine("content", "Capture at C4").mid(30), ollamaLine("content", "", true)};
    ChatTestServer server(c);
    RemoteChatClient client;
    RemoteChatRequest req;
    req.backend = ChatBackend::kOllama;
    req.url = server.rootUrl();
    req.model = "deepseek-r1:8b";
    req.apiKey = "unused";
    req.user = "q";
    const StreamRun r = runRequest(client, req);
    EXPECT_TRUE(r.ok) << r.errors.join("\n").toStdString();
    EXPECT_EQ(r.thinking, QStringLiteral("C3 has one liberty.\n"));
    EXPECT_EQ(r.answer, QStringLiteral("Capture at C4"));
    EXPECT_TRUE(r.done);
    EXPECT_TRUE(server.requestHead.startsWith("POST /api/chat HTTP/1.1"));
    EXPECT_TRUE(server.requestHead.contains("Authorization: Bearer unused"));
    EXPECT_TRUE(QJsonDocument::fromJson(server.requestBody).object().value("think").toBool());
}

TEST(RemoteChatClient, DroppedConnectionMidStreamIsReported) {
    CannedResponse c = openAiStream();
    c.chunks.resize(2);  // thinking and the start of the answer, then cut
    c.dropMidStream = true;
    ChatTestServer server(c);
    RemoteChatClient client;
    RemoteChatRequest req;
    req.url = server.baseUrl();
    const StreamRun r = runRequest(client, req);
    EXPECT_EQ(r.finishedCount, 1);
    EXPECT_FALSE(r.ok);
    EXPECT_FALSE(r.done);
    EXPECT_EQ(r.thinking, QStringLiteral("Black to move. Try D4: W C5 B E6.\n"));
    EXPECT_EQ(r.answer, QStringLiteral("D4 is"));
    ASSERT_EQ(r.errors.size(), 1) << r.errors.join("\n").toStdString();
    EXPECT_TRUE(r.errors[0].contains("dropped mid-stream") ||
                r.errors[0].contains("closed before the stream was over"))
        << r.errors[0].toStdString();
    EXPECT_TRUE(r.errors[0].contains(server.baseUrl())) << r.errors[0].toStdString();
    EXPECT_EQ(r.events.back().kind, ChatStreamEvent::kError);
}

TEST(RemoteChatClient, MalformedChunksAreReportedAndTheStreamGoesOn) {
    CannedResponse c;
    c.chunks = {openAiChunk("content", "D4"), "data: {not json}\n\n", openAiChunk("content", "!"),
                "data: [DONE]\n\n"};
    ChatTestServer server(c);
    RemoteChatClient client;
    RemoteChatRequest req;
    req.url = server.baseUrl();
    const StreamRun r = runRequest(client, req);
    EXPECT_FALSE(r.ok);  // an error was seen
    EXPECT_TRUE(r.done);
    EXPECT_EQ(r.answer, QStringLiteral("D4!"));
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].startsWith("line 3: malformed JSON")) << r.errors[0].toStdString();
}

TEST(RemoteChatClient, HttpErrorGivesStatusAndServerMessage) {
    CannedResponse c;
    c.status = 401;
    c.reason = "Unauthorized";
    c.contentType = "application/json";
    c.chunks = {"{\"error\":{\"message\":\"Incorrect API key provided\"}}"};
    ChatTestServer server(c);
    RemoteChatClient client;
    RemoteChatRequest req;
    req.url = server.baseUrl();
    const StreamRun r = runRequest(client, req);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].startsWith("HTTP 401 Unauthorized from http://127.0.0.1:"))
        << r.errors[0].toStdString();
    EXPECT_TRUE(r.errors[0].endsWith(": Incorrect API key provided")) << r.errors[0].toStdString();
}

TEST(RemoteChatClient, UnreachableServerAndBadUrl) {
    quint16 port = 0;
    {
        ChatTestServer closed(CannedResponse{});
        port = quint16(QUrl(closed.rootUrl()).port());
    }  // nothing listens there now
    RemoteChatClient client;
    RemoteChatRequest req;
    req.url = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
    StreamRun r = runRequest(client, req);
    EXPECT_FALSE(r.ok);
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].startsWith("could not reach http://127.0.0.1:"))
        << r.errors[0].toStdString();

    req.url = QStringLiteral("localhost:11434");  // no scheme
    r = runRequest(client, req);
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_TRUE(r.errors[0].contains("is not a usable http(s) URL")) << r.errors[0].toStdString();
    EXPECT_EQ(r.finishedCount, 1);
}

TEST(RemoteChatClient, CancelEndsQuietly) {
    CannedResponse c = openAiStream();
    c.chunkDelayMs = 300;  // slow: cancel comes first
    ChatTestServer server(c);
    RemoteChatClient client;
    int finished = 0, errors = 0;
    bool ok = true;
    QObject::connect(&client, &RemoteChatClient::finished, [&](bool o) {
        ++finished;
        ok = o;
    });
    QObject::connect(&client, &RemoteChatClient::event, [&](const ChatStreamEvent& e) {
        if (e.kind == ChatStreamEvent::kError) ++errors;
    });
    RemoteChatRequest req;
    req.url = server.baseUrl();
    client.start(req);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requests > 0; }, 10000));
    EXPECT_TRUE(client.busy());
    client.cancel();
    EXPECT_FALSE(client.busy());
    QTest::qWait(100);
    EXPECT_EQ(finished, 1);
    EXPECT_FALSE(ok);
    EXPECT_EQ(errors, 0);
}

TEST(RemoteChatClient, EndpointsFromBaseUrls) {
    EXPECT_EQ(remoteEndpoint(ChatBackend::kOpenAi, "http://h:8000/v1/").toString(),
              QStringLiteral("http://h:8000/v1/chat/completions"));
    EXPECT_EQ(remoteEndpoint(ChatBackend::kOpenAi, "http://h/v1/chat/completions").toString(),
              QStringLiteral("http://h/v1/chat/completions"));
    EXPECT_EQ(remoteEndpoint(ChatBackend::kOllama, "http://h:11434").toString(),
              QStringLiteral("http://h:11434/api/chat"));
}

}  // namespace
}  // namespace m37::ui
