#pragma once
// GameInfo: the game-information properties of an SGF root that the GUI
// lets the user edit — players (PB, PW), result (RE), komi (KM), date (DT)
// and rules (RU) — as text exactly as stored; an empty field means the
// property is absent. A plain value; copy freely (GUI thread, it holds
// QString).
#include <QString>

namespace m37::ui {

struct GameInfo {
    QString playerBlack;  // PB
    QString playerWhite;  // PW
    QString result;       // RE
    QString komi;         // KM
    QString date;         // DT
    QString rules;        // RU

    bool operator==(const GameInfo&) const = default;
};

}  // namespace m37::ui
