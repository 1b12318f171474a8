#include "ui/network_about_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/analysis_controller.h"
#include "ui/shipped_networks.h"

namespace m37::ui {

namespace {

// Text shown as it is, not as Markdown.
QString plainMarkdown(QString text) {
    static const QRegularExpression special(QStringLiteral("([\\\\`*_\\[\\]<>#|~])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

// A record ("Key: value" lines) as a Markdown list with the keys in bold;
// long values wrap.
QString recordList(const QString& text) {
    static const QRegularExpression keyed(QStringLiteral("^([A-Za-z][A-Za-z0-9 _-]{0,39}): (.*)$"));
    QString md;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = keyed.match(line.trimmed());
        md += QStringLiteral("- ");
        if (m.hasMatch())
            md += QStringLiteral("**") + plainMarkdown(m.captured(1)) + QStringLiteral(":** ") +
                  plainMarkdown(m.captured(2));
        else
            md += plainMarkdown(line.trimmed());
        md += QLatin1Char('\n');
    }
    return md + QLatin1Char('\n');
}

QString readNote(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return {};
    return QString::fromUtf8(f.read(256 * 1024));  // notes are a few KB
}

}  // namespace

NetworkAboutDialog::NetworkAboutDialog(AnalysisController* controller, QWidget* parent)
    : QDialog(parent), controller_(controller) {
    setWindowTitle(tr("About Networks"));
    setObjectName("networkAboutDialog");
    view_ = new QTextBrowser(this);
    view_->setObjectName("networkAbout");
    view_->setOpenExternalLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view_);
    layout->addWidget(buttons);
    resize(760, 640);
    if (controller_) {
        connect(controller_, &AnalysisController::networksLoaded, this,
                &NetworkAboutDialog::refresh);
        if (!controller_->networksKnown()) controller_->loadNetworks();  // posts to the worker
    }
    refresh();
}

QString NetworkAboutDialog::text() const {
    return view_->toPlainText();
}

void NetworkAboutDialog::refresh() {
    loaded_ = controller_ && controller_->networksKnown();
    QString md;
    struct Section {
        QString title;
        QString path;
        QString about;
        QString none;
    };
    QList<Section> sections;
    if (controller_) {
        const AnalysisParams& p = controller_->params();
        sections << Section{tr("Analysis network"), p.networkPath, controller_->networkAbout(),
                            tr("None: the analysis runs on light rollouts.")};
        sections << Section{tr("Human policy"), p.humanPolicyPath, controller_->humanPolicyAbout(),
                            tr("None: no human-policy heatmap or surprise marker.")};
    }
    for (const Section& s : sections) {
        md += QStringLiteral("## ") + s.title + QStringLiteral("\n\n");
        if (s.path.isEmpty()) {
            md += s.none + QStringLiteral("\n\n");
            continue;
        }
        md += tr("File: `%1`").arg(s.path) + QStringLiteral("\n\n");
        if (!loaded_)
            md += tr("Loading… (the analysis engine loads it in its own thread)") +
                  QStringLiteral("\n\n");
        else if (s.about.isEmpty())
            md += tr("It could not be loaded (the status bar says why).") + QStringLiteral("\n\n");
        else
            md += recordList(s.about);
    }
    const QStringList notes = shippedNetworkNotes();
    md += QStringLiteral("## ") + tr("Networks shipped with move37") + QStringLiteral("\n\n");
    if (notes.isEmpty()) md += tr("None found.") + QStringLiteral("\n\n");
    for (const QString& path : notes) {
        QString note = readNote(path);
        // The notes' own headings go one level down, under this section.
        note.replace(QRegularExpression(QStringLiteral("^#"), QRegularExpression::MultilineOption),
                     QStringLiteral("###"));
        md += note.trimmed() + QStringLiteral("\n\n");
        md += tr("(from `%1`)").arg(QFileInfo(path).absoluteFilePath()) + QStringLiteral("\n\n");
    }
    view_->setMarkdown(md);
    emit refreshed();
}

QAction* addNetworkAboutHelp(QMainWindow* window, AnalysisController* controller) {
    QMenu* help = window->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    if (!help) {
        help = window->menuBar()->addMenu(NetworkAboutDialog::tr("&Help"));
        help->setObjectName("helpMenu");
    }
    auto* a = new QAction(NetworkAboutDialog::tr("About &Networks…"), window);
    a->setObjectName("aboutNetworks");
    a->setStatusTip(NetworkAboutDialog::tr(
        "How the engine's network and the human policy were made, and what they measured"));
    window->addAction(a);
    help->addAction(a);
    QPointer<AnalysisController> ctl(controller);
    QObject::connect(a, &QAction::triggered, window, [window, ctl] {
        if (auto* open = window->findChild<NetworkAboutDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* d = new NetworkAboutDialog(ctl, window);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    return a;
}

}  // namespace m37::ui
