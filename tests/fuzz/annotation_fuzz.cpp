// libFuzzer target for the annotation of annotated SGF
// (engine/review/annotation.h): the bytes are read as SGF, and each game's
// annotation (MZV, SBKV, MZA, MZC, MZM, MZK, MZL, MZR and the comment
// blocks) is read back. Bad values must become warnings, never failures.
// What was read is then written into the game again and read once more: the
// same positions must be analysed and nothing the writer wrote may warn;
// writing that read-back again must give the same SGF text (the writer's
// promise); a write that fails leaves the game as it was. MZV must survive
// toText/parse. Must never crash, hang, leak or trip the sanitizers.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "engine/review/annotation.h"
#include "engine/review/key_moments.h"
#include "engine/sgf/sgf_reader.h"
#include "engine/sgf/sgf_writer.h"

namespace {

using namespace m37;

void checkInfo(const AnnotationInfo& info) {
    const std::optional<AnnotationInfo> back = AnnotationInfo::parse(info.toText());
    if (!back || !back->sameAnalysis(info) || back->date != info.date) std::abort();
}

void exercise(SgfNode& root) {
    const AnnotationParams params;
    const AnnotationRead a = readAnnotation(root, params);
    if (!a.ok) {
        if (a.error.empty()) std::abort();
        return;
    }
    if (a.review.snapshots.size() != a.line.size() || a.review.positions.size() != a.line.size())
        std::abort();
    for (const AnnotationWarning& w : a.warnings) (void)w.toString();
    const int size = a.line.front().size();
    for (const KeyMoment& k : a.keyMoments) (void)describeKeyMoment(k, size);
    if (a.info) checkInfo(*a.info);

    AnnotationInfo info = a.info.value_or(AnnotationInfo{});
    std::string error;
    const std::string before = writeSgf(root);
    if (!writeAnnotation(root, a.line, a.review, info, params, &error)) {
        if (error.empty() || writeSgf(root) != before) std::abort();  // left as it was
        return;
    }
    const std::string first = writeSgf(root);
    const AnnotationRead b = readAnnotation(root, params);
    if (!b.ok || b.review.analysedCount() != a.review.analysedCount() || !b.warnings.empty() ||
        !b.info)
        std::abort();
    if (!writeAnnotation(root, b.line, b.review, *b.info, params, &error)) std::abort();
    if (writeSgf(root) != first) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) return 0;
    SgfReadResult r = readSgf(std::string_view(reinterpret_cast<const char*>(data), size));
    for (size_t g = 0; g < r.games.size() && g < 4; ++g) exercise(*r.games[g]);
    return 0;
}
