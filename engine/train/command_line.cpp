#include "engine/train/command_line.h"

namespace m37::train {

std::optional<std::vector<std::string>> splitCommandLine(std::string_view text,
                                                         std::string* error) {
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    size_t i = 0;
    auto fail = [&](const char* what) -> std::optional<std::vector<std::string>> {
        if (error) *error = what;
        return std::nullopt;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n') {
            if (inWord) words.push_back(std::move(word)), word.clear(), inWord = false;
            ++i;
        } else if (c == '\\') {
            if (i + 1 >= text.size()) return fail("backslash at the end of the command line");
            word += text[i + 1];
            inWord = true;
            i += 2;
        } else if (c == '\'') {
            const size_t end = text.find('\'', i + 1);
            if (end == std::string_view::npos) return fail("unterminated ' quote");
            word.append(text.substr(i + 1, end - i - 1));
            inWord = true;
            i = end + 1;
        } else if (c == '"') {
            inWord = true;
            ++i;
            for (;;) {
                if (i >= text.size()) return fail("unterminated \" quote");
                const char d = text[i];
                if (d == '"') {
                    ++i;
                    break;
                }
                if (d == '\\' && i + 1 < text.size() &&
                    std::string_view("\"\\$`").find(text[i + 1]) != std::string_view::npos) {
                    word += text[i + 1];
                    i += 2;
                    continue;
                }
                word += d;
                ++i;
            }
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord) words.push_back(std::move(word));
    return words;
}

}  // namespace m37::train
