#pragma once
// Helpers shared by the GTP tests: run a command through an in-process
// GtpServer and split its answer. Test-only; single-threaded.
#include <string>

#include "engine/gtp/gtp_server.h"

namespace m37::test {

struct Answer {
    bool ok = false;
    std::string id;
    std::string text;  // without "=id " and the trailing blank line
};

inline Answer parseAnswer(const std::string& raw) {
    Answer a;
    if (raw.empty()) return a;
    a.ok = raw[0] == '=';
    size_t i = 1;
    while (i < raw.size() && raw[i] >= '0' && raw[i] <= '9') a.id += raw[i++];
    if (i < raw.size() && raw[i] == ' ') ++i;
    a.text = raw.substr(i);
    while (!a.text.empty() && a.text.back() == '\n') a.text.pop_back();
    return a;
}

inline Answer ask(GtpServer& s, const std::string& line) {
    return parseAnswer(s.handle(line));
}

inline GtpServerOptions fastOptions(int visits = 200) {
    GtpServerOptions o;
    o.search.visits = visits;
    o.search.seed = 7;
    o.search.deadStonePlayouts = 64;
    return o;
}

}  // namespace m37::test
