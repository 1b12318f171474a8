// readWholeFile: every byte of a file (NULs, no final newline, empty), and
// a clear error for a missing file or a folder.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/go/whole_file.h"

namespace m37 {
namespace {

namespace fs = std::filesystem;

class WholeFileTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("m37-whole-file-" + std::to_string(getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    std::string write(const std::string& name, const std::string& bytes) {
        const std::string path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    fs::path dir;
};

TEST_F(WholeFileTest, ReadsEveryByte) {
    std::string bytes("(;B[aa]\0\r\n\xFF", 11);
    for (int i = 0; i < 20000; ++i) bytes += char(i * 7);
    std::string error;
    auto read = readWholeFile(write("a.bin", bytes), &error);
    ASSERT_TRUE(read) << error;
    EXPECT_EQ(*read, bytes);
    auto empty = readWholeFile(write("empty", ""), &error);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->empty());
}

TEST_F(WholeFileTest, MissingFileAndFolderAreErrors) {
    std::string error;
    const std::string missing = (dir / "missing.sgf").string();
    EXPECT_FALSE(readWholeFile(missing, &error));
    EXPECT_EQ(error, missing + ": cannot open");
    EXPECT_FALSE(readWholeFile(dir.string(), &error));
    EXPECT_EQ(error, dir.string() + ": is a folder, not a file");
}

}  // namespace
}  // namespace m37
