#pragma once
// NewGameDialog: asks for the board size, the rules preset and komi of a
// new game; choosing a preset fills in its usual komi. Returns a
// NewGameParams. Threading: GUI thread only.
#include <QDialog>
#include <QStringList>

#include "ui/new_game_params.h"

class QComboBox;
class QDoubleSpinBox;

namespace m37::ui {

class NewGameDialog : public QDialog {
    Q_OBJECT

  public:
    explicit NewGameDialog(const NewGameParams& initial, QWidget* parent = nullptr);

    NewGameParams params() const;
    // The rules presets offered, by Rules::preset name.
    static QStringList presetNames();
    // The name shown for a preset, in the user's language.
    static QString presetTitle(const QString& name);

  private:
    void onPresetChosen();

    QComboBox* size_;
    QComboBox* preset_;
    QDoubleSpinBox* komi_;
};

}  // namespace m37::ui
