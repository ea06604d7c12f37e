#include "ui/dialogs/NewTicketDialog.h"

#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/widgets/IconTheme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using namespace Domain;

NewTicketDialog::NewTicketDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_requester(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_internal(
          new QCheckBox(tr("Internal note (the requester will not see the description)"), this))
    , m_priority(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New ticket"));
    setWindowIcon(IconTheme::icon(QStringLiteral("document-new")));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_requester->setObjectName(QStringLiteral("requesterEdit"));
    m_requester->setEditable(true);
    m_requester->setInsertPolicy(QComboBox::NoInsert);
    m_requester->lineEdit()->setPlaceholderText(tr("Name <email@example.com> or an address"));
    for (const User &u : m_context.instance().users().list()) {
        if (!u.active)
            continue;
        m_requester->addItem(QStringLiteral("%1 <%2>").arg(u.name, u.email), u.id);
    }
    m_requester->setCurrentIndex(-1);
    m_requester->completer()->setFilterMode(Qt::MatchContains);
    m_requester->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Requester:"), m_requester);

    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setMaxLength(255);
    form->addRow(tr("&Subject:"), m_subject);

    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What does the requester need?"));
    form->addRow(tr("&Description:"), m_description);
    m_internal->setObjectName(QStringLiteral("internalCheck"));
    form->addRow(QString(), m_internal);

    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (int i = 0; i < Names::count<Priority>(); ++i)
        m_priority->addItem(Names::label(static_cast<Priority>(i)), i);
    m_priority->setCurrentIndex(m_priority->findData(int(Priority::Normal)));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (int i = 0; i < Names::count<TicketType>(); ++i)
        m_type->addItem(Names::label(static_cast<TicketType>(i)), i);
    auto *row = new QHBoxLayout;
    row->addWidget(m_priority, 1);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    row->addSpacing(12);
    row->addWidget(typeLabel);
    row->addWidget(m_type, 1);
    auto *priorityLabel = new QLabel(tr("&Priority:"), this);
    priorityLabel->setBuddy(m_priority);
    form->addRow(priorityLabel, row);

    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->addItem(QStringLiteral("–"), qint64(0));
    for (const Group &g : m_context.groups())
        m_group->addItem(g.name, g.id);
    form->addRow(tr("&Group:"), m_group);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    form->addRow(tr("&Assignee:"), m_assignee);
    fillAssignees();

    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Tags, separated by spaces"));
    form->addRow(tr("Ta&gs:"), m_tags);
    layout->addLayout(form, 1);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #CC3340;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create ticket"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setIcon(IconTheme::icon(QStringLiteral("document-new")));
    m_create->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);
    connect(m_group, &QComboBox::currentIndexChanged, this, &NewTicketDialog::fillAssignees);
    connect(m_requester, &QComboBox::editTextChanged, this, &NewTicketDialog::updateCreateButton);
    connect(m_subject, &QLineEdit::textChanged, this, &NewTicketDialog::updateCreateButton);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &NewTicketDialog::updateCreateButton);
    updateCreateButton();
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 32);
}

void NewTicketDialog::fillAssignees() {
    const qint64 keep = m_assignee->currentData().toLongLong();
    const Id group = m_group->currentData().toLongLong();
    const QList<Id> members = group ? m_context.groupMembers(group) : QList<Id>();
    m_assignee->clear();
    m_assignee->addItem(QStringLiteral("–"), qint64(0));
    for (const User &u : m_context.staff())
        if (members.isEmpty() || members.contains(u.id))
            m_assignee->addItem(u.name, u.id);
    m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(keep)));
}

void NewTicketDialog::updateCreateButton() {
    m_create->setEnabled(!m_requester->currentText().trimmed().isEmpty() &&
                         !m_subject->text().trimmed().isEmpty() &&
                         !m_description->toPlainText().trimmed().isEmpty());
}

void NewTicketDialog::parseRequester(const QString &text, QString &name, QString &email) {
    static const QRegularExpression named(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$"));
    const auto m = named.match(text);
    if (m.hasMatch()) {
        name = m.captured(1).trimmed();
        email = m.captured(2).trimmed();
    } else {
        name.clear();
        email = text.trimmed();
    }
}

void NewTicketDialog::accept() {
    Services::NewTicket n;
    QString name, email;
    parseRequester(m_requester->currentText(), name, email);
    const auto existing = m_context.instance().users().findByEmail(email);
    if (existing) {
        n.requesterId = existing->id;
    } else {
        n.requesterEmail = email;
        n.requesterName = name;
    }
    n.subject = m_subject->text();
    n.comment = m_description->toPlainText();
    n.commentPublic = !m_internal->isChecked();
    n.priority = static_cast<Priority>(m_priority->currentData().toInt());
    n.type = static_cast<TicketType>(m_type->currentData().toInt());
    n.groupId = m_group->currentData().toLongLong();
    n.assigneeId = m_assignee->currentData().toLongLong();
    n.tags = {m_tags->text()};
    auto created = m_context.instance().tickets().create(m_context.user(), n);
    if (!created) {
        m_error->setText(created.error());
        m_error->show();
        return;
    }
    m_created = created->id;
    QDialog::accept();
}

} // namespace DeskBridge::Ui
