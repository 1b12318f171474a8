#include "engine/sgf/sgf_tree.h"

#include <gtest/gtest.h>

namespace m37 {
namespace {

TEST(SgfTree, PropertiesSetAddFindRemove) {
    SgfNode n;
    EXPECT_FALSE(n.has("B"));
    EXPECT_EQ(n.value("B"), "");
    n.set("B", "dd");
    n.add("AB", "aa");
    n.add("AB", "bb");
    EXPECT_EQ(n.value("B"), "dd");
    ASSERT_NE(n.find("AB"), nullptr);
    EXPECT_EQ(n.find("AB")->values, (std::vector<std::string>{"aa", "bb"}));
    n.set("B", "ee");
    EXPECT_EQ(n.properties().size(), 2u);
    EXPECT_EQ(n.value("B"), "ee");
    EXPECT_TRUE(n.remove("B"));
    EXPECT_FALSE(n.remove("B"));
    EXPECT_EQ(n.properties().size(), 1u);
}

TEST(SgfTree, ChildrenParentsAndTake) {
    SgfNode root;
    SgfNode* a = root.addChild();
    SgfNode* b = root.addChild();
    EXPECT_EQ(a->parent(), &root);
    EXPECT_EQ(root.child(1), b);
    EXPECT_EQ(root.child(2), nullptr);
    auto taken = root.takeChild(0);
    EXPECT_EQ(taken.get(), a);
    EXPECT_EQ(taken->parent(), nullptr);
    EXPECT_EQ(root.childCount(), 1u);
    EXPECT_EQ(root.takeChild(5), nullptr);
}

TEST(SgfTree, CloneAndSameTreeIgnorePropertyOrder) {
    SgfNode root;
    root.set("SZ", "9");
    root.set("KM", "7");
    root.addChild()->set("B", "cc");
    root.addChild()->set("B", "dd");
    auto copy = root.clone();
    EXPECT_EQ(copy->subtreeSize(), 3u);
    EXPECT_TRUE(sameTree(root, *copy));
    // Reordered properties are still the same node.
    SgfNode other;
    other.set("KM", "7");
    other.set("SZ", "9");
    other.addChild()->set("B", "cc");
    other.addChild()->set("B", "dd");
    EXPECT_TRUE(sameTree(root, other));
    other.child(1)->set("B", "ee");
    std::string why;
    EXPECT_FALSE(sameTree(root, other, &why));
    EXPECT_NE(why.find("B"), std::string::npos);
    other.child(1)->set("B", "dd");
    other.child(1)->addChild();
    EXPECT_FALSE(sameTree(root, other, &why));
    EXPECT_NE(why.find("children"), std::string::npos);
}

TEST(SgfTree, VeryDeepChainIsDestroyedWithoutRecursion) {
    auto root = std::make_unique<SgfNode>();
    SgfNode* cur = root.get();
    for (int i = 0; i < 1000000; ++i) cur = cur->addChild();
    EXPECT_EQ(root->subtreeSize(), 1000001u);
    auto copy = root->clone();
    EXPECT_TRUE(sameTree(*root, *copy));
    root.reset();
    copy.reset();
}

}  // namespace
}  // namespace m37
