#include "engine/go/whole_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace m37 {

std::optional<std::string> readWholeFile(const std::string& path, std::string* error) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        if (error) *error = path + ": is a folder, not a file";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        if (error) *error = path + ": cannot open";
        return std::nullopt;
    }
    // One allocation of the file's size (a 100 MB SGF is not copied twice);
    // a file that grows or is not seekable is read to its end as it comes.
    std::string bytes;
    const std::streamoff size = in.tellg();
    if (size > 0) {
        bytes.resize(size_t(size));
        in.seekg(0);
        in.read(bytes.data(), size);
        bytes.resize(size_t(in.gcount()));
    }
    in.clear();
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        if (error) *error = path + ": cannot read";
        return std::nullopt;
    }
    return bytes;
}

}  // namespace m37
