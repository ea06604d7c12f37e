#include "ui/agent/PropertiesPanel.h"

#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/ShareControl.h"
#include "ui/widgets/CustomFieldEditor.h"
#include "ui/widgets/IconTheme.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

namespace {
// RAII: the panel is filling its own editors; their signals are not the agent's edits.
struct Updating {
    explicit Updating(int &counter)
        : m_counter(counter) {
        ++m_counter;
    }
    ~Updating() { --m_counter; }
    int &m_counter;
};
} // namespace

PropertiesPanel::PropertiesPanel(ConsoleContext &context, QWidget *parent)
    : QScrollArea(parent)
    , m_context(context)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_fieldsLayout(new QVBoxLayout)
    , m_requester(new QLabel(m_content))
    , m_organization(new QComboBox(m_content))
    , m_group(new QComboBox(m_content))
    , m_assignee(new QComboBox(m_content))
    , m_takeIt(new QToolButton(m_content))
    , m_status(new QComboBox(m_content))
    , m_priority(new QComboBox(m_content))
    , m_type(new QComboBox(m_content))
    , m_tags(new QLineEdit(m_content))
    , m_share(new ShareControl(context, m_content)) {
    setObjectName(QStringLiteral("propertiesPanel"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_layout->setContentsMargins(14, 12, 14, 12);
    m_layout->setSpacing(3);

    m_requester->setObjectName(QStringLiteral("requesterLabel"));
    m_requester->setTextFormat(Qt::PlainText);
    m_requester->setWordWrap(true);
    m_requester->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A shared ticket's requester may have a long unbreakable address: clip it (full text in
    // the tooltip) instead of widening the sidebar past the window.
    m_requester->setMinimumWidth(1);
    m_layout->addWidget(caption(tr("Requester")));
    m_layout->addWidget(m_requester);

    m_organization->setObjectName(QStringLiteral("organizationCombo"));
    m_layout->addWidget(caption(tr("Organization")));
    m_layout->addWidget(m_organization);

    auto *separator = new QFrame(m_content);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_layout->addSpacing(6);
    m_layout->addWidget(separator);

    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_layout->addWidget(caption(tr("Group")));
    m_layout->addWidget(m_group);

    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_takeIt->setObjectName(QStringLiteral("takeItButton"));
    m_takeIt->setText(tr("Take it"));
    m_takeIt->setToolTip(tr("Assign the ticket to yourself"));
    m_takeIt->setAutoRaise(true);
    auto *assigneeCaption = new QHBoxLayout;
    assigneeCaption->addWidget(caption(tr("Assignee")), 1);
    assigneeCaption->addWidget(m_takeIt);
    m_layout->addLayout(assigneeCaption);
    m_layout->addWidget(m_assignee);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    auto *statusBox = new QVBoxLayout;
    statusBox->setSpacing(3);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    statusBox->addWidget(caption(tr("Status")));
    statusBox->addWidget(m_status);
    auto *priorityBox = new QVBoxLayout;
    priorityBox->setSpacing(3);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (int i = 0; i < Names::count<Priority>(); ++i)
        m_priority->addItem(Names::label(static_cast<Priority>(i)), i);
    priorityBox->addWidget(caption(tr("Priority")));
    priorityBox->addWidget(m_priority);
    row->addLayout(statusBox, 1);
    row->addLayout(priorityBox, 1);
    m_layout->addLayout(row);

    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (int i = 0; i < Names::count<TicketType>(); ++i)
        m_type->addItem(Names::label(static_cast<TicketType>(i)), i);
    m_layout->addWidget(caption(tr("Type")));
    m_layout->addWidget(m_type);

    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags, separated by spaces"));
    m_layout->addWidget(caption(tr("Tags")));
    m_layout->addWidget(m_tags);
    m_layout->addWidget(m_share);

    m_fieldsLayout->setSpacing(3);
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_fieldsLayout);
    m_layout->addStretch(1);
    setWidget(m_content);

    for (QComboBox *c : {m_organization, m_group, m_assignee, m_status, m_priority, m_type}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(10);
    }
    auto edited = [this] {
        if (!m_updating)
            Q_EMIT modified();
    };
    for (QComboBox *c : {m_organization, m_assignee, m_priority, m_type})
        connect(c, &QComboBox::activated, this, edited);
    connect(m_group, &QComboBox::activated, this, [this, edited] {
        fillAssignees(); // an assignee must belong to the group
        edited();
    });
    connect(m_status, &QComboBox::activated, this, [this, edited] {
        Q_EMIT statusChanged(status());
        edited();
    });
    connect(m_tags, &QLineEdit::textEdited, this, edited);
    connect(m_share, &ShareControl::modified, this, edited);
    connect(m_takeIt, &QToolButton::clicked, this, [this, edited] {
        const Id me = m_context.user().id;
        const QList<Id> members = m_context.groupMembers(m_group->currentData().toLongLong());
        if (m_group->currentData().toLongLong() && !members.isEmpty() && !members.contains(me)) {
            // Taking a ticket of a group one is not in moves it out of the group.
            selectData(m_group, 0);
            fillAssignees();
        }
        selectData(m_assignee, me);
        edited();
    });
    connect(&m_context, &ConsoleContext::lookupsChanged, this, &PropertiesPanel::rebuildChoices);
}

QLabel *PropertiesPanel::caption(const QString &text) {
    auto *label = new QLabel(text, m_content);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setContentsMargins(0, 6, 0, 0);
    label->setWordWrap(true);
    return label;
}

void PropertiesPanel::selectData(QComboBox *combo, qint64 value) {
    const int i = combo->findData(value);
    combo->setCurrentIndex(std::max(i, 0));
}

PropertiesPanel::Values PropertiesPanel::valuesOf(const Ticket &t) {
    Values v;
    v.organizationId = t.organizationId;
    v.groupId = t.groupId;
    v.assigneeId = t.assigneeId;
    v.status = t.status;
    v.priority = t.priority;
    v.type = t.type;
    v.tags = t.tags;
    v.fields = t.fields;
    return v;
}

PropertiesPanel::Values PropertiesPanel::current() const {
    Values v;
    v.organizationId = m_organization->currentData().toLongLong();
    v.groupId = m_group->currentData().toLongLong();
    v.assigneeId = m_assignee->currentData().toLongLong();
    v.status = static_cast<TicketStatus>(m_status->currentData().toInt());
    v.priority = static_cast<Priority>(m_priority->currentData().toInt());
    v.type = static_cast<TicketType>(m_type->currentData().toInt());
    v.tags = Services::TicketService::normalizeTags({m_tags->text()});
    for (const CustomFieldEditor *e : m_fieldEditors) {
        const QString value = e->value();
        if (!value.isEmpty())
            v.fields.insert(e->field().id, value);
    }
    return v;
}

void PropertiesPanel::fillOrganizations() {
    Updating guard(m_updating);
    const Id keep = m_organization->currentData().toLongLong();
    m_organization->clear();
    m_organization->addItem(QStringLiteral("–"), qint64(0));
    for (const Organization &o :
         m_context.instance().tickets().organizationChoices(m_ticket.requesterId))
        m_organization->addItem(o.name, o.id);
    selectData(m_organization, keep);
}

void PropertiesPanel::fillAssignees() {
    Updating guard(m_updating);
    const Id keep = m_assignee->currentData().toLongLong();
    const Id group = m_group->currentData().toLongLong();
    const QList<Id> members = group ? m_context.groupMembers(group) : QList<Id>();
    m_assignee->clear();
    m_assignee->addItem(QStringLiteral("–"), qint64(0));
    for (const User &u : m_context.staff())
        if (members.isEmpty() || members.contains(u.id))
            m_assignee->addItem(u.name, u.id);
    selectData(m_assignee, keep);
}

void PropertiesPanel::fillStatuses() {
    Updating guard(m_updating);
    const int keep = m_status->currentData().toInt();
    m_status->clear();
    // A ticket never goes back to New; Closed is set by the system, shown only when it is.
    for (int i = 0; i < Names::count<TicketStatus>(); ++i) {
        const auto s = static_cast<TicketStatus>(i);
        if ((s == TicketStatus::New && m_baseline.status != TicketStatus::New) ||
            (s == TicketStatus::Closed && m_baseline.status != TicketStatus::Closed))
            continue;
        m_status->addItem(Names::label(s), i);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(keep)));
}

