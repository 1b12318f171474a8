#include "engine/go/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <exception>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace m37 {

namespace {

namespace fs = std::filesystem;

std::atomic<unsigned> gTempCounter{0};

// Sets *error to "PATH: what (reason of errno err)"; returns false.
bool fail(const std::string& path, const std::string& what, int err, std::string* error) {
    if (error) {
        *error = path + ": " + what;
        if (err != 0) *error += " (" + std::generic_category().message(err) + ")";
    }
    return false;
}

// The temporary file of one atomic write: created beside the target, then
// either renamed over it by commit() or removed when this goes away.
class TempFile {
  public:
    explicit TempFile(const std::string& path) : path_(path) {}
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!name_.empty() && !committed_) ::unlink(name_.c_str());
    }

    const std::string& name() const { return name_; }

    // Creates PATH.tmp-<pid>-<n>, a file no one else has, with the usual
    // permissions (0666 less the umask).
    bool create(std::string* error) {
        std::error_code ec;
        if (fs::is_directory(path_, ec)) return fail(path_, "is a directory", 0, error);
        for (int tries = 0;; ++tries) {
            const std::string name = path_ + ".tmp-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(gTempCounter.fetch_add(1));
            fd_ = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd_ >= 0) {
                name_ = name;
                return true;
            }
            if (errno != EEXIST || tries >= 100)
                return fail(path_, "cannot create temporary file " + name, errno, error);
        }
    }

    bool writeBytes(std::string_view data, std::string* error) {
        const char* p = data.data();
        size_t left = data.size();
        while (left > 0) {
            const ssize_t w = ::write(fd_, p, left);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) return fail(path_, "cannot write " + name_, w < 0 ? errno : EIO, error);
            p += w;
            left -= size_t(w);
        }
        return true;
    }

    // Syncs and closes the file, renames it over the target and syncs the
    // folder so that the rename itself survives a crash.
    bool commit(std::string* error) {
        if (::fsync(fd_) != 0) return fail(path_, "cannot sync " + name_, errno, error);
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) return fail(path_, "cannot close " + name_, errno, error);
        if (std::rename(name_.c_str(), path_.c_str()) != 0)
            return fail(path_, "cannot rename " + name_ + " over it", errno, error);
        committed_ = true;
        const fs::path parent = fs::path(path_).parent_path();
        const std::string dir = parent.empty() ? std::string(".") : parent.string();
        const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            ::fsync(dfd);
            ::close(dfd);
        }
        return true;
    }

  private:
    std::string path_;
    std::string name_;
    int fd_ = -1;
    bool committed_ = false;
};

}  // namespace

bool writeFileAtomically(const std::string& path, std::string_view data, std::string* error) {
    TempFile tmp(path);
    return tmp.create(error) && tmp.writeBytes(data, error) && tmp.commit(error);
}

bool writeFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error) {
    TempFile tmp(path);
    if (!tmp.create(error)) return false;
    {
        std::ofstream out(tmp.name(), std::ios::binary | std::ios::trunc);
        if (!out) return fail(path, "cannot write " + tmp.name(), errno, error);
        bool wrote = false;
        errno = 0;
        try {
            wrote = write(out);
        } catch (const std::exception& e) {
            return fail(path, e.what(), 0, error);
        } catch (...) {
            return fail(path, "cannot write " + tmp.name() + " (writer failed)", 0, error);
        }
        if (!wrote) return fail(path, "cannot write " + tmp.name(), 0, error);
        out.flush();
        if (out) out.close();
        if (!out) return fail(path, "cannot write " + tmp.name(), errno, error);
    }
    return tmp.commit(error);
}

}  // namespace m37
