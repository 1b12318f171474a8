#pragma once
// StopSignal: the Ctrl-C / SIGTERM handling of long-running commands
// (train-sl, selfplay). While one is alive, SIGINT and SIGTERM only set a
// flag the command polls between steps (and print `message` on stderr), so
// it can finish the step and write its checkpoint; the destructor restores
// the default handlers. Threading: one at a time per process; the flag may
// be read from any thread.
#include <atomic>

namespace m37::app {

class StopSignal {
  public:
    explicit StopSignal(const char* message);
    ~StopSignal();
    StopSignal(const StopSignal&) = delete;
    StopSignal& operator=(const StopSignal&) = delete;

    // True once a signal arrived.
    bool requested() const { return flag().load(); }
    static std::atomic<bool>& flag();
};

}  // namespace m37::app
