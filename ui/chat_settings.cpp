#include "ui/chat_settings.h"

#include <QSettings>
#include <algorithm>

namespace m37::ui {

QString backendKey(ChatBackend b) {
    switch (b) {
        case ChatBackend::kOpenAi:
            return QStringLiteral("openai");
        case ChatBackend::kOllama:
            return QStringLiteral("ollama");
        case ChatBackend::kLocal:
            break;
    }
    return QStringLiteral("local");
}

QString localModelKey(LocalModel m) {
    switch (m) {
        case LocalModel::kPreference:
            return QStringLiteral("preference");
        case LocalModel::kFile:
            return QStringLiteral("file");
        case LocalModel::kVerifier:
            break;
    }
    return QStringLiteral("verifier");
}

ChatSettings ChatSettings::load() {
    const QSettings s;
    ChatSettings c;
    const QString b = s.value("chat/backend").toString();
    for (ChatBackend k : {ChatBackend::kLocal, ChatBackend::kOpenAi, ChatBackend::kOllama})
        if (b == backendKey(k)) c.backend = k;
    auto text = [&s](const char* key, QString& field) {
        if (s.contains(key)) field = s.value(key).toString();
    };
    text("chat/openAiUrl", c.openAiUrl);
    text("chat/openAiModel", c.openAiModel);
    text("chat/apiKey", c.apiKey);
    text("chat/ollamaUrl", c.ollamaUrl);
    text("chat/ollamaModel", c.ollamaModel);
    text("chat/localModelPath", c.localModelPath);
    if (s.contains("chat/localModel")) {
        const QString m = s.value("chat/localModel").toString();
        for (LocalModel k : {LocalModel::kVerifier, LocalModel::kPreference, LocalModel::kFile})
            if (m == localModelKey(k)) c.localModel = k;
    } else if (!c.localModelPath.isEmpty()) {
        c.localModel = LocalModel::kFile;  // settings from before the choice existed
    }
    bool ok = false;
    const double t = s.value("chat/temperature").toDouble(&ok);
    if (ok && t >= 0 && t <= 2) c.temperature = t;
    const int m = s.value("chat/maxTokens").toInt(&ok);
    if (ok && m >= 16 && m <= 8192) c.maxTokens = m;
    return c;
}

void ChatSettings::save() const {
    QSettings s;
    s.setValue("chat/backend", backendKey(backend));
    s.setValue("chat/openAiUrl", openAiUrl);
    s.setValue("chat/openAiModel", openAiModel);
    s.setValue("chat/apiKey", apiKey);
    s.setValue("chat/ollamaUrl", ollamaUrl);
    s.setValue("chat/ollamaModel", ollamaModel);
    s.setValue("chat/localModel", localModelKey(localModel));
    s.setValue("chat/localModelPath", localModelPath);
    s.setValue("chat/temperature", temperature);
    s.setValue("chat/maxTokens", maxTokens);
}

}  // namespace m37::ui
