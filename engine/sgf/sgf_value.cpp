#include "engine/sgf/sgf_value.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "engine/go/coord.h"

namespace m37 {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

int coordValue(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A' + 26;
    return -1;
}

}  // namespace

std::vector<Loc> sgfPointList(const SgfProperty& prop, int size, std::vector<std::string>* bad) {
    std::vector<Loc> out;
    std::vector<bool> seen(size_t((size + 2) * (size + 2)), false);
    auto addPoint = [&](int x, int y) {
        Loc l = makeLoc(x, y, size);
        if (!seen[size_t(l)]) {
            seen[size_t(l)] = true;
            out.push_back(l);
        }
    };
    for (const std::string& raw : prop.values) {
        std::string_view v = trim(raw);
        if (v.empty()) continue;  // pass / empty list
        size_t colon = v.find(':');
        if (colon == std::string_view::npos) {
            auto l = parseSgfPoint(v, size);
            if (!l) {
                if (bad) bad->push_back(raw);
            } else if (*l != kPassLoc) {
                addPoint(locX(*l, size), locY(*l, size));
            }
            continue;
        }
        std::string_view a = trim(v.substr(0, colon)), b = trim(v.substr(colon + 1));
        if (a.size() != 2 || b.size() != 2) {
            if (bad) bad->push_back(raw);
            continue;
        }
        int x1 = coordValue(a[0]), y1 = coordValue(a[1]);
        int x2 = coordValue(b[0]), y2 = coordValue(b[1]);
        if (x1 < 0 || y1 < 0 || x2 < 0 || y2 < 0 || x1 >= size || y1 >= size || x2 >= size ||
            y2 >= size) {
            if (bad) bad->push_back(raw);
            continue;
        }
        if (x1 > x2) std::swap(x1, x2);
        if (y1 > y2) std::swap(y1, y2);
        for (int y = y1; y <= y2; ++y)
            for (int x = x1; x <= x2; ++x) addPoint(x, y);
    }
    return out;
}

std::optional<int> sgfNumber(std::string_view v) {
    v = trim(v);
    if (!v.empty() && v.front() == '+') v.remove_prefix(1);
    int n = 0;
    auto r = std::from_chars(v.data(), v.data() + v.size(), n);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size() || v.empty()) return std::nullopt;
    return n;
}

std::optional<double> sgfReal(std::string_view v) {
    v = trim(v);
    std::string s(v);
    std::replace(s.begin(), s.end(), ',', '.');
    if (!s.empty() && s.front() == '+') s.erase(0, 1);
    double d = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), d);
    if (r.ec != std::errc() || s.empty() || !std::isfinite(d)) return std::nullopt;
    return d;
}

std::optional<Color> sgfColor(std::string_view v) {
    v = trim(v);
    if (v.empty()) return std::nullopt;
    char c = v.front();
    if (c == 'B' || c == 'b' || c == '1') return kBlack;
    if (c == 'W' || c == 'w' || c == '2') return kWhite;
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>> sgfSplitComposed(std::string_view v) {
    size_t colon = v.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    return std::make_pair(std::string(v.substr(0, colon)), std::string(v.substr(colon + 1)));
}

std::optional<int> sgfBoardSize(const SgfNode& root) {
    const SgfProperty* p = root.find("SZ");
    if (!p || p->values.empty()) return 19;
    std::string_view v = p->values.front();
    size_t colon = v.find(':');
    if (colon != std::string_view::npos) {
        auto a = sgfNumber(v.substr(0, colon)), b = sgfNumber(v.substr(colon + 1));
        if (!a || !b || *a != *b) return std::nullopt;
        return a;
    }
    return sgfNumber(v);
}

}  // namespace m37
