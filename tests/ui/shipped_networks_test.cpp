// The shipped networks are found from the build tree, the human policy is
// the engine settings' default until the user chooses, and it loads.
#include <gtest/gtest.h>
#include <QFileInfo>
#include <QSettings>

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

TEST(ShippedNetworksTest, DefaultUntilTheUserChooses) {
    QSettings().clear();
    EXPECT_EQ(EngineSettings::load().humanPolicyPath, shippedNetwork(kShippedHumanPolicy));
    EngineSettings none;
    none.humanPolicyPath.clear();
    none.save();  // the user chose "no human policy"
    EXPECT_TRUE(EngineSettings::load().humanPolicyPath.isEmpty());
    QSettings().clear();
}

}  // namespace
}  // namespace m37::ui
