// libFuzzer target for self-play training chunks
// (engine/train/selfplay_chunk.h): the bytes are parsed as a chunk; a chunk
// that parses must write back (serializeSelfPlayChunk) to text that parses
// to the same games (a '\r' in the net's name becomes a space) and writes
// the same text again, and every game must replay (forEachSelfPlayPosition,
// as the trainer does). A failure must say why. Must never crash, hang,
// leak or trip the sanitizers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "engine/train/selfplay_chunk.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace m37::train;
    if (size > 256 * 1024) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto games = parseSelfPlayChunk(text, "fuzz.txt", &error);
    if (!games) {
        if (error.empty()) std::abort();
        return 0;
    }
    for (const SelfPlayGame& g : *games) {
        size_t moves = 0;
        std::string why;
        if (!forEachSelfPlayPosition(
                g, [&](const m37::GameState&, const SelfPlayMove&) { ++moves; }, &why) ||
            moves != g.moves.size())
            std::abort();
    }
    // The writer turns a '\r' inside the net's name into a space; all else
    // must come back as it was.
    std::vector<SelfPlayGame> expected = *games;
    for (SelfPlayGame& g : expected)
        for (char& c : g.net)
            if (c == '\r') c = ' ';
    const std::string written = serializeSelfPlayChunk(*games);
    const auto back = parseSelfPlayChunk(written, "again.txt", &error);
    if (!back || *back != expected) std::abort();
    if (serializeSelfPlayChunk(*back) != written) std::abort();
    return 0;
}
