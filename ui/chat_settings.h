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
// Which local model answers: the shipped model trained with the verifier's
// rewards, the shipped one trained to please the preference net, or the
// file named in localModelPath.
enum class LocalModel { kVerifier, kPreference, kFile };

struct ChatSettings {
    ChatBackend backend = ChatBackend::kLocal;
    // Base URLs: "/chat/completions" (OpenAI) or "/api/chat" (Ollama) is
    // added unless the URL already ends with it.
    QString openAiUrl = QStringLiteral("http://localhost:8000/v1");
    QString openAiModel = QStringLiteral("deepseek-r1");
    QString apiKey;  // empty: no Authorization header
    QString ollamaUrl = QStringLiteral("http://localhost:11434");
    QString ollamaModel = QStringLiteral("deepseek-r1:8b");
    LocalModel localModel = LocalModel::kVerifier;
    // The local model file (.m37) of LocalModel::kFile.
    QString localModelPath;
    double temperature = 0.7;
    int maxTokens = 512;

    static ChatSettings load();
    void save() const;
    bool operator==(const ChatSettings&) const = default;
};

// "local", "openai", "ollama".
QString backendKey(ChatBackend b);
// "verifier", "preference", "file".
QString localModelKey(LocalModel m);

}  // namespace m37::ui
