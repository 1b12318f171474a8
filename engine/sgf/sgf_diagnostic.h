#pragma once
// SgfDiagnostic: one warning or error found while reading or replaying an
// SGF file, with its 1-based source position (0 when unknown, e.g. a file
// that cannot be opened). Plain value; copy freely between threads.
#include <string>

namespace m37 {

struct SgfDiagnostic {
    int line = 0;
    int column = 0;
    std::string message;
    bool isError = false;  // false: a warning (the file was still read)

    // "LINE:COL: warning|error: message" (without a file name).
    std::string toString() const;
};

}  // namespace m37
