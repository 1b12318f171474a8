#include "ui/external_engines.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace m37::ui {

QList<ExternalEngine> ExternalEngines::load() {
    QSettings s;
    QList<ExternalEngine> out;
    const int n = s.beginReadArray("engines/external");
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ExternalEngine e{s.value("name").toString().trimmed(),
                         s.value("command").toString().trimmed(),
                         s.value("workingDirectory").toString()};
        if (!e.name.isEmpty() && !e.commandLine.isEmpty()) out << e;
    }
    s.endArray();
    return out;
}

void ExternalEngines::save(const QList<ExternalEngine>& engines) {
    QSettings s;
    s.remove("engines/external");
    s.beginWriteArray("engines/external", int(engines.size()));
    for (int i = 0; i < engines.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue("name", engines[i].name);
        s.setValue("command", engines[i].commandLine);
        s.setValue("workingDirectory", engines[i].workingDirectory);
    }
    s.endArray();
}

std::optional<ExternalEngine> ExternalEngines::find(const QString& name) {
    for (const ExternalEngine& e : load())
        if (e.name == name) return e;
    return std::nullopt;
}

QList<ExternalEngine> ExternalEngines::presets() {
    return {
        {QStringLiteral("GNU Go"), QStringLiteral("/usr/games/gnugo --mode gtp --level 10"), {}},
        {QStringLiteral("Leela Zero"),
         QStringLiteral("/usr/games/leelaz --cpu-only -g -w FILE"),
         {}},
        {QStringLiteral("KataGo"), QStringLiteral("katago gtp -model FILE -config FILE"), {}},
    };
}

ExternalEnginesDialog::ExternalEnginesDialog(const QList<ExternalEngine>& engines, QWidget* parent)
    : QDialog(parent), engines_(engines) {
    setWindowTitle(tr("External Engines"));
    list_ = new QListWidget(this);
    list_->setObjectName("engineList");
    name_ = new QLineEdit(this);
    name_->setObjectName("engineName");
    command_ = new QLineEdit(this);
    command_->setObjectName("engineCommand");
    command_->setPlaceholderText(tr("program and arguments, e.g. gnugo --mode gtp"));
    workDir_ = new QLineEdit(this);
    workDir_->setObjectName("engineWorkDir");
    workDir_->setPlaceholderText(tr("optional"));

    auto* add = new QPushButton(tr("&Add"), this);
    auto* presets = new QMenu(add);
    for (const ExternalEngine& p : ExternalEngines::presets()) {
        presets->addAction(p.name, this, [this, p] { addEngine(p); });
    }
    presets->addSeparator();
    presets->addAction(tr("Empty"), this, [this] { addEngine({tr("New engine"), {}, {}}); });
    add->setMenu(presets);
    auto* remove = new QPushButton(tr("&Remove"), this);
    connect(remove, &QPushButton::clicked, this, &ExternalEnginesDialog::removeCurrent);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Working directory"), workDir_->text());
        if (!dir.isEmpty()) workDir_->setText(dir);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Command line:"), command_);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(workDir_, 1);
    dirRow->addWidget(browse);
    form->addRow(tr("&Working directory:"), dirRow);
    // A layout field gets no buddy: without one the '&' would show.
    qobject_cast<QLabel*>(form->labelForField(dirRow))->setBuddy(workDir_);
    auto* hint =
        new QLabel(tr("Engines speak GTP on standard input and output. Replace FILE in a preset "
                      "by the network or configuration file."),
                   this);
    hint->setWordWrap(true);
    form->addRow(hint);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(list_, 1);
    top->addLayout(buttons);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        storeCurrent();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(box);

    connect(list_, &QListWidget::currentRowChanged, this, &ExternalEnginesDialog::setCurrent);
    connect(name_, &QLineEdit::textEdited, this, [this] {
        storeCurrent();
        if (current_ >= 0 && list_->item(current_)) list_->item(current_)->setText(name_->text());
    });
    connect(command_, &QLineEdit::textEdited, this, [this] { storeCurrent(); });
    connect(workDir_, &QLineEdit::textChanged, this, [this] { storeCurrent(); });
    refreshList();
    setCurrent(engines_.isEmpty() ? -1 : 0);
    resize(560, 380);
}

void ExternalEnginesDialog::refreshList() {
    const QSignalBlocker block(list_);
    list_->clear();
    for (const ExternalEngine& e : engines_) list_->addItem(e.name);
    if (current_ >= 0) list_->setCurrentRow(current_);
}

void ExternalEnginesDialog::addEngine(const ExternalEngine& engine) {
    storeCurrent();
    ExternalEngine e = engine;
    // Names are keys: make this one unique.
    QString base = e.name;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const ExternalEngine& other : engines_) taken = taken || other.name == e.name;
        if (!taken) break;
        e.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    engines_ << e;
    current_ = int(engines_.size()) - 1;
    refreshList();
    showCurrent();
}

void ExternalEnginesDialog::removeCurrent() {
    if (current_ < 0 || current_ >= engines_.size()) return;
    engines_.removeAt(current_);
    current_ = std::min(current_, int(engines_.size()) - 1);
    refreshList();
    showCurrent();
}

void ExternalEnginesDialog::setCurrent(int row) {
    if (row == current_ && row >= 0) return;
    storeCurrent();
    current_ = row < engines_.size() ? row : -1;
    {
        const QSignalBlocker block(list_);
        list_->setCurrentRow(current_);
    }
    showCurrent();
}

void ExternalEnginesDialog::showCurrent() {
    const bool valid = current_ >= 0 && current_ < engines_.size();
    const ExternalEngine e = valid ? engines_[current_] : ExternalEngine{};
    const QSignalBlocker b1(name_), b2(command_), b3(workDir_);
    name_->setText(e.name);
    command_->setText(e.commandLine);
    workDir_->setText(e.workingDirectory);
    name_->setEnabled(valid);
    command_->setEnabled(valid);
    workDir_->setEnabled(valid);
}

void ExternalEnginesDialog::storeCurrent() {
    if (current_ < 0 || current_ >= engines_.size()) return;
    engines_[current_] = {name_->text().trimmed(), command_->text().trimmed(),
                          workDir_->text().trimmed()};
}

}  // namespace m37::ui
