#pragma once
// A folder of its own for the running test. ctest runs every test in a
// process of its own, several at once, so tests that wrote a file of the
// same name into one shared folder raced (one read a half-written net).
// Called from inside a test body or fixture on the test's thread.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace m37 {

// base/Suite.Test, created (and not emptied: a test may reuse its files).
inline std::string testScratchDir(const std::string& base) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const std::string leaf =
        info ? std::string(info->test_suite_name()) + "." + info->name() : std::string("no-test");
    const std::filesystem::path dir = std::filesystem::path(base) / leaf;
    std::filesystem::create_directories(dir);
    return dir.string();
}

}  // namespace m37
