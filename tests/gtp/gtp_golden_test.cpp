// Golden GTP sessions: every tests/data/gtp/NAME.in is fed through a fresh
// GtpServer (9x9 start, chinese rules, seed 7, 200 playouts) and the output
// must equal NAME.out byte for byte. MOVE37_UPDATE_GOLDEN=1 rewrites the
// .out files (review the diff before committing).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/gtp/gtp_test_util.h"

namespace m37 {
namespace {

namespace fs = std::filesystem;

std::string readAll(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream s;
    s << f.rdbuf();
    return s.str();
}

TEST(GtpGolden, Sessions) {
    fs::path dir = fs::path(MOVE37_TESTDATA_DIR) / "gtp";
    std::vector<fs::path> inputs;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".in") inputs.push_back(e.path());
    std::sort(inputs.begin(), inputs.end());
    ASSERT_GE(inputs.size(), 4u);
    const bool update = std::getenv("MOVE37_UPDATE_GOLDEN") != nullptr;
    for (const auto& in : inputs) {
        GtpServerOptions o = test::fastOptions();
        o.boardSize = 9;
        o.allowLoadSgf = true;
        // loadsgf paths in the sessions are relative to tests/data/gtp
        std::error_code ec;
        fs::path old = fs::current_path();
        fs::current_path(dir, ec);
        GtpServer s(o);
        std::istringstream input(readAll(in));
        std::ostringstream output;
        s.run(input, output);
        fs::current_path(old, ec);
        fs::path out = in;
        out.replace_extension(".out");
        if (update) {
            std::ofstream(out, std::ios::binary) << output.str();
            continue;
        }
        ASSERT_TRUE(fs::exists(out)) << out;
        EXPECT_EQ(output.str(), readAll(out)) << in.filename();
    }
}

}  // namespace
}  // namespace m37
