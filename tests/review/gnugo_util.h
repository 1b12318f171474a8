#pragma once
// GNU Go for the review tests: runs `gnugo --mode gtp` on a list of GTP
// commands and returns its non-empty answer lines (exported files must load
// there). Single-threaded test helper.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace m37::test {

inline std::string findGnugo() {
    for (const char* p : {"/usr/games/gnugo", "/usr/bin/gnugo"})
        if (std::filesystem::exists(p)) return p;
    return {};
}

// The answer lines of GNU Go to `commands` (one per line), "quit" added.
inline std::vector<std::string> gnugoReplies(const std::string& commands) {
    const std::string exe = findGnugo();
    if (exe.empty()) return {};
    // One file per process: ctest -j runs tests in parallel processes.
    const std::string in =
        ::testing::TempDir() + "/m37_review_gnugo_" + std::to_string(getpid()) + ".gtp";
    std::ofstream(in) << commands << "quit\n";
    std::string out;
    FILE* p = popen((exe + " --mode gtp < " + in + " 2>&1").c_str(), "r");
    if (!p) return {};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
    std::istringstream lines(out);
    std::vector<std::string> replies;
    std::string l;
    while (std::getline(lines, l))
        if (!l.empty()) replies.push_back(l);
    return replies;
}

}  // namespace m37::test
