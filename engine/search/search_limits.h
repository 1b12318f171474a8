#pragma once
// SearchLimits: when one search stops — root visits (tree reuse included),
// new playouts, wall time, or never (analysis until stop()). The first limit
// reached wins; all zero with infinite false means "visits of SearchParams".
// Plain value.
#include <cstdint>

namespace m37 {

struct SearchLimits {
    int64_t visits = 0;     // root visits, reused ones included (0: none)
    int64_t playouts = 0;   // new playouts in this search (0: none)
    int64_t timeMs = 0;     // wall-clock budget (0: none)
    bool infinite = false;  // run until stop() (analysis, pondering)
};

}  // namespace m37
