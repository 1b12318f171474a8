#pragma once
// SettingsDialog: the Preferences window. For now it holds the language of
// the user interface (System, or one of the translations), stored with
// AppTranslator::saveLanguage when accepted; the change applies at the next
// start. Threading: GUI thread only.
#include <QDialog>

class QComboBox;

namespace m37::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT

  public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // The language code chosen (empty: system).
    QString language() const;
    void setLanguage(const QString& code);
    // Stores the choices.
    void apply() const;

  private:
    QComboBox* language_;
};

}  // namespace m37::ui
