#include "engine/go/rules.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace m37 {

namespace {

struct Preset {
    const char* name;
    Rules rules;
};

// KataGo's presets (ko, scoring, suicide, white's handicap bonus, komi).
const Preset kPresets[] = {
    {"tromp-taylor", {KoRule::kPositional, ScoringRule::kArea, true, HandicapBonus::kNone, 7.5f}},
    {"chinese", {KoRule::kSimple, ScoringRule::kArea, false, HandicapBonus::kN, 7.5f}},
    {"japanese", {KoRule::kSimple, ScoringRule::kTerritory, false, HandicapBonus::kNone, 6.5f}},
    {"korean", {KoRule::kSimple, ScoringRule::kTerritory, false, HandicapBonus::kNone, 6.5f}},
    {"aga", {KoRule::kSituational, ScoringRule::kArea, false, HandicapBonus::kNMinusOne, 7.5f}},
    {"nz", {KoRule::kSituational, ScoringRule::kArea, true, HandicapBonus::kNone, 7.5f}},
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trim(std::string_view s) {
    size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return std::string(s.substr(a, b - a));
}

const char* koName(KoRule k) {
    switch (k) {
        case KoRule::kSimple: return "simple";
        case KoRule::kPositional: return "positional";
        case KoRule::kSituational: return "situational";
    }
    return "simple";
}

const char* bonusName(HandicapBonus b) {
    switch (b) {
        case HandicapBonus::kNone: return "0";
        case HandicapBonus::kN: return "n";
        case HandicapBonus::kNMinusOne: return "n-1";
    }
    return "0";
}

// The shortest text that reads back as the same float ("7.5"; a komi of
// 0.44444445 keeps all its digits, which %g would round to 0.444444).
std::string komiText(float komi) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, komi);
    return std::string(buf, r.ptr);
}

bool sameIgnoringKomi(const Rules& a, const Rules& b) {
    return a.ko == b.ko && a.scoring == b.scoring && a.suicideAllowed == b.suicideAllowed &&
           a.handicapBonus == b.handicapBonus;
}

}  // namespace

std::optional<Rules> Rules::preset(std::string_view name) {
    std::string n = lower(trim(name));
    std::replace(n.begin(), n.end(), '_', '-');
    if (n == "new-zealand" || n == "newzealand") n = "nz";
    if (n == "tromptaylor" || n == "tt") n = "tromp-taylor";
    for (const auto& p : kPresets)
        if (n == p.name) return p.rules;
    return std::nullopt;
}

std::optional<Rules> Rules::parse(std::string_view text) {
    std::string t = trim(text);
    if (auto p = preset(t)) return p;
    if (t.find('=') == std::string::npos) return std::nullopt;
    Rules r = *preset("chinese");
    size_t pos = 0;
    while (pos <= t.size()) {
        size_t end = t.find_first_of(",; ", pos);
        if (end == std::string::npos) end = t.size();
        std::string item = lower(trim(std::string_view(t).substr(pos, end - pos)));
        pos = end + 1;
        if (item.empty()) continue;
        size_t eq = item.find('=');
        if (eq == std::string::npos) return std::nullopt;
        std::string key = item.substr(0, eq), val = item.substr(eq + 1);
        if (key == "ko") {
            if (val == "simple") r.ko = KoRule::kSimple;
            else if (val == "positional" || val == "psk") r.ko = KoRule::kPositional;
            else if (val == "situational" || val == "ssk") r.ko = KoRule::kSituational;
            else return std::nullopt;
        } else if (key == "scoring" || key == "score") {
            if (val == "area") r.scoring = ScoringRule::kArea;
            else if (val == "territory") r.scoring = ScoringRule::kTerritory;
            else return std::nullopt;
        } else if (key == "suicide") {
            if (val == "1" || val == "true" || val == "yes") r.suicideAllowed = true;
            else if (val == "0" || val == "false" || val == "no") r.suicideAllowed = false;
            else return std::nullopt;
        } else if (key == "bonus" || key == "whitehandicapbonus") {
            if (val == "0") r.handicapBonus = HandicapBonus::kNone;
            else if (val == "n") r.handicapBonus = HandicapBonus::kN;
            else if (val == "n-1") r.handicapBonus = HandicapBonus::kNMinusOne;
            else return std::nullopt;
        } else if (key == "komi") {
            float k = 0;
            auto res = std::from_chars(val.data(), val.data() + val.size(), k);
            if (res.ec != std::errc() || res.ptr != val.data() + val.size() || !std::isfinite(k) ||
                std::fabs(k) > 1000)
                return std::nullopt;
            r.komi = k;
        } else {
            return std::nullopt;
        }
        if (end == t.size()) break;
    }
    return r;
}

std::string Rules::presetName() const {
    for (const auto& p : kPresets)
        if (sameIgnoringKomi(p.rules, *this)) return p.name;
    return "custom";
}

std::string Rules::toString() const {
    for (const auto& p : kPresets)
        if (p.rules == *this) return p.name;
    return std::string("ko=") + koName(ko) +
           ",scoring=" + (scoring == ScoringRule::kArea ? "area" : "territory") +
           ",suicide=" + (suicideAllowed ? "1" : "0") + ",bonus=" + bonusName(handicapBonus) +
           ",komi=" + komiText(komi);
}

}  // namespace m37
