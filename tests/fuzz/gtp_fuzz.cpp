// libFuzzer target: random bytes, split into lines, fed to an in-process
// GtpServer with a tiny genmove budget (8 visits, whatever the clock says).
// It must never crash, hang or trip the sanitizers. loadsgf is disabled (no
// reading arbitrary paths).
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/gtp/gtp_server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024) return 0;
    m37::GtpServerOptions o;
    o.boardSize = 9;
    o.search.visits = 8;
    // Capped even under time_settings/time_left (which would otherwise set a
    // time budget of 0.05 s or more a move and slow the fuzzer to a few runs
    // a second); the clock commands are still parsed and stored, and the
    // time budget itself is covered by tests/search/time_manager_test.cpp.
    o.genmoveLimits.visits = 8;
    o.search.deadStonePlayouts = 4;
    o.allowLoadSgf = false;
    o.maxLineBytes = 4096;
    m37::GtpServer server(o);
    std::string line;
    for (size_t i = 0; i <= size && !server.quitRequested(); ++i) {
        if (i == size || data[i] == '\n') {
            std::string answer = server.handle(line);
            if (!answer.empty() &&
                (answer.size() < 3 || answer.substr(answer.size() - 2) != "\n\n"))
                __builtin_trap();
            line.clear();
        } else {
            line += char(data[i]);
        }
    }
    return 0;
}
