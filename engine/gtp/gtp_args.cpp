#include "engine/gtp/gtp_args.h"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace m37::gtp {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::optional<Color> parseColor(std::string_view s) {
    std::string l = lower(s);
    if (l == "b" || l == "black") return kBlack;
    if (l == "w" || l == "white") return kWhite;
    return std::nullopt;
}

std::optional<int> parseInt(std::string_view s, int lo, int hi) {
    size_t i = 0;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i == s.size()) return std::nullopt;
    long long v = 0;
    for (; i < s.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
        v = v * 10 + (s[i] - '0');
        if (v > (1LL << 40)) return std::nullopt;  // far outside any bound we use
    }
    if (neg) v = -v;
    if (v < lo || v > hi) return std::nullopt;
    return int(v);
}

std::optional<float> parseFloat(std::string_view s, float limit) {
    if (s.empty() || s.size() > 64) return std::nullopt;
    // Only plain decimal notation: digits, one '.', optional sign/exponent.
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '+' &&
            c != 'e' && c != 'E')
            return std::nullopt;
    std::string copy(s);
    char* end = nullptr;
    double v = std::strtod(copy.c_str(), &end);
    if (end != copy.c_str() + copy.size() || !std::isfinite(v) || std::fabs(v) > limit)
        return std::nullopt;
    return float(v);
}

}  // namespace m37::gtp
