#pragma once
// RemoteChatClient: asks a remote reasoning backend — an OpenAI-compatible
// `/v1/chat/completions` stream or Ollama's `/api/chat` — one question and
// streams its answer back as ChatStreamEvents (thinking and answer text as
// it arrives, then done), over QNetworkAccessManager, without blocking.
// The API key goes in an `Authorization: Bearer` header. Whatever goes
// wrong ends in one error event with a message a user can act on: the
// server could not be reached, the connection dropped mid-stream, an HTTP
// error (status and the server's message), a malformed chunk (its line),
// no data for `transferTimeoutMs`. cancel() aborts quietly. Every start()
// ends with exactly one finished().
// Threading: a QObject of the GUI thread (or any thread with an event
// loop); signals are emitted from its thread.
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

#include "ui/chat_settings.h"
#include "ui/chat_stream_event.h"

class QNetworkAccessManager;

namespace m37::ui {

class OllamaStreamParser;
class OpenAiStreamParser;

struct RemoteChatRequest {
    ChatBackend backend = ChatBackend::kOpenAi;  // kOpenAi or kOllama
    QString url;                                 // base URL (ChatSettings)
    QString model;
    QString apiKey;
    QString system;  // system message (may be empty)
    QString user;    // the question with the position
    int transferTimeoutMs = 120000;
};

// The endpoint of a base URL: "/chat/completions" or "/api/chat" added
// unless already there.
QUrl remoteEndpoint(ChatBackend backend, const QString& baseUrl);
// The JSON body of a request (streaming on; Ollama with "think": true).
QByteArray remoteRequestBody(const RemoteChatRequest& r);

class RemoteChatClient : public QObject {
    Q_OBJECT

  public:
    explicit RemoteChatClient(QObject* parent = nullptr);
    ~RemoteChatClient() override;

    bool busy() const { return reply_ != nullptr; }

  public slots:
    // Starts a request (a running one is cancelled first). An unusable URL
    // gives an error event and finished() at once.
    void start(const m37::ui::RemoteChatRequest& request);
    // Aborts the running request: finished(false), no error event.
    void cancel();

  signals:
    void event(const m37::ui::ChatStreamEvent& e);
    // ok: the stream ended with its done marker and no error.
    void finished(bool ok);

  private:
    void onReadyRead();
    void onFinished();
    void emitAll(const std::vector<ChatStreamEvent>& events);
    std::vector<ChatStreamEvent> feedParser(const QByteArray& bytes);
    std::vector<ChatStreamEvent> finishParser();

    QNetworkAccessManager* net_;
    QPointer<QNetworkReply> reply_;
    RemoteChatRequest request_;
    QUrl endpoint_;
    std::unique_ptr<OpenAiStreamParser> openAi_;
    std::unique_ptr<OllamaStreamParser> ollama_;
    int httpStatus_ = 0;
    QByteArray errorBody_;  // the body of an HTTP error
    qint64 received_ = 0;
    bool sawError_ = false;
};

}  // namespace m37::ui

Q_DECLARE_METATYPE(m37::ui::ChatStreamEvent)
