// libFuzzer target for the SGF library: read arbitrary bytes, write the
// games, read them back (must give equal trees), and replay every game
// (also with a move limit) and turn the result back into SGF. Must never
// crash, hang, leak or trip the sanitizers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/sgf/sgf_game.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace m37;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    SgfReadResult r = readSgf(bytes);
    std::string text = writeSgf(r.games);
    SgfReadResult again = readSgf(text);
    if (again.games.size() != r.games.size()) std::abort();
    for (size_t g = 0; g < r.games.size(); ++g) {
        if (!sameTree(*r.games[g], *again.games[g])) std::abort();
        SgfReplay rep = replaySgfGame(*r.games[g]);
        if (rep.ok) {
            auto tree = sgfFromGameState(rep.state);
            (void)writeSgf(*tree);
            SgfReplayOptions o;
            o.untilMove = rep.movesPlayed / 2 + 1;
            (void)replaySgfGame(*r.games[g], o);
        }
    }
    if (writeSgf(again.games) != text) std::abort();
    return 0;
}
