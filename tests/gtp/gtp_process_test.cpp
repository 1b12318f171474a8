// `move37-engine gtp` as a child process, driven through GtpClient.
#include <gtest/gtest.h>

#include "engine/go/coord.h"
#include "engine/gtp/gtp_client.h"

namespace m37 {
namespace {

// The first answer includes the engine's start, which loads LibTorch: slow
// under ThreadSanitizer on a busy machine.
constexpr int kStartMs = 60000;

TEST(GtpProcess, PlaysAGameOverPipes) {
    GtpClient c;
    ASSERT_TRUE(c.start({MOVE37_ENGINE_EXE, "gtp", "--rules", "chinese", "--komi", "6.5",
                         "--visits", "300", "--seed", "5"}))
        << c.lastError();
    auto r = c.send("protocol_version", kStartMs);
    ASSERT_TRUE(r.transportOk()) << r.error;
    EXPECT_EQ(r.text, "2");
    EXPECT_EQ(c.send("name").text, "move37");
    EXPECT_TRUE(c.send("boardsize 9").ok);
    EXPECT_TRUE(c.send("clear_board").ok);
    EXPECT_TRUE(c.send("play B E5").ok);
    auto g = c.send("genmove W", 20000);
    ASSERT_TRUE(g.ok);
    auto l = parseGtpVertex(g.text, 9);
    ASSERT_TRUE(l) << g.text;
    EXPECT_EQ(c.send("color " + g.text).text, *l == kPassLoc ? "" : "white");
    auto bad = c.send("play B E5");
    EXPECT_TRUE(bad.transportOk());
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.text.rfind("illegal move", 0), 0u) << bad.text;
    EXPECT_FALSE(c.send("garbage \x01\x02").ok);
    EXPECT_TRUE(c.send("final_score").ok);
    c.stop();
    EXPECT_FALSE(c.running());
}

TEST(GtpProcess, RejectsBadOptions) {
    GtpClient c;
    ASSERT_TRUE(c.start({MOVE37_ENGINE_EXE, "gtp", "--rules", "nonsense"}));
    auto r = c.send("name", 5000);
    EXPECT_FALSE(r.transportOk());
    c.stop();
    GtpClient negativeCache;
    ASSERT_TRUE(negativeCache.start({MOVE37_ENGINE_EXE, "gtp", "--nn-cache", "-1"}));
    EXPECT_FALSE(negativeCache.send("name", 5000).transportOk());
    negativeCache.stop();
    GtpClient noCache;
    ASSERT_TRUE(noCache.start({MOVE37_ENGINE_EXE, "gtp", "--nn-cache", "0"}));
    EXPECT_EQ(noCache.send("name", kStartMs).text, "move37");
    noCache.stop();
}

}  // namespace
}  // namespace m37
