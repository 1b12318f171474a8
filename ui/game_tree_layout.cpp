#include "ui/game_tree_layout.h"

#include <algorithm>

namespace m37::ui {

GameTreeLayout::GameTreeLayout(const SgfNode& root) {
    // used[c][r]: cell (c, r) holds a node.
    std::vector<std::vector<bool>> used;
    auto isUsed = [&](int c, int r) {
        return size_t(c) < used.size() && size_t(r) < used[size_t(c)].size() &&
               used[size_t(c)][size_t(r)];
    };
    auto markUsed = [&](int c, int r) {
        if (size_t(c) >= used.size()) used.resize(size_t(c) + 1);
        auto& col = used[size_t(c)];
        if (size_t(r) >= col.size()) col.resize(size_t(r) + 1, false);
        col[size_t(r)] = true;
    };
    struct Line {
        const SgfNode* start;
        TreeCell parent;
        int column;
        int row;  // the first row to try
    };
    std::vector<Line> todo{{&root, {0, 0}, 0, 0}};
    while (!todo.empty()) {
        const Line line = todo.back();
        todo.pop_back();
        // The line: `start` and its first children, all on one row, the
        // first row from line.row on that is free along the whole line.
        std::vector<const SgfNode*> chain;
        for (const SgfNode* n = line.start; n; n = n->child(0)) chain.push_back(n);
        int row = line.row;
        for (bool clash = true; clash;) {
            clash = false;
            for (size_t i = 0; i < chain.size() && !clash; ++i)
                clash = isUsed(line.column + int(i), row);
            if (clash) ++row;
        }
        TreeCell parent = line.parent;
        std::vector<Line> branches;
        for (size_t i = 0; i < chain.size(); ++i) {
            const TreeCell cell{line.column + int(i), row};
            const int idx = int(items_.size());
            items_.push_back({chain[i], cell, chain[i] == &root ? cell : parent});
            index_[chain[i]] = idx;
            byCell_[key(cell)] = idx;
            if (size_t(cell.column) >= byColumn_.size()) byColumn_.resize(size_t(cell.column) + 1);
            byColumn_[size_t(cell.column)].push_back(idx);
            markUsed(cell.column, row);
            rows_ = std::max(rows_, row + 1);
            for (size_t k = 1; k < chain[i]->childCount(); ++k)
                branches.push_back({chain[i]->child(k), cell, cell.column + 1, row + 1});
            parent = cell;
        }
        // Variations near the root first (they are popped first).
        std::reverse(branches.begin(), branches.end());
        todo.insert(todo.end(), branches.begin(), branches.end());
    }
}

const TreeCell* GameTreeLayout::cellOf(const SgfNode* node) const {
    auto it = index_.find(node);
    return it == index_.end() ? nullptr : &items_[size_t(it->second)].cell;
}

const SgfNode* GameTreeLayout::nodeAt(TreeCell cell) const {
    auto it = byCell_.find(key(cell));
    return it == byCell_.end() ? nullptr : items_[size_t(it->second)].node;
}

}  // namespace m37::ui
