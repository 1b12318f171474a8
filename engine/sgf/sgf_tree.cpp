#include "engine/sgf/sgf_tree.h"

#include <algorithm>
#include <utility>

namespace m37 {

SgfNode::~SgfNode() {
    // Move every descendant into a flat list before it dies, so that no
    // destructor ever runs with children left (no recursion).
    std::vector<std::unique_ptr<SgfNode>> pending;
    pending.swap(children_);
    while (!pending.empty()) {
        std::unique_ptr<SgfNode> n = std::move(pending.back());
        pending.pop_back();
        for (auto& c : n->children_) pending.push_back(std::move(c));
        n->children_.clear();
    }
}

const SgfProperty* SgfNode::find(std::string_view id) const {
    for (const auto& p : props_)
        if (p.id == id) return &p;
    return nullptr;
}

SgfProperty* SgfNode::find(std::string_view id) {
    for (auto& p : props_)
        if (p.id == id) return &p;
    return nullptr;
}

std::string_view SgfNode::value(std::string_view id) const {
    const SgfProperty* p = find(id);
    if (!p || p->values.empty()) return {};
    return p->values.front();
}

void SgfNode::set(std::string_view id, std::vector<std::string> values) {
    if (SgfProperty* p = find(id)) {
        p->values = std::move(values);
        return;
    }
    props_.push_back(SgfProperty{std::string(id), std::move(values)});
}

void SgfNode::set(std::string_view id, std::string value) {
    set(id, std::vector<std::string>{std::move(value)});
}

void SgfNode::add(std::string_view id, std::string value) {
    if (SgfProperty* p = find(id)) {
        p->values.push_back(std::move(value));
        return;
    }
    props_.push_back(SgfProperty{std::string(id), {std::move(value)}});
}

bool SgfNode::remove(std::string_view id) {
    auto it = std::find_if(props_.begin(), props_.end(),
                           [&](const SgfProperty& p) { return p.id == id; });
    if (it == props_.end()) return false;
    props_.erase(it);
    return true;
}

SgfNode* SgfNode::addChild(std::unique_ptr<SgfNode> node) {
    if (!node) node = std::make_unique<SgfNode>();
    node->parent_ = this;
    children_.push_back(std::move(node));
    return children_.back().get();
}

std::unique_ptr<SgfNode> SgfNode::takeChild(size_t i) {
    if (i >= children_.size()) return nullptr;
    std::unique_ptr<SgfNode> n = std::move(children_[i]);
    children_.erase(children_.begin() + long(i));
    n->parent_ = nullptr;
    return n;
}

std::unique_ptr<SgfNode> SgfNode::clone() const {
    auto root = std::make_unique<SgfNode>();
    std::vector<std::pair<const SgfNode*, SgfNode*>> todo{{this, root.get()}};
    while (!todo.empty()) {
        auto [src, dst] = todo.back();
        todo.pop_back();
        dst->props_ = src->props_;
        dst->line = src->line;
        dst->column = src->column;
        for (const auto& c : src->children_) todo.push_back({c.get(), dst->addChild()});
    }
    return root;
}

size_t SgfNode::subtreeSize() const {
    size_t n = 0;
    std::vector<const SgfNode*> todo{this};
    while (!todo.empty()) {
        const SgfNode* x = todo.back();
        todo.pop_back();
        ++n;
        for (const auto& c : x->children_) todo.push_back(c.get());
    }
    return n;
}

namespace {

bool sameProps(const SgfNode& a, const SgfNode& b, std::string* why) {
    const auto& pa = a.properties();
    const auto& pb = b.properties();
    for (const auto& p : pa) {
        const SgfProperty* q = b.find(p.id);
        if (!q || q->values != p.values) {
            if (why) *why = "property " + p.id + (q ? " has different values" : " missing");
            return false;
        }
    }
    for (const auto& q : pb) {
        if (!a.find(q.id)) {
            if (why) *why = "extra property " + q.id;
            return false;
        }
    }
    return pa.size() == pb.size();
}

}  // namespace

bool sameTree(const SgfNode& a, const SgfNode& b, std::string* why) {
    std::vector<std::pair<const SgfNode*, const SgfNode*>> todo{{&a, &b}};
    size_t visited = 0;
    while (!todo.empty()) {
        auto [x, y] = todo.back();
        todo.pop_back();
        ++visited;
        std::string reason;
        if (!sameProps(*x, *y, why ? &reason : nullptr)) {
            if (why) *why = "node " + std::to_string(visited) + ": " + reason;
            return false;
        }
        if (x->childCount() != y->childCount()) {
            if (why)
                *why = "node " + std::to_string(visited) + ": " + std::to_string(x->childCount()) +
                       " vs " + std::to_string(y->childCount()) + " children";
            return false;
        }
        for (size_t i = 0; i < x->childCount(); ++i) todo.push_back({x->child(i), y->child(i)});
    }
    return true;
}

}  // namespace m37
