// Golden files in tests/data/sgf/golden/: NAME.sgf is read and written,
// and must give NAME.out.sgf (the canonical form, which must itself be a
// fixed point); `move37-engine sgf check NAME.sgf` must print NAME.check
// and `sgf fmt NAME.sgf` must print NAME.out.sgf.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace fs = std::filesystem;

namespace m37 {
namespace {

const fs::path kDir = fs::path(MOVE37_TESTDATA_DIR) / "sgf" / "golden";

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> inputs() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(kDir)) {
        std::string n = e.path().filename().string();
        if (n.size() > 4 && n.ends_with(".sgf") && !n.ends_with(".out.sgf"))
            names.push_back(n.substr(0, n.size() - 4));
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Runs a command in the golden folder; returns its stdout and exit code.
std::pair<std::string, int> run(const std::string& args) {
    std::string cmd =
        "cd '" + kDir.string() + "' && '" MOVE37_ENGINE_BIN "' " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return {"", -1};
    std::string out;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    int status = pclose(p);
    return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

TEST(SgfGolden, HasFiles) {
    EXPECT_GE(inputs().size(), 10u);
}

TEST(SgfGolden, CanonicalOutput) {
    for (const std::string& name : inputs()) {
        SCOPED_TRACE(name);
        auto r = readSgf(slurp(kDir / (name + ".sgf")));
        std::string out = writeSgf(r.games);
        std::string expected = slurp(kDir / (name + ".out.sgf"));
        EXPECT_EQ(out, expected);
        // The canonical form reads back to the same trees and is a fixed point.
        auto again = readSgf(out);
        ASSERT_EQ(again.games.size(), r.games.size());
        for (size_t g = 0; g < r.games.size(); ++g) {
            std::string why;
            EXPECT_TRUE(sameTree(*r.games[g], *again.games[g], &why)) << why;
        }
        EXPECT_EQ(writeSgf(again.games), out);
    }
}

TEST(SgfGolden, CheckCommand) {
    for (const std::string& name : inputs()) {
        SCOPED_TRACE(name);
        auto [out, code] = run("sgf check " + name + ".sgf");
        std::string expected = slurp(kDir / (name + ".check"));
        EXPECT_EQ(out, expected);
        bool hasError = expected.find(": error: ") != std::string::npos;
        EXPECT_EQ(code, hasError ? 1 : 0);
    }
}

TEST(SgfGolden, FmtCommand) {
    for (const std::string& name : inputs()) {
        SCOPED_TRACE(name);
        auto [out, code] = run("sgf fmt " + name + ".sgf");
        EXPECT_EQ(out, slurp(kDir / (name + ".out.sgf")));
    }
}

TEST(SgfGolden, CommandUsage) {
    EXPECT_EQ(run("sgf").second, 2);
    EXPECT_EQ(run("sgf frobnicate x").second, 2);
    EXPECT_EQ(run("sgf check").second, 2);
    EXPECT_EQ(run("sgf check no-such-file.sgf").second, 1);
}

}  // namespace
}  // namespace m37
