// reason-grpo's curves: the reward series is smoothed over the window (the
// third point of a 2-step window is the mean of steps 2 and 3), held-out
// points come from eval.csv, and the length plot has both series.
#include <gtest/gtest.h>

#include "engine/reason/grpo_curves.h"

namespace m37::reason {
namespace {

TEST(GrpoCurves, SmoothedRewardsAndHeldOutPoints) {
    const std::string train =
        "step,reward,reward_std,format,accuracy,faithfulness,preference,answer_best_pct,"
        "answer_legal_pct,winrate_loss_pct,response_tokens\n"
        "1,1.0,0,1,0.2,0.5,,0,100,3,100\n"
        "2,2.0,0,1,0.4,0.5,,0,100,3,120\n"
        "3,4.0,0,1,0.6,0.5,,0,100,3,140\n";
    const std::string eval = "step,mean_reward,positions,answer_best_pct,mean_winrate_loss_pct,"
                             "answer_legal_pct,format_ok_pct,steps_legal_pct,claims_within_pct,"
                             "mean_think_tokens\n"
                             "0,1.25,40,10.0,3,90,90,50,20,111.0\n"
                             "3,1.75,40,25.0,2,95,95,60,30,131.0\n";
    const GrpoCurves c = renderGrpoCurves(train, eval, "test run", 2);
    EXPECT_NE(c.rewardsSvg.find("test run: rewards"), std::string::npos);
    EXPECT_NE(c.rewardsSvg.find("reward, sampled (mean of 2 steps)"), std::string::npos);
    EXPECT_NE(c.rewardsSvg.find("held-out answer = best (share)"), std::string::npos);
    EXPECT_EQ(c.rewardsSvg.find("preference"), std::string::npos);  // an empty column
    EXPECT_EQ(c.rewardsSvg.find("<circle"), std::string::npos);     // no markers
    EXPECT_NE(c.rewardsSvg.find("<polyline"), std::string::npos);
    EXPECT_NE(c.lengthSvg.find("held-out think block (greedy)"), std::string::npos);
    // The same curves with a window of 1 differ (the smoothing is applied).
    EXPECT_NE(renderGrpoCurves(train, eval, "test run", 1).rewardsSvg, c.rewardsSvg);
}

}  // namespace
}  // namespace m37::reason
