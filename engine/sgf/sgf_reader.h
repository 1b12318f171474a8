#pragma once
// The SGF reader: turns the bytes of an SGF file (FF[1]-FF[4], any number
// of games, full game trees) into SgfNode trees plus diagnostics. Lenient:
// lower-case letters in property names are dropped (FF[3] "AddBlack" ->
// "AB"), a missing ';', a UTF-8 BOM, CRLF line ends, text before the first
// '(' and garbage after the collection are read with warnings; only what
// cannot be read at all (no game, an unterminated value) is an error, with
// its line and column. Text is converted to UTF-8 from the game's CA charset
// with iconv (without CA: UTF-8 when valid, else ISO-8859-1 with a warning);
// the root of every game read gets CA[UTF-8]. Never throws, never recurses.
// Threading: pure functions; safe to call from several threads at once.
#include <string>
#include <string_view>
#include <vector>

#include "engine/sgf/sgf_diagnostic.h"
#include "engine/sgf/sgf_tree.h"

namespace m37 {

struct SgfReadOptions {
    // Charset assumed for games without CA ("" = UTF-8 if valid, else
    // ISO-8859-1 with a warning).
    std::string defaultCharset;
    // Diagnostics kept at most (a final one says how many were dropped).
    int maxDiagnostics = 200;
    // Games read into trees at most (0: all). The games after them are only
    // skimmed and counted (unreadGames), so a 100 MB collection costs the
    // memory of its first game; the caller keeps bytes[unreadOffset..].
    int maxGames = 0;
    // Nodes one game may have (0: any). A larger game is an error at the
    // node past the limit, and reading stops there: about 250 bytes of
    // memory per node, so 4,000,000 nodes is about 1 GB.
    size_t maxNodes = 0;
};

struct SgfReadResult {
    SgfCollection games;                     // every game that could be read
    std::vector<SgfDiagnostic> diagnostics;  // in source order
    std::vector<std::string> charsets;       // per game: the charset decoded from
    // With maxGames: where the first game not read starts (the bytes from
    // there to the end, verbatim), and how many games follow there.
    // Otherwise the input's size and 0.
    size_t unreadOffset = 0;
    int unreadGames = 0;

    bool hasErrors() const;
    // True when at least one game was read and there is no error.
    bool ok() const { return !games.empty() && !hasErrors(); }
};

// Parses SGF bytes. Never throws.
SgfReadResult readSgf(std::string_view bytes, const SgfReadOptions& options = {});
// Reads a file; an unreadable file gives one error at line 0, column 0.
SgfReadResult readSgfFile(const std::string& path, const SgfReadOptions& options = {});

}  // namespace m37
