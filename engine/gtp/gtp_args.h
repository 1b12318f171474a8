#pragma once
// Parsing of GTP command arguments: colours, vertices, bounded integers and
// floats, written so that no input (huge numbers, junk, odd bytes) can
// throw or overflow. Pure functions; safe from any thread.
#include <optional>
#include <string>
#include <string_view>

#include "engine/go/types.h"

namespace m37::gtp {

std::string lower(std::string_view s);
// "b", "black", "w", "white" in any case.
std::optional<Color> parseColor(std::string_view s);
// A decimal integer in [lo, hi]; leading '+' allowed; nullopt otherwise.
std::optional<int> parseInt(std::string_view s, int lo, int hi);
// A finite decimal float with |value| <= limit.
std::optional<float> parseFloat(std::string_view s, float limit);

}  // namespace m37::gtp
