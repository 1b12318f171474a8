// The shipped networks are found from the build tree, the human policy is
// the engine settings' default until the user chooses, and it loads.
#include <gtest/gtest.h>
#include <QFileInfo>
#include <QSettings>

#include "engine/go/game_state.h"
#include "engine/nn/net_loader.h"
#include "ui/engine_settings.h"
#include "ui/shipped_networks.h"

namespace m37::ui {
namespace {

TEST(ShippedNetworksTest, HumanPolicyIsFoundAndLoads) {
    const QString path = shippedNetwork(kShippedHumanPolicy);
    ASSERT_FALSE(path.isEmpty()) << "resources/networks/" << kShippedHumanPolicy << " missing";
    EXPECT_TRUE(QFileInfo(path).isFile());
    EXPECT_TRUE(shippedNetwork("no-such-net.m37").isEmpty());
    std::string error;
    auto net = nn::loadNetwork(path.toStdString(), {}, &error);
    ASSERT_TRUE(net) << error;
    EXPECT_TRUE(net->capabilities().supports(19));
    // One line for status bars; the whole record for "About".
    EXPECT_EQ(net->description().find('\n'), std::string::npos) << net->description();
    EXPECT_NE(net->description().find("human-19x19.m37"), std::string::npos);
    EXPECT_NE(net->about().find("train-sl"), std::string::npos) << net->about();
}

TEST(ShippedNetworksTest, ZeroEngineNetIsFoundAndLoads) {
    const QString path = shippedNetwork(kShippedEngine9x9);
    ASSERT_FALSE(path.isEmpty()) << "resources/networks/" << kShippedEngine9x9 << " missing";
    std::string error;
    auto net = nn::loadNetwork(path.toStdString(), {}, &error);
    ASSERT_TRUE(net) << error;
    EXPECT_TRUE(net->capabilities().supports(9));
    EXPECT_FALSE(net->capabilities().supports(19));
    // Its record says how it was made: the zero loop, no human data.
    EXPECT_NE(net->about().find("move37-engine zero"), std::string::npos) << net->about();
    EXPECT_NE(net->about().find("no human data"), std::string::npos) << net->about();
    // It evaluates a 9x9 position: a full policy and a winrate inside (0, 1).
    GameState s(9, *Rules::preset("chinese"));
    auto eval = net->factory()();
    const auto out = eval->evaluate(s);
    ASSERT_EQ(out.policy.size(), 82u);
    EXPECT_GT(out.value, 0.0f);
    EXPECT_LT(out.value, 1.0f);
}

TEST(ShippedNetworksTest, DefaultUntilTheUserChooses) {
    QSettings().clear();
    EXPECT_EQ(EngineSettings::load().humanPolicyPath, shippedNetwork(kShippedHumanPolicy));
    EXPECT_EQ(EngineSettings::load().networkPath, shippedNetwork(kShippedEngine9x9));
    EngineSettings none;
    none.humanPolicyPath.clear();
    none.networkPath.clear();
    none.save();  // the user chose "no human policy" and rollouts
    EXPECT_TRUE(EngineSettings::load().humanPolicyPath.isEmpty());
    EXPECT_TRUE(EngineSettings::load().networkPath.isEmpty());
    QSettings().clear();
}

}  // namespace
}  // namespace m37::ui
