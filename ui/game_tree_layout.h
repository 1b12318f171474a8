#pragma once
// GameTreeLayout: where each node of a game tree sits in a grid, the way
// Sabaki draws trees — column = depth (moves go right), the main line on
// row 0, each variation on the first row below that is free along its whole
// line, so lines never overlap. Built once per tree change in time linear
// in the nodes times the nesting of variations; lookups by node or by cell
// are hashed, and nodes are also listed by column so a view can visit only
// the columns on screen.
// Threading: a plain value without Qt; build and read on one thread. It
// keeps node pointers: rebuild it whenever the tree changes.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "engine/sgf/sgf_tree.h"

namespace m37::ui {

struct TreeCell {
    int column = 0;
    int row = 0;
    bool operator==(const TreeCell&) const = default;
};

class GameTreeLayout {
  public:
    struct Item {
        const SgfNode* node;
        TreeCell cell;
        TreeCell parent;  // equal to cell for the root
    };

    GameTreeLayout() = default;
    explicit GameTreeLayout(const SgfNode& root);

    const std::vector<Item>& items() const { return items_; }
    int columns() const { return int(byColumn_.size()); }
    int rows() const { return rows_; }
    // Indices into items() of the nodes in column c.
    const std::vector<int>& column(int c) const { return byColumn_[size_t(c)]; }
    // The cell of a node (nullptr when the node is not in the layout).
    const TreeCell* cellOf(const SgfNode* node) const;
    // The node in a cell, or nullptr.
    const SgfNode* nodeAt(TreeCell cell) const;

  private:
    static uint64_t key(TreeCell c) {
        return (uint64_t(uint32_t(c.column)) << 32) | uint32_t(c.row);
    }

    std::vector<Item> items_;
    std::vector<std::vector<int>> byColumn_;
    std::unordered_map<const SgfNode*, int> index_;
    std::unordered_map<uint64_t, int> byCell_;
    int rows_ = 0;
};

}  // namespace m37::ui
