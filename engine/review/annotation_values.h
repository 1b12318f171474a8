#pragma once
// The values of the annotation properties as text: numbers printed the way
// MZA/MZC/MZM and the comments show them, and read back strictly ("-" for an
// unknown optional value; anything else unreadable gives nullopt/false).
// Used by annotation.cpp only. Threading: pure functions.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace m37::annotation_values {

// Fixed decimals, never "-0.0".
std::string fixed(double v, int decimals);
// Three significant digits.
std::string sig3(double v);
std::string optFixed(std::optional<float> v, int decimals);  // "-" when unknown
std::string optSig3(std::optional<float> v);                 // "-" when unknown
// A percentage for people: "48.1%" for winrates.
std::string percent(float v);
// A small probability for people: "0.02%", "2.1%", "31%".
std::string priorPercent(float v);

// The words of a value, split at white space.
std::vector<std::string> tokens(std::string_view s);
std::optional<double> parseReal(const std::string& t);        // finite
std::optional<int64_t> parseCount(const std::string& t);      // digits only
std::optional<float> parseProbability(const std::string& t);  // in [0, 1]
// "-" or a real (a score lead, |x| <= 10000).
bool parseOptReal(const std::string& t, std::optional<float>* out);
// "-" or a probability (a human prior).
bool parseOptProbability(const std::string& t, std::optional<float>* out);

}  // namespace m37::annotation_values
