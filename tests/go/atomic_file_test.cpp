#include "engine/go/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

namespace fs = std::filesystem;
using m37::writeFileAtomically;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> entries(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// Each test writes in a fresh, empty folder of its own, removed afterwards.
class AtomicFile : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        root_ = fs::path(::testing::TempDir()) /
                ("atomic_file_" + std::to_string(::getpid()) + "_" + info->name());
        fs::remove_all(root_);
        fs::create_directories(root_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(root_, ec);
    }
    std::string freshDir(const std::string& name) const {
        const fs::path dir = root_ / name;
        fs::create_directories(dir);
        return dir.string();
    }

    fs::path root_;
};

// Runs writeFileAtomically(path, contents) and returns (ok, error). As root
// (CI containers), which may write into any folder, it runs in a child
// process that first drops to the unprivileged user `nobody` (65534), so a
// read-only folder is read-only for the writer; otherwise in this process.
std::pair<bool, std::string> writeAsUnprivileged(const std::string& path,
                                                 const std::string& contents) {
    std::string error;
    if (::geteuid() != 0) {
        const bool ok = writeFileAtomically(path, contents, &error);
        return {ok, error};
    }
    int fds[2];
    if (::pipe(fds) != 0) return {false, "pipe failed"};
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(3);
        const bool ok = writeFileAtomically(path, contents, &error);
        if (::write(fds[1], error.data(), error.size()) < 0) ::_exit(4);
        ::_exit(ok ? 0 : 1);
    }
    ::close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0) error.append(buf, size_t(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) > 1)
        return {false, "child failed to run as nobody: status " + std::to_string(status)};
    return {WEXITSTATUS(status) == 0, error};
}

}  // namespace

TEST_F(AtomicFile, WritesAndReplacesLeavingNoTemporary) {
    const std::string dir = freshDir("replace");
    const std::string path = dir + "/a.txt";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, "first version\n", &error)) << error;
    EXPECT_EQ(slurp(path), "first version\n");
    ASSERT_TRUE(writeFileAtomically(path, "2", &error)) << error;
    EXPECT_EQ(slurp(path), "2");
    const std::string binary("a\0b\r\n\xff", 6);
    ASSERT_TRUE(writeFileAtomically(path, binary, &error)) << error;
    EXPECT_EQ(slurp(path), binary);
    ASSERT_TRUE(writeFileAtomically(path, "", &error)) << error;
    EXPECT_EQ(slurp(path), "");
    EXPECT_EQ(entries(dir), std::vector<std::string>{"a.txt"});
}

TEST_F(AtomicFile, StreamWriterWritesTheFile) {
    const std::string dir = freshDir("stream");
    const std::string path = dir + "/b.bin";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, "old", &error)) << error;
    const std::string bytes("x\0y", 3);
    ASSERT_TRUE(writeFileAtomically(
        path,
        [&](std::ostream& out) {
            out.write(bytes.data(), std::streamsize(bytes.size()));
            out << 42;
            return true;
        },
        &error))
        << error;
    EXPECT_EQ(slurp(path), bytes + "42");
    EXPECT_EQ(entries(dir), std::vector<std::string>{"b.bin"});
}

TEST_F(AtomicFile, WriterThatGivesUpOrThrowsLeavesTheOldFile) {
    const std::string dir = freshDir("writer_fails");
    const std::string path = dir + "/c.txt";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, "old", &error)) << error;
    EXPECT_FALSE(writeFileAtomically(
        path,
        [](std::ostream& out) {
            out << "half";
            return false;
        },
        &error));
    EXPECT_NE(error.find(path + ": cannot write"), std::string::npos) << error;
    EXPECT_FALSE(writeFileAtomically(
        path,
        [](std::ostream& out) -> bool {
            out << "half";
            throw std::runtime_error("serializer broke");
        },
        &error));
    EXPECT_EQ(error, path + ": serializer broke");
    EXPECT_EQ(slurp(path), "old");
    EXPECT_EQ(entries(dir), std::vector<std::string>{"c.txt"});
}

