#pragma once
// Text of long-running commands' progress lines (match, train-sl,
// self-play): durations as "1h05m", "4m07s", "12s" for ETAs and elapsed
// times. Pure functions; any thread.
#include <string>

namespace m37::train {

// "?" for a negative or non-finite number of seconds.
std::string formatDuration(double seconds);

}  // namespace m37::train
