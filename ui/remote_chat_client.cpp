#include "ui/remote_chat_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "ui/ollama_stream_parser.h"
#include "ui/openai_stream_parser.h"

namespace m37::ui {

QUrl remoteEndpoint(ChatBackend backend, const QString& baseUrl) {
    QString u = baseUrl.trimmed();
    while (u.endsWith('/')) u.chop(1);
    const QString tail = backend == ChatBackend::kOllama ? QStringLiteral("/api/chat")
                                                         : QStringLiteral("/chat/completions");
    if (!u.endsWith(tail)) u += tail;
    return QUrl(u, QUrl::StrictMode);
}

QByteArray remoteRequestBody(const RemoteChatRequest& r) {
    QJsonArray messages;
    if (!r.system.isEmpty())
        messages.append(QJsonObject{{"role", "system"}, {"content", r.system}});
    messages.append(QJsonObject{{"role", "user"}, {"content", r.user}});
    QJsonObject body{{"model", r.model}, {"messages", messages}, {"stream", true}};
    if (r.backend == ChatBackend::kOllama) body.insert("think", true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

RemoteChatClient::RemoteChatClient(QObject* parent)
    : QObject(parent), net_(new QNetworkAccessManager(this)) {
    qRegisterMetaType<m37::ui::ChatStreamEvent>();
}

RemoteChatClient::~RemoteChatClient() {
    if (reply_) {
        reply_->disconnect(this);
        reply_->abort();
    }
}

void RemoteChatClient::start(const RemoteChatRequest& request) {
    cancel();
    request_ = request;
    endpoint_ = remoteEndpoint(request.backend, request.url);
    openAi_.reset();
    ollama_.reset();
    httpStatus_ = 0;
    errorBody_.clear();
    received_ = 0;
    sawError_ = false;
    if (!endpoint_.isValid() || endpoint_.host().isEmpty() ||
        (endpoint_.scheme() != "http" && endpoint_.scheme() != "https")) {
        emit event(
            {ChatStreamEvent::kError, tr("\"%1\" is not a usable http(s) URL").arg(request.url)});
        emit finished(false);
        return;
    }
    if (request.backend == ChatBackend::kOllama)
        ollama_ = std::make_unique<OllamaStreamParser>();
    else
        openAi_ = std::make_unique<OpenAiStreamParser>();

    QNetworkRequest req(endpoint_);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    req.setRawHeader("Accept", request.backend == ChatBackend::kOllama ? "application/x-ndjson"
                                                                       : "text/event-stream");
    if (!request.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + request.apiKey.toUtf8());
    req.setTransferTimeout(request.transferTimeoutMs);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply* reply = net_->post(req, remoteRequestBody(request));
    reply_ = reply;
    connect(reply, &QNetworkReply::readyRead, this, &RemoteChatClient::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RemoteChatClient::onFinished);
}

void RemoteChatClient::cancel() {
    if (!reply_) return;
    QNetworkReply* r = reply_;
    reply_ = nullptr;
    r->disconnect(this);
    r->abort();
    r->deleteLater();
    emit finished(false);
}

std::vector<ChatStreamEvent> RemoteChatClient::feedParser(const QByteArray& bytes) {
    return ollama_ ? ollama_->feed(bytes) : openAi_->feed(bytes);
}

std::vector<ChatStreamEvent> RemoteChatClient::finishParser() {
    return ollama_ ? ollama_->finish() : openAi_->finish();
}

void RemoteChatClient::emitAll(const std::vector<ChatStreamEvent>& events) {
    for (const ChatStreamEvent& e : events) {
        if (e.kind == ChatStreamEvent::kError) sawError_ = true;
        emit event(e);
    }
}

void RemoteChatClient::onReadyRead() {
    if (!reply_) return;
    if (httpStatus_ == 0)
        httpStatus_ = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply_->readAll();
    received_ += bytes.size();
    if (httpStatus_ >= 400) {
        errorBody_ += bytes.left(4096 - errorBody_.size());
        return;
    }
    emitAll(feedParser(bytes));
}

void RemoteChatClient::onFinished() {
    QNetworkReply* r = reply_;
    if (!r) return;
    onReadyRead();  // anything left
    reply_ = nullptr;
    r->deleteLater();
    if (httpStatus_ == 0)
        httpStatus_ = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = endpoint_.toString(QUrl::RemoveUserInfo);
    if (httpStatus_ >= 400) {
        // The server's own message when it sent one ({"error": {"message"}}
        // or {"error": "..."}), else the start of the body.
        QString detail;
        const QJsonObject o = QJsonDocument::fromJson(errorBody_).object();
        const QJsonValue e = o.value("error");
        detail = e.isObject() ? e.toObject().value("message").toString() : e.toString();
        if (detail.isEmpty()) detail = QString::fromUtf8(errorBody_.left(300)).trimmed();
        const QString reason = r->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        emit event({ChatStreamEvent::kError,
                    tr("HTTP %1 %2 from %3%4")
                        .arg(httpStatus_)
                        .arg(reason, where, detail.isEmpty() ? QString() : ": " + detail)});
        emit finished(false);
        return;
    }
    std::vector<ChatStreamEvent> tail = finishParser();
    if (r->error() != QNetworkReply::NoError) {
        // The network's account replaces the parser's "ended early".
        if (!tail.empty() && tail.back().kind == ChatStreamEvent::kError) tail.pop_back();
        emitAll(tail);
        QString msg;
        if (r->error() == QNetworkReply::OperationCanceledError ||
            r->error() == QNetworkReply::TimeoutError)
            msg = tr("no data from %1 for %2 s").arg(where).arg(request_.transferTimeoutMs / 1000);
        else if (received_ > 0)
            msg = tr("the connection to %1 dropped mid-stream after %2 bytes: %3")
                      .arg(where)
                      .arg(received_)
                      .arg(r->errorString());
        else
            msg = tr("could not reach %1: %2").arg(where, r->errorString());
        emit event({ChatStreamEvent::kError, msg});
        emit finished(false);
        return;
    }
    const bool done = ollama_ ? ollama_->done() : openAi_->done();
    // The server closed a stream that was not over: say so.
    if (!done && !tail.empty() && tail.back().kind == ChatStreamEvent::kError)
        tail.back().text = tr("the connection to %1 closed before the stream was over (%2)")
                               .arg(where, tail.back().text);
    emitAll(tail);
    emit finished(done && !sawError_);
}

}  // namespace m37::ui
