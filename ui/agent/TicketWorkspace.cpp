#include "ui/agent/TicketWorkspace.h"

#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketEditor.h"
#include "ui/widgets/IconTheme.h"
#include "ui/widgets/MessageBox.h"

#include <QSet>
#include <QTabBar>

namespace DeskBridge::Ui {

TicketWorkspace::TicketWorkspace(ConsoleContext &context, QWidget *listPage, QWidget *parent)
    : QTabWidget(parent)
    , m_context(context)
    , m_listPage(listPage) {
    setObjectName(QStringLiteral("workspaceTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setElideMode(Qt::ElideRight);
    addTab(listPage, IconTheme::icon(QStringLiteral("view-list-details")), tr("Tickets"));
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &TicketWorkspace::closeTab);
}

TicketEditor *TicketWorkspace::currentEditor() const {
    return qobject_cast<TicketEditor *>(currentWidget());
}

QList<TicketEditor *> TicketWorkspace::editors() const {
    QList<TicketEditor *> out;
    for (int i = 0; i < count(); ++i)
        if (auto *e = qobject_cast<TicketEditor *>(widget(i)))
            out.append(e);
    return out;
}

TicketEditor *TicketWorkspace::editorFor(Domain::Id id) const {
    for (TicketEditor *e : editors())
        if (e->ticketId() == id)
            return e;
    return nullptr;
}

bool TicketWorkspace::hasUnsavedWork() const {
    for (TicketEditor *e : editors())
        if (e->isDirty())
            return true;
    return false;
}

TicketEditor *TicketWorkspace::openTicket(Domain::Id id, int insertAt) {
    if (TicketEditor *open = editorFor(id)) {
        setCurrentWidget(open);
        return open;
    }
    auto *editor = new TicketEditor(m_context, id, this);
    if (!editor->load()) {
        MessageBox::warning(this, tr("Cannot open the ticket"), editor->errorString());
        delete editor;
        return nullptr;
    }
    const int index = insertAt < 0 ? addTab(editor, editor->tabTitle())
                                   : insertTab(insertAt, editor, editor->tabTitle());
    setTabToolTip(index, editor->ticket().subject);
    connect(editor, &TicketEditor::titleChanged, this, [this, editor] { updateTab(editor); });
    setCurrentIndex(index);
    return editor;
}

void TicketWorkspace::updateTab(TicketEditor *editor) {
    const int index = indexOf(editor);
    if (index < 0)
        return;
    setTabText(index, editor->tabTitle());
    setTabToolTip(index, editor->ticket().subject);
}

bool TicketWorkspace::confirmClose(TicketEditor *editor) {
    if (!editor->isDirty())
        return true;
    setCurrentWidget(editor);
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("Ticket #%1 has changes that are not submitted yet.\n\nSubmit them now, discard them, "
           "or keep editing?")
            .arg(editor->ticketId()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return editor->submit();
    return answer == QMessageBox::Discard;
}

bool TicketWorkspace::closeTab(int index) {
    auto *editor = qobject_cast<TicketEditor *>(widget(index));
    if (!editor)
        return false; // the list stays
    if (!confirmClose(editor))
        return false;
    removeTab(index);
    editor->deleteLater();
    return true;
}

bool TicketWorkspace::closeAllTickets() {
    for (TicketEditor *e : editors())
        if (!closeTab(indexOf(e)))
            return false;
    return true;
}

void TicketWorkspace::reloadTickets(const QSet<Domain::Id> &ids, bool all) {
    for (TicketEditor *e : editors())
        if (all || ids.contains(e->ticketId()))
            e->reload();
}

} // namespace DeskBridge::Ui
