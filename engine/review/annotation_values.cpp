#include "engine/review/annotation_values.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace m37::annotation_values {

std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    // No "-0.0": the sign of a rounded zero means nothing.
    if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
    return s;
}

std::string sig3(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::string optFixed(std::optional<float> v, int decimals) {
    return v ? fixed(*v, decimals) : std::string("-");
}

std::string optSig3(std::optional<float> v) {
    return v ? sig3(*v) : std::string("-");
}

// A percentage for people: "48.1%" for winrates.
std::string percent(float v) {
    return fixed(v * 100.0, 1) + "%";
}

// A small probability for people: "0.02%", "2.1%", "31%".
std::string priorPercent(float v) {
    char buf[64];
    const double p = v * 100.0;
    if (p >= 10)
        std::snprintf(buf, sizeof buf, "%.0f%%", p);
    else
        std::snprintf(buf, sizeof buf, "%.2g%%", p);
    return buf;
}

std::vector<std::string> tokens(std::string_view s) {
    std::vector<std::string> out;
    std::istringstream in{std::string(s)};
    std::string t;
    while (in >> t) out.push_back(t);
    return out;
}

std::optional<double> parseReal(const std::string& t) {
    if (t.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(t.c_str(), &end);
    if (end != t.c_str() + t.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

std::optional<int64_t> parseCount(const std::string& t) {
    if (t.empty() ||
        !std::all_of(t.begin(), t.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) ||
        t.size() > 15)
        return std::nullopt;
    return std::stoll(t);
}

std::optional<float> parseProbability(const std::string& t) {
    auto v = parseReal(t);
    if (!v || *v < 0 || *v > 1) return std::nullopt;
    return float(*v);
}

// "-" or a real (a score lead).
bool parseOptReal(const std::string& t, std::optional<float>* out) {
    if (t == "-") {
        out->reset();
        return true;
    }
    auto v = parseReal(t);
    if (!v || std::fabs(*v) > 10000) return false;
    *out = float(*v);
    return true;
}

// "-" or a probability (a human prior).
bool parseOptProbability(const std::string& t, std::optional<float>* out) {
    if (t == "-") {
        out->reset();
        return true;
    }
    auto v = parseProbability(t);
    if (!v) return false;
    *out = v;
    return true;
}

}  // namespace m37::annotation_values
