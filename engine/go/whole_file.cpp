#include "engine/go/whole_file.h"

#include <fstream>
#include <sstream>

namespace m37 {

std::optional<std::string> readWholeFile(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = path + ": cannot open";
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace m37
