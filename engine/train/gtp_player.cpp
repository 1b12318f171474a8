#include "engine/train/gtp_player.h"

#include <unistd.h>
#include <cstdlib>

namespace m37::train {

namespace {

bool executable(const std::string& path) {
    return access(path.c_str(), X_OK) == 0;
}

}  // namespace

std::vector<std::string> resolveEngineCommand(std::vector<std::string> argv) {
    if (argv.empty() || argv[0].find('/') != std::string::npos) return argv;
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "";
    size_t pos = 0;
    while (pos <= dirs.size()) {
        size_t end = dirs.find(':', pos);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(pos, end - pos);
        if (!dir.empty() && executable(dir + "/" + argv[0])) return argv;
        pos = end + 1;
    }
    if (executable("/usr/games/" + argv[0])) argv[0] = "/usr/games/" + argv[0];
    return argv;
}

GtpPlayer::GtpPlayer(std::vector<std::string> argv, std::string label)
    : argv_(resolveEngineCommand(std::move(argv))), label_(std::move(label)) {
    if (!argv_.empty()) {
        const size_t slash = argv_[0].rfind('/');
        name_ = slash == std::string::npos ? argv_[0] : argv_[0].substr(slash + 1);
    }
}

bool GtpPlayer::ensureRunning(int timeoutMs) {
    if (!broken_ && client_.running()) return true;
    client_.stop();
    ++starts_;
    if (!client_.start(argv_)) {
        lastError_ = client_.lastError();
        return false;
    }
    broken_ = false;
    // The first answer waits for the engine to load (networks take a while).
    // Name and version are informative: an engine without them still plays.
    GtpReply n = send("name", timeoutMs);
    if (broken_) return false;
    if (!identified_) {
        if (n.ok && !n.text.empty()) name_ = n.text;
        GtpReply v = send("version", timeoutMs);
        if (broken_) return false;
        if (v.ok) version_ = v.text;
        identified_ = true;
    }
    return true;
}

GtpReply GtpPlayer::send(const std::string& command, int timeoutMs) {
    GtpReply r = client_.send(command, timeoutMs);
    if (!r.transportOk()) {
        lastError_ = r.error;
        markBroken();
    }
    return r;
}

void GtpPlayer::markBroken() {
    broken_ = true;
    client_.stop();
}

std::string GtpPlayer::displayName() const {
    return version_.empty() ? name_ : name_ + " " + version_;
}

}  // namespace m37::train
