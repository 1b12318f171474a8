#pragma once
// Helpers for the Go core tests: build a Board from a text diagram.
#include <string>

#include "engine/go/board.h"

namespace m37::test {

// Rows top to bottom; 'X' black, 'O' white, '.' or '+' empty; spaces ignored.
inline Board boardFromDiagram(const std::string& diagram) {
    std::string cells;
    int rows = 0;
    std::string row;
    auto flush = [&] {
        if (!row.empty()) {
            cells += row;
            ++rows;
            row.clear();
        }
    };
    for (char c : diagram) {
        if (c == '\n') flush();
        else if (c == 'X' || c == 'O' || c == '.' || c == '+') row += c;
    }
    flush();
    Board b(rows);
    for (int y = 0; y < rows; ++y)
        for (int x = 0; x < rows; ++x) {
            char c = cells[size_t(y * rows + x)];
            if (c == 'X') b.setStone(b.loc(x, y), kBlack);
            if (c == 'O') b.setStone(b.loc(x, y), kWhite);
        }
    return b;
}

}  // namespace m37::test
