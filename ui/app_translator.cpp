#include "ui/app_translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace m37::ui {

namespace {
constexpr char kKey[] = "ui/language";
const QString kDir = QStringLiteral(":/i18n");
}  // namespace

AppTranslator::AppTranslator(QObject* parent) : QObject(parent) {}

AppTranslator::~AppTranslator() {
    clear();
}

QList<LanguageChoice> AppTranslator::choices() {
    return {
        {QString(), tr("System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文 (简体)")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("ko"), QStringLiteral("한국어")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

QString AppTranslator::savedLanguage() {
    const QString code = QSettings().value(kKey).toString();
    for (const LanguageChoice& c : choices())
        if (c.code == code) return code;
    return {};  // unknown values are ignored
}

void AppTranslator::saveLanguage(const QString& code) {
    QSettings().setValue(kKey, code);
}

void AppTranslator::clear() {
    for (QTranslator** t : {&app_, &qt_}) {
        if (!*t) continue;
        QCoreApplication::removeTranslator(*t);
        delete *t;
        *t = nullptr;
    }
    language_ = QStringLiteral("en");
}

bool AppTranslator::setLanguage(const QString& code) {
    clear();
    if (code == QLatin1String("en")) return true;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* app = new QTranslator;
    const bool found = code.isEmpty()
                           ? app->load(locale, QStringLiteral("move37"), QStringLiteral("_"), kDir)
                           : app->load(QStringLiteral("move37_") + code, kDir);
    if (!found || app->isEmpty()) {
        delete app;
        return code.isEmpty();  // an English system is not a failure
    }
    app_ = app;
    QCoreApplication::installTranslator(app_);
    language_ = app_->language();
    auto* qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qt_ = qt;
        QCoreApplication::installTranslator(qt_);
    } else {
        delete qt;
    }
    return true;
}

}  // namespace m37::ui
