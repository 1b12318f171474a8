#pragma once
// Helpers of the game-review UI tests: a 9x9 game with a known blunder
// (Black ignores a capturing race and White captures eight stones).
// Test code only; GUI thread.
#include <QString>
#include <memory>

#include "engine/sgf/sgf_reader.h"
#include "ui/game_tree_model.h"

namespace m37::ui::test {

// Black's A6-H6 and White's A5-G5 share their last liberty H5. Move 1
// (Black E2) ignores it, move 2 (White H5) captures; the rest is quiet.
inline const char* kBlunderGame =
    "(;GM[1]FF[4]SZ[9]KM[7]RU[Chinese]"
    "AW[ac:ic][id][ae:ge][ie]AB[ad:hd][af:if]PL[B]"
    ";B[eh];W[he];B[cg];W[db];B[gh];W[fb])";

inline bool loadGame(GameTreeModel& model, const char* sgf) {
    SgfReadResult r = readSgf(sgf);
    if (!r.ok()) return false;
    return model.loadTree(std::move(r.games[0]));
}

}  // namespace m37::ui::test
