#pragma once
// ChatSettings: the chat view's choices — which backend answers (the local
// reasoning model, an OpenAI-compatible server, Ollama), each remote
// backend's URL and model, the API key (sent as a Bearer token to the
// OpenAI-compatible server), the local model file and its sampling — stored
// with QSettings under "chat/…". Values out of range read back as the
// defaults.
// Threading: a plain value; load()/save() use QSettings (any thread).
#include <QString>

namespace m37::ui {

enum class ChatBackend { kLocal, kOpenAi, kOllama };

struct ChatSettings {
    ChatBackend backend = ChatBackend::kLocal;
    // Base URLs: "/chat/completions" (OpenAI) or "/api/chat" (Ollama) is
    // added unless the URL already ends with it.
    QString openAiUrl = QStringLiteral("http://localhost:8000/v1");
    QString openAiModel = QStringLiteral("deepseek-r1");
    QString apiKey;  // empty: no Authorization header
    QString ollamaUrl = QStringLiteral("http://localhost:11434");
    QString ollamaModel = QStringLiteral("deepseek-r1:8b");
    // The local model (.m37); empty: the shipped one, if any.
    QString localModelPath;
    double temperature = 0.7;
    int maxTokens = 512;

    static ChatSettings load();
    void save() const;
    bool operator==(const ChatSettings&) const = default;
};

// "local", "openai", "ollama".
QString backendKey(ChatBackend b);

}  // namespace m37::ui