void PropertiesPanel::buildFieldEditors() {
    Updating guard(m_updating);
    QMap<Id, QString> keep;
    for (CustomFieldEditor *e : m_fieldEditors)
        keep.insert(e->field().id, e->value());
    while (QLayoutItem *item = m_fieldsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldEditors.clear();
    const QList<CustomField> fields = m_context.fields();
    if (fields.isEmpty())
        return;
    auto *separator = new QFrame(m_content);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_fieldsLayout->addSpacing(6);
    m_fieldsLayout->addWidget(separator);
    for (const CustomField &f : fields) {
        auto *editor = new CustomFieldEditor(f, m_content);
        editor->setValue(keep.value(f.id, m_ticket.fields.value(f.id)));
        editor->setReadOnly(m_readOnly);
        connect(editor, &CustomFieldEditor::edited, this, [this] {
            if (!m_updating)
                Q_EMIT modified();
        });
        m_fieldsLayout->addWidget(caption(f.title));
        m_fieldsLayout->addWidget(editor);
        m_fieldEditors.append(editor);
    }
}

void PropertiesPanel::show(const Values &v) {
    Updating guard(m_updating);
    selectData(m_organization, v.organizationId);
    selectData(m_group, v.groupId);
    fillAssignees();
    selectData(m_assignee, v.assigneeId);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(v.status))));
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(int(v.priority))));
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(v.type))));
    if (Services::TicketService::normalizeTags({m_tags->text()}) != v.tags) {
        m_tags->setText(v.tags.join(QLatin1Char(' ')));
        m_tags->setCursorPosition(0);
        m_tags->setToolTip(m_tags->text()); // long tag lists don't fit the sidebar
    }
    for (CustomFieldEditor *e : m_fieldEditors)
        e->setValue(v.fields.value(e->field().id));
}

