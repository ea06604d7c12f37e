#include "ui/agent/TicketEditor.h"

#include "app/services/FieldService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/item/EventListModel.h"
#include "ui/agent/Composer.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/ConversationView.h"
#include "ui/agent/PropertiesPanel.h"
#include "ui/agent/ShareControl.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/PaddedItemDelegate.h"
#include "ui/widgets/StatusPill.h"
#include "ui/widgets/SubmitButton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

TicketEditor::TicketEditor(ConsoleContext &context, Id ticketId, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_id(ticketId)
    , m_subject(new QLabel(this))
    , m_pill(new StatusPill(this))
    , m_meta(new QLabel(this))
    , m_sharingBadge(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_conversation(new ConversationView(this))
    , m_composer(new Composer(this))
    , m_eventsView(new QTreeView(this))
    , m_events(new Models::EventListModel(this))
    , m_properties(new PropertiesPanel(context, this))
    , m_submit(new SubmitButton(this)) {
    setObjectName(QStringLiteral("ticketEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Header: subject and status, the meta line, and the (later) sharing badge.
    auto *header = new QWidget(this);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(16, 12, 16, 10);
    headerLayout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    m_subject->setObjectName(QStringLiteral("subjectLabel"));
    QFont titleFont = m_subject->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_subject->setFont(titleFont);
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pill->setObjectName(QStringLiteral("statusPill"));
    titleRow->addWidget(m_subject, 1);
    titleRow->addWidget(m_pill, 0, Qt::AlignTop);
    headerLayout->addLayout(titleRow);
    // "Outgoing → Partner" / "Incoming ← Partner" / "Orphaned" with the sync state.
    m_sharingBadge->setObjectName(QStringLiteral("sharingBadge"));
    m_sharingBadge->setTextFormat(Qt::PlainText);
    m_sharingBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); border: 1px solid palette(mid);"
        " border-radius: 4px; padding: 2px 6px; }"));
    m_sharingBadge->hide();
    headerLayout->addWidget(m_sharingBadge, 0, Qt::AlignLeft); // a compact pill, not a bar
    m_meta->setObjectName(QStringLiteral("metaLabel"));
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    QPalette muted = m_meta->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_meta->setPalette(muted);
    headerLayout->addWidget(m_meta);
    layout->addWidget(header);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    // Body: conversation + composer (and events) on the left, properties on the right.
    auto *body = new QSplitter(Qt::Horizontal, this);
    body->setObjectName(QStringLiteral("editorSplitter"));
    body->setChildrenCollapsible(false);
    auto *talk = new QSplitter(Qt::Vertical, this);
    talk->setChildrenCollapsible(false);
    talk->addWidget(m_conversation);
    talk->addWidget(m_composer);
    talk->setStretchFactor(0, 3);
    talk->setStretchFactor(1, 1);
    talk->setSizes({420, 170});

    m_eventsView->setObjectName(QStringLiteral("eventsView"));
    m_eventsView->setModel(m_events);
    m_eventsView->setItemDelegate(new PaddedItemDelegate(4, m_eventsView));
    m_eventsView->setRootIsDecorated(false);
    m_eventsView->setUniformRowHeights(true);
    m_eventsView->setAlternatingRowColors(true);
    m_eventsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsView->setFrameShape(QFrame::NoFrame);
    m_eventsView->setTextElideMode(Qt::ElideRight);
    m_eventsView->header()->setStretchLastSection(false);
    m_eventsView->header()->setSectionResizeMode(Models::EventListModel::DescriptionColumn,
                                                 QHeaderView::Stretch);
    const int chars = fontMetrics().averageCharWidth();
    m_eventsView->header()->resizeSection(Models::EventListModel::TimeColumn, chars * 22);
    m_eventsView->header()->resizeSection(Models::EventListModel::ViaColumn, chars * 16);

    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(talk, tr("Conversation"));
    m_tabs->addTab(m_eventsView, tr("Events"));
    body->addWidget(m_tabs);
    m_properties->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    body->addWidget(m_properties);
    body->setStretchFactor(0, 1);
    body->setStretchFactor(1, 0);
    body->setSizes({760, fontMetrics().averageCharWidth() * 36});
    layout->addWidget(body, 1);

    // Bottom bar: the split submit button, where Zendesk has it.
    auto *bottom = new QFrame(this);
    bottom->setObjectName(QStringLiteral("submitBar"));
    bottom->setFrameShape(QFrame::StyledPanel);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(12, 6, 12, 6);
    bottomLayout->addStretch(1);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    bottomLayout->addWidget(m_submit);
    layout->addWidget(bottom);

    connect(m_composer, &Composer::changed, this, &TicketEditor::updateDirty);
    connect(m_properties, &PropertiesPanel::modified, this, &TicketEditor::updateDirty);
    connect(m_properties, &PropertiesPanel::statusChanged, this, [this](TicketStatus s) {
        m_submit->setStatus(s);
        updateDirty();
    });
    connect(m_submit, &SubmitButton::submitRequested, this, [this](TicketStatus s) { submit(s); });
    connect(m_properties->shareControl(), &ShareControl::refreshed, this,
            &TicketEditor::updateSharingBadge);
}

TicketEditor::~TicketEditor() = default;

bool TicketEditor::load() {
    auto ticket = m_context.instance().tickets().get(m_context.user(), m_id);
    if (!ticket) {
        m_error = ticket.error();
        return false;
    }
    m_ticket = *ticket;
    m_properties->setTicket(m_ticket);
    showTicket();
    loadConversation();
    loadEvents();
    updateDirty();
    return true;
}

void TicketEditor::reload() {
    auto ticket = m_context.instance().tickets().get(m_context.user(), m_id);
    if (!ticket)
        return; // gone or no longer visible: keep what is shown (and the draft)
    m_ticket = *ticket;
    m_properties->setTicket(m_ticket);
    showTicket();
    loadConversation();
    loadEvents();
    updateDirty();
}

void TicketEditor::showTicket() {
    m_subject->setText(m_ticket.subject);
    m_pill->setStatus(m_ticket.status);
    const auto requester = m_context.instance().users().find(m_ticket.requesterId);
    const QLocale locale;
    QStringList meta;
    meta << tr("#%1").arg(m_ticket.id);
    if (requester)
        meta << tr("Requested by %1").arg(requester->name);
    meta << tr("Created %1")
                .arg(locale.toString(m_ticket.createdAt.toLocalTime(), QLocale::ShortFormat));
    meta << tr("Updated %1")
                .arg(locale.toString(m_ticket.updatedAt.toLocalTime(), QLocale::ShortFormat));
    meta << tr("via %1").arg(Names::label(m_ticket.channel));
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    const bool closed = m_ticket.status == TicketStatus::Closed;
    m_composer->setReadOnly(closed);
    m_properties->setReadOnly(closed);
    m_submit->setEnabled(!closed);
    updateSubmitChoices();
    Q_EMIT titleChanged();
}

void TicketEditor::updateSharingBadge() {
    QString toolTip;
    const QString text = ShareControl::badgeText(m_context, m_id, &toolTip);
    m_sharingBadge->setText(text);
    m_sharingBadge->setToolTip(toolTip);
    m_sharingBadge->setVisible(!text.isEmpty());
}

void TicketEditor::loadConversation() {
    const auto comments = m_context.instance().tickets().comments(m_context.user(), m_id);
    if (comments)
        m_conversation->setComments(*comments, m_ticket.requesterId);
}

void TicketEditor::loadEvents() {
    const auto events = m_context.instance().tickets().events(m_context.user(), m_id);
    if (events && events->size() != m_events->rowCount())
        m_events->setEvents(*events, m_context.instance().fields().list());
}

void TicketEditor::updateSubmitChoices() {
    m_submit->setChoices(m_properties->statusChoices());
    m_submit->setStatus(m_properties->status());
}

bool TicketEditor::isDirty() const {
    return !m_composer->isEmpty() || m_properties->isModified();
}

void TicketEditor::updateDirty() {
    const bool dirty = isDirty();
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
    Q_EMIT titleChanged();
}

bool TicketEditor::submit(std::optional<TicketStatus> status) {
    if (m_ticket.status == TicketStatus::Closed)
        return false;
    Services::TicketChange change = m_properties->change();
    const TicketStatus target = status.value_or(m_properties->status());
    if (target != m_ticket.status)
        change.status = target;
    if (!m_composer->isEmpty()) {
        change.comment = m_composer->text();
        change.commentPublic = m_composer->isPublic();
    }
    ShareControl *share = m_properties->shareControl();
    if (change.isEmpty() && !share->isModified())
        return true;
    if (!change.isEmpty()) {
        const Status written =
            m_context.instance().tickets().update(m_context.user(), m_id, change);
        if (!written) {
            MessageBox::warning(this, tr("Ticket not updated"), written.error());
            return false;
        }
    }
    if (const Status shared = share->apply(); !shared) {
        MessageBox::warning(this, tr("Ticket not shared"), shared.error());
        reload();
        return false;
    }
    m_composer->clear();
    reload();
    updateDirty();
    Q_EMIT submitted(m_id);
    return true;
}

void TicketEditor::discardChanges() {
    m_composer->clear();
    m_properties->revert();
    updateSubmitChoices();
    updateDirty();
}

QString TicketEditor::tabTitle() const {
    const QString subject = fontMetrics().elidedText(m_ticket.subject, Qt::ElideRight,
                                                     fontMetrics().averageCharWidth() * 24);
    return tr("#%1 %2").arg(m_ticket.id).arg(subject) +
           (m_dirty ? QStringLiteral(" *") : QString());
}

void TicketEditor::focusComposer() {
    m_tabs->setCurrentIndex(0);
    m_composer->editor()->setFocus(Qt::OtherFocusReason);
}

} // namespace DeskBridge::Ui
