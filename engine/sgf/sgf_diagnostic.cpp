#include "engine/sgf/sgf_diagnostic.h"

namespace m37 {

std::string SgfDiagnostic::toString() const {
    return std::to_string(line) + ":" + std::to_string(column) + ": " +
           (isError ? "error: " : "warning: ") + message;
}

}  // namespace m37
