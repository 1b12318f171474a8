#pragma once
// SgfNode: one node of an SGF game tree, holding its properties in file
// order and owning its children (the first child is the main line). A game
// is its root node; a collection (one file) is a list of roots. Values are
// stored decoded: UTF-8 text with SGF escapes and soft line breaks removed
// and line breaks normalised to "\n"; compressed point lists ("aa:cc") and
// unknown properties are kept verbatim (see sgf_value.h to interpret them).
// Trees may be very deep (100,000 moves, 10,000 nested variations): the
// destructor, clone() and sameTree() are iterative, never recursive.
// Threading: a plain data structure; no internal locking. Nodes are not
// copyable or movable (children point to their parent): pass them by
// pointer/unique_ptr, and clone() to copy.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace m37 {

struct SgfProperty {
    std::string id;                   // upper-case letters, e.g. "B", "AB", "XYZ"
    std::vector<std::string> values;  // at least one value (may be empty strings)

    bool operator==(const SgfProperty&) const = default;
};

class SgfNode {
  public:
    SgfNode() = default;
    ~SgfNode();  // iterative: safe for arbitrarily deep trees
    SgfNode(const SgfNode&) = delete;
    SgfNode& operator=(const SgfNode&) = delete;

    // Properties in order. An id appears at most once per node (the reader
    // merges duplicates).
    const std::vector<SgfProperty>& properties() const { return props_; }
    std::vector<SgfProperty>& properties() { return props_; }
    const SgfProperty* find(std::string_view id) const;
    SgfProperty* find(std::string_view id);
    bool has(std::string_view id) const { return find(id) != nullptr; }
    // The first value of a property, or "" when absent.
    std::string_view value(std::string_view id) const;
    // Replaces the property's values (appends the property when absent).
    void set(std::string_view id, std::vector<std::string> values);
    void set(std::string_view id, std::string value);
    // Appends one value (creates the property when absent).
    void add(std::string_view id, std::string value);
    // Removes the property; false when it was absent.
    bool remove(std::string_view id);

    // Children; index 0 is the main line.
    const std::vector<std::unique_ptr<SgfNode>>& children() const { return children_; }
    size_t childCount() const { return children_.size(); }
    SgfNode* child(size_t i) const { return i < children_.size() ? children_[i].get() : nullptr; }
    SgfNode* parent() const { return parent_; }
    // Appends a child (a new empty node when none is given) and returns it.
    SgfNode* addChild(std::unique_ptr<SgfNode> node = nullptr);
    // Detaches and returns child i (nullptr when out of range).
    std::unique_ptr<SgfNode> takeChild(size_t i);

    // Deep copy (iterative). The copy has no parent.
    std::unique_ptr<SgfNode> clone() const;
    // Number of nodes in this subtree, this one included (iterative).
    size_t subtreeSize() const;

    // Where the node's ';' was in the source (1-based), 0 when not read.
    int line = 0;
    int column = 0;

  private:
    std::vector<SgfProperty> props_;
    std::vector<std::unique_ptr<SgfNode>> children_;
    SgfNode* parent_ = nullptr;
};

// One SGF file: its games (root nodes) in order.
using SgfCollection = std::vector<std::unique_ptr<SgfNode>>;

// Structural equality of two subtrees (iterative): the same properties in
// each node, in any order (values in order), and equal children in order.
// Source positions are ignored. When different and `why` is given, it gets
// a short description of the first difference.
bool sameTree(const SgfNode& a, const SgfNode& b, std::string* why = nullptr);

}  // namespace m37