void PropertiesPanel::rebuildChoices() {
    Updating guard(m_updating);
    const Values keep = m_loaded ? current() : m_baseline;
    {
        const Id group = m_group->currentData().toLongLong();
        m_group->clear();
        m_group->addItem(QStringLiteral("–"), qint64(0));
        for (const Group &g : m_context.groups())
            m_group->addItem(g.name, g.id);
        selectData(m_group, group);
    }
    fillOrganizations();
    fillStatuses();
    buildFieldEditors();
    show(keep);
}

void PropertiesPanel::setTicket(const Ticket &ticket) {
    Updating guard(m_updating);
    const Values fresh = valuesOf(ticket);
    const bool requesterChanged = ticket.requesterId != m_ticket.requesterId;
    m_ticket = ticket;
    const auto requester = m_context.instance().users().find(ticket.requesterId);
    m_requester->setText(requester ? QStringLiteral("%1\n%2").arg(requester->name, requester->email)
                                   : tr("Unknown requester"));
    m_requester->setToolTip(m_requester->text());
    if (!m_loaded) {
        m_share->setTicket(ticket.id);
    } else {
        m_share->refresh();
    }
    if (!m_loaded) {
        m_baseline = fresh;
        m_loaded = true;
        rebuildChoices();
        show(fresh);
        Q_EMIT statusChanged(status());
        return;
    }
    // Follow the new values where the agent has not edited; keep the agent's edits.
    const Values old = m_baseline;
    Values mine = current();
    auto follow = [](auto &editorValue, const auto &oldValue, const auto &newValue) {
        if (editorValue == oldValue)
            editorValue = newValue;
    };
    follow(mine.organizationId, old.organizationId, fresh.organizationId);
    follow(mine.groupId, old.groupId, fresh.groupId);
    follow(mine.assigneeId, old.assigneeId, fresh.assigneeId);
    follow(mine.status, old.status, fresh.status);
    follow(mine.priority, old.priority, fresh.priority);
    follow(mine.type, old.type, fresh.type);
    follow(mine.tags, old.tags, fresh.tags);
    for (const CustomFieldEditor *e : m_fieldEditors) {
        const Id id = e->field().id;
        QString value = mine.fields.value(id);
        follow(value, old.fields.value(id), fresh.fields.value(id));
        if (value.isEmpty())
            mine.fields.remove(id);
        else
            mine.fields.insert(id, value);
    }
    m_baseline = fresh;
    if (requesterChanged)
        fillOrganizations();
    fillStatuses();
    show(mine);
    Q_EMIT statusChanged(status());
}

Services::TicketChange PropertiesPanel::change() const {
    Services::TicketChange c;
    if (!m_loaded)
        return c;
    const Values now = current();
    if (now.organizationId != m_baseline.organizationId)
        c.organizationId = now.organizationId;
    if (now.groupId != m_baseline.groupId)
        c.groupId = now.groupId;
    if (now.assigneeId != m_baseline.assigneeId)
        c.assigneeId = now.assigneeId;
    if (now.priority != m_baseline.priority)
        c.priority = now.priority;
    if (now.type != m_baseline.type)
        c.type = now.type;
    if (now.tags != m_baseline.tags)
        c.tags = now.tags;
    for (const CustomFieldEditor *e : m_fieldEditors) {
        const Id id = e->field().id;
        if (now.fields.value(id) != m_baseline.fields.value(id))
            c.fields.insert(id, now.fields.value(id));
    }
    return c;
}

void PropertiesPanel::revert() {
    if (!m_loaded)
        return;
    show(m_baseline);
    m_share->revert();
    Q_EMIT statusChanged(status());
}

bool PropertiesPanel::isModified() const {
    return !change().isEmpty() || (m_loaded && status() != m_baseline.status) ||
           m_share->isModified();
}

TicketStatus PropertiesPanel::status() const {
    return static_cast<TicketStatus>(m_status->currentData().toInt());
}

void PropertiesPanel::setStatus(TicketStatus s) {
    const int i = m_status->findData(int(s));
    if (i >= 0 && i != m_status->currentIndex()) {
        m_status->setCurrentIndex(i);
        Q_EMIT statusChanged(s);
        Q_EMIT modified();
    }
}

QList<TicketStatus> PropertiesPanel::statusChoices() const {
    QList<TicketStatus> out;
    for (int i = 0; i < m_status->count(); ++i) {
        const auto s = static_cast<TicketStatus>(m_status->itemData(i).toInt());
        if (s != TicketStatus::Closed)
            out.append(s);
    }
    return out;
}

void PropertiesPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QComboBox *c : {m_organization, m_group, m_assignee, m_status, m_priority, m_type})
        c->setEnabled(!readOnly);
    m_tags->setReadOnly(readOnly);
    m_takeIt->setVisible(!readOnly);
    m_share->setReadOnly(readOnly);
    for (CustomFieldEditor *e : m_fieldEditors)
        e->setReadOnly(readOnly);
}

} // namespace DeskBridge::Ui
