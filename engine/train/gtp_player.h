#pragma once
// GtpPlayer: one engine of a match, as a child process spoken to over GTP.
// It holds the engine's command line, the GtpClient that runs it, the name
// and version the engine gave, and whether the process must be restarted
// before it plays again (after a crash, a timeout, or anything that leaves
// it out of step with the referee). A program named without a '/' is looked
// up in PATH and then in /usr/games (where Debian puts gnugo and leelaz).
// Threading: one thread at a time (GtpClient is a blocking client).
#include <string>
#include <vector>

#include "engine/gtp/gtp_client.h"

namespace m37::train {

class GtpPlayer {
  public:
    GtpPlayer(std::vector<std::string> argv, std::string label);

    // Starts the engine unless it is running and healthy, and waits up to
    // timeoutMs for its first answer (`name`; `version` too the first time).
    // False (and lastError) when it cannot start or does not answer.
    bool ensureRunning(int timeoutMs);
    // Sends a command. A transport error (crash, timeout, garbage) marks the
    // engine broken: it is stopped and restarted by the next ensureRunning.
    GtpReply send(const std::string& command, int timeoutMs);
    // Stops the process now; the next ensureRunning restarts it.
    void markBroken();
    void stop() { client_.stop(); }

    const std::string& label() const { return label_; }      // "engine1"
    const std::string& name() const { return name_; }        // GTP name (or argv[0])
    const std::string& version() const { return version_; }  // GTP version, may be ""
    // "GNU Go 3.8": name and version as SGF PB/PW and progress lines show.
    std::string displayName() const;
    int starts() const { return starts_; }
    const std::string& lastError() const { return lastError_; }
    const std::vector<std::string>& argv() const { return argv_; }

  private:
    std::vector<std::string> argv_;
    std::string label_;
    std::string name_;
    std::string version_;
    bool identified_ = false;
    bool broken_ = true;
    int starts_ = 0;
    std::string lastError_;
    GtpClient client_;
};

// argv with argv[0] resolved: unchanged when it holds a '/' or is found in
// PATH, else /usr/games/NAME when that is executable.
std::vector<std::string> resolveEngineCommand(std::vector<std::string> argv);

}  // namespace m37::train
