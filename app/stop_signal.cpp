#include "app/stop_signal.h"

#include <unistd.h>
#include <csignal>
#include <cstring>

namespace m37::app {

namespace {

const char* gMessage = "";

void onStopSignal(int) {
    StopSignal::flag() = true;
    (void)!write(2, gMessage, std::strlen(gMessage));
}

}  // namespace

std::atomic<bool>& StopSignal::flag() {
    static std::atomic<bool> stop{false};
    return stop;
}

StopSignal::StopSignal(const char* message) {
    gMessage = message;
    flag() = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}

StopSignal::~StopSignal() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

}  // namespace m37::app
