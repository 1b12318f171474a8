#pragma once
// GameInfoDialog: edits the game information of the SGF root — players,
// result, komi, date, rules (PB PW RE KM DT RU) — as a GameInfo.
// Threading: GUI thread only.
#include <QDialog>

#include "ui/game_info.h"

class QLineEdit;

namespace m37::ui {

class GameInfoDialog : public QDialog {
    Q_OBJECT

  public:
    explicit GameInfoDialog(const GameInfo& info, QWidget* parent = nullptr);
    GameInfo info() const;

  private:
    QLineEdit* black_;
    QLineEdit* white_;
    QLineEdit* result_;
    QLineEdit* komi_;
    QLineEdit* date_;
    QLineEdit* rules_;
};

}  // namespace m37::ui