TEST_F(AtomicFile, TargetThatIsAFolderIsRefused) {
    const std::string dir = freshDir("folder");
    const std::string path = dir + "/sub";
    fs::create_directories(path + "/inner");
    std::string error;
    EXPECT_FALSE(writeFileAtomically(path, "x", &error));
    EXPECT_EQ(error, path + ": is a directory");
    EXPECT_TRUE(fs::is_directory(path + "/inner"));
    EXPECT_EQ(entries(dir), std::vector<std::string>{"sub"});
}

TEST_F(AtomicFile, MissingFolderIsReportedWithTheSystemReason) {
    const std::string dir = freshDir("missing");
    const std::string path = dir + "/no/such/folder/d.txt";
    std::string error;
    EXPECT_FALSE(writeFileAtomically(path, "x", &error));
    EXPECT_EQ(error.rfind(path + ": cannot create temporary file", 0), 0u) << error;
    EXPECT_NE(error.find(std::strerror(ENOENT)), std::string::npos) << error;
    EXPECT_TRUE(entries(dir).empty());
    // No error pointer: just false.
    EXPECT_FALSE(writeFileAtomically(path, "x", nullptr));
}

// A write that fails half-way (the file-size limit stands in for a full
// disk: the kernel refuses the write with EFBIG as it would with ENOSPC).
TEST_F(AtomicFile, FailedWriteLeavesTheOldFileAndNamesTheReason) {
    const std::string dir = freshDir("write_fails");
    const std::string path = dir + "/e.txt";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, "old contents", &error)) << error;

    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const std::string big(64 * 1024, 'z');
    const bool ok = writeFileAtomically(path, big, &error);
    std::string streamError;
    const bool streamOk = writeFileAtomically(
        path,
        [&](std::ostream& out) {
            out << big;
            return true;
        },
        &streamError);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_FALSE(ok);
    EXPECT_EQ(error.rfind(path + ": cannot write " + path + ".tmp-", 0), 0u) << error;
    EXPECT_NE(error.find(std::strerror(EFBIG)), std::string::npos) << error;
    EXPECT_FALSE(streamOk);
    EXPECT_EQ(streamError.rfind(path + ": cannot write " + path + ".tmp-", 0), 0u) << streamError;
    EXPECT_EQ(slurp(path), "old contents");
    EXPECT_EQ(entries(dir), std::vector<std::string>{"e.txt"});
}

TEST_F(AtomicFile, UnwritableFolderLeavesTheOldFile) {
    const std::string dir = freshDir("read_only");
    const std::string path = dir + "/f.txt";
    std::string error;
    ASSERT_TRUE(writeFileAtomically(path, "old", &error)) << error;
    // Readable and searchable by everyone (the writer may be `nobody`), writable by none.
    fs::permissions(root_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                               fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                             fs::perms::group_exec | fs::perms::others_read |
                             fs::perms::others_exec);
    bool ok = false;
    std::tie(ok, error) = writeAsUnprivileged(path, "new");
    fs::permissions(dir, fs::perms::owner_all);
    EXPECT_FALSE(ok);
    EXPECT_EQ(error.rfind(path + ": cannot create temporary file", 0), 0u) << error;
    EXPECT_NE(error.find(std::strerror(EACCES)), std::string::npos) << error;
    EXPECT_EQ(slurp(path), "old");
    EXPECT_EQ(entries(dir), std::vector<std::string>{"f.txt"});
}

TEST_F(AtomicFile, ConcurrentWritersEachUseTheirOwnTemporary) {
    const std::string dir = freshDir("concurrent");
    const std::string path = dir + "/g.txt";
    std::vector<std::string> texts;
    for (int i = 0; i < 4; ++i) texts.push_back(std::string(100000, char('a' + i)));
    std::vector<std::thread> threads;
    std::vector<int> ok(texts.size(), 0);
    for (size_t i = 0; i < texts.size(); ++i)
        threads.emplace_back([&, i] {
            for (int k = 0; k < 10; ++k) ok[i] += writeFileAtomically(path, texts[i], nullptr);
        });
    for (auto& t : threads) t.join();
    for (int n : ok) EXPECT_EQ(n, 10);
    // Whichever rename came last, the file is one writer's whole text.
    const std::string got = slurp(path);
    EXPECT_NE(std::find(texts.begin(), texts.end(), got), texts.end());
    EXPECT_EQ(entries(dir), std::vector<std::string>{"g.txt"});
}
