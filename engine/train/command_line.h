#pragma once
// Splitting an engine's command line ("gnugo --mode gtp --level 10") into
// argv words the way a POSIX shell would for plain words: blanks separate
// words, '...' quotes literally, "..." quotes with \" \\ \$ \` escapes, and a
// backslash outside quotes escapes the next character. No variables, globs
// or redirections. Pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace m37::train {

// The words, or nullopt (and *error) on an unterminated quote or escape.
std::optional<std::vector<std::string>> splitCommandLine(std::string_view text,
                                                         std::string* error = nullptr);

}  // namespace m37::train
