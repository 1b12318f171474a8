#pragma once
// Rules: the small value type that says how a game is played and scored.
// Presets follow KataGo's names. Plain value; copy freely between threads.
#include <optional>
#include <string>
#include <string_view>

namespace m37 {

enum class KoRule : uint8_t { kSimple, kPositional, kSituational };
enum class ScoringRule : uint8_t { kArea, kTerritory };
// Compensation White receives for Black's handicap stones (area scoring).
enum class HandicapBonus : uint8_t { kNone, kN, kNMinusOne };

struct Rules {
    KoRule ko = KoRule::kSimple;
    ScoringRule scoring = ScoringRule::kArea;
    bool suicideAllowed = false;
    HandicapBonus handicapBonus = HandicapBonus::kN;
    float komi = 7.5f;

    // Named presets: tromp-taylor, chinese, japanese, korean, aga, nz
    // (also new-zealand, stone-scoring's siblings are not supported).
    static std::optional<Rules> preset(std::string_view name);
    // Accepts a preset name, or "ko=simple|positional|situational,
    // scoring=area|territory,suicide=0|1,bonus=0|n|n-1,komi=7.5" in any
    // order, keys optional (defaults from chinese). Case-insensitive.
    static std::optional<Rules> parse(std::string_view text);
    // The preset name when the rules equal a preset with this komi and the
    // preset's komi, else the key=value form (parse(toString()) == *this).
    std::string toString() const;
    // The closest preset name ignoring komi (for GTP kgs-rules and SGF RU).
    std::string presetName() const;

    bool operator==(const Rules&) const = default;
};

}  // namespace m37
