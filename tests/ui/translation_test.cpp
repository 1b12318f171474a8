// Translations: for each language, the main window and every dialog are
// built with the translator loaded, and every visible text (titles, labels,
// buttons, menus, actions, placeholders, combo items, status bar) must
// differ from its English source, except for a short list of texts that
// are the same in every language (program and format names, native
// language names, SGF syntax).
#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <functional>
#include <memory>
#include <set>

#include "tests/ui/ui_test_util.h"
#include "ui/app_translator.h"
#include "ui/autosaver.h"
#include "ui/diagnostics_dialog.h"
#include "ui/game_info_dialog.h"
#include "ui/main_window.h"
#include "ui/new_game_dialog.h"
#include "ui/settings_dialog.h"

namespace m37::ui {
namespace {

QString plain(QString s) {
    s.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));  // "ファイル(&F)"
    s.remove('&');
    return s.trimmed();
}

void addText(QStringList& out, const QString& text) {
    const QString t = plain(text);
    if (t.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")))) out << t;
}

// The visible texts of a window and everything in it.
QStringList visibleTexts(QWidget* root) {
    QStringList out;
    addText(out, root->windowTitle());
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls.startsWith("QDockWidgetTitleButton") || cls.contains("Extension")) continue;
        if (auto* l = qobject_cast<QLabel*>(w)) addText(out, l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) addText(out, b->text());
        if (auto* e = qobject_cast<QLineEdit*>(w)) addText(out, e->placeholderText());
        if (auto* e = qobject_cast<QPlainTextEdit*>(w)) addText(out, e->placeholderText());
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) addText(out, c->itemText(i));
        if (auto* d = qobject_cast<QDockWidget*>(w)) addText(out, d->windowTitle());
        if (auto* m = qobject_cast<QMenu*>(w)) addText(out, m->title());
        addText(out, w->toolTip());
    }
    for (QAction* a : root->findChildren<QAction*>()) {
        addText(out, a->text());
        addText(out, a->statusTip());
    }
    return out;
}

// Texts shown the same in every language.
bool sameEverywhere(const QString& text, const QString& lang) {
    static const std::set<QString> kAll{
        "move37", "SGF", "English", "Español", "B+R, W+3.5, 0, Void, ?", "YYYY-MM-DD",
    };
    if (kAll.count(text)) return true;
    if (lang == "ja" && text == "OK") return true;  // written so in Japanese
    if (lang == "es" && (text == "Komi" || text == "Komi (KM):" || text == "Komi:")) return true;
    return false;
}

using Builder = std::function<std::unique_ptr<QWidget>()>;

std::vector<std::pair<const char*, Builder>> builders() {
    return {
        {"MainWindow",
         [] {
             auto w = std::make_unique<MainWindow>(MainWindowParams{9});
             w->model()->play(test::vertex(*w->model(), "E5"));  // a status message
             return std::unique_ptr<QWidget>(std::move(w));
         }},
        {"NewGameDialog", [] { return std::make_unique<NewGameDialog>(NewGameParams{}); }},
        {"GameInfoDialog", [] { return std::make_unique<GameInfoDialog>(GameInfo{}); }},
        {"SettingsDialog", [] { return std::make_unique<SettingsDialog>(); }},
        {"DiagnosticsDialog",
         [] {
             return std::make_unique<DiagnosticsDialog>(QStringLiteral("x"),
                                                        QStringList{"a.sgf:1:1: warning"});
         }},
        {"RestoreBox",
         [] {
             return std::unique_ptr<QWidget>(
                 Autosaver::createRestoreBox({"", QDateTime::currentDateTime()}, nullptr));
         }},
    };
}

class TranslationTest : public ::testing::TestWithParam<const char*> {
  protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_P(TranslationTest, NoVisibleStringIsUntranslated) {
    const QString lang = QString::fromLatin1(GetParam());
    for (const auto& [name, build] : builders()) {
        QStringList english;
        {
            AppTranslator none;
            ASSERT_TRUE(none.setLanguage("en"));
            english = visibleTexts(build().get());
        }
        ASSERT_FALSE(english.isEmpty()) << name;
        AppTranslator translator;
        ASSERT_TRUE(translator.setLanguage(lang)) << lang.toStdString();
        const QStringList translated = visibleTexts(build().get());
        const std::set<QString> source(english.begin(), english.end());
        for (const QString& t : translated) {
            if (source.count(t) && !sameEverywhere(t, lang))
                ADD_FAILURE() << lang.toStdString() << " " << name << ": untranslated \""
                              << t.toStdString() << "\"";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationTest, ::testing::Values("zh_CN", "ja", "ko", "es"),
                         [](const auto& info) { return std::string(info.param); });

TEST(AppTranslatorTest, LoadsEachLanguageAndEnglishNeedsNone) {
    AppTranslator t;
    for (const char* code : {"zh_CN", "ja", "ko", "es"}) {
        ASSERT_TRUE(t.setLanguage(code)) << code;
        EXPECT_NE(colorTitle(kBlack), "Black") << code;
    }
    ASSERT_TRUE(t.setLanguage("en"));
    EXPECT_EQ(colorTitle(kBlack), "Black");
    EXPECT_FALSE(t.setLanguage("xx"));
    EXPECT_EQ(colorTitle(kBlack), "Black");
}

TEST(AppTranslatorTest, SettingsDialogStoresTheChoice) {
    QSettings().clear();
    SettingsDialog d;
    EXPECT_EQ(d.language(), QString());  // System
    d.setLanguage("ko");
    d.apply();
    EXPECT_EQ(AppTranslator::savedLanguage(), "ko");
    QSettings().setValue("ui/language", "klingon");
    EXPECT_EQ(AppTranslator::savedLanguage(), QString());
    QSettings().clear();
}

}  // namespace
}  // namespace m37::ui
