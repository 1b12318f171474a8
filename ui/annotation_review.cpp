#include "ui/annotation_review.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <algorithm>

namespace m37::ui {

namespace {

bool samePosition(const GameState& a, const GameState& b) {
    return a.size() == b.size() && a.moveNumber() == b.moveNumber() && a.toMove() == b.toMove() &&
           a.board().hash() == b.board().hash();
}

bool hasMove37Properties(const SgfNode& root) {
    return root.has("MZV") || root.has("MZA");
}

std::string fileNameOf(const std::string& path) {
    return QFileInfo(QString::fromStdString(path)).fileName().toStdString();
}

}  // namespace

std::optional<StoredReview> readStoredReview(const SgfNode& root, QStringList* warnings) {
    AnnotationRead read = readAnnotation(root);
    if (!read.ok) {
        if (warnings && hasMove37Properties(root))
            *warnings << QStringLiteral("move37 annotation ignored: %1")
                             .arg(QString::fromStdString(read.error));
        return std::nullopt;
    }
    if (warnings)
        for (const AnnotationWarning& w : read.warnings)
            *warnings << QString::fromStdString(w.toString());
    StoredReview out;
    out.analysed = read.review.analysedCount();
    if (out.analysed == 0 || read.line.empty()) return std::nullopt;
    out.line.boardSize = read.line.front().size();
    out.line.moves = read.line.back().moves();
    out.line.positions = std::move(read.line);
    out.review = std::move(read.review);
    out.info = std::move(read.info);
    out.keyMoments = std::move(read.keyMoments);
    return out;
}

AnnotationInfo annotationInfoOf(const GameReviewRunParams& params) {
    AnnotationInfo info;
    const QString version = QCoreApplication::applicationVersion();
    info.engine = version.isEmpty() ? "move37" : "move37 " + version.toStdString();
    if (params.network || !params.networkPath.empty())
        info.network = params.networkPath.empty() ? "network" : fileNameOf(params.networkPath);
    if (params.human || !params.humanPolicyPath.empty())
        info.humanNetwork =
            params.humanPolicyPath.empty() ? "human" : fileNameOf(params.humanPolicyPath);
    info.visits = params.review.visits;
    info.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    return info;
}

bool writeAnnotatedGame(SgfNode& root, const GameReviewRunner& runner,
                        const AnnotationParams& params, std::string* error) {
    std::string why;
    const std::vector<GameState> line = mainLinePositions(root, &why);
    if (line.empty()) {
        *error = why.empty() ? "the game's main line cannot be replayed" : why;
        return false;
    }
    // The runner's positions on the main line: the common start of the two.
    const std::vector<GameState>& reviewed = runner.line().positions;
    const auto& snapshots = runner.snapshots();
    const auto& played = runner.playedHumanPriors();
    std::vector<std::optional<AnalysisSnapshot>> snaps(line.size());
    std::vector<std::optional<float>> human(line.size());
    int analysed = 0;
    const size_t common = std::min({line.size(), reviewed.size(), snapshots.size()});
    for (size_t i = 0; i < common && samePosition(line[i], reviewed[i]); ++i) {
        snaps[i] = snapshots[i];
        if (i < played.size()) human[i] = played[i];
        if (snaps[i]) ++analysed;
    }
    if (analysed == 0) {
        *error = "no position of the game's main line has been analysed";
        return false;
    }
    const ReviewedLine r = reviewLine(line, std::move(snaps), params.thresholds, human);
    AnnotationInfo info = runner.info().value_or(AnnotationInfo{});
    if (info.date.empty()) info.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    return writeAnnotation(root, line, r, info, params, error);
}

}  // namespace m37::ui
