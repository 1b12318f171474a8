#include "ui/tree_position.h"

#include <algorithm>

#include "engine/go/coord.h"
#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_value.h"

namespace m37::ui {

bool readGameSetup(const SgfNode& root, TreeGameSetup* setup, std::string* error) {
    // The GUI opens what it can: unknown rules and a bad handicap are
    // ignored here (the reader reports them).
    std::optional<SgfGameSetup> s = readSgfGameSetup(root, Board::kMaxSize, error);
    if (!s) return false;
    *setup = TreeGameSetup{s->size, s->rules, s->handicapValid ? s->handicap : 0};
    return true;
}

bool TreePosition::reset(const SgfNode& root, std::string* error) {
    TreeGameSetup s;
    if (!readGameSetup(root, &s, error)) return false;
    setup_ = s;
    state_ = GameState(s.size, s.rules);
    path_.clear();
    push(&root);
    return true;
}

std::vector<const SgfNode*> TreePosition::path() const {
    std::vector<const SgfNode*> nodes;
    nodes.reserve(path_.size());
    for (const Step& s : path_) nodes.push_back(s.node);
    return nodes;
}

void TreePosition::moveTo(const SgfNode* node) {
    if (!node || path_.empty()) return;
    std::vector<const SgfNode*> target;
    for (const SgfNode* n = node; n; n = n->parent()) target.push_back(n);
    std::reverse(target.begin(), target.end());
    if (target.front() != path_.front().node) return;  // another tree
    size_t common = 0;
    while (common < target.size() && common < path_.size() && target[common] == path_[common].node)
        ++common;
    while (path_.size() > common) pop();
    for (size_t i = common; i < target.size(); ++i) push(target[i]);
}

void TreePosition::refresh() {
    if (path_.empty()) return;
    const SgfNode* at = node();
    const SgfNode* root = path_.front().node;
    if (!reset(*root)) return;
    moveTo(at);
}

void TreePosition::pop() {
    Step s = path_.back();
    path_.pop_back();
    for (int i = 0; i < s.ops; ++i) state_.undo();
    state_.setToMove(s.toMoveBefore);
}

void TreePosition::push(const SgfNode* node) {
    Step step{node, 0, state_.toMove()};
    const int n = state_.size();
    const bool isRoot = path_.empty();

    std::vector<std::pair<Loc, Color>> stones;
    bool onlyBlack = true;
    for (auto [id, color] : {std::pair{"AE", kEmpty}, {"AB", kBlack}, {"AW", kWhite}}) {
        if (const SgfProperty* p = node->find(id)) {
            for (Loc l : sgfPointList(*p, n)) {
                stones.push_back({l, color});
                if (color != kBlack) onlyBlack = false;
            }
        }
    }
    if (isRoot && setup_.handicap >= 2) {
        std::vector<Loc> handicap;
        if (stones.empty()) {
            handicap = GameState::fixedHandicapPoints(n, setup_.handicap);
        } else if (onlyBlack) {
            for (auto& s : stones) handicap.push_back(s.first);
        }
        if (state_.placeHandicap(handicap)) {
            ++step.ops;
            stones.clear();
        } else {
            state_.setToMove(kWhite);
        }
    }
    if (!stones.empty()) {
        state_.setup(stones);
        ++step.ops;
    }
    if (const SgfProperty* pl = node->find("PL")) {
        if (auto c = sgfColor(pl->values.front())) state_.setToMove(*c);
    }
    for (const SgfProperty& p : node->properties()) {
        if (p.id != "B" && p.id != "W") continue;
        const Color color = p.id == "B" ? kBlack : kWhite;
        const Loc loc = parseSgfPoint(p.values.front(), n).value_or(kPassLoc);
        if (state_.play(loc, color) != MoveError::kNone) state_.playForced(loc, color);
        ++step.ops;
    }
    path_.push_back(step);
}

}  // namespace m37::ui
