#pragma once
// Batch analysis of one SGF file: what `move37-engine analyze` does for
// each file. Searches every position of the first game's main line (or of
// a range of moves) with reviewGame, and writes the annotated game
// (annotation.h) to the output file atomically (a temporary file renamed)
// every `saveEvery` positions and at the end. Resumable: when the output
// file (or else the input) already holds a move37 annotation of the same
// game made with the same engine, networks and visits, its analysed
// positions are read back and not searched again, so a killed or stopped
// run continues where it stopped.
// Threading: analyzeFile blocks the calling thread and owns the engines
// while it runs; `stop` may be set from any thread (e.g. a signal handler):
// the positions being searched are finished, saved, and the call returns
// with stopped set. The progress callback runs on the calling thread with
// one engine, on the engines' worker threads (one call at a time) with
// several.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "engine/review/annotation.h"
#include "engine/search/search_engine.h"

namespace m37 {

struct BatchParams {
    AnnotationInfo info;  // engine, networks, visits (the search's visit limit), date
    AnnotationParams annotation;
    int firstMove = 0;     // > 0: analyse moves from this one (1-based) ...
    int lastMove = 0;      // ... up to this one (0: the last)
    int saveEvery = 10;    // positions between saves
    int maxPositions = 0;  // > 0: stop after searching this many (tests, time slicing)
    int pollMs = 50;
};

struct BatchProgress {
    int searched = 0;  // positions searched in this run
    int toSearch = 0;  // positions this run has to search in all
    int reused = 0;    // positions read back from an earlier run
    double elapsedS = 0;
};

struct BatchResult {
    bool ok = false;
    std::string error;  // "FILE: what" when !ok
    int positions = 0;  // in the main line
    int searched = 0;
    int reused = 0;
    int analysed = 0;  // positions with an analysis in the output
    bool stopped = false;
    int boardSize = 19;
    std::vector<std::string> warnings;  // read and replay warnings, ignored annotation values
    std::vector<KeyMoment> keyMoments;
    double elapsedS = 0;
};

BatchResult analyzeFile(const std::string& in, const std::string& out, SearchEngine& engine,
                        const BatchParams& params,
                        const std::function<void(const BatchProgress&)>& progress = {},
                        const std::atomic<bool>* stop = nullptr);
// The same with several engines searching different positions at once
// (each in a thread of its own, over the same networks: more positions in
// flight keep a network's batches full). maxPositions may then be passed
// by up to one position per other engine.
BatchResult analyzeFile(const std::string& in, const std::string& out,
                        const std::vector<SearchEngine*>& engines, const BatchParams& params,
                        const std::function<void(const BatchProgress&)>& progress = {},
                        const std::atomic<bool>* stop = nullptr);

}  // namespace m37
