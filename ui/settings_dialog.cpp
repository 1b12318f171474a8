#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app_translator.h"

namespace m37::ui {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Preferences"));
    language_ = new QComboBox(this);
    language_->setObjectName("language");
    for (const LanguageChoice& c : AppTranslator::choices()) language_->addItem(c.name, c.code);
    setLanguage(AppTranslator::savedLanguage());

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), language_);
    auto* note = new QLabel(tr("A new language applies the next time move37 starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const {
    return language_->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& code) {
    const int i = language_->findData(code);
    language_->setCurrentIndex(i >= 0 ? i : 0);
}

void SettingsDialog::apply() const {
    AppTranslator::saveLanguage(language());
}

}  // namespace m37::ui
