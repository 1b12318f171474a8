// libFuzzer target for the reasoning model's text layer: the tokenizer
// (engine/reason/tokenizer.h: text -> ids -> text) and the think-block
// parser and writer (engine/reason/think_block.h). The first byte picks the
// board size (2..19), the rest is the text; the same bytes, read as 16-bit
// ids, are decoded too. Checked: encodeStrict agrees with encode; decoding
// ids and encoding the text again gives the same ids (special and board
// prefix tokens aside); a block that parses writes canonical text that
// parses to the same block and survives encode/decode unchanged. Must never
// crash, hang, leak or trip the sanitizers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "engine/reason/think_block.h"
#include "engine/reason/tokenizer.h"

namespace {

using namespace m37::reason;

// decode then encode gives back the ids decode writes.
void checkDecode(const Tokenizer& tok, const std::vector<int>& ids) {
    std::vector<int> kept;
    for (int id : ids)
        if (id >= 0 && id < tok.vocabSize() && id != tok.padId() && id != tok.bosId() &&
            id != tok.eosId() && !tok.isPrefix(id))
            kept.push_back(id);
    const std::string text = tok.decode(kept);
    std::string error;
    const auto again = tok.encodeStrict(text, &error);
    if (!again || *again != kept) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 64 * 1024) return 0;
    const Tokenizer& tok = Tokenizer::instance();
    const int boardSize = 2 + data[0] % 18;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    // Text -> ids -> text.
    const std::vector<int> ids = tok.encode(text);
    std::string error;
    const auto strict = tok.encodeStrict(text, &error);
    if (strict ? *strict != ids : error.empty()) std::abort();
    checkDecode(tok, ids);

    // Arbitrary ids -> text.
    std::vector<int> raw;
    for (size_t i = 1; i + 1 < size; i += 2)
        raw.push_back(int(int16_t(data[i] | data[i + 1] << 8)));
    (void)tok.decode(raw);
    for (int id : raw) (void)tok.tokenText(id);
    checkDecode(tok, raw);

    // Think blocks.
    const ParseResult r = parseThinkBlock(text, boardSize);
    const std::string errors = r.errorText();
    if (r.ok() != (r.tagsOk && errors.empty())) std::abort();
    for (const Step& s : r.block.steps) {
        (void)writeStep(s, boardSize);
        (void)s.variation(m37::kBlack);
    }
    if (r.ok()) {
        const std::string canonical = writeThinkBlock(r.block);
        const ParseResult again = parseThinkBlock(canonical, boardSize);
        if (!again.ok() || !(again.block == r.block)) std::abort();
        const auto cids = tok.encodeStrict(canonical, &error);
        if (!cids || tok.decode(*cids) != canonical) std::abort();
    }
    return 0;
}
