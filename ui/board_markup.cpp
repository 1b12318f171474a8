#include "ui/board_markup.h"

#include "engine/go/coord.h"
#include "engine/sgf/sgf_value.h"

namespace m37::ui {

namespace {
QPoint pointOf(Loc l, int size) {
    return {locX(l, size), locY(l, size)};
}
}  // namespace

BoardMarkup markupOfNode(const SgfNode& node, int size) {
    BoardMarkup m;
    const std::pair<const char*, MarkShape> shapes[] = {
        {"TR", MarkShape::kTriangle}, {"SQ", MarkShape::kSquare},   {"CR", MarkShape::kCircle},
        {"MA", MarkShape::kCross},    {"SL", MarkShape::kSelected},
    };
    for (auto [id, shape] : shapes) {
        if (const SgfProperty* p = node.find(id))
            for (Loc l : sgfPointList(*p, size)) m.marks.push_back({pointOf(l, size), shape});
    }
    if (const SgfProperty* lb = node.find("LB")) {
        for (const std::string& v : lb->values) {
            auto parts = sgfSplitComposed(v);
            if (!parts) continue;
            auto loc = parseSgfPoint(parts->first, size);
            if (!loc || *loc == kPassLoc) continue;
            m.labels.push_back({pointOf(*loc, size), QString::fromStdString(parts->second)});
        }
    }
    return m;
}

std::vector<VariationGhost> variationGhosts(const SgfNode& node, int size) {
    std::vector<VariationGhost> ghosts;
    const bool lettered = node.childCount() > 1;
    for (size_t i = 0; i < node.childCount(); ++i) {
        const SgfNode& child = *node.child(i);
        for (const SgfProperty& p : child.properties()) {
            if (p.id != "B" && p.id != "W") continue;
            auto loc = parseSgfPoint(p.values.front(), size);
            if (!loc || *loc == kPassLoc) break;
            const QPoint pt = pointOf(*loc, size);
            bool seen = false;
            for (const auto& g : ghosts) seen = seen || g.point == pt;
            if (seen) break;
            VariationGhost g;
            g.point = pt;
            g.color = p.id == "B" ? kBlack : kWhite;
            if (lettered) g.letter = QString(QChar('A' + int(i % 26)));
            g.mainLine = i == 0;
            ghosts.push_back(g);
            break;
        }
    }
    return ghosts;
}

}  // namespace m37::ui
