// libFuzzer target for reasoning trace files (engine/reason/trace_record.h):
// the bytes are parsed as a trace file (a partial last record is dropped
// and its offset reported); every record's position is replayed and its
// think block parsed, as the trainers do. Records that parse must write
// back to text that parses to records that write the same text again (a
// think block's trailing empty lines are not kept, so the first write may
// normalise). A failure must say why. Must never crash, hang, leak or trip
// the sanitizers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/reason/think_block.h"
#include "engine/reason/trace_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace m37::reason;
    if (size > 256 * 1024) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    size_t truncatedAt = 0;
    const auto records = parseTraceFile(text, "fuzz.txt", &error, &truncatedAt);
    if (!records) {
        if (error.empty()) std::abort();
        return 0;
    }
    if (truncatedAt > size) std::abort();
    std::string written = traceFileHeader();
    for (const TraceRecord& r : *records) {
        std::string why;
        (void)tracePosition(r, &why);
        (void)parseThinkBlock(r.think, r.boardSize).errorText();
        written += serializeTraceRecord(r);
    }
    size_t cut = 0;
    const auto back = parseTraceFile(written, "again.txt", &error, &cut);
    if (!back || back->size() != records->size() || cut != written.size()) std::abort();
    std::string again = traceFileHeader();
    for (const TraceRecord& r : *back) again += serializeTraceRecord(r);
    if (again != written) std::abort();
    return 0;
}
