#pragma once
// NewGameParams: what the user chooses when starting a game — board size and
// rules (komi included), the handicap (fixed stones on the star points,
// White to play first), who plays each colour (the user, the embedded
// engine or a configured external GTP engine, by name), the engine's
// strength and the network file of the embedded engine. A plain value; no
// Qt, copy freely.
#include <string>

#include "engine/go/rules.h"

namespace m37::ui {

enum class PlayerKind { kHuman, kEmbedded, kExternal };

struct PlayerChoice {
    PlayerKind kind = PlayerKind::kHuman;
    std::string engine;  // kExternal: the ExternalEngine's name

    bool isEngine() const { return kind != PlayerKind::kHuman; }
    bool operator==(const PlayerChoice&) const = default;
};

// How long an engine thinks on a move: seconds when > 0, else visits (the
// embedded engine; external engines get `time_settings` for seconds and
// keep their own settings otherwise).
struct EngineStrength {
    int visits = 800;
    double secondsPerMove = 0;

    bool operator==(const EngineStrength&) const = default;
};

struct NewGameParams {
    NewGameParams() = default;
    explicit NewGameParams(int size,
                           const Rules& rules = Rules::preset("chinese").value_or(Rules()))
        : size(size), rules(rules) {}

    int size = 19;
    Rules rules = Rules::preset("chinese").value_or(Rules());
    // Black's fixed handicap stones (GameState::fixedHandicapPoints): 0 for
    // none, else 2..9 (fewer on small boards); White plays first.
    int handicap = 0;
    PlayerChoice black;
    PlayerChoice white;
    EngineStrength strength;
    // The embedded engine's network (.m37 or Leela Zero); empty: the engine
    // settings' network, else rollouts.
    std::string networkPath;

    bool hasEngine() const { return black.isEngine() || white.isEngine(); }
    bool operator==(const NewGameParams&) const = default;
};

}  // namespace m37::ui
