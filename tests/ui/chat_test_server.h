#pragma once
// ChatTestServer: a local HTTP server for the remote-backend tests. It
// accepts connections on 127.0.0.1, reads one request (head and a
// Content-Length body) and answers with a canned response written chunk by
// chunk (chunked transfer encoding, one event-loop turn apart), then ends
// the body properly, or drops the connection mid-stream when asked.
// Test code only; GUI thread (its sockets live in the test's event loop).
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <vector>

namespace m37::ui::test {

struct CannedResponse {
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "text/event-stream";
    std::vector<QByteArray> chunks;  // each written as its own HTTP chunk
    bool dropMidStream = false;      // close without the last chunk
    int chunkDelayMs = 2;
};

class ChatTestServer : public QObject {
  public:
    explicit ChatTestServer(CannedResponse response) : response_(std::move(response)) {
        server_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
            }
        });
    }

    bool listening() const { return server_.isListening(); }
    QString baseUrl() const {
        return QStringLiteral("http://127.0.0.1:%1/v1").arg(server_.serverPort());
    }
    QString rootUrl() const {
        return QStringLiteral("http://127.0.0.1:%1").arg(server_.serverPort());
    }

    // What the last request sent.
    QByteArray requestHead;
    QByteArray requestBody;
    int requests = 0;

  private:
    void onRead(QTcpSocket* s) {
        QByteArray& buf = buffers_[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0) return;
        const QByteArray head = buf.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length) return;
        requestHead = head;
        requestBody = buf.mid(end + 4, length);
        ++requests;
        buffers_.remove(s);
        QObject::disconnect(s, &QTcpSocket::readyRead, this, nullptr);
        respond(s);
    }

    void respond(QTcpSocket* s) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response_.status) + " " +
                          response_.reason + "\r\nContent-Type: " + response_.contentType +
                          "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        s->write(head);
        writeChunk(QPointer<QTcpSocket>(s), 0);
    }

    void writeChunk(QPointer<QTcpSocket> s, size_t i) {
        if (!s) return;
        if (i == response_.chunks.size()) {
            if (response_.dropMidStream) {
                s->flush();
                s->abort();  // no terminating chunk: the stream is cut
            } else {
                s->write("0\r\n\r\n");
                s->disconnectFromHost();
            }
            return;
        }
        const QByteArray& c = response_.chunks[i];
        s->write(QByteArray::number(c.size(), 16) + "\r\n" + c + "\r\n");
        s->flush();
        QTimer::singleShot(response_.chunkDelayMs, this, [this, s, i] { writeChunk(s, i + 1); });
    }

    CannedResponse response_;
    QTcpServer server_;
    QHash<QTcpSocket*, QByteArray> buffers_;
};

// An OpenAI chunk with reasoning_content or content.
inline QByteArray openAiChunk(const char* field, const QByteArray& text) {
    QByteArray escaped = text;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
           "\"delta\":{\"" +
           QByteArray(field) + "\":\"" + escaped + "\"},\"finish_reason\":null}]}\n\n";
}

// An Ollama /api/chat line with thinking or content.
inline QByteArray ollamaLine(const char* field, const QByteArray& text, bool done = false) {
    QByteArray escaped = text;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"" + QByteArray(field) + "\":\"" +
           escaped + "\"},\"done\":" + (done ? "true" : "false") + "}\n";
}

}  // namespace m37::ui::test
