// TicketEditor: one open ticket: conversation, composer, properties, submit, refreshes.
#include "gui/ConsoleFixture.h"

#include "app/services/FieldService.h"
#include "models/item/EventListModel.h"
#include "ui/agent/CommentCard.h"
#include "ui/agent/Composer.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/PropertiesPanel.h"
#include "ui/agent/TicketEditor.h"
#include "ui/widgets/CustomFieldEditor.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/SubmitButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeView>

using namespace DeskBridge;
using namespace DeskBridge::Ui;

class TestTicketEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void internalNotesLookDifferentFromPublicReplies();
    void refreshFromElsewhereKeepsTheDraftAndTheEdits();
    void refusedSubmitKeepsTheDraft();
    void customFieldsGetEditorsThatFitTheirType();
    void discardDropsEveryEdit();
    void closedTicketsAreReadOnly();
    void submitMenuNeverOffersNewAgain();

private:
    std::unique_ptr<TicketEditor> openEditor(Domain::Id id);
    static void choose(QComboBox *combo, const QString &text) {
        const int i = combo->findText(text);
        QVERIFY2(i >= 0, qPrintable(text));
        combo->setCurrentIndex(i);
        Q_EMIT combo->activated(i); // as a user's pick would
    }
    std::unique_ptr<Test::ConsoleFixture> m_f;
    std::unique_ptr<ConsoleContext> m_context;
};

void TestTicketEditor::init() {
    m_f = std::make_unique<Test::ConsoleFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->error()));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    MessageBox::setAutoAnswer(QMessageBox::Ok);
}

void TestTicketEditor::cleanup() {
    MessageBox::setAutoAnswer(std::nullopt);
    m_context.reset();
    m_f.reset();
}

std::unique_ptr<TicketEditor> TestTicketEditor::openEditor(Domain::Id id) {
    auto editor = std::make_unique<TicketEditor>(*m_context, id);
    if (!editor->load())
        return nullptr;
    editor->resize(1100, 700);
    editor->show();
    return editor;
}

void TestTicketEditor::internalNotesLookDifferentFromPublicReplies() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Notes"), QStringLiteral("Public text"));
    QVERIFY(m_f->instance->tickets().addComment(m_f->admin, id, QStringLiteral("Secret"), false));
    auto editor = openEditor(id);
    QVERIFY(editor);
    const auto notes = editor->findChildren<CommentCard *>(QStringLiteral("internalNote"));
    const auto replies = editor->findChildren<CommentCard *>(QStringLiteral("publicReply"));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(replies.size(), 1);
    QVERIFY(notes.first()->findChild<QLabel *>(QStringLiteral("lockIcon")));
    QVERIFY(notes.first()->findChild<QLabel *>(QStringLiteral("internalBadge")));
    QVERIFY(!replies.first()->findChild<QLabel *>(QStringLiteral("lockIcon")));
    QVERIFY(notes.first()->styleSheet().contains(CommentCard::noteBackground().name()));
    QVERIFY(!replies.first()->styleSheet().contains(CommentCard::noteBackground().name()));
    // The composer turns yellow in note mode.
    editor->composer()->setPublic(false);
    QCOMPARE(editor->composer()->editor()->palette().color(QPalette::Base),
             CommentCard::noteBackground());
}

void TestTicketEditor::refreshFromElsewhereKeepsTheDraftAndTheEdits() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Busy ticket"));
    auto editor = openEditor(id);
    QVERIFY(editor);
    editor->composer()->setText(QStringLiteral("My draft"));
    auto *tags = editor->findChild<QLineEdit *>(QStringLiteral("tagsEdit"));
    tags->setText(QStringLiteral("mine"));
    Q_EMIT tags->textEdited(tags->text());
    QVERIFY(editor->isDirty());

    // Someone else changes priority and tags meanwhile.
    Services::TicketChange theirs;
    theirs.priority = Domain::Priority::Urgent;
    theirs.tags = QStringList{QStringLiteral("theirs")};
    QVERIFY(m_f->instance->tickets().update(m_f->agent, id, theirs));
    editor->reload();

    QCOMPARE(editor->composer()->text(), QStringLiteral("My draft"));
    QCOMPARE(tags->text(), QStringLiteral("mine")); // edited: kept
    QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("priorityCombo"))->currentText(),
             Domain::Names::label(Domain::Priority::Urgent)); // untouched: follows
    auto *events = editor->findChild<QTreeView *>(QStringLiteral("eventsView"))->model();
    bool seen = false;
    for (int r = 0; r < events->rowCount(); ++r)
        seen |= events->index(r, Models::EventListModel::DescriptionColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Bob Agent changed priority"));
    QVERIFY(seen);
    QVERIFY(editor->isDirty());

    QVERIFY(editor->submit());
    const auto stored = m_f->instance->tickets().get(m_f->admin, id);
    QCOMPARE(stored->tags, QStringList{QStringLiteral("mine")});
    QCOMPARE(stored->priority, Domain::Priority::Urgent);
    QCOMPARE(m_f->instance->tickets().comments(m_f->admin, id)->last().body,
             QStringLiteral("My draft"));
    QVERIFY(!editor->isDirty());
}

