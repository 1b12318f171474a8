#pragma once
// GtpClient: drives an external GTP engine (GNU Go, Leela Zero, KataGo,
// move37-engine itself) as a child process over pipes. Each command waits
// for its answer up to a timeout; a crash, hang or garbage becomes an error
// result, never an exception or a hang of the caller.
// Threading: one thread at a time per client (it is a blocking client, for
// headless tools and tests; the GUI uses QProcess asynchronously instead).
#include <string>
#include <sys/types.h>
#include <vector>

namespace m37 {

struct GtpReply {
    bool ok = false;         // '=' answer
    std::string text;        // answer without the '='/'?' and id, trimmed
    std::string error;       // transport error (crash, timeout, garbage)
    bool transportOk() const { return error.empty(); }
};

class GtpClient {
public:
    GtpClient() = default;
    ~GtpClient();
    GtpClient(const GtpClient&) = delete;
    GtpClient& operator=(const GtpClient&) = delete;

    // Starts argv[0] (looked up in PATH) with arguments, in workDir if set.
    // Returns false with a message in lastError() when it cannot start.
    bool start(const std::vector<std::string>& argv, const std::string& workDir = "");
    // Sends one command line, returns the answer (timeout in milliseconds).
    GtpReply send(const std::string& command, int timeoutMs = 60000);
    // Sends "quit", waits briefly, then kills the process if still there.
    void stop();
    bool running() const { return pid_ > 0; }
    const std::string& lastError() const { return lastError_; }

private:
    bool readLine(std::string& line, int timeoutMs);

    pid_t pid_ = -1;
    int toChild_ = -1;
    int fromChild_ = -1;
    std::string buffer_;
    std::string lastError_;
};

}  // namespace m37
