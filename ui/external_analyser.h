#pragma once
// ExternalAnalyser: an external GTP engine attached as analyser. It keeps
// the engine on the position of the current node (GtpPositionSync) and
// runs `kata-analyze` (when the engine lists it) or `lz-analyze` there,
// restarting on every navigation; each parsed line comes out as
// snapshot(), the same value the embedded engine's analysis delivers, for
// the board overlays and the candidates table. Failures of the process
// are reported by failed(); restart() starts it again.
// Threading: GUI thread; never waits on the engine.
#include <QObject>
#include <QString>
#include <memory>

#include "engine/search/analysis_snapshot.h"
#include "ui/external_engines.h"

namespace m37::ui {

class GameTreeModel;
class GtpProcess;
class GtpPositionSync;

class ExternalAnalyser : public QObject {
    Q_OBJECT

  public:
    ExternalAnalyser(GameTreeModel* model, const ExternalEngine& engine, QObject* parent = nullptr);
    ~ExternalAnalyser() override;

    GtpProcess* process() const { return process_.get(); }
    const ExternalEngine& engine() const { return engine_; }
    // "kata-analyze", "lz-analyze", or "" before the engine told.
    const QString& command() const { return command_; }
    // Analysis interval in centiseconds.
    void setIntervalCs(int cs) { intervalCs_ = cs; }

  public slots:
    void restart();

  signals:
    void snapshot(const m37::AnalysisSnapshot& snapshot);
    void failed(const QString& message);

  private:
    void detect();
    void analyzeCurrent();

    GameTreeModel* model_;
    ExternalEngine engine_;
    std::unique_ptr<GtpPositionSync> sync_;
    std::unique_ptr<GtpProcess> process_;
    QString command_;
    int analyzeId_ = 0;
    int intervalCs_ = 20;
};

}  // namespace m37::ui
