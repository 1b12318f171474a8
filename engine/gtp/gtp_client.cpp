#include "engine/gtp/gtp_client.h"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace m37 {

namespace {

std::string trim(const std::string& s) {
    size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

}  // namespace

GtpClient::~GtpClient() { stop(); }

bool GtpClient::start(const std::vector<std::string>& argv, const std::string& workDir) {
    stop();
    if (argv.empty()) {
        lastError_ = "no command given";
        return false;
    }
    // Every pipe end is close-on-exec from its creation (dup2 onto 0 and 1
    // clears the flag there), so an engine started while others run, from
    // this thread or another, holds none of their pipes: each sees its
    // stdin close when its own client stops. The err pipe reports a failed
    // exec. The child only calls async-signal-safe functions (this process
    // may have other threads), so argv is built before the fork.
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
    auto failWith = [&](const char* what) {
        lastError_ = std::string(what) + ": " + std::strerror(errno);
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]})
            if (fd >= 0) close(fd);
        return false;
    };
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
        return failWith("pipe");
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = fork();
    if (pid < 0) return failWith("fork");
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, 2);
        close(in[0]);
        close(in[1]);
        close(out[0]);
        close(out[1]);
        close(err[0]);
        if (!workDir.empty() && chdir(workDir.c_str()) != 0) {
            int e = errno;
            (void)!write(err[1], &e, sizeof e);
            _exit(127);
        }
        execvp(args[0], args.data());
        int e = errno;
        (void)!write(err[1], &e, sizeof e);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    close(err[1]);
    int childErr = 0;
    ssize_t n = read(err[0], &childErr, sizeof childErr);
    close(err[0]);
    if (n == sizeof childErr) {
        lastError_ = "cannot start '" + argv[0] + "': " + std::strerror(childErr);
        close(in[1]);
        close(out[0]);
        waitpid(pid, nullptr, 0);
        return false;
    }
    signal(SIGPIPE, SIG_IGN);
    pid_ = pid;
    toChild_ = in[1];
    fromChild_ = out[0];
    buffer_.clear();
    lastError_.clear();
    return true;
}

bool GtpClient::readLine(std::string& line, int timeoutMs) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        size_t nl = buffer_.find('\n');
        if (nl != std::string::npos) {
            line = buffer_.substr(0, nl);
            buffer_.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return true;
        }
        if (buffer_.size() > (1u << 24)) {
            lastError_ = "engine output line longer than 16 MB";
            return false;
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                        deadline - std::chrono::steady_clock::now())
                        .count();
        if (left <= 0) {
            lastError_ = "engine did not answer within " + std::to_string(timeoutMs) + " ms";
            return false;
        }
        pollfd p{fromChild_, POLLIN, 0};
        int r = poll(&p, 1, int(left));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) continue;
        char buf[65536];
        ssize_t n = read(fromChild_, buf, sizeof buf);
        if (n <= 0) {
            lastError_ = "engine closed its output (exited or crashed)";
            return false;
        }
        buffer_.append(buf, size_t(n));
    }
}

GtpReply GtpClient::send(const std::string& command, int timeoutMs) {
    GtpReply reply;
    if (pid_ <= 0) {
        reply.error = "engine not running";
        return reply;
    }
    std::string msg = command + "\n";
    const char* p = msg.data();
    size_t left = msg.size();
    while (left > 0) {
        ssize_t n = write(toChild_, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            reply.error = "cannot write to engine (exited or crashed)";
            lastError_ = reply.error;
            return reply;
        }
        p += n;
        left -= size_t(n);
    }
    // The answer: a line starting with '=' or '?', up to an empty line.
    std::string line, text;
    bool started = false;
    for (;;) {
        if (!readLine(line, timeoutMs)) {
            reply.error = lastError_;
            return reply;
        }
        if (!started) {
            if (line.empty()) continue;
            if (line[0] != '=' && line[0] != '?') {
                // garbage before an answer: skip debug noise, but bounded
                if (text.size() > (1u << 20)) {
                    reply.error = "engine printed garbage instead of a GTP answer";
                    return reply;
                }
                text += line;
                continue;
            }
            started = true;
            reply.ok = line[0] == '=';
            size_t i = 1;
            while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i]))) ++i;
            text = line.substr(i);
            continue;
        }
        if (line.empty()) break;
        text += "\n" + line;
    }
    reply.text = trim(text);
    return reply;
}

void GtpClient::stop() {
    if (pid_ <= 0) return;
    const char quit[] = "quit\n";
    (void)!write(toChild_, quit, sizeof quit - 1);
    close(toChild_);
    toChild_ = -1;
    bool exited = false;
    for (int i = 0; i < 50 && !exited; ++i) {
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) exited = true;
        else usleep(10000);
    }
    if (!exited) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
    close(fromChild_);
    fromChild_ = -1;
    pid_ = -1;
}

}  // namespace m37
