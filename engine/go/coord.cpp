#include "engine/go/coord.h"

#include <cctype>

namespace m37 {

namespace {
constexpr char kGtpColumns[] = "ABCDEFGHJKLMNOPQRSTUVWXYZ";  // no I
}

std::string gtpVertex(Loc loc, int size) {
    if (loc == kPassLoc) return "PASS";
    int x = locX(loc, size), y = locY(loc, size);
    if (loc == kNullLoc || x < 0 || y < 0 || x >= size || y >= size || x >= 25) return "NULL";
    return std::string(1, kGtpColumns[x]) + std::to_string(size - y);
}

std::optional<Loc> parseGtpVertex(std::string_view t, int size) {
    if (t.size() == 4) {
        std::string u;
        for (char c : t) u += char(std::toupper(static_cast<unsigned char>(c)));
        if (u == "PASS") return kPassLoc;
    }
    if (t.size() < 2 || t.size() > 3) return std::nullopt;
    char col = char(std::toupper(static_cast<unsigned char>(t[0])));
    if (col < 'A' || col > 'Z' || col == 'I') return std::nullopt;
    int x = col - 'A' - (col > 'I' ? 1 : 0);
    int row = 0;
    for (size_t i = 1; i < t.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(t[i]))) return std::nullopt;
        row = row * 10 + (t[i] - '0');
    }
    if (t[1] == '0') return std::nullopt;
    if (x >= size || row < 1 || row > size) return std::nullopt;
    return makeLoc(x, size - row, size);
}

std::string sgfPoint(Loc loc, int size, bool passAsTT) {
    if (loc == kPassLoc) return passAsTT && size <= 19 ? "tt" : "";
    int x = locX(loc, size), y = locY(loc, size);
    auto ch = [](int v) { return char(v < 26 ? 'a' + v : 'A' + v - 26); };
    return std::string{ch(x), ch(y)};
}

std::optional<Loc> parseSgfPoint(std::string_view t, int size) {
    if (t.empty()) return kPassLoc;
    if (t.size() != 2) return std::nullopt;
    auto val = [](char c) {
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= 'A' && c <= 'Z') return c - 'A' + 26;
        return -1;
    };
    int x = val(t[0]), y = val(t[1]);
    if (x < 0 || y < 0) return std::nullopt;
    if (size <= 19 && x == 19 && y == 19) return kPassLoc;
    if (x >= size || y >= size) return std::nullopt;
    return makeLoc(x, y, size);
}

}  // namespace m37
