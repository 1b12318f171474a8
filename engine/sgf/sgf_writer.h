#pragma once
// The SGF writer: the canonical text of game trees. Each game starts with
// "(;" and its root properties in a stable order (FF GM CA AP ST SZ ... game
// info, then the rest as stored) with CA[UTF-8] always written; one node
// follows another with ';', lines are wrapped before a property that would
// pass the width (long values are never split), and every variation after
// a branch starts on a new line with "(;". Values are escaped ('\' and ']').
// read(write(tree)) equals the tree (sameTree). Iterative (deep trees).
// Threading: pure functions; safe to call from several threads at once.
#include <string>

#include "engine/sgf/sgf_tree.h"

namespace m37 {

struct SgfWriteOptions {
    int lineWidth = 80;  // wrap before this column where possible
};

// One game (a root node); ends with a newline.
std::string writeSgf(const SgfNode& root, const SgfWriteOptions& options = {});
// A whole collection, one game after another.
std::string writeSgf(const SgfCollection& games, const SgfWriteOptions& options = {});

}  // namespace m37
