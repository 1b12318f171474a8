#pragma once
// NewGameDialog: asks for the board size, the rules preset and komi of a
// new game (choosing a preset fills in its usual komi), the handicap (2..9
// fixed stones where the board size allows them; choosing one sets komi
// 0.5, going back to none restores the preset's komi), who plays Black and
// White (the user, the embedded move37 engine, or a configured external
// GTP engine; two engines play each other), how strong the engines play
// (visits or seconds per move) and the embedded engine's network file.
// Returns a NewGameParams. Threading: GUI thread only.
#include <QDialog>
#include <QStringList>
#include <optional>

#include "ui/new_game_params.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace m37::ui {

class NewGameDialog : public QDialog {
    Q_OBJECT

  public:
    // `externalEngines`: the names offered as players (default: the
    // configured ones, ExternalEngines::load()).
    explicit NewGameDialog(const NewGameParams& initial, QWidget* parent = nullptr,
                           std::optional<QStringList> externalEngines = std::nullopt);

    NewGameParams params() const;
    // The rules presets offered, by Rules::preset name.
    static QStringList presetNames();
    // The name shown for a preset, in the user's language.
    static QString presetTitle(const QString& name);

  private:
    void onPresetChosen();
    void onHandicapChosen();
    // Offers the handicaps the chosen board size allows (keeping `want`
    // when allowed, else the largest allowed).
    void fillHandicaps(int want);
    void updateEngineFields();
    QComboBox* playerBox(const char* name, const PlayerChoice& initial, const QStringList& engines);
    PlayerChoice player(const QComboBox* box) const;

    QComboBox* size_;
    QComboBox* preset_;
    QDoubleSpinBox* komi_;
    QComboBox* handicap_;
    int lastHandicap_ = 0;
    QComboBox* black_;
    QComboBox* white_;
    QComboBox* strengthKind_;
    QSpinBox* visits_;
    QDoubleSpinBox* seconds_;
    QStackedWidget* strength_;
    QLineEdit* network_;
};

}  // namespace m37::ui
