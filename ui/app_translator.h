#pragma once
// AppTranslator: loads the user-interface language — move37's own
// translations (embedded .qm resources under :/i18n) and Qt's, when Qt's
// are installed — and installs them in the application. The language is a
// code ("zh_CN", "ja", "ko", "es", "en") or empty for the system locale; the
// choice is stored in QSettings ("ui/language"). Threading: GUI thread;
// install before widgets are made (texts are set when they are built).
#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace m37::ui {

struct LanguageChoice {
    QString code;  // empty: follow the system
    QString name;  // in its own language ("日本語"); "System" is translated
};

class AppTranslator : public QObject {
    Q_OBJECT

  public:
    explicit AppTranslator(QObject* parent = nullptr);
    ~AppTranslator() override;

    // The choices offered in Settings, "System" first.
    static QList<LanguageChoice> choices();
    // The stored choice; empty (system) when unset or unknown.
    static QString savedLanguage();
    static void saveLanguage(const QString& code);

    // Installs `code` (empty: the system's languages); English needs no
    // file. False when no translation of move37 was found for it.
    bool setLanguage(const QString& code);
    // The language loaded ("en" when none).
    QString language() const { return language_; }

  private:
    void clear();

    QTranslator* app_ = nullptr;
    QTranslator* qt_ = nullptr;
    QString language_ = QStringLiteral("en");
};

}  // namespace m37::ui