void TestTicketEditor::refusedSubmitKeepsTheDraft() {
    Domain::CustomField f;
    f.title = QStringLiteral("Amount");
    f.type = Domain::FieldType::Number;
    QVERIFY(m_f->instance->fields().create(m_f->admin, f));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    const Domain::Id id = m_f->createTicket(QStringLiteral("Refused"));
    auto editor = openEditor(id);
    QVERIFY(editor);
    auto *amount = editor->findChild<CustomFieldEditor *>(QStringLiteral("field_amount"));
    QVERIFY(amount);
    auto *line = amount->findChild<QLineEdit *>();
    line->setValidator(nullptr); // a pasted value the validator did not see
    line->setText(QStringLiteral("lots"));
    Q_EMIT line->textEdited(line->text());
    editor->composer()->setText(QStringLiteral("Keep me"));
    const int asked = MessageBox::shownCount();
    QVERIFY(!editor->submit());
    QCOMPARE(MessageBox::shownCount(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("lots")));
    QCOMPARE(editor->composer()->text(), QStringLiteral("Keep me"));
    QCOMPARE(m_f->instance->tickets().comments(m_f->admin, id)->size(), 1);
}

void TestTicketEditor::customFieldsGetEditorsThatFitTheirType() {
    auto make = [&](const QString &title, Domain::FieldType type, QStringList options = {}) {
        Domain::CustomField f;
        f.title = title;
        f.type = type;
        f.options = options;
        QVERIFY(m_f->instance->fields().create(m_f->admin, f));
    };
    make(QStringLiteral("Order"), Domain::FieldType::Text);
    make(QStringLiteral("Notes"), Domain::FieldType::MultiLine);
    make(QStringLiteral("Amount"), Domain::FieldType::Number);
    make(QStringLiteral("Callback"), Domain::FieldType::Checkbox);
    make(QStringLiteral("Category"), Domain::FieldType::Dropdown,
         {QStringLiteral("Fridge"), QStringLiteral("Laptop")});
    make(QStringLiteral("Warranty until"), Domain::FieldType::Date);
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    const Domain::Id id = m_f->createTicket(QStringLiteral("Fields"));
    auto editor = openEditor(id);
    QVERIFY(editor);
    auto field = [&](const char *key) {
        return editor->findChild<CustomFieldEditor *>(QLatin1String("field_") + QLatin1String(key));
    };
    QVERIFY(field("order")->findChild<QLineEdit *>());
    QVERIFY(field("notes")->findChild<QPlainTextEdit *>());
    QVERIFY(field("amount")->findChild<QLineEdit *>());
    QVERIFY(field("callback")->findChild<QCheckBox *>());
    QVERIFY(field("category")->findChild<QComboBox *>());
    QVERIFY(field("warranty_until")->findChild<QDateEdit *>());
    QVERIFY(!editor->isDirty());

    field("order")->setValue(QStringLiteral("A-1"));
    field("amount")->setValue(QStringLiteral("1234.5"));
    field("callback")->setValue(QStringLiteral("1"));
    field("category")->setValue(QStringLiteral("Laptop"));
    field("warranty_until")->setValue(QStringLiteral("2027-03-31"));
    QVERIFY(editor->isDirty());
    QVERIFY(editor->submit());
    const auto stored = m_f->instance->tickets().get(m_f->admin, id);
    QStringList values = stored->fields.values();
    values.sort();
    QCOMPARE(values, (QStringList{QStringLiteral("1"), QStringLiteral("1234.5"),
                                  QStringLiteral("2027-03-31"), QStringLiteral("A-1"),
                                  QStringLiteral("Laptop")}));
}

void TestTicketEditor::discardDropsEveryEdit() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Discard"));
    auto editor = openEditor(id);
    QVERIFY(editor);
    choose(editor->findChild<QComboBox *>(QStringLiteral("groupCombo")), QStringLiteral("Support"));
    choose(editor->findChild<QComboBox *>(QStringLiteral("priorityCombo")),
           Domain::Names::label(Domain::Priority::High));
    editor->composer()->setText(QStringLiteral("Never mind"));
    QVERIFY(editor->isDirty());
    editor->discardChanges();
    QVERIFY(!editor->isDirty());
    QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("priorityCombo"))->currentText(),
             Domain::Names::label(Domain::Priority::Normal));
    QVERIFY(editor->composer()->text().isEmpty());
}

void TestTicketEditor::closedTicketsAreReadOnly() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Done"));
    Services::TicketChange close;
    close.status = Domain::TicketStatus::Closed;
    QVERIFY(m_f->instance->tickets().update(m_f->admin, id, close));
    auto editor = openEditor(id);
    QVERIFY(editor);
    QVERIFY(editor->composer()->editor()->isReadOnly());
    QVERIFY(!editor->submitButton()->isEnabled());
    QVERIFY(!editor->findChild<QComboBox *>(QStringLiteral("statusCombo"))->isEnabled());
}

void TestTicketEditor::submitMenuNeverOffersNewAgain() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Menu"));
    auto editor = openEditor(id);
    QVERIFY(editor);
    QVERIFY(editor->submitButton()->choices().contains(Domain::TicketStatus::New));
    editor->composer()->setText(QStringLiteral("Working on it"));
    QVERIFY(editor->submit(Domain::TicketStatus::Open));
    QCOMPARE(editor->ticket().status, Domain::TicketStatus::Open);
    QVERIFY(!editor->submitButton()->choices().contains(Domain::TicketStatus::New));
    QVERIFY(
        editor->submitButton()->text().contains(Domain::Names::label(Domain::TicketStatus::Open)));
}

QTEST_MAIN(TestTicketEditor)
#include "tst_ticketeditor.moc"
