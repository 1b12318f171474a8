#pragma once
// Reading a whole file into memory, the way the engine's text readers (trace
// files, self-play chunks, SFT examples) take their input before parsing.
// Threading: a free function; any thread.
#include <optional>
#include <string>

namespace m37 {

// The file's bytes, or nullopt and *error = "PATH: cannot open".
std::optional<std::string> readWholeFile(const std::string& path, std::string* error);

}  // namespace m37
