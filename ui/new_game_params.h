#pragma once
// NewGameParams: what the user chooses when starting a game — board size and
// rules (komi included). A plain value; no Qt, copy freely.
#include "engine/go/rules.h"

namespace m37::ui {

struct NewGameParams {
    int size = 19;
    Rules rules = Rules::preset("chinese").value_or(Rules());

    bool operator==(const NewGameParams&) const = default;
};

}  // namespace m37::ui
