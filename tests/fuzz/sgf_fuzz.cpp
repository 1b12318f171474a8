// libFuzzer target for the SGF library: read arbitrary bytes, write the
// games, read them back (must give equal trees), and replay every game
// (also with a move limit) and turn the result back into SGF; read the way
// the app does (the first game, the rest skimmed and counted: the counts
// must add up) and with a node limit (no game over it). Must never crash,
// hang, leak or trip the sanitizers.
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

    SgfReadOptions firstOnly;
    firstOnly.maxGames = 1;
    SgfReadResult first = readSgf(bytes, firstOnly);
    if (first.unreadOffset > size || first.games.size() > 1) std::abort();
    if (!r.hasErrors() && first.games.size() + size_t(first.unreadGames) != r.games.size())
        std::abort();
    if (first.unreadGames > 0) {
        SgfReadResult rest = readSgf(bytes.substr(first.unreadOffset));
        if (!rest.hasErrors() && rest.games.size() != size_t(first.unreadGames)) std::abort();
    }
    SgfReadOptions limited;
    limited.maxNodes = 8;
    for (const auto& g : readSgf(bytes, limited).games)
        if (g->subtreeSize() > 8) std::abort();
    return 0;
}
